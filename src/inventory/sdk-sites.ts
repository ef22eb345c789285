import type { FileAnalysis } from '../analysis/index.js';
import { USER_DATA_KEYS } from '../analysis/catalog/capi.js';
import { SDK_DPO_SETTERS } from '../analysis/catalog/ldu.js';
import { getLdu } from '../analysis/facts/ldu.js';
import { CLEAR_TEXT_SETTERS, EVENT_REQUEST_CONSTRUCTOR_PARAMS, USER_DATA_CONSTRUCTOR_KEYS, USER_DATA_SETTERS } from '../analysis/catalog/sdk.js';
import { objectFields } from '../util/resolve.js';
import { ownEntry } from '../util/own-entry.js';
import type { SdkCall } from '../analysis/sinks/index.js';
import type { SiteDraft } from './draft.js';
import { siteDraft } from './draft.js';
import type { FieldDraft } from './fields.js';
import { eventNameOf, fieldOf, objectFieldsOf } from './fields.js';
import { consentState, lduStateOf } from './states.js';

/** An SDK object: its construction and the methods called on it. */
interface Instance {
  readonly construct: SdkCall;
  readonly calls: SdkCall[];
}

/** Methods that link objects together or send them: reported as the event name, LDU or send, not as fields. */
const STRUCTURAL_METHODS: ReadonlySet<string> = new Set(['setUserData', 'setCustomData', 'setContents', 'setEvents', 'setEventName', 'execute', ...Object.keys(SDK_DPO_SETTERS)]);
/** Where each class's clear-text setters put their value in the event. */
const CLEAR_TEXT_PREFIX: Readonly<Record<string, string>> = { CustomData: 'custom_data', Content: 'contents' };

/** One site per facebook-nodejs-business-sdk object that carries data: UserData, CustomData, Content, ServerEvent, EventRequest. */
export function sdkSites(analysis: FileAnalysis): SiteDraft[] {
  return instancesOf(analysis.sinks.sdkCalls)
    .filter((instance) => instance.construct.className !== 'FacebookAdsApi')
    .map((instance) => sdkSite(analysis, instance));
}

/** Groups the calls by object: the sink finder lists each construction followed by the calls made on it. */
function instancesOf(calls: readonly SdkCall[]): Instance[] {
  const instances: Instance[] = [];
  for (const call of calls) {
    const current = instances[instances.length - 1];
    if (call.method === 'constructor') instances.push({ construct: call, calls: [] });
    else if (current && current.construct.className === call.className && call.method !== 'init') current.calls.push(call);
  }
  return instances;
}

function sdkSite(analysis: FileAnalysis, instance: Instance): SiteDraft {
  const { className } = instance.construct;
  const method = (name: string) => instance.calls.find((call) => call.method === name);
  const eventName = method('setEventName')?.args[0];
  const send = method('execute');
  return siteDraft({
    node: instance.construct.node,
    channel: 'capi-sdk',
    command: className,
    call: `new ${className}()`,
    eventName: eventName ? eventNameOf(analysis, [eventName]) : null,
    send: send ? { node: send.node, call: `${className}.execute()` } : null,
    fields: [...constructorFields(analysis, instance.construct), ...instance.calls.flatMap((call) => setterFields(analysis, call))],
    consent: consentState(analysis, send?.node ?? instance.construct.node, false),
    ldu: className === 'ServerEvent' ? lduStateOf(getLdu(analysis).at(instance.construct.node)) : null,
    related: instance.calls.map((call) => call.node),
  });
}

/** `new UserData(email, phone, …)` and `new EventRequest(token, pixelId, …)`: positional parameters by name. */
function constructorFields(analysis: FileAnalysis, construct: SdkCall): FieldDraft[] {
  const names = construct.className === 'UserData' ? USER_DATA_CONSTRUCTOR_KEYS : construct.className === 'EventRequest' ? EVENT_REQUEST_CONSTRUCTOR_PARAMS : [];
  return construct.args.flatMap((value, index) => {
    const name = names[index];
    if (name === undefined || name === 'events') return [];
    return [construct.className === 'UserData' ? userDataField(analysis, name, value) : fieldOf(analysis, { key: name, value })];
  });
}

function setterFields(analysis: FileAnalysis, call: SdkCall): readonly FieldDraft[] {
  const value = call.args[0];
  if (!value || STRUCTURAL_METHODS.has(call.method)) return [];
  const userDataKey = call.className === 'UserData' ? USER_DATA_SETTERS[call.method]?.key : undefined;
  if (userDataKey) return [userDataField(analysis, userDataKey, value)];
  const property = ownEntry(CLEAR_TEXT_SETTERS[call.className], call.method);
  const prefix = CLEAR_TEXT_PREFIX[call.className];
  if (property === 'custom_properties') {
    return objectFieldsOf(analysis, objectFields(analysis.sourceCode, value), (key) => ({ key: `${prefix}.${key}`, name: key }));
  }
  const name = property ?? call.method.replace(/^set(?=[A-Z])/, '');
  return [fieldOf(analysis, { key: property ? `${prefix}.${property}` : `${call.method}()`, name, value })];
}

/** A UserData value: the SDK hashes the keys Meta wants hashed at send time. */
function userDataField(analysis: FileAnalysis, key: string, value: SdkCall['args'][number]): FieldDraft {
  const sdkHashes = USER_DATA_KEYS[key]?.hashing === 'required';
  return fieldOf(analysis, { key: `user_data.${key}`, name: key, value, hashedBy: sdkHashes ? 'sdk' : undefined });
}
