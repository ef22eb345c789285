import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { getAnalysis } from '../analysis/index.js';
import type { FileAnalysis } from '../analysis/index.js';
import { slotFields, slotReads, slotValues } from '../analysis/facts/event-data.js';
import { TRACKING_COMMANDS, EVENT_OPTION_KEYS, PIXEL_EVENT_ID_OPTION } from '../analysis/catalog/pixel.js';
import { SERVER_EVENT_ID_KEY, USER_DATA_KEYS, USER_DATA_KEYS_BY_KIND } from '../analysis/catalog/capi.js';
import type { PiiKind } from '../analysis/catalog/pii-vocabulary.js';
import { PII_KIND_LABELS } from '../analysis/catalog/pii-vocabulary.js';
import { CLEAR_TEXT_SETTERS, EVENT_ID_SETTERS } from '../analysis/catalog/sdk.js';
import { serverEventArgument } from '../analysis/sinks/server-event-arguments.js';
import type { Field } from '../util/resolve.js';
import { objectFields } from '../util/resolve.js';
import type { AppEventsCall, PixelCall } from '../analysis/sinks/index.js';
import { appParameterFields, appSlotValues, customEventParts } from '../analysis/facts/app-events.js';
import { clearPiiOf } from '../analysis/values/clear-pii.js';
import { snippet } from '../util/ast.js';
import { checkSinksAfterTraversal, createRule } from '../util/create-rule.js';
import { removeProperty } from '../util/fixes.js';
import { ownEntry } from '../util/own-entry.js';

export type Options = [{ requireHashedAdvancedMatching: boolean; allowParameters: string[] }];
export type MessageIds =
  | 'eventParameter'
  | 'eventOption'
  | 'eventName'
  | 'eventId'
  | 'customData'
  | 'sdkSetter'
  | 'imagePixelParameter'
  | 'advancedMatching'
  | 'appEventParameter'
  | 'appUserId'
  | 'connectionData'
  | 'removeProperty';

const WHY = "Meta receives event data as-is, and its Business Tools Terms forbid sharing contact information that is not hashed.";

