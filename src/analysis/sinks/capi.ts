import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { Field } from '../../util/resolve.js';
import type { Destinations } from './destination.js';
import {
  ACTION_SOURCES,
  META_ONLY_EVENT_KEYS,
  REQUEST_BODY_KEYS,
  SERVER_EVENT_KEYS,
  USER_DATA_IDENTITY_KEYS,
  USER_DATA_SHAPE_KEYS,
} from '../catalog/capi.js';
import { AUDIENCE_PAYLOAD_KEY } from '../catalog/audiences.js';
import { keyName, staticValue, unwrap, wrappingParent } from '../../util/ast.js';
import { arrayElements, MAX_DEPTH, objectFields, resolveObjects, variableOf } from '../../util/resolve.js';
import { audienceOf } from './audiences.js';
import type { MetaRequestTarget } from './requests.js';
import type { AudiencePayload, CapiRequest, CustomDataPayload, PayloadOrigin, ServerEventPayload, UserDataPayload } from './types.js';
import { scopeAt } from '../../util/scope-at.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** Properties of an HTTP client's options object that carry the request body. */
const BODY_PROPERTIES = ['body', 'json', 'data', 'form'] as const;

/** Methods of a pending request that write its body: `req.write(body)`, `req.end(body)`, superagent `.send(body)`. */
const BODY_WRITERS: ReadonlySet<string> = new Set(['send', 'write', 'end']);

/** What makes an object the body itself rather than options holding it: the events list, or the audience upload. */
const isEventsBody = (field: Field, sourceCode: SourceCode) => field.key === 'data' && arrayElements(sourceCode, field.value) !== undefined;
const isAudienceBody = (field: Field) => field.key === AUDIENCE_PAYLOAD_KEY;

/**
 * A request to an endpoint whose body is objects — Conversions API events, Custom Audience users —
 * with the body objects found: in its options or config, or written to the pending request.
 */
export function requestWithBodies(sourceCode: SourceCode, target: MetaRequestTarget): CapiRequest {
  const bodySource = target.config ?? target.options;
  const isBody = target.endpoint === 'audience-users' ? isAudienceBody : isEventsBody;
  return {
    node: target.node,
    url: target.url,
    bodies: [...(bodySource ? requestBodies(sourceCode, bodySource, target.config !== undefined, isBody) : []), ...writtenBodies(sourceCode, target.node)],
  };
}

/**
 * The body objects of a request: the second argument itself when it is the body (`axios.post(url,
 * body)`), or the `body` / `json` / `data` / `form` of an options object (fetch, got, ky, ofetch).
 */
function requestBodies(
  sourceCode: SourceCode,
  argument: TSESTree.Node,
  isConfig: boolean,
  isBody: (field: Field, sourceCode: SourceCode) => boolean,
): TSESTree.ObjectExpression[] {
  const bodies: TSESTree.ObjectExpression[] = [];
  for (const object of resolveObjects(sourceCode, argument)) {
    const fields = objectFields(sourceCode, object);
    if (!isConfig && fields.some((field) => isBody(field, sourceCode))) {
      bodies.push(object);
      continue;
    }
    for (const field of fields) {
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

/**
 * Collects the Conversions API payloads of a file — events, user_data, custom_data — and its
 * Custom Audience uploads. Objects in a request body are payloads; an object recognised by its keys is one when it goes to
 * Meta, never when it goes only first-party, and otherwise when its keys are Meta's alone or it is
 * built where Meta payloads are built (see `judge`). Without `destinations` every shape counts.
 * An object spread into another (`{ ...event, ...(ldu && { data_processing_options: ['LDU'] }) }`)
 * is a part of that one, not a payload of its own.
 */
export class PayloadCollector {
  readonly serverEvents = new Map<TSESTree.ObjectExpression, ServerEventPayload>();
  readonly userData = new Map<TSESTree.ObjectExpression, UserDataPayload>();
  readonly customData = new Map<TSESTree.ObjectExpression, CustomDataPayload>();
  readonly audiences = new Map<TSESTree.ObjectExpression, AudiencePayload>();

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

  /** The upload of a Custom Audience request body: `{ payload: { schema, data } }`. */
  addAudienceBody(body: TSESTree.ObjectExpression): void {
    for (const field of objectFields(this.sourceCode, body)) {
      if (field.key !== AUDIENCE_PAYLOAD_KEY) continue;
      for (const payload of resolveObjects(this.sourceCode, field.value)) this.addAudience(payload);
    }
  }

  /** Recognises an object literal by its keys: a server event, a user_data object, an offline event, an audience upload. */
  inspect(object: TSESTree.ObjectExpression): void {
    if (spreadHolders(this.sourceCode, object)) return;
    const fields = shapeFields(this.sourceCode, object);
    if (fields.length === 0) return;
    const keys = new Set<string>();
    for (const field of fields) if (field.key !== undefined) keys.add(field.key);
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
    if (this.audiences.has(object)) return;
    const audience = audienceOf(this.sourceCode, object);
    if (audience) this.audiences.set(object, audience);
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
    const key = property.computed ? keyName(property, scopeAt(sourceCode, property)) : keyName(property);
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
  for (const key of keys) if (META_ONLY_EVENT_KEYS.has(key)) return 'unmistakable';
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
  const text = value && staticValue(value, scopeAt(sourceCode, value))?.value;
  return typeof text === 'string' && ACTION_SOURCES.has(text);
}

/** `{ data: [event], access_token }`: an element of a request body's event list. */
function isInEventsBody(object: TSESTree.ObjectExpression): boolean {
  const array = object.parent;
  const property = array?.type === AST_NODE_TYPES.ArrayExpression ? array.parent : undefined;
  if (property?.type !== AST_NODE_TYPES.Property || keyName(property) !== 'data') return false;
  return property.parent.type === AST_NODE_TYPES.ObjectExpression && property.parent.properties.some((sibling) => sibling !== property && sibling.type === AST_NODE_TYPES.Property && REQUEST_BODY_KEYS.has(keyName(sibling) ?? ''));
}
