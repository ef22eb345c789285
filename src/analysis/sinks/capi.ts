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
import { keyName, staticValue, wrappingParent } from '../../util/ast.js';
import { arrayElements, objectFields, resolveObjects, variableOf } from '../../util/resolve.js';
import { audienceOf } from './audiences.js';
import type { MetaRequestTarget } from './requests.js';
import type { AudiencePayload, CapiRequest, CustomDataPayload, PayloadOrigin, ServerEventPayload, UserDataPayload } from './types.js';

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
 * built where Meta payloads are built (see `accepts`). Without `destinations` every shape counts.
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
        for (const event of resolveObjects(this.sourceCode, element)) this.addServerEvent(event, 'request');
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
    if (this.audiences.has(object)) return;
    const audience = audienceOf(this.sourceCode, object);
    if (audience) this.audiences.set(object, audience);
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
