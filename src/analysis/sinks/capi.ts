import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { Field } from '../../util/resolve.js';
import type { Destinations } from './destination.js';
import {
  ACTION_SOURCES,
  AUDIENCE_SCHEMA_FIELDS,
  CAPI_ENDPOINT_PATTERN,
  CAPI_GATEWAY_HOLE,
  CAPI_GATEWAY_NAME_WORDS,
  CAPI_GATEWAY_PATTERN,
  META_ONLY_EVENT_KEYS,
  REQUEST_BODY_KEYS,
  SERVER_EVENT_KEYS,
  USER_DATA_IDENTITY_KEYS,
  USER_DATA_SHAPE_KEYS,
} from '../catalog/capi.js';
import { keyName, lastName, staticValue, unwrap, wrappingParent } from '../../util/ast.js';
import { argumentsForParameter, arrayElements, localFunctionOf, MAX_DEPTH, objectFields, resolveObjects, singleValueOf, variableOf } from '../../util/resolve.js';
import { splitWords } from '../../util/words.js';
import type { AudiencePayload, CapiRequest, CustomDataPayload, PayloadOrigin, ServerEventPayload, UserDataPayload } from './types.js';
import type { UrlPart } from './urls.js';
import { urlParts, urlShape } from './urls.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** Properties of an HTTP client's options object that carry the request body. */
const BODY_PROPERTIES = ['body', 'json', 'data', 'form'] as const;

/**
 * Callees that build, wrap, store or print a URL without requesting it: `new URL(capiUrl)` and
 * `candidates.push(capiUrl)` are not sends, the `fetch(url, …)` that uses the URL is (so a send is found,
 * and reported, once).
 */
