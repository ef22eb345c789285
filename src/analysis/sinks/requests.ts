import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { APP_EVENTS_API_PATTERN } from '../catalog/app-events.js';
import { AUDIENCE_USERS_PATTERN } from '../catalog/audiences.js';
import { CAPI_ENDPOINT_PATTERN, CAPI_GATEWAY_HOLE, CAPI_GATEWAY_NAME_WORDS, CAPI_GATEWAY_PATTERN, GRAPH_API_HOST } from '../catalog/capi.js';
import { isFunctionNode, keyName, lastName, unwrap } from '../../util/ast.js';
import { argumentsForParameter, arrayElements, expressionArguments, localFunctionOf, MAX_DEPTH, objectFields, resolveObjects, singleValueOf, variableOf } from '../../util/resolve.js';
import { splitWords } from '../../util/words.js';
import type { UrlPart } from './urls.js';
import { urlParts, urlShape } from './urls.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * The Meta HTTP endpoints whose requests the plugin reads, each with its own body: Conversions API
 * `/{pixel-id}/events` (`{ data: [event], access_token }`), App Events API `/{app-id}/activities`
 * (form fields), Custom Audience `/{audience-id}/users` (`{ payload: { schema, data } }`).
 */
export type MetaEndpoint = 'events' | 'activities' | 'audience-users';

/** Each with the pattern of its URL; every pattern needs `GRAPH_API_HOST`, looked for first. */
const ENDPOINTS: ReadonlyArray<readonly [MetaEndpoint, RegExp]> = [
  ['events', CAPI_ENDPOINT_PATTERN],
  ['activities', APP_EVENTS_API_PATTERN],
  ['audience-users', AUDIENCE_USERS_PATTERN],
];

/**
 * What a file's text holds when it can request one of the endpoints (a URL is read from the file's own
 * strings): `facebook` (the Graph API host), or the `events` edge with what ties a gateway's URL to
 * Meta — a Graph version, or one of `CAPI_GATEWAY_NAME_WORDS` in a name (here as text, in any case).
 */
const GATEWAY_TIE = new RegExp(`v\\d+\\.\\d+|${[...CAPI_GATEWAY_NAME_WORDS].join('|')}`, 'i');

/** Whether a file's text can hold a request to one of the endpoints (the cheap check before every call is looked at). */
export function mayRequestMetaEndpoint(text: string): boolean {
  return text.includes('facebook') || (text.includes('events') && GATEWAY_TIE.test(text));
}

/** An HTTP call to a Meta endpoint, before its body is read. */
export interface MetaRequestTarget {
  readonly node: TSESTree.CallExpression | TSESTree.NewExpression;
  readonly endpoint: MetaEndpoint;
  readonly url: TSESTree.Node;
  /** The options object holding the URL and the body (`axios({ url, data })`, `https.request({ hostname, path })`). */
  readonly config?: TSESTree.ObjectExpression;
  /** Otherwise the argument after the URL: the body itself (`axios.post(url, body)`) or options holding it (`fetch(url, init)`). */
  readonly options?: TSESTree.Node;
}

/**
 * Callees that build, wrap, store or print a URL without requesting it: `new URL(capiUrl)` and
 * `candidates.push(capiUrl)` are not sends, the `fetch(url, …)` that uses the URL is (so a send is found,
 * and reported, once). Also the standard functions and methods most calls of a file are (string, list,
 * promise, JSON, Math and hashing), whose first argument need not be read as a URL.
 */
const NOT_SENDS: ReadonlySet<string> = new Set([
  'map',
  'filter',
  'forEach',
  'find',
  'some',
  'every',
  'reduce',
  'then',
  'catch',
  'finally',
  'join',
  'split',
  'slice',
  'trim',
  'toLowerCase',
  'toUpperCase',
  'startsWith',
  'endsWith',
  'stringify',
  'parse',
  'floor',
  'round',
  'createHash',
  'update',
  'digest',
  'Number',
  'Boolean',
  'parseInt',
  'parseFloat',
  'URL',
  'push',
  'unshift',
  'concat',
  'includes',
  'indexOf',
  'add',
  'has',
  'URLSearchParams',
  'Request',
  'String',
  'encodeURI',
  'encodeURIComponent',
  'log',
  'info',
  'warn',
  'error',
  'debug',
  'trace',
]);

