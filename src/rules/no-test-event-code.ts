import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { getAnalysis } from '../analysis/index.js';
import {
  FIELD_SETTER_METHODS,
  TEST_EVENT_CODE_KEY,
  TEST_EVENT_CODE_PARAM_INDEX,
  TEST_EVENT_CODE_SETTER,
} from '../analysis/catalog/tokens.js';
import type { TestFileOptions } from '../analysis/facts/environment.js';
import { isIgnoredTestFile, isNonProductionOnly, TEST_FILE_OPTION_DEFAULTS, TEST_FILE_OPTION_SCHEMA } from '../analysis/facts/environment.js';
import { outermostString, queryParameters, urlParts } from '../analysis/sinks/urls.js';
import { textHints } from '../analysis/sinks/text-hints.js';
import { keyName, lastName, staticString, unwrap } from '../util/ast.js';
import { checkAfterTraversal, createRule } from '../util/create-rule.js';
import { removeProperty } from '../util/fixes.js';
import { scopeAt } from '../util/scope-at.js';

export type Options = [TestFileOptions];
export type MessageIds = 'testEventCode' | 'removeTestEventCode';

type SourceCode = Readonly<TSESLint.SourceCode>;

const URL_PARAMETER = `${TEST_EVENT_CODE_KEY}=`;
const MAX_LEAF_DEPTH = 4;
/**
 * Words that stand for "no code" as a fallback (`code || 'none'`): in an object this file does not
 * show reaching Meta (a preview, a summary) they are not a test code. Sent to Meta they still are:
 * Meta takes any value as a code and routes the event to Test Events.
 */
const NO_CODE_PLACEHOLDERS: ReadonlySet<string> = new Set(['none', 'null', 'undefined', 'n/a', 'na', '-', 'false', 'off', 'disabled', 'no']);

