import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { FileAnalysis } from '../../index.js';
import type { CapiRequest } from '../../sinks/types.js';
import { memberPath, staticValue, unwrap } from '../../../util/ast.js';
import { arrayElements, objectFields, resolveObjects } from '../../../util/resolve.js';
import { scopeAt } from '../../../util/scope-at.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** Meta's Lead Ads id of a lead, in the `user_data` of CRM events about it (Conversions API for CRM). */
const LEAD_ID_KEY = 'lead_id';
const USER_DATA_KEY = 'user_data';
/** The field of Meta's leadgen webhook that names the lead Meta collected in its own form. */
const LEADGEN_WEBHOOK_FIELD = 'leadgen_id';

/**
 * Whether a Conversions API request concerns no visitor of the site, so there is no visitor's consent
 * to ask: every event it sends is a fixed sample (a test script's `user_data: { client_ip_address:
 * '127.0.0.1' }`, `em: [sha256('test@example.com')]`), or is about a lead of Meta's own Lead Ads form
 * (`user_data.lead_id`, or a send in a handler of Meta's leadgen webhook, which reads `leadgen_id`), or
 * carries no `user_data` at all. False whenever an event or its `user_data` cannot be seen.
 */
export function concernsNoVisitor(analysis: FileAnalysis, request: CapiRequest): boolean {
  const { sourceCode } = analysis;
  if (request.bodies.length === 0) return false;
  if (inLeadgenHandler(sourceCode, request.node)) return true;
  return request.bodies.every((body) => {
    const events = eventsOf(sourceCode, body);
    return events !== undefined && events.length > 0 && events.every((event) => aboutNoVisitor(analysis, event));
  });
}

function aboutNoVisitor(analysis: FileAnalysis, event: TSESTree.ObjectExpression): boolean {
  if (carriesNoUserData(analysis.sourceCode, event)) return true;
  const fields = userDataOf(analysis.sourceCode, event);
  return fields !== undefined && (isLeadOfMeta(fields) || isSample(analysis, fields));
}

/**
 * An event written out whole without `user_data` (`{ event_name, event_time, event_id, action_source }`):
 * it names no one, so Meta cannot tie it to a visitor. Not when a spread or a computed key could add it.
 */
function carriesNoUserData(sourceCode: SourceCode, event: TSESTree.ObjectExpression): boolean {
  if (event.properties.some((property) => property.type === AST_NODE_TYPES.SpreadElement)) return false;
  return objectFields(sourceCode, event).every((field) => field.key !== undefined && field.key !== USER_DATA_KEY);
}

/** The event objects of a body's `data: [...]`; undefined when some cannot be seen. */
function eventsOf(sourceCode: SourceCode, body: TSESTree.ObjectExpression): TSESTree.ObjectExpression[] | undefined {
  const data = objectFields(sourceCode, body).find((field) => field.key === 'data');
  const elements = data && arrayElements(sourceCode, data.value);
  if (!elements) return undefined;
  const events = elements.map((element) => resolveObjects(sourceCode, element));
  return events.every((objects) => objects.length > 0) ? events.flat() : undefined;
}

/** The fields of an event's `user_data` (with later `ud.key = …` assignments); undefined when it cannot be seen. */
function userDataOf(sourceCode: SourceCode, event: TSESTree.ObjectExpression): ReturnType<typeof objectFields> | undefined {
  const field = objectFields(sourceCode, event).find((candidate) => candidate.key === USER_DATA_KEY);
  const objects = field ? resolveObjects(sourceCode, field.value) : [];
  return objects.length > 0 ? objects.flatMap((object) => objectFields(sourceCode, object)) : undefined;
}

function isLeadOfMeta(fields: ReturnType<typeof objectFields>): boolean {
  return fields.some((field) => field.key === LEAD_ID_KEY);
}

function isSample(analysis: FileAnalysis, fields: ReturnType<typeof objectFields>): boolean {
  return fields.length > 0 && fields.every((field) => field.key !== undefined && isFixed(analysis, field.value));
}

/**
 * A value fixed in the code: a constant, `process.env.X`, an array or template of fixed values, a hash
 * of fixed values (`sha256('test@example.com')`), a method of a fixed value (`SAMPLE.toLowerCase()`),
 * `Date.now()`. No one's data can be in it; a call that reads something (`getCookie('_fbp')`,
 * `req.get('user-agent')`) is not fixed.
 */
function isFixed(analysis: FileAnalysis, node: TSESTree.Node): boolean {
  const { sourceCode } = analysis;
  const target = unwrap(node);
  if (staticValue(target, scopeAt(sourceCode, target))) return true;
  const fixed = (child: TSESTree.Node | null) => child !== null && child.type !== AST_NODE_TYPES.SpreadElement && isFixed(analysis, child);
  switch (target.type) {
    case AST_NODE_TYPES.ArrayExpression:
      return target.elements.every(fixed);
    case AST_NODE_TYPES.TemplateLiteral:
      return target.expressions.every(fixed);
    case AST_NODE_TYPES.MemberExpression:
      return memberPath(target)?.slice(0, 2).join('.') === 'process.env';
    case AST_NODE_TYPES.AwaitExpression:
      return fixed(target.argument);
    case AST_NODE_TYPES.CallExpression: {
      const callee = unwrap(target.callee);
      if (memberPath(callee)?.join('.') === 'Date.now') return true;
      if (!target.arguments.every(fixed)) return false;
      if (callee.type === AST_NODE_TYPES.MemberExpression && fixed(callee.object)) return true;
      return target.arguments.length > 0 && analysis.values.classify(target).kind === 'hashed';
    }
    default:
      return false;
  }
}

/** Inside a function that reads Meta's leadgen webhook (`change.value.leadgen_id`): the lead is Meta's. */
function inLeadgenHandler(sourceCode: SourceCode, node: TSESTree.Node): boolean {
  let outermost: TSESTree.Node | undefined;
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.FunctionDeclaration || current.type === AST_NODE_TYPES.FunctionExpression || current.type === AST_NODE_TYPES.ArrowFunctionExpression) outermost = current;
  }
  return outermost !== undefined && sourceCode.getText(outermost).includes(LEADGEN_WEBHOOK_FIELD);
}