export default createRule<Options, MessageIds>({
  name: 'no-raw-pii',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow personal data in clear in pixel event parameters, event names, CAPI custom_data and SDK custom data',
      recommended: true,
      strictOptions: { requireHashedAdvancedMatching: true },
    },
    hasSuggestions: true,
    messages: {
      eventParameter: `\`{{key}}\` sends {{kind}} in clear as an event parameter of {{call}} (from {{origin}}). ${WHY} Remove it, or send it hashed as advanced matching / CAPI user_data.`,
      eventOption: `\`{{key}}\` in the event options of {{call}} sends {{kind}} in clear (from {{origin}}); only \`eventID\` belongs there. ${WHY} Remove it.`,
      eventName: `The event name of {{call}} is built from {{kind}} (from {{origin}}). Event names reach Meta in clear; use a fixed name and put nothing personal in it.`,
      eventId: `The event ID of {{call}} is built from {{kind}} (from {{origin}}). Meta receives event IDs in clear (they pair pixel and Conversions API events); build them from an order number or a random ID.`,
      customData: `\`{{key}}\` sends {{kind}} in clear in CAPI custom_data (from {{origin}}). ${WHY} Only user_data is hashed; remove it from custom_data.`,
      sdkSetter: `{{setter}}() sends {{kind}} in clear (from {{origin}}). The SDK hashes UserData only, never CustomData or Content. Remove it.`,
      imagePixelParameter: `\`{{key}}\` sends {{kind}} in clear in an image-pixel URL (from {{origin}}). ${WHY} Remove it.`,
      advancedMatching: `\`{{key}}\` in the advanced matching of {{call}} sends {{kind}} unhashed (from {{origin}}). This project requires advanced matching to be SHA-256 hashed before it leaves the page.`,
      appEventParameter: `\`{{key}}\` sends {{kind}} in clear as an app event parameter of {{call}} (from {{origin}}). The App Events SDKs hash only the user data of setUserData(); event parameters reach Meta as-is. Remove it, or send it as user data Meta hashes: setUserData() in the SDKs, hashed \`ud[…]\` in the App Events API.`,
      appUserId: '{{call}} sends {{kind}} as the app user ID (from {{origin}}): the SDK sends it in clear as `app_user_id` and never hashes it. Pass an opaque account ID instead, and send the personal data through setUserData(), which hashes it on the device.',
      connectionData:
        '`{{key}}` sends {{kind}} in {{place}} (from {{origin}}), which Meta receives as-is. Meta takes it only as `{{metaKey}}` in Conversions API user_data, in clear and never hashed. Remove it from {{place}}.',
      removeProperty: 'Remove `{{key}}`.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          requireHashedAdvancedMatching: {
            type: 'boolean',
            description: 'Also report unhashed values in `fbq(\'init\', id, {...})` advanced matching (the JS pixel hashes them itself, so this is off by default).',
          },
          allowParameters: {
            type: 'array',
            items: { type: 'string' },
            uniqueItems: true,
            description: 'Parameter names never reported (for example `zip` on a real-estate site).',
          },
        },
      },
    ],
    defaultOptions: [{ requireHashedAdvancedMatching: false, allowParameters: [] }],
  },
  create(context, [options]) {
    const analysis = getAnalysis(context);
    return checkSinksAfterTraversal(analysis.mayReachMeta, () => {
      const { sinks } = analysis;
      const allowed = new Set(options.allowParameters);
      const reported = new Set<TSESTree.Node>();

      /**
       * Reports a value sent under a key; says whether it did. Under a key known only at run time
       * (`{ [field]: user.email }`) the value alone decides, and the report names the key as written.
       */
      const reportSent = (sent: Sent, messageId: ReportedAs, data: Record<string, string>): boolean => {
        const key = sent.key ?? (sent.keyNode && `[${snippet(context.sourceCode, sent.keyNode)}]`);
        if (key === undefined || (sent.key !== undefined && allowed.has(sent.key)) || reported.has(sent.at)) return false;
        const found = clearPiiOf(analysis, sent.key, sent.value, sent.at);
        if (!found) return false;
        reported.add(sent.at);
        const reportedAs = asReported(messageId, found.kind, data);
        context.report({
          node: sent.at,
          messageId: reportedAs.messageId,
          data: { ...data, ...reportedAs.data, key, kind: PII_KIND_LABELS[found.kind], origin: found.origin },
          suggest: sent.property ? [{ messageId: 'removeProperty', data: { key }, fix: removeProperty(context.sourceCode, sent.property) }] : null,
        });
        return true;
      };
      const reportField: FieldReporter = (field, messageId, data) => void reportSent(sentField(field), messageId, data);

      const reportValue = (node: TSESTree.Node, messageId: ReportedAs, data: Record<string, string>) => {
        if (reported.has(node)) return;
        const found = clearPiiOf(analysis, undefined, node, node);
        if (!found) return;
        reported.add(node);
        const reportedAs = asReported(messageId, found.kind, data);
        const key = snippet(analysis.sourceCode, node);
        context.report({ node, messageId: reportedAs.messageId, data: { ...data, ...reportedAs.data, key, kind: PII_KIND_LABELS[found.kind], origin: found.origin } });
      };

      for (const call of sinks.pixelCalls) {
        // The same value sent twice in one call (`{ ...params, em: params.email }`) is one fault: reported where it is written.
        const sentValues = new Set<string>();
        const reportFieldOfCall: FieldReporter = (field, messageId, data) => {
          if (reportSent(sentField(field), messageId, data)) sentValues.add(context.sourceCode.getText(field.value));
        };
        checkPixelCall(analysis, call, options, reportFieldOfCall, reportValue);
        if (!TRACKING_COMMANDS.has(call.command)) continue;
        for (const read of slotReads(analysis, call, 'params')) {
          if (!sentValues.has(context.sourceCode.getText(read.value))) reportSent(read, 'eventParameter', { call: call.label });
        }
      }
      for (const payload of sinks.customData) {
        for (const field of objectFields(analysis.sourceCode, payload.node)) reportField(field, 'customData', {});
      }
      for (const event of sinks.serverEvents) {
        for (const field of objectFields(analysis.sourceCode, event.node)) {
          if (field.key === SERVER_EVENT_ID_KEY) reportValue(field.value, 'eventId', { call: 'a Conversions API event' });
        }
      }
      for (const call of sinks.sdkCalls) {
        const property = ownEntry(CLEAR_TEXT_SETTERS[call.className], call.method);
        const argument = call.args[0];
        if (argument && EVENT_ID_SETTERS[call.className] === call.method) reportValue(argument, 'eventId', { call: `${call.className}.${call.method}()` });
        const positionalId = serverEventArgument(analysis.sourceCode, call, SERVER_EVENT_ID_KEY);
        if (positionalId) reportValue(positionalId, 'eventId', { call: 'new ServerEvent()' });
        if (!property || !argument) continue;
        if (property === 'custom_properties') {
          for (const field of objectFields(analysis.sourceCode, argument)) reportField(field, 'sdkSetter', { setter: call.method });
        } else {
          reportValue(argument, 'sdkSetter', { setter: call.method });
        }
      }
      for (const call of sinks.appEvents) checkAppEventsCall(analysis, call, reportField, reportValue);
      for (const request of sinks.appEventsRequests) {
        for (const event of request.events) {
          const { name, parameters } = customEventParts(analysis, event);
          for (const field of parameters) reportField(field, 'appEventParameter', { call: APP_EVENTS_API });
          if (name) reportValue(name, 'eventName', { call: APP_EVENTS_API });
        }
      }
      for (const pixel of sinks.imagePixels) {
        for (const parameter of pixel.parameters) {
          const key = /^cd\[(.+)\]$/.exec(parameter.key)?.[1];
          if (key === undefined || !parameter.value || allowed.has(key) || reported.has(parameter.value)) continue;
          const found = clearPiiOf(analysis, key, parameter.value, parameter.value);
          if (!found) continue;
          reported.add(parameter.value);
          const reportedAs = asReported('imagePixelParameter', found.kind, {});
          context.report({
            node: parameter.value,
            messageId: reportedAs.messageId,
            data: { ...reportedAs.data, key: parameter.key, kind: PII_KIND_LABELS[found.kind], origin: found.origin },
          });
        }
      }
    });
  },
});

