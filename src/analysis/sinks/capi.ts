import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { Field } from '../../util/resolve.js';
import type { Destinations } from './destination.js';
import {
  ACTION_SOURCES,
  AUDIENCE_SCHEMA_FIELDS,
  CAPI_ENDPOINT_PATTERN,
  META_ONLY_EVENT_KEYS,
  REQUEST_BODY_KEYS,
  SERVER_EVENT_KEYS,
  USER_DATA_IDENTITY_KEYS,
  USER_DATA_SHAPE_KEYS,
} from '../catalog/capi.js';
import { keyName, lastName, staticValue, unwrap, wrappingParent } from '../../util/ast.js';
import { argumentsForParameter, arrayElements, localFunctionOf, MAX_DEPTH, objectFields, resolveObjects, singleValueOf, variableOf } from '../../util/resolve.js';
import type { AudiencePayload, CapiRequest, CustomDataPayload, PayloadOrigin, ServerEventPayload, UserDataPayload } from './types.js';
import type { UrlPart } from './urls.js';
import { urlParts, urlShape } from './urls.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** Properties of an HTTP client's options object that carry the request body. */
const BODY_PROPERTIES = ['body', 'json', 'data', 'form'] as const;

/**
 * Callees that build, wrap or print a URL without requesting it: `new URL(capiUrl)` is not a send,
 * the `fetch(url, …)` that uses it is (so a send is found, and reported, once).
 */