export default createRule<Options, MessageIds>({
  name: 'no-test-event-code',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow a hard-coded Conversions API test_event_code outside non-production code',
      recommended: true,
    },
    hasSuggestions: true,
    messages: {
      testEventCode:
        "`test_event_code` is hard-coded ('{{code}}'): every event sent from here is flagged for Meta's Test Events tool, a debugging aid that must not ride along with production traffic. Set it only outside production (from configuration, or behind `process.env.NODE_ENV !== 'production'`), or remove it.",
      removeTestEventCode: 'Remove `test_event_code`.',
    },
    schema: TEST_FILE_OPTION_SCHEMA,
    defaultOptions: [TEST_FILE_OPTION_DEFAULTS],
  },
  create(context, [options]) {
    const { sourceCode } = context;
    // The text gate first: most files never name a test event code, and matching test-file globs is not free.
    if (!textHints(sourceCode.text).has('testEventCode') || isIgnoredTestFile(context, options)) return {};
    const reported = new Set<TSESTree.Node>();
    const analysis = getAnalysis(context);

    /** One report per node, unless the code only runs outside production. */
    const report = (node: TSESTree.Node, code: string, guarded: TSESTree.Node, property?: TSESTree.Property) => {
      if (reported.has(node) || isNonProductionOnly(guarded, sourceCode)) return;
      reported.add(node);
      context.report({
        node,
        messageId: 'testEventCode',
        data: { code },
        suggest: property && node === property ? [{ messageId: 'removeTestEventCode', fix: removeProperty(sourceCode, property) }] : null,
      });
    };

    /** Each static test code a value can hold (reported at `at` when the whole value is static). */
    const checkValue = (value: TSESTree.Node, at: TSESTree.Node, property?: TSESTree.Property, toMeta = true) => {
      for (const leaf of staticLeaves(sourceCode, value, 0)) {
        if (!toMeta && leaf.node !== value && NO_CODE_PLACEHOLDERS.has(leaf.text.trim().toLowerCase())) continue;
        report(leaf.node === value ? at : leaf.node, leaf.text, leaf.node, property);
      }
    };

    /**
     * A `test_event_code` field, judged by where its object goes, as payloads are: to Meta or into
     * the pixel, checked; to the site's own logs, responses or stores, not sent at all; where this
     * file does not show, checked (the key is Meta's own), placeholders for "no code" aside.
     */
    const checkField = (value: TSESTree.Node, at: TSESTree.Node, property?: TSESTree.Property) => {
      const destination = analysis.sinks.destinationOf(value);
      if (destination.kind !== 'first-party') checkValue(value, at, property, destination.kind !== 'unknown');
    };

    /** `https://www.facebook.com/tr?…&test_event_code=TEST123`, `…/events?test_event_code=…`. */
    const checkUrl = (node: TSESTree.Node, outer: TSESTree.Node) => {
      for (const parameter of queryParameters(urlParts(sourceCode, outermostString(outer)))) {
        if (parameter.key !== TEST_EVENT_CODE_KEY) continue;
        if (parameter.value) checkValue(parameter.value, parameter.value);
        else if (parameter.text?.trim()) report(node, parameter.text, node);
      }
    };

    /** `new EventRequest(token, pixelId, events, partner, 'TEST123')`: the SDK's positional test code. */
    const namesEventRequest = sourceCode.text.includes('EventRequest');
    const checkEventRequests = () => {
      if (!namesEventRequest) return;
      for (const call of analysis.sinks.sdkCalls) {
        const argument = call.className === 'EventRequest' && call.method === 'constructor' ? call.args[TEST_EVENT_CODE_PARAM_INDEX] : undefined;
        if (argument && argument.type !== AST_NODE_TYPES.SpreadElement) checkValue(argument, argument);
      }
    };
    const eventRequests = checkAfterTraversal(namesEventRequest, checkEventRequests);

    // The listeners look for the key, the SDK setter or the URL parameter by name: a file that names
    // neither only constructs `EventRequest`s, and its nodes need not be visited.
    if (!sourceCode.text.includes(TEST_EVENT_CODE_KEY) && !sourceCode.text.includes(TEST_EVENT_CODE_SETTER)) return eventRequests;
    return {
      ...eventRequests,
      'ObjectExpression > Property'(node: TSESTree.Property) {
        if (keyName(node) === TEST_EVENT_CODE_KEY) checkField(node.value, node, node);
      },
      AssignmentExpression(node) {
        if (node.left.type === AST_NODE_TYPES.MemberExpression && keyName(node.left) === TEST_EVENT_CODE_KEY) checkField(node.right, node);
      },
      CallExpression(node) {
        const method = lastName(node.callee);
        const [first, second] = node.arguments;
        if (!first || first.type === AST_NODE_TYPES.SpreadElement) return;
        if (method === TEST_EVENT_CODE_SETTER) checkValue(first, first);
        else if (second && method !== undefined && FIELD_SETTER_METHODS.has(method) && staticString(first, scopeAt(sourceCode, first)) === TEST_EVENT_CODE_KEY) {
          checkValue(second, second);
        }
      },
      Literal(node) {
        if (typeof node.value === 'string' && node.value.includes(URL_PARAMETER)) checkUrl(node, node);
      },
      TemplateLiteral(node) {
        for (const quasi of node.quasis) {
          if ((quasi.value.cooked ?? quasi.value.raw).includes(URL_PARAMETER)) checkUrl(node.expressions.length === 0 ? node : quasi, node);
        }
      },
    };
  },
});

/**
 * The static strings a value can be: the value itself when static (constants resolved), or the
 * branches of a ternary / `&&` / `||` / `??` that are. Configuration, parameters and environment
 * reads are not static and give nothing.
 */
function staticLeaves(sourceCode: SourceCode, value: TSESTree.Node, depth: number): { node: TSESTree.Node; text: string }[] {
  const text = staticString(value, scopeAt(sourceCode, value));
  if (text !== undefined) return text.trim() ? [{ node: value, text }] : [];
  const target = unwrap(value);
  if (depth >= MAX_LEAF_DEPTH) return [];
  if (target.type === AST_NODE_TYPES.ConditionalExpression) {
    return [...staticLeaves(sourceCode, target.consequent, depth + 1), ...staticLeaves(sourceCode, target.alternate, depth + 1)];
  }
  if (target.type === AST_NODE_TYPES.LogicalExpression) {
    return [...staticLeaves(sourceCode, target.left, depth + 1), ...staticLeaves(sourceCode, target.right, depth + 1)];
  }
  return [];
}