/** A value sent under a key, where a report about it points, and the property whose removal stops it. */
interface Sent {
  readonly key: string | undefined;
  /** The key as written, when it is computed (`[field]`). */
  readonly keyNode?: TSESTree.Node;
  readonly value: TSESTree.Node;
  readonly at: TSESTree.Node;
  readonly property?: TSESTree.Property;
}

/** A field as sent: data merged in from another object by `Object.assign` is reported once, at the merge. */
function sentField(field: Field): Sent {
  if (field.mergedBy) return { key: field.key, keyNode: field.keyNode, value: field.value, at: field.mergedBy };
  const property = field.node.type === AST_NODE_TYPES.Property && field.container ? field.node : undefined;
  return { key: field.key, keyNode: field.keyNode, value: field.value, at: field.node, property };
}

/** The places a value is reported at: each has its own message, but an IP address or a user agent gets `connectionData`. */
type ReportedAs = Exclude<MessageIds, 'connectionData' | 'removeProperty'>;
type FieldReporter = (field: Field, messageId: ReportedAs, data: Record<string, string>) => void;
type ValueReporter = (node: TSESTree.Node, messageId: ReportedAs, data: Record<string, string>) => void;

/** How messages name each place for `connectionData` (an event name or ID is no user_data key's place); each place's reporter passes its `call` or `setter`. */
const PLACES: Readonly<Record<Exclude<ReportedAs, 'eventName' | 'eventId'>, (data: Record<string, string>) => string>> = {
  eventParameter: (data) => `the event parameters of ${data.call}`,
  eventOption: (data) => `the event options of ${data.call}`,
  customData: () => 'CAPI custom_data',
  sdkSetter: (data) => `${data.setter}()`,
  imagePixelParameter: () => 'an image-pixel URL',
  advancedMatching: (data) => `the advanced matching of ${data.call}`,
  appEventParameter: (data) => `the app event parameters of ${data.call}`,
  appUserId: (data) => `the app user ID of ${data.call}`,
};

/**
 * The message for data found at a place: the place's own, except for data Meta wants in clear in
 * user_data (an IP address, a user agent), which must not be told to be hashed.
 */
function asReported(messageId: ReportedAs, kind: PiiKind, data: Record<string, string>): { messageId: MessageIds; data: Record<string, string> } {
  const metaKey = USER_DATA_KEYS_BY_KIND[kind]?.[0];
  if (messageId === 'eventName' || messageId === 'eventId' || metaKey === undefined || USER_DATA_KEYS[metaKey]?.hashing !== 'forbidden') return { messageId, data: {} };
  return { messageId: 'connectionData', data: { place: PLACES[messageId](data), metaKey } };
}

const APP_EVENTS_API = 'an App Events API request (custom_events)';

/** Event names and parameters of App Events SDK calls, and the IDs `setUserID()` sends raw. */
function checkAppEventsCall(analysis: FileAnalysis, call: AppEventsCall, reportField: FieldReporter, reportValue: ValueReporter) {
  const data = { call: call.label };
  if (call.kind === 'event' || call.kind === 'userProperties') {
    for (const field of appParameterFields(analysis, call)) reportField(field, 'appEventParameter', data);
    for (const value of appSlotValues(analysis, call, 'eventName')) reportValue(value, 'eventName', data);
  }
  if (call.kind === 'userId') for (const value of appSlotValues(analysis, call, 'value')) reportValue(value, 'appUserId', data);
}

function checkPixelCall(analysis: FileAnalysis, call: PixelCall, options: Options[0], reportField: FieldReporter, reportValue: ValueReporter) {
  const data = { call: call.label };
  if (TRACKING_COMMANDS.has(call.command)) {
    for (const field of slotFields(analysis, call, 'params')) reportField(field, 'eventParameter', data);
    for (const field of slotFields(analysis, call, 'options')) {
      if (field.key === PIXEL_EVENT_ID_OPTION) reportValue(field.value, 'eventId', data);
      else if (field.key === undefined || !EVENT_OPTION_KEYS.has(field.key)) reportField(field, 'eventOption', data);
    }
    for (const value of slotValues(analysis, call, 'eventName')) reportValue(value, 'eventName', data);
  }
  if (call.command === 'init' && options.requireHashedAdvancedMatching) {
    for (const field of slotFields(analysis, call, 'advancedMatching')) reportField(field, 'advancedMatching', data);
  }
}