const NOT_SENDS: ReadonlySet<string> = new Set([
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

/** Methods of a pending request that write its body: `req.write(body)`, `req.end(body)`, superagent `.send(body)`. */
const BODY_WRITERS: ReadonlySet<string> = new Set(['send', 'write', 'end']);

/** Where an interpolated value stands in a URL's shape (a version segment or an id both match the endpoint). */
const SHAPE_HOLE = 'v0';
/** What may come before the host: nothing, a scheme, `//`. */
const URL_PREFIX = /^\s*(?:https?:)?(?:\/\/)?$/;

/**
 * An HTTP call to a Conversions API events endpoint: its URL argument (or `url`, or `hostname` +
 * `path` of an options object, or a `Request`) points there. Calls of this file's own helpers are not
 * sends themselves: the request their URL parameter reaches inside them is.
 */
export function capiRequest(sourceCode: SourceCode, node: TSESTree.CallExpression | TSESTree.NewExpression): CapiRequest | undefined {
  const [first, second] = node.arguments;
  if (!first || first.type === AST_NODE_TYPES.SpreadElement || NOT_SENDS.has(lastName(node.callee) ?? '')) return undefined;
  const request = requestObject(sourceCode, first);
  const target = request?.arguments[0] ?? first;
  const options = request ? request.arguments[1] : second;
  const config = resolveObjects(sourceCode, target)[0];
  const url = config ? configUrl(sourceCode, config) : isCapiUrl(sourceCode, target) ? target : undefined;
  if (!url || (node.type === AST_NODE_TYPES.CallExpression && localFunctionOf(sourceCode, node.callee))) return undefined;
  const bodySource = config ?? (options && options.type !== AST_NODE_TYPES.SpreadElement ? options : undefined);
  return {
    node,
    url,
    bodies: [...(bodySource ? requestBodies(sourceCode, bodySource, config !== undefined) : []), ...writtenBodies(sourceCode, node)],
  };
}

/**
 * Whether a URL expression points at an events endpoint, following a helper's parameter to what its
 * callers pass, a loop variable to the list it walks (`for (const url of candidates)`) and a variable
 * written more than once to each value it is given.
 */
export function isCapiUrl(sourceCode: SourceCode, node: TSESTree.Node, depth = 0): boolean {
  const parts = urlParts(sourceCode, node, { defaults: true });
  if (isEndpoint(parts) || isGatewayEndpoint(sourceCode, parts)) return true;
  if (depth >= MAX_DEPTH) return false;
  const values = argumentsForParameter(sourceCode, node) ?? possibleValues(sourceCode, node);
  return values.some((value) => isCapiUrl(sourceCode, value, depth + 1));
}

/** A URL that starts with the Graph API host and names an `/events` edge (version and id may be interpolated). */
function isEndpoint(parts: readonly UrlPart[]): boolean {
  const shape = urlShape(parts, SHAPE_HOLE);
  const match = CAPI_ENDPOINT_PATTERN.exec(shape);
  return match !== null && URL_PREFIX.test(shape.slice(0, match.index));
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
    return method === 'push' || method === 'unshift' ? call.arguments.filter((argument) => argument.type !== AST_NODE_TYPES.SpreadElement) : [];
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

/** The URL of an options object (`{ url }`, request's `{ uri }`, Node's `{ hostname, path }`) when it is an events endpoint. */
function configUrl(sourceCode: SourceCode, config: TSESTree.ObjectExpression): TSESTree.Node | undefined {
  const url = propertyValue(sourceCode, config, 'url') ?? propertyValue(sourceCode, config, 'uri');
  if (url) return isCapiUrl(sourceCode, url) ? url : undefined;
  const host = propertyValue(sourceCode, config, 'hostname') ?? propertyValue(sourceCode, config, 'host');
  const path = propertyValue(sourceCode, config, 'path');
  if (!host || !path) return undefined;
  const options = { defaults: true };
  return isEndpoint([...urlParts(sourceCode, host, options), ...urlParts(sourceCode, path, options)]) ? path : undefined;
}

/**
 * The body objects of a request: the second argument itself when it is the body (`axios.post(url,
 * body)`), or the `body` / `json` / `data` / `form` of an options object (fetch, got, ky, ofetch).
 */
function requestBodies(sourceCode: SourceCode, argument: TSESTree.Node, isConfig: boolean): TSESTree.ObjectExpression[] {
  const bodies: TSESTree.ObjectExpression[] = [];
  for (const object of resolveObjects(sourceCode, argument)) {
    const hasEvents = objectFields(sourceCode, object).some((field) => field.key === 'data' && arrayElements(sourceCode, field.value));
    if (hasEvents && !isConfig) {
      bodies.push(object);
      continue;
    }
    for (const field of objectFields(sourceCode, object)) {
      if (field.key && (BODY_PROPERTIES as readonly string[]).includes(field.key)) bodies.push(...resolveObjects(sourceCode, field.value));
    }
  }
  return bodies;
}

/**
 * Bodies written to the pending request: chained (superagent `post(url).send(body)`) or through the
 * variable holding it (Node's `const req = https.request(…); req.write(body); req.end()`).
 */
function writtenBodies(sourceCode: SourceCode, node: TSESTree.Node): TSESTree.ObjectExpression[] {
  const receivers: TSESTree.Node[] = [node];
  const holder = wrappingParent(node);
  if (holder?.type === AST_NODE_TYPES.VariableDeclarator && holder.id.type === AST_NODE_TYPES.Identifier) {
    for (const reference of variableOf(sourceCode, holder.id)?.references ?? []) {
      if (reference.isRead()) receivers.push(reference.identifier as TSESTree.Node);
    }
  }
  return receivers.flatMap((receiver) => {
    const member = wrappingParent(receiver);
    if (member?.type !== AST_NODE_TYPES.MemberExpression || !BODY_WRITERS.has(keyName(member) ?? '')) return [];
    const call = member.parent;
    const body = call?.type === AST_NODE_TYPES.CallExpression && call.callee === member ? call.arguments[0] : undefined;
    return body ? resolveObjects(sourceCode, body) : [];
  });
}

function propertyValue(sourceCode: SourceCode, object: TSESTree.ObjectExpression, key: string): TSESTree.Node | undefined {
  return objectFields(sourceCode, object).find((field) => field.key === key)?.value;
}

/**
 * Collects the Conversions API payloads of a file: events, user_data, custom_data, audiences.
 * Objects in a request body are payloads; an object recognised by its keys is one when it goes to
 * Meta, never when it goes only first-party, and otherwise when its keys are Meta's alone or it is
 * built where Meta payloads are built (see `accepts`). Without `destinations` every shape counts.
 */
export class PayloadCollector {
  readonly serverEvents = new Map<TSESTree.ObjectExpression, ServerEventPayload>();
  readonly userData = new Map<TSESTree.ObjectExpression, UserDataPayload>();
  readonly customData = new Map<TSESTree.ObjectExpression, CustomDataPayload>();
  readonly audiences: AudiencePayload[] = [];

  constructor(
    private readonly sourceCode: SourceCode,
    private readonly destinations?: Destinations,
  ) {}

  /** The events of a request body: `{ data: [event, …] }`. */
  addRequestBody(body: TSESTree.ObjectExpression): void {
    for (const field of objectFields(this.sourceCode, body)) {
      if (field.key !== 'data') continue;
      for (const element of arrayElements(this.sourceCode, field.value) ?? []) {
        for (const event of resolveObjects(this.sourceCode, element)) this.addServerEvent(event, 'request');
      }
    }
  }

  /** Recognises an object literal by its keys: a server event, a user_data object, an offline event, an audience upload. */
  inspect(object: TSESTree.ObjectExpression): void {
    const fields = shapeFields(this.sourceCode, object);
    if (fields.length === 0) return;
    const keys = new Set(fields.flatMap((field) => (field.key === undefined ? [] : [field.key])));
    const event = eventShape(this.sourceCode, object, keys);
    if (event && this.accepts(object, event === 'unmistakable')) this.addServerEvent(object, 'shape');
    if (keys.has('match_keys') && this.accepts(object, true)) this.addNested(object, 'match_keys', 'shape');
    if (!this.userData.has(object) && looksLikeUserData(fields) && this.accepts(object, false, fields)) {
      this.userData.set(object, { node: object, origin: 'shape', format: 'user_data' });
    }
    if (keys.has('schema') && keys.has('data') && this.accepts(object, true)) this.addAudience(object);
  }

  /**
   * Whether a shaped object is a payload, by where it goes: to Meta, yes; only first-party or into
   * a pixel call, no; somewhere unknown, when its structure is Meta's alone (`unmistakable`) or
   * when it is built where Meta payloads are built and names the person Meta's way (`{ em, fbp }`,
   * not the `{ email, phone, fbp, fbc }` of a lead row).
   */
  private accepts(object: TSESTree.ObjectExpression, unmistakable: boolean, userDataFields?: readonly Field[]): boolean {
    if (!this.destinations) return true;
    const destination = this.destinations.of(object);
    if (destination.kind !== 'unknown') return destination.kind === 'meta';
    if (unmistakable) return true;
    const metaSpelled = !userDataFields || userDataFields.some((field) => field.key !== undefined && USER_DATA_IDENTITY_KEYS.has(field.key));
    return metaSpelled && this.destinations.inMetaContext(destination);
  }

  private addServerEvent(object: TSESTree.ObjectExpression, origin: PayloadOrigin): void {
    if (this.serverEvents.has(object)) return;
    this.serverEvents.set(object, { node: object, origin });
    for (const field of objectFields(this.sourceCode, object)) {
      if (field.key === 'user_data') this.addNested(object, 'user_data', 'event', field.value);
      if (field.key === 'custom_data') {
        for (const value of resolveObjects(this.sourceCode, field.value)) {
          if (!this.customData.has(value)) this.customData.set(value, { node: value, origin: 'event' });
        }
      }
    }
  }

  private addNested(object: TSESTree.ObjectExpression, key: 'user_data' | 'match_keys', origin: PayloadOrigin, value?: TSESTree.Node): void {
    const source = value ?? objectFields(this.sourceCode, object).find((field) => field.key === key)?.value;
    if (!source) return;
    for (const nested of resolveObjects(this.sourceCode, source)) {
      const existing = this.userData.get(nested);
      if (!existing || existing.origin === 'shape') this.userData.set(nested, { node: nested, origin, format: key });
    }
  }

  private addAudience(object: TSESTree.ObjectExpression): void {
    const fields = objectFields(this.sourceCode, object);
    const schemaNode = fields.find((field) => field.key === 'schema')?.value;
    const data = fields.find((field) => field.key === 'data')?.value;
    if (!schemaNode || !data) return;
    const value = staticValue(schemaNode, this.sourceCode.getScope(schemaNode))?.value;
    const schema = typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
    if (schema.length > 0 && schema.every((name) => name in AUDIENCE_SCHEMA_FIELDS)) {
      this.audiences.push({ node: object, schema, data });
    }
  }
}

/**
 * The properties an object literal is recognised by: its own, and for `const ud = {}` the keys
 * assigned later (`ud.em = [hash]`), the way builders fill user_data.
 */
function shapeFields(sourceCode: SourceCode, object: TSESTree.ObjectExpression): Field[] {
  const own: Field[] = [];
  for (const property of object.properties) {
    if (property.type !== AST_NODE_TYPES.Property) continue;
    const key = property.computed ? keyName(property, sourceCode.getScope(property)) : keyName(property);
    own.push({ key, keyNode: property.key, value: property.value, node: property, container: object });
  }
  if (object.parent.type !== AST_NODE_TYPES.VariableDeclarator) return own;
  return [...own, ...objectFields(sourceCode, object).filter((field) => field.container === undefined)];
}

/**
 * Two or more user_data keys, at least one holding a computed value: `{ em: hash, fbp }` is a
 * payload shape, `{ em: '1rem', ph: 2 }` is not.
 */
function looksLikeUserData(fields: readonly Field[]): boolean {
  let keys = 0;
  let computed = false;
  for (const field of fields) {
    if (field.key === undefined || !USER_DATA_SHAPE_KEYS.has(field.key)) continue;
    keys++;
    computed ||= field.value.type !== AST_NODE_TYPES.Literal;
  }
  return keys >= 2 && computed;
}

/**
 * Whether an object is shaped like a server event, and whether unmistakably: keys only Meta uses
 * (`data_processing_options*`, `action_source` with an event key or one of Meta's values),
 * `event_name` beside `user_data` / `custom_data`, or a place in a request body's `data: [...]`.
 * `user_data` / `custom_data` with another event key or Meta user_data keys is a plain event shape.
 */
function eventShape(sourceCode: SourceCode, object: TSESTree.ObjectExpression, keys: ReadonlySet<string>): 'unmistakable' | 'shape' | undefined {
  const payloadKey = keys.has('user_data') || keys.has('custom_data');
  if ([...keys].some((key) => META_ONLY_EVENT_KEYS.has(key))) return 'unmistakable';
  if (keys.has('action_source') && (payloadKey || keys.has('event_name') || keys.has('event_time') || hasActionSourceValue(sourceCode, object))) {
    return 'unmistakable';
  }
  if (!payloadKey) return undefined;
  if (keys.has('event_name') || isInEventsBody(object)) return 'unmistakable';
  for (const key of keys) if (SERVER_EVENT_KEYS.has(key)) return 'shape';
  const userData = objectFields(sourceCode, object).find((field) => field.key === 'user_data');
  if (!userData) return undefined;
  const hasUserDataKeys = resolveObjects(sourceCode, userData.value).some((value) =>
    value.properties.some((property) => property.type === AST_NODE_TYPES.Property && USER_DATA_SHAPE_KEYS.has(keyName(property) ?? '')),
  );
  return hasUserDataKeys ? 'shape' : undefined;
}

function hasActionSourceValue(sourceCode: SourceCode, object: TSESTree.ObjectExpression): boolean {
  const value = objectFields(sourceCode, object).find((field) => field.key === 'action_source')?.value;
  const text = value && staticValue(value, sourceCode.getScope(value))?.value;
  return typeof text === 'string' && ACTION_SOURCES.has(text);
}

/** `{ data: [event], access_token }`: an element of a request body's event list. */
function isInEventsBody(object: TSESTree.ObjectExpression): boolean {
  const array = object.parent;
  const property = array?.type === AST_NODE_TYPES.ArrayExpression ? array.parent : undefined;
  if (property?.type !== AST_NODE_TYPES.Property || keyName(property) !== 'data') return false;
  return property.parent.type === AST_NODE_TYPES.ObjectExpression && property.parent.properties.some((sibling) => sibling !== property && sibling.type === AST_NODE_TYPES.Property && REQUEST_BODY_KEYS.has(keyName(sibling) ?? ''));
}