const NOT_SENDS: ReadonlySet<string> = new Set([
  'URL',
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

/** Whether a URL expression points at an events endpoint, following a helper's parameter to what its callers pass. */
export function isCapiUrl(sourceCode: SourceCode, node: TSESTree.Node, depth = 0): boolean {
  if (isEndpoint(urlParts(sourceCode, node, { defaults: true }))) return true;
  const passed = depth < MAX_DEPTH ? argumentsForParameter(sourceCode, node) : undefined;
  return passed?.some((argument) => isCapiUrl(sourceCode, argument, depth + 1)) ?? false;
}

/** A URL that starts with the Graph API host and names an `/events` edge (version and id may be interpolated). */
function isEndpoint(parts: readonly UrlPart[]): boolean {
  const shape = urlShape(parts, SHAPE_HOLE);
  const match = CAPI_ENDPOINT_PATTERN.exec(shape);
  return match !== null && URL_PREFIX.test(shape.slice(0, match.index));
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
 * built where Meta payloads are built (see `judge`). Without `destinations` every shape counts.
 * An object spread into another (`{ ...event, ...(ldu && { data_processing_options: ['LDU'] }) }`)
 * is a part of that one, not a payload of its own.
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
        for (const event of resolveObjects(this.sourceCode, element)) this.addServerEvent(event, 'request', true);
      }
    }
  }

  /** Recognises an object literal by its keys: a server event, a user_data object, an offline event, an audience upload. */
  inspect(object: TSESTree.ObjectExpression): void {
    if (spreadHolders(this.sourceCode, object)) return;
    const fields = shapeFields(this.sourceCode, object);
    if (fields.length === 0) return;
    const keys = new Set(fields.flatMap((field) => (field.key === undefined ? [] : [field.key])));
    const event = eventShape(this.sourceCode, object, keys);
    const asEvent = event && this.judge(object, event === 'unmistakable');
    // An event of a `{ data: [event], access_token }` body is in Meta's wire format wherever the body goes.
    if (asEvent) this.addServerEvent(object, 'shape', asEvent.wireFormat || isInEventsBody(object));
    const asOffline = keys.has('match_keys') && this.judge(object, true);
    if (asOffline) this.addNested(object, 'match_keys', 'shape', asOffline.wireFormat);
    const asUserData = !this.userData.has(object) && looksLikeUserData(fields) && this.judge(object, false, fields);
    if (asUserData) this.userData.set(object, { node: object, origin: 'shape', format: 'user_data', wireFormat: asUserData.wireFormat });
    if (keys.has('schema') && keys.has('data') && this.judge(object, true)) this.addAudience(object);
  }

  /**
   * Whether a shaped object is a payload, by where it goes: to Meta, yes (and in Meta's wire format);
   * only first-party or into a pixel call, no; somewhere unknown, when its structure is Meta's alone
   * (`unmistakable`) or when it is built where Meta payloads are built and names the person Meta's
   * way (`{ em, fbp }`, not the `{ email, phone, fbp, fbc }` of a lead row).
   */
  private judge(object: TSESTree.ObjectExpression, unmistakable: boolean, userDataFields?: readonly Field[]): { wireFormat: boolean } | undefined {
    if (!this.destinations) return { wireFormat: true };
    const destination = this.destinations.of(object);
    if (destination.kind !== 'unknown') return destination.kind === 'meta' ? { wireFormat: true } : undefined;
    if (unmistakable) return { wireFormat: false };
    const metaSpelled = !userDataFields || userDataFields.some((field) => field.key !== undefined && USER_DATA_IDENTITY_KEYS.has(field.key));
    return metaSpelled && this.destinations.inMetaContext(destination) ? { wireFormat: false } : undefined;
  }

  private addServerEvent(object: TSESTree.ObjectExpression, origin: PayloadOrigin, wireFormat: boolean): void {
    if (this.serverEvents.has(object)) return;
    this.serverEvents.set(object, { node: object, origin, wireFormat });
    for (const field of objectFields(this.sourceCode, object)) {
      if (field.key === 'user_data') this.addNested(object, 'user_data', 'event', wireFormat, field.value);
      if (field.key === 'custom_data') {
        for (const value of resolveObjects(this.sourceCode, field.value)) {
          if (!this.customData.has(value)) this.customData.set(value, { node: value, origin: 'event' });
        }
      }
    }
  }

  private addNested(object: TSESTree.ObjectExpression, key: 'user_data' | 'match_keys', origin: PayloadOrigin, wireFormat: boolean, value?: TSESTree.Node): void {
    const source = value ?? objectFields(this.sourceCode, object).find((field) => field.key === key)?.value;
    if (!source) return;
    for (const nested of resolveObjects(this.sourceCode, source)) {
      const existing = this.userData.get(nested);
      if (!existing || existing.origin === 'shape') {
        this.userData.set(nested, { node: nested, origin, format: key, wireFormat: wireFormat || (existing?.wireFormat ?? false) });
      }
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
 * The properties an object literal is recognised by: its own, those of the objects spread into it
 * as parts of it (`...(ldu ? { data_processing_options: ['LDU'] } : {})`), and for `const ud = {}`
 * the keys assigned later (`ud.em = [hash]`), the way builders fill user_data.
 */
function shapeFields(sourceCode: SourceCode, object: TSESTree.ObjectExpression, depth = 0): Field[] {
  const own: Field[] = [];
  for (const property of object.properties) {
    if (property.type === AST_NODE_TYPES.SpreadElement) {
      if (depth >= MAX_DEPTH) continue;
      for (const part of resolveObjects(sourceCode, property.argument)) {
        if (spreadHolders(sourceCode, part)?.includes(object)) own.push(...shapeFields(sourceCode, part, depth + 1));
      }
      continue;
    }
    const key = property.computed ? keyName(property, sourceCode.getScope(property)) : keyName(property);
    own.push({ key, keyNode: property.key, value: property.value, node: property, container: object });
  }
  if (object.parent.type !== AST_NODE_TYPES.VariableDeclarator) return own;
  return [...own, ...objectFields(sourceCode, object).filter((field) => field.container === undefined)];
}

/**
 * The objects an object literal is spread into as a part, when that is all that is done with it:
 * `{ ...event, ...(cond && { … }) }`, `...(cond ? { … } : {})`, or a constant holding it that is
 * only ever spread. Undefined when the object is used in any other way.
 */
function spreadHolders(sourceCode: SourceCode, object: TSESTree.ObjectExpression): TSESTree.ObjectExpression[] | undefined {
  const spread = wrappingParent(optionalBranchOf(object));
  if (spread?.type === AST_NODE_TYPES.SpreadElement) return spread.parent.type === AST_NODE_TYPES.ObjectExpression ? [spread.parent] : undefined;
  const declarator = spread;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id.type !== AST_NODE_TYPES.Identifier || declarator.parent.kind !== 'const') return undefined;
  const reads = variableOf(sourceCode, declarator.id)?.references.filter((reference) => !reference.init) ?? [];
  const holders: TSESTree.ObjectExpression[] = [];
  for (const reference of reads) {
    const use = wrappingParent(reference.identifier as TSESTree.Node);
    if (use?.type !== AST_NODE_TYPES.SpreadElement || use.parent.type !== AST_NODE_TYPES.ObjectExpression) return undefined;
    holders.push(use.parent);
  }
  return holders.length > 0 ? holders : undefined;
}

/** The expression an object literal is a branch of: `cond && { … }`, `cond ? { … } : {}` (the object itself otherwise). */
function optionalBranchOf(object: TSESTree.ObjectExpression): TSESTree.Node {
  let node: TSESTree.Node = object;
  for (;;) {
    const parent = wrappingParent(node);
    if (parent?.type === AST_NODE_TYPES.ConditionalExpression && unwrap(parent.test) !== node) node = parent;
    else if (parent?.type === AST_NODE_TYPES.LogicalExpression && unwrap(parent.right) === node) node = parent;
    else return node;
  }
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
