import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import {
  CAPI_ENDPOINT_PATTERN,
  SERVER_EVENT_KEYS,
  USER_DATA_SHAPE_KEYS,
} from '../catalog/capi.js';
import { keyName, unwrap } from '../../util/ast.js';
import { audienceOf } from './audiences.js';
import { arrayElements, objectFields, resolveObjects } from '../../util/resolve.js';
import type { AudiencePayload, CapiRequest, CustomDataPayload, PayloadOrigin, ServerEventPayload, UserDataPayload } from './types.js';
import { urlParts, urlShape } from './urls.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** Properties of an HTTP client's options object that carry the request body. */
const BODY_PROPERTIES = ['body', 'json', 'data', 'form'] as const;

/** A call whose URL argument points at a Conversions API events endpoint. */
export function capiRequest(sourceCode: SourceCode, node: TSESTree.CallExpression | TSESTree.NewExpression): CapiRequest | undefined {
  const [first, second] = node.arguments;
  if (!first || first.type === AST_NODE_TYPES.SpreadElement) return undefined;
  const config = unwrap(first).type === AST_NODE_TYPES.ObjectExpression ? (unwrap(first) as TSESTree.ObjectExpression) : undefined;
  const url = config ? propertyValue(sourceCode, config, 'url') : first;
  if (!url || !isCapiUrl(sourceCode, url)) return undefined;
  const bodySource = config ?? (second && second.type !== AST_NODE_TYPES.SpreadElement ? second : undefined);
  return { node, url, bodies: bodySource ? requestBodies(sourceCode, bodySource, config !== undefined) : chainedBodies(sourceCode, node) };
}

export function isCapiUrl(sourceCode: SourceCode, node: TSESTree.Node): boolean {
  return CAPI_ENDPOINT_PATTERN.test(urlShape(urlParts(sourceCode, node), 'X'));
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

/** superagent-style `post(url).send(body)`. */
function chainedBodies(sourceCode: SourceCode, node: TSESTree.Node): TSESTree.ObjectExpression[] {
  const member = node.parent;
  if (member?.type !== AST_NODE_TYPES.MemberExpression || keyName(member) !== 'send') return [];
  const call = member.parent;
  const body = call?.type === AST_NODE_TYPES.CallExpression ? call.arguments[0] : undefined;
  return body ? resolveObjects(sourceCode, body) : [];
}

function propertyValue(sourceCode: SourceCode, object: TSESTree.ObjectExpression, key: string): TSESTree.Node | undefined {
  return objectFields(sourceCode, object).find((field) => field.key === key)?.value;
}

/** Collects the Conversions API payloads of a file: events, user_data, custom_data, audiences. */
export class PayloadCollector {
  readonly serverEvents = new Map<TSESTree.ObjectExpression, ServerEventPayload>();
  readonly userData = new Map<TSESTree.ObjectExpression, UserDataPayload>();
  readonly customData = new Map<TSESTree.ObjectExpression, CustomDataPayload>();
  readonly audiences: AudiencePayload[] = [];

  constructor(private readonly sourceCode: SourceCode) {}

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
    const keys = staticKeys(this.sourceCode, object);
    if (keys.size === 0) return;
    if ((keys.has('user_data') || keys.has('custom_data')) && this.looksLikeServerEvent(object, keys)) {
      this.addServerEvent(object, 'shape');
    }
    if (keys.has('match_keys')) this.addNested(object, 'match_keys', 'shape');
    if (!this.userData.has(object) && this.looksLikeUserData(object)) {
      this.userData.set(object, { node: object, origin: 'shape', format: 'user_data' });
    }
    if (keys.has('schema') && keys.has('data')) this.addAudience(object);
  }

  /**
   * Two or more user_data keys, at least one holding a computed value: `{ em: hash, fbp }` is a
   * payload, `{ em: '1rem', ph: 2 }` is not.
   */
  private looksLikeUserData(object: TSESTree.ObjectExpression): boolean {
    let keys = 0;
    let computed = false;
    for (const property of object.properties) {
      if (property.type !== AST_NODE_TYPES.Property) continue;
      const key = keyName(property, this.sourceCode.getScope(property));
      if (key === undefined || !USER_DATA_SHAPE_KEYS.has(key)) continue;
      keys++;
      computed ||= property.value.type !== AST_NODE_TYPES.Literal;
    }
    return keys >= 2 && computed;
  }

  private looksLikeServerEvent(object: TSESTree.ObjectExpression, keys: ReadonlySet<string>): boolean {
    for (const key of keys) if (SERVER_EVENT_KEYS.has(key)) return true;
    const userData = objectFields(this.sourceCode, object).find((field) => field.key === 'user_data');
    if (!userData) return false;
    return resolveObjects(this.sourceCode, userData.value).some((value) =>
      [...staticKeys(this.sourceCode, value)].some((key) => USER_DATA_SHAPE_KEYS.has(key)),
    );
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
    const audience = audienceOf(this.sourceCode, object);
    if (audience) this.audiences.push(audience);
  }

}

/** The static keys of an object literal's own properties. */
function staticKeys(sourceCode: SourceCode, object: TSESTree.ObjectExpression): Set<string> {
  const keys = new Set<string>();
  for (const property of object.properties) {
    if (property.type !== AST_NODE_TYPES.Property) continue;
    const key = property.computed ? keyName(property, sourceCode.getScope(property)) : keyName(property);
    if (key !== undefined) keys.add(key);
  }
  return keys;
}