/** Where an interpolated value stands in a URL's shape (a version segment or an id both match an endpoint). */
const SHAPE_HOLE = 'v0';
/** What may come before the host: nothing, a scheme, `//`. */
const URL_PREFIX = /^\s*(?:https?:)?(?:\/\/)?$/;

/**
 * An HTTP call to one of Meta's endpoints: its URL argument (or `url`, or `hostname` + `path` of an
 * options object, or a `Request`) points there. Calls of this file's own helpers are not sends
 * themselves: the request their URL parameter reaches inside them is.
 */
export function metaRequestTarget(sourceCode: SourceCode, node: TSESTree.CallExpression | TSESTree.NewExpression): MetaRequestTarget | undefined {
  const first = node.arguments[0];
  if (!first || first.type === AST_NODE_TYPES.SpreadElement || isFunctionNode(first) || NOT_SENDS.has(lastName(node.callee) ?? '')) return undefined;
  // A plain name is checked before the URL is read: most calls of a file that sends to Meta are of its own helpers.
  if (isLocalCall(sourceCode, node, AST_NODE_TYPES.Identifier)) return undefined;
  const request = requestObject(sourceCode, first);
  const target = request?.arguments[0] ?? first;
  const options = request ? request.arguments[1] : node.arguments[1];
  const config = resolveObjects(sourceCode, target)[0];
  const found = config ? configEndpoint(sourceCode, config) : urlEndpoint(sourceCode, target);
  if (!found || isLocalCall(sourceCode, node, AST_NODE_TYPES.MemberExpression)) return undefined;
  if (config) return { node, ...found, config };
  return { node, ...found, options: options && options.type !== AST_NODE_TYPES.SpreadElement ? options : undefined };
}

/** A call of a function declared in this file whose callee is of the given type (`helper(…)`, `this.send(…)`). */
function isLocalCall(sourceCode: SourceCode, node: TSESTree.CallExpression | TSESTree.NewExpression, callee: AST_NODE_TYPES): boolean {
  return node.type === AST_NODE_TYPES.CallExpression && unwrap(node.callee).type === callee && localFunctionOf(sourceCode, node.callee) !== undefined;
}

/**
 * The endpoint a URL expression points at, following a helper's parameter to what its callers pass, a
 * loop variable to the list it walks (`for (const url of candidates)`) and a variable written more than
 * once to each value it is given.
 */
function urlEndpoint(sourceCode: SourceCode, url: TSESTree.Node): { endpoint: MetaEndpoint; url: TSESTree.Node } | undefined {
  const endpoint = passedEndpoint(sourceCode, url, 0);
  return endpoint && { endpoint, url };
}

function passedEndpoint(sourceCode: SourceCode, node: TSESTree.Node, depth: number): MetaEndpoint | undefined {
  const parts = urlParts(sourceCode, node, { defaults: true });
  const endpoint = endpointOf(parts) ?? (isGatewayEndpoint(sourceCode, parts) ? 'events' : undefined);
  if (endpoint || depth >= MAX_DEPTH) return endpoint;
  for (const value of argumentsForParameter(sourceCode, node) ?? possibleValues(sourceCode, node)) {
    const passed = passedEndpoint(sourceCode, value, depth + 1);
    if (passed) return passed;
  }
  return undefined;
}

/** A URL that starts with the Graph API host and names one of the endpoints' edges (version and id may be interpolated). */
function endpointOf(parts: readonly UrlPart[]): MetaEndpoint | undefined {
  const shape = urlShape(parts, SHAPE_HOLE);
  // Most URLs a file reads are no Graph API URLs: one search instead of three patterns.
  if (!shape.includes(GRAPH_API_HOST)) return undefined;
  for (const [endpoint, pattern] of ENDPOINTS) {
    const match = pattern.exec(shape);
    if (match !== null && URL_PREFIX.test(shape.slice(0, match.index))) return endpoint;
  }
  return undefined;
}

/**
 * The `/events` edge behind a base URL the file does not show, when a Graph version or the names of the
 * interpolated base and id say Meta (`${conversionApiBaseUrl}/${pixelId}/events`).
 */
