import type { TSESTree } from '@typescript-eslint/utils';
import type { FileAnalysis } from '../analysis/index.js';
import { CAPI_DPO_FIELDS } from '../analysis/catalog/ldu.js';
import { APP_EVENTS_API_FIELDS, EXPO_PLUGIN_FLAGS } from '../analysis/catalog/app-events.js';
import { appParameterFields, appSlotValues, customEventParts } from '../analysis/facts/app-events.js';
import { getLdu } from '../analysis/facts/ldu.js';
import type { AppEventsCall, AppEventsRequest } from '../analysis/sinks/index.js';
import { urlParts, urlShape } from '../analysis/sinks/urls.js';
import { objectFields } from '../util/resolve.js';
import { snippet } from '../util/ast.js';
import type { SiteDraft } from './draft.js';
import { siteDraft } from './draft.js';
import type { FieldDraft } from './fields.js';
import { eventNameOf, fieldOf, objectFieldsOf, staticFieldOf } from './fields.js';
import { consentState, lduStateOf } from './states.js';
import type { LduState } from './types.js';

/**
 * The App Events sites of a file: each SDK call (channel `app-sdk`, or `web-sdk` for `FB.AppEvents`)
 * but the client token, the Expo config plugin's options, and each App Events API request.
 * `setUserData()` values are marked hashed by the SDK; `setUserID()` and event parameters are not.
 */
export function appEventsSites(analysis: FileAnalysis): SiteDraft[] {
  const { appEvents, appConfigs, appEventsRequests } = analysis.sinks;
  const fileLdu = lduStateOf(getLdu(analysis).appSdk);
  return [
    ...appEvents.filter((call) => call.kind !== 'clientToken').map((call) => sdkSite(analysis, call, fileLdu)),
    ...appConfigs.map((config) => configSite(analysis, config.node)),
    ...appEventsRequests.map((request) => apiSite(analysis, request)),
  ];
}

function sdkSite(analysis: FileAnalysis, call: AppEventsCall, fileLdu: LduState): SiteDraft {
  const event = call.kind === 'event';
  return siteDraft({
    node: call.node,
    channel: call.channel,
    command: call.method,
    call: call.label,
    eventName: event ? (call.fixedEventName ?? eventNameOf(analysis, appSlotValues(analysis, call, 'eventName'))) : null,
    fields: sdkFields(analysis, call),
    consent: consentState(analysis, call.node, false),
    ldu: call.kind === 'dataProcessing' ? lduStateOf(getLdu(analysis).at(call.node)) : event ? fileLdu : null,
  });
}

/** Event parameters, user data (hashed by the SDK on the device), the user ID (sent raw), a switch's value. */
function sdkFields(analysis: FileAnalysis, call: AppEventsCall): readonly FieldDraft[] {
  const value = call.slots.value;
  switch (call.kind) {
    case 'event':
    case 'userProperties':
      return objectFieldsOf(analysis, appParameterFields(analysis, call), (key) => ({ key: `params.${key}`, name: key }));
    case 'userData':
      return value ? objectFieldsOf(analysis, objectFields(analysis.sourceCode, value), (key) => ({ key: `user_data.${key}`, name: key, hashedBy: 'sdk' })) : [];
    case 'userId':
      return value ? [fieldOf(analysis, { key: 'app_user_id', value })] : [];
    case 'trackingFlag':
    case 'autoLog':
    case 'advertiserIdCollection':
      return value ? [fieldOf(analysis, { key: 'enabled', value })] : [];
    default:
      return [];
  }
}

/** `['react-native-fbsdk-next', { … }]` of an Expo config: its switches, read before any JS runs. */
function configSite(analysis: FileAnalysis, options: TSESTree.ObjectExpression): SiteDraft {
  return siteDraft({
    node: options,
    channel: 'app-sdk',
    command: 'config',
    call: 'Expo config plugin',
    fields: objectFieldsOf(
      analysis,
      objectFields(analysis.sourceCode, options).filter((field) => field.key !== undefined && Object.hasOwn(EXPO_PLUGIN_FLAGS, field.key)),
      (key) => ({ key }),
    ),
    consent: consentState(analysis, options, false),
  });
}

/** An App Events API request: its form fields (`ud[…]` must be SHA-256), custom events and LDU fields. */
function apiSite(analysis: FileAnalysis, request: AppEventsRequest): SiteDraft {
  const { sourceCode } = analysis;
  const events = request.events.map((event) => customEventParts(analysis, event));
  const names = events.flatMap((event) => (event.name ? [event.name] : []));
  return siteDraft({
    node: request.node,
    channel: 'app-events-api',
    command: 'request',
    call: `${snippet(sourceCode, request.node.callee)}()`,
    endpoint: urlShape(urlParts(sourceCode, request.url), '{}'),
    eventName: eventNameOf(analysis, names),
    fields: [
      ...request.fields.flatMap((field) => {
        if (field.key === APP_EVENTS_API_FIELDS.customEvents || Object.values(CAPI_DPO_FIELDS).includes(field.key)) return [];
        if (!field.value) return [staticFieldOf(field.key, field.text ?? '', field.node)];
        return [fieldOf(analysis, { key: field.key, name: /^ud\[(.+)\]$/.exec(field.key)?.[1] ?? field.key, value: field.value, at: field.node })];
      }),
      ...events.flatMap((event) => objectFieldsOf(analysis, event.parameters, (key) => ({ key: `custom_events.${key}`, name: key }))),
    ],
    consent: consentState(analysis, request.node, false),
    ldu: lduStateOf(getLdu(analysis).at(request.node)),
  });
}
