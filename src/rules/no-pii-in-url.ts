import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { getAnalysis } from '../analysis/index.js';
import { PII_KIND_LABELS } from '../analysis/catalog/pii-vocabulary.js';
import type { UrlFinding, UrlPartName, UrlUse } from '../analysis/facts/urls.js';
import { getUrls, mayHoldUrls } from '../analysis/facts/urls.js';
import { clearPiiOf } from '../analysis/values/clear-pii.js';
import { checkAfterTraversal, createRule } from '../util/create-rule.js';
import type { TokenStore } from '../util/fixes.js';
import { removeProperty, tokenStoreOf } from '../util/fixes.js';

export type Options = [{ includeRequests: boolean }];
export type MessageIds = 'pageUrl' | 'metaUrl' | 'requestUrl' | 'removeParameter';

const PIXEL =
  'The Meta pixel sends the full page URL (query string and fragment included) and the referrer with every event, and Conversions API events carry it as `event_source_url`, so it reaches Meta in clear.';

const MESSAGE_IDS: Readonly<Record<UrlUse, MessageIds>> = { page: 'pageUrl', meta: 'metaUrl', request: 'requestUrl' };
const PART_LABELS: Readonly<Record<UrlPartName, string>> = { path: 'path', query: 'query string', fragment: 'fragment' };

export default createRule<Options, MessageIds>({
  name: 'no-pii-in-url',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow personal data in page URLs, which the Meta pixel and Conversions API send to Meta',
      recommended: true,
      strictOptions: { includeRequests: true },
    },
    hasSuggestions: true,
    messages: {
      pageUrl: `{{what}} {{verb}} put in the {{part}} of {{url}}. ${PIXEL} Pass {{it}} in a POST body or keep {{it}} in the server session.`,
      metaUrl: '{{what}} {{verb}} put in the {{part}} of {{url}}, which Meta receives as it is. Send the address without {{it}}.',
      requestUrl:
        '{{what}} {{verb}} put in the {{part}} of {{url}}. Request URLs are kept in server, proxy and browser logs and leak through Referer headers; send {{it}} in the request body.',
      removeParameter: 'Remove the `{{key}}` parameter.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          includeRequests: {
            type: 'boolean',
            description: 'Also report personal data in the URLs of HTTP requests (`fetch`, axios, got, ky, `XMLHttpRequest.open`, `http.request`), which are not page addresses.',
          },
        },
      },
    ],
    defaultOptions: [{ includeRequests: false }],
  },
  create(context, [options]) {
    const mayFind = mayHoldUrls(context.sourceCode);
    // Without a step of UrlFinder to take, only request URLs can be found: none unless asked for.
    if (!mayFind && !options.includeRequests) return {};
    const analysis = getAnalysis(context);
    return checkAfterTraversal(mayFind, () => {
      const urls = getUrls(analysis);
      const findings = options.includeRequests ? [...urls.findings, ...urls.requestFindings] : urls.findings;
      // One URL is one fault: one report at its first personal value, naming every one.
      for (const group of byUrl(findings)) {
        const personal = group.flatMap((finding) => {
          if (finding.use === 'request' && !options.includeRequests) return [];
          const found = clearPiiOf(analysis, finding.key, finding.node, finding.node);
          return found ? [{ finding, found }] : [];
        });
        const [first] = personal;
        if (!first) continue;
        const what = [...new Set(personal.map(({ found }) => `${PII_KIND_LABELS[found.kind]} (from ${found.origin})`))];
        const parts = [...new Set(personal.map(({ finding }) => PART_LABELS[finding.part]))];
        const several = what.length > 1;
        context.report({
          node: first.finding.node,
          messageId: MESSAGE_IDS[first.finding.use],
          data: { what: capitalize(listOf(what)), verb: several ? 'are' : 'is', it: several ? 'them' : 'it', part: listOf(parts), url: first.finding.via },
          suggest: personal.flatMap(({ finding }) => {
            const fix = removalOf(context.sourceCode, finding);
            return fix && finding.key !== undefined ? [{ messageId: 'removeParameter' as const, data: { key: finding.key }, fix }] : [];
          }),
        });
      }
    });
  },
});

/** Findings grouped by the URL they are part of, in source order. */
function byUrl(findings: readonly UrlFinding[]): UrlFinding[][] {
  const groups = new Map<TSESTree.Node, UrlFinding[]>();
  for (const finding of findings) {
    const group = groups.get(finding.url);
    if (group) group.push(finding);
    else groups.set(finding.url, [finding]);
  }
  return [...groups.values()];
}

/** `a`, `a and b`, `a, b and c`. */
function listOf(items: readonly string[]): string {
  return items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} and ${items.at(-1)!}`;
}

type SourceCode = Readonly<TSESLint.SourceCode>;
type Fix = (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix;

/** A rewrite that takes the value out of the URL: drop its property, its `set()` statement or its `key=${…}`. */
function removalOf(sourceCode: SourceCode, finding: UrlFinding): Fix | undefined {
  const { removal } = finding;
  if (removal?.type === AST_NODE_TYPES.Property) return removeProperty(sourceCode, removal);
  if (removal) return (fixer) => fixer.removeRange([removal.range[0], sourceCode.getTokenAfter(removal, { includeComments: true })?.range[0] ?? removal.range[1]]);
  return removeTemplateParameter(tokenStoreOf(sourceCode, finding.node), finding.node);
}

/**
 * `?email=${x}&source=ad` → `?source=ad`, `&email=${x}` → ``: the parameter with its separator, when
 * the value is a whole interpolation of a template literal.
 */
function removeTemplateParameter(tokens: TokenStore, node: TSESTree.Node): Fix | undefined {
  if (node.parent?.type !== AST_NODE_TYPES.TemplateLiteral) return undefined;
  const before = tokens.getTokenBefore(node);
  const after = tokens.getTokenAfter(node);
  const parameter = before && /([?&])[^?&#=]*=\$\{$/.exec(before.value);
  if (!after || !parameter || !/^\}(?:[&#`]|$)/.test(after.value)) return undefined;
  const start = before.range[0] + parameter.index;
  const continues = after.value[1] === '&';
  // `?key=${x}&more` keeps the `?` and drops the `&`; otherwise the separator before the key goes.
  const range: TSESTree.Range = parameter[1] === '?' && continues ? [start + 1, after.range[0] + 2] : [start, after.range[0] + 1];
  return (fixer) => fixer.removeRange(range);
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