function isGatewayEndpoint(sourceCode: SourceCode, parts: readonly UrlPart[]): boolean {
  const match = CAPI_GATEWAY_PATTERN.exec(urlShape(parts, CAPI_GATEWAY_HOLE));
  if (!match) return false;
  if (match[1] !== undefined) return true;
  const holes = match[0].split(CAPI_GATEWAY_HOLE).length - 1;
  return parts
    .flatMap((part) => ('node' in part ? [part.node] : []))
    .slice(0, holes)
    .some((node) => splitWords(sourceCode.getText(node)).some((word) => CAPI_GATEWAY_NAME_WORDS.has(word)));
}

/**
 * What a variable that `urlParts` cannot read as one constant can hold: the elements of the lists a
 * `for…of` loop walks (literals, either branch of a conditional, values pushed later), or every value
 * written to a `let`.
 */
function possibleValues(sourceCode: SourceCode, node: TSESTree.Node): TSESTree.Node[] {
  const target = unwrap(node);
  const variable = target.type === AST_NODE_TYPES.Identifier ? variableOf(sourceCode, target) : undefined;
  const def = variable?.defs[0];
  if (!variable || variable.defs.length !== 1 || def?.type !== 'Variable') return [];
  const loop = def.parent?.parent;
  if (loop?.type === AST_NODE_TYPES.ForOfStatement && loop.left === def.parent) return listElements(sourceCode, loop.right);
  return variable.references.flatMap((reference) => (reference.writeExpr ? [reference.writeExpr as TSESTree.Node] : []));
}

/** The elements a list expression can hold: array literals through constants and conditionals, and what is pushed onto it. */
function listElements(sourceCode: SourceCode, node: TSESTree.Node, depth = 0): TSESTree.Node[] {
  const target = unwrap(node);
  if (depth > MAX_DEPTH) return [];
  switch (target.type) {
    case AST_NODE_TYPES.ArrayExpression:
      return arrayElements(sourceCode, target) ?? [];
    case AST_NODE_TYPES.ConditionalExpression:
      return [...listElements(sourceCode, target.consequent, depth + 1), ...listElements(sourceCode, target.alternate, depth + 1)];
    case AST_NODE_TYPES.Identifier: {
      const variable = variableOf(sourceCode, target);
      const value = variable && singleValueOf(variable);
      return variable && value ? [...listElements(sourceCode, value, depth + 1), ...pushedValues(variable)] : [];
    }
    default:
      return [];
  }
}

/** `list.push(a, b)`, `list.unshift(a)`: the values added to a list after it is declared. */
function pushedValues(variable: TSESLint.Scope.Variable): TSESTree.Node[] {
  return variable.references.flatMap((reference) => {
    const member = reference.identifier.parent;
    const call = member?.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== reference.identifier || call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== member) return [];
    const method = keyName(member);
    return method === 'push' || method === 'unshift' ? expressionArguments(call) : [];
  });
}

/** `fetch(new Request(url, init))`, or a constant holding that Request. */
function requestObject(sourceCode: SourceCode, node: TSESTree.Node): TSESTree.NewExpression | undefined {
  let target = unwrap(node);
  if (target.type === AST_NODE_TYPES.Identifier) {
    const variable = variableOf(sourceCode, target);
    const value = variable && singleValueOf(variable);
    if (value) target = unwrap(value);
  }
  return target.type === AST_NODE_TYPES.NewExpression && lastName(target.callee) === 'Request' ? target : undefined;
}

/** The endpoint of an options object (`{ url }`, request's `{ uri }`, Node's `{ hostname, path }`), and the node of its URL. */
function configEndpoint(sourceCode: SourceCode, config: TSESTree.ObjectExpression): { endpoint: MetaEndpoint; url: TSESTree.Node } | undefined {
  const url = propertyValue(sourceCode, config, 'url') ?? propertyValue(sourceCode, config, 'uri');
  if (url) return urlEndpoint(sourceCode, url);
  const host = propertyValue(sourceCode, config, 'hostname') ?? propertyValue(sourceCode, config, 'host');
  const path = propertyValue(sourceCode, config, 'path');
  if (!host || !path) return undefined;
  const options = { defaults: true };
  const endpoint = endpointOf([...urlParts(sourceCode, host, options), ...urlParts(sourceCode, path, options)]);
  return endpoint && { endpoint, url: path };
}

function propertyValue(sourceCode: SourceCode, object: TSESTree.ObjectExpression, key: string): TSESTree.Node | undefined {
  return objectFields(sourceCode, object).find((field) => field.key === key)?.value;
}
