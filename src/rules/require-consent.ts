import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { getAnalysis } from '../analysis/index.js';
import type { FileSinks, PixelCall, PixelChannel } from '../analysis/sinks/index.js';
import { PIXEL_INIT_PATTERN, TRACKING_COMMANDS } from '../analysis/catalog/pixel.js';
import type { ConsentPurpose } from '../analysis/catalog/consent.js';
import { consentAction, getConsent } from '../analysis/facts/consent.js';
import type { FileConsent } from '../analysis/facts/consent.js';
import { concernsNoVisitor } from '../analysis/facts/consent/visitorless-sends.js';
import type { FileAnalysis } from '../analysis/index.js';
import { checkSinksAfterTraversal, createRule } from '../util/create-rule.js';
import type { AppCallKind } from '../analysis/catalog/app-events.js';
import { APP_DATA_KEY, APP_DATA_TRACKING_SETTER, APP_EVENTS_API_FIELDS, EXPO_PLUGIN_FLAGS } from '../analysis/catalog/app-events.js';
import { isConstantOn, isUnderAttAnswer } from '../analysis/facts/app-events.js';
import { objectFields } from '../util/resolve.js';
import { snippet, staticValue, unwrap } from '../util/ast.js';
import { insertStatementBefore, statementOf } from '../util/fixes.js';
import { scopeAt } from '../util/scope-at.js';

export type Options = [{ checkTrackCalls: boolean; checkAppEvents?: boolean }];
export type MessageIds =
  | 'unguardedInit'
  | 'initBeforeRevoke'
  | 'unguardedLoader'
  | 'unconditionalGrant'
  | 'unguardedSend'
  | 'unguardedTrack'
  | 'unguardedAppStart'
  | 'unguardedAppSwitch'
  | 'unguardedAppEvent'
  | 'unguardedAppEventsApi'
  | 'configSwitchOn'
  | 'constantTrackingFlag'
  | 'narrowConsent'
  | 'constantConsent'
  | 'insertRevoke';

const MUST_REVOKE = 'Meta: "You need to call revoke on every page."';
const APP_CONSENT = 'Meta requires end-user consent before data is sent through its SDK; once on, the SDK sends automatic events (installs, launches, in-app purchases) and the advertising ID.';
const GUARD_EXAMPLE = '`if (hasMarketingConsent()) { … }`';
const REVOKE_OR_GUARD = `Call \`fbq('consent', 'revoke')\` before init and \`fbq('consent', 'grant')\` once the visitor accepts, or init only under a consent check such as ${GUARD_EXAMPLE}.`;

/** How to fix an init, by how the pixel is reached: react-facebook-pixel defines `fbq` in its init, so it cannot revoke first. */
const INIT_FIXES: Readonly<Record<PixelChannel, string>> = {
  fbq: REVOKE_OR_GUARD,
  wrapper: REVOKE_OR_GUARD,
  'react-facebook-pixel': `react-facebook-pixel defines \`fbq\` inside its init, so it cannot revoke first: call init only under a consent check such as ${GUARD_EXAMPLE}, or load the base code yourself and revoke before init.`,
};

export default createRule<Options, MessageIds>({
  name: 'require-consent',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require a consent check or a preceding consent revoke before the Meta pixel starts, and a consent check before Conversions API sends',
      recommended: true,
      strictOptions: { checkTrackCalls: true },
    },
    hasSuggestions: true,
    messages: {
      unguardedInit: `{{call}} starts the Meta pixel without a consent check, so it tracks visitors who never agreed. ${MUST_REVOKE} {{fix}}`,
      initBeforeRevoke: `{{call}} runs before {{revoke}} (line {{line}}), so the pixel starts before consent is revoked; Meta's order is revoke → init → grant after the visitor agrees. {{fix}}`,
      unguardedLoader: `This loads the Meta pixel base code (fbevents.js) with no consent check and no consent revoke in this file. ${MUST_REVOKE} Call \`fbq('consent', 'revoke')\` before init, or load the pixel only under a consent check such as ${GUARD_EXAMPLE}.`,
      unconditionalGrant: '{{call}} grants consent whatever the visitor chose. Grant only after an affirmative choice: under a consent check (`if (preferences.marketing) { … }`) or in the consent banner\'s accept callback.',
      unguardedSend: '{{call}} sends events to the Meta Conversions API without a consent check in this function or its callers in this file. Check the visitor\'s choice first, e.g. `if (!user.marketingConsent) return;`.',
      unguardedTrack: `{{call}} sends a pixel event with no consent check and no consent revoke before it (this file never calls init). Track under a consent check such as ${GUARD_EXAMPLE}, or after \`fbq('consent', 'revoke')\`.`,
      unguardedAppStart: `{{call}} starts the Meta SDK without a consent check in this function or its callers in this file. ${APP_CONSENT} Start it only after the user agrees, e.g. \`if (consent.marketing) Settings.initializeSDK();\` (an App Tracking Transparency answer is not consent).`,
      unguardedAppSwitch: `{{call}} switches on {{what}} without a consent check in this function or its callers in this file. ${APP_CONSENT} Keep it off until the user agrees, then switch it on (Meta's GDPR recipe).`,
      unguardedAppEvent: `{{call}} sends data to Meta through the App Events SDK without a consent check in this function or its callers in this file. The SDK's auto-logging switches do not gate events and user data you send yourself; check the user's choice first, e.g. \`if (!consent.marketing) return;\`.`,
      unguardedAppEventsApi: '{{call}} sends app events to the Meta App Events API without a consent check in this function or its callers in this file. Check the user\'s choice first, e.g. `if (!user.marketingConsent) return;`.',
      configSwitchOn: `\`{{key}}: true\` in the Expo config makes the Meta SDK {{what}} from the first launch, before the app can ask for consent. ${APP_CONSENT} Set it to false and switch it on at run time once the user agrees.`,
      constantTrackingFlag: "{{where}} turns advertiser tracking on whatever the user answered to App Tracking Transparency. Meta reads this flag as the device's ATT permission (iOS 14.5+): set it from that answer (`const { status } = await requestTrackingPermissionsAsync()` → `status === 'granted'`), or forward the app's value, never a constant.",
      narrowConsent:
        "{{what}} under `{{guard}}` (line {{line}}), which also lets through visitors who agreed only to {{purposes}}: Meta's pixel, Conversions API and App Events are advertising and need marketing consent. Check the marketing purpose itself, e.g. `if (!consent.marketing) return;`.",
      constantConsent:
        "{{what}} under `{{guard}}` (line {{line}}), which is always {{value}}: a constant, not the visitor's choice. Read the choice from the consent banner or CMP, e.g. `if (!hasMarketingConsent()) return;`.",
      insertRevoke: 'Insert `{{revoke}}` before this init (and grant once the visitor agrees).',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          checkTrackCalls: {
            type: 'boolean',
            description: 'Also report pixel track calls with no consent check in files that never call `init` (by default the init, wherever it is, carries the report).',
          },
          checkAppEvents: {
            type: 'boolean',
            description: 'Report App Events SDK calls that send events or user data without a consent check (the SDK\'s auto-logging switches do not gate them). Turn off only when the SDK is started after consent on every platform.',
          },
        },
      },
    ],
    defaultOptions: [{ checkTrackCalls: false, checkAppEvents: true }],
  },
  create(context, [options]) {
    const analysis = getAnalysis(context);
    return checkSinksAfterTraversal(analysis.mayReachMeta, () => {
      const { sinks } = analysis;
      if (!hasConsentSinks(sinks)) return;
      const { sourceCode } = context;
      const consent = getConsent(analysis);
      const reported = new Set<TSESTree.Node>();
      const report = (node: TSESTree.Node, messageId: MessageIds, data: Record<string, string>, suggest: Suggestions = null) => {
        if (reported.has(node)) return;
        reported.add(node);
        context.report({ node, loc: sinks.pixelLoaders.includes(node) ? loaderLoc(sourceCode, node) : callLoc(node), messageId, data, suggest });
      };
      /** An unguarded node: named by the consent check that falls short for Meta when there is one, else `messageId`. */
      const reportUnguarded: ReportUnguarded = (node, messageId, data, what, suggest = null) => {
        const shortfall = consent.shortfall(node);
        if (!shortfall) return report(node, messageId, data, suggest);
        const { test, judgement } = shortfall;
        const guard = { what, guard: snippet(sourceCode, test), line: String(test.loc.start.line) };
        if (judgement.kind === 'narrow') report(node, 'narrowConsent', { ...guard, purposes: purposeNames(judgement.purposes) }, suggest);
        else if (judgement.kind === 'constant') report(node, 'constantConsent', { ...guard, value: String(judgement.value) }, suggest);
      };

      const inits = sinks.pixelCalls.filter((call) => call.command === 'init');
      for (const init of inits) {
        if (consent.coverage(init.node, { afterRevoke: true })) continue;
        const revoke = consent.revokes.find((candidate) => consent.runsBefore(init.node, candidate.node));
        const statement = init.channel === 'fbq' ? statementOf(init.node) : undefined;
        const revokeText = `${sourceCode.getText(init.node.callee)}('consent', 'revoke');`;
        const fix = INIT_FIXES[init.channel];
        const suggest = statement
          ? [{ messageId: 'insertRevoke' as const, data: { revoke: revokeText }, fix: insertStatementBefore(sourceCode, statement, revokeText) }]
          : null;
        if (revoke) {
          report(init.node, 'initBeforeRevoke', { call: init.label, revoke: revoke.label, line: String(revoke.node.loc.start.line), fix }, suggest);
        } else {
          reportUnguarded(init.node, 'unguardedInit', { call: init.label, fix }, `${init.label} starts the Meta pixel`, suggest);
        }
      }
      if (inits.length === 0 && consent.revokes.length === 0) {
        for (const loader of sinks.pixelLoaders) {
          // An inline base-code string that revokes or checks consent itself mentions it.
          if (!consent.mentionsConsent(loader) && !consent.coverage(loader, { afterRevoke: false })) reportUnguarded(loader, 'unguardedLoader', {}, 'This loads the Meta pixel base code');
        }
      }
      for (const call of sinks.pixelCalls) {
        if (consentAction(call, sourceCode) === 'grant' && !consent.coverage(call.node, { afterRevoke: false })) {
          reportUnguarded(call.node, 'unconditionalGrant', { call: call.label }, `${call.label} grants pixel consent`);
        }
      }
      if (options.checkTrackCalls && inits.length === 0) checkTracks(sinks.pixelCalls, consent, reportUnguarded);
      for (const send of capiSends(analysis)) {
        if (!consent.coverage(send.node, { afterRevoke: false })) reportUnguarded(send.node, 'unguardedSend', { call: send.label }, `${send.label} sends events to the Meta Conversions API`);
      }
      checkAppEvents(analysis, consent, options.checkAppEvents !== false, report, reportUnguarded);
    });
  },
});

type Suggestions = TSESLint.ReportDescriptor<MessageIds>['suggest'];
type Report = (node: TSESTree.Node, messageId: MessageIds, data: Record<string, string>) => void;
/** `what` says what the node does, for the messages that name a consent check falling short. */
type ReportUnguarded = (node: TSESTree.Node, messageId: MessageIds, data: Record<string, string>, what: string, suggest?: Suggestions) => void;

/** `analytics`, `analytics or functional` (cookie categories as banners name them). */
function purposeNames(purposes: readonly ConsentPurpose[]): string {
  return purposes.length === 0 ? 'other purposes' : purposes.join(' or ');
}

/** A file with nothing that starts the pixel, grants consent or sends server events has nothing to check. */
function hasConsentSinks(sinks: FileSinks): boolean {
  return (
    sinks.pixelCalls.length > 0 ||
    sinks.pixelLoaders.length > 0 ||
    sinks.requests.length > 0 ||
    sinks.sdkCalls.some((call) => isExecute(call) || call.className === 'AppData') ||
    sinks.appEvents.length > 0 ||
    sinks.appConfigs.length > 0 ||
    sinks.appEventsRequests.length > 0 ||
    sinks.serverEvents.length > 0
  );
}

/** What each App Events switch turns on, as messages say it. */
const SWITCHES: Partial<Record<AppCallKind, string>> = {
  autoLog: 'automatic event logging',
  advertiserIdCollection: 'advertising ID collection',
};
const CONFIG_SWITCHES: Partial<Record<AppCallKind, string>> = {
  start: 'start',
  autoLog: 'log automatic events',
  advertiserIdCollection: 'collect the advertising ID',
};

/**
 * The App Events checks: SDK starts, switches turned on and (with `checkAppEvents`, in files that do
 * not start the SDK themselves) events and user data sent through an app SDK without a consent check
 * (`FB.AppEvents` on the web is left to the page's consent for the JavaScript SDK, as pixel track
 * calls are left to the pixel's init); App Events API sends without one; Expo config switches written
 * `true`; and `advertiser_tracking_enabled` written as a constant instead of the ATT answer
 * (SDK setters, App Events API fields, Conversions API `app_data`, the Node SDK's `AppData`).
 * Custom Audience uploads are not judged: they carry the advertiser's own customer list under
 * Meta's Custom Audience terms, not per-visit consent.
 */
function checkAppEvents(analysis: FileAnalysis, consent: FileConsent, checkEvents: boolean, report: Report, reportUnguarded: ReportUnguarded): void {
  const { sinks, sourceCode } = analysis;
  const guarded = (node: TSESTree.Node) => consent.coverage(node, { afterRevoke: false }) !== undefined;
  const flag = (where: string, node: TSESTree.Node, value: TSESTree.Node | undefined, fixed?: boolean) => {
    const on = fixed ?? (value !== undefined && isConstantOn(analysis, value));
    if (on && !isUnderAttAnswer(analysis, node)) report(value ?? node, 'constantTrackingFlag', { where });
  };
  // A file that starts the SDK carries the consent decision at its start, as a pixel init does.
  const judgeSends = checkEvents && !sinks.appEvents.some((call) => call.kind === 'start');
  const unguarded = (node: TSESTree.Node, messageId: MessageIds, data: Record<string, string>, what: string) => {
    if (!guarded(node)) reportUnguarded(node, messageId, data, what);
  };
  for (const call of sinks.appEvents) {
    const data = { call: call.label };
    const value = call.slots.value;
    const switched = SWITCHES[call.kind];
    if (call.kind === 'trackingFlag') flag(call.label, call.node, value, call.fixedFlag);
    else if (call.kind === 'start') unguarded(call.node, 'unguardedAppStart', data, `${call.label} starts the Meta SDK`);
    else if (switched && value && isConstantOn(analysis, value)) unguarded(call.node, 'unguardedAppSwitch', { ...data, what: switched }, `${call.label} switches on ${switched}`);
    else if (judgeSends && call.channel === 'app-sdk' && APP_SENDS.has(call.kind) && !isClearing(analysis, value)) {
      unguarded(call.node, 'unguardedAppEvent', data, `${call.label} sends data to Meta through the App Events SDK`);
    }
  }
  for (const config of sinks.appConfigs) {
    for (const field of objectFields(sourceCode, config.node)) {
      const what = field.key === undefined ? undefined : CONFIG_SWITCHES[EXPO_PLUGIN_FLAGS[field.key] ?? 'event'];
      if (what && isConstantOn(analysis, field.value)) report(field.node, 'configSwitchOn', { key: field.key!, what });
    }
  }
  for (const request of sinks.appEventsRequests) {
    const call = `${snippet(sourceCode, request.node.callee)}()`;
    unguarded(request.node, 'unguardedAppEventsApi', { call }, `${call} sends app events to the Meta App Events API`);
    for (const field of request.fields) {
      if (field.key === APP_EVENTS_API_FIELDS.trackingFlag && field.value) flag('`advertiser_tracking_enabled`', field.node, field.value);
    }
  }
  for (const event of sinks.serverEvents) {
    for (const appData of objectFields(sourceCode, event.node).filter((field) => field.key === APP_DATA_KEY)) {
      for (const field of objectFields(sourceCode, appData.value)) {
        if (field.key === APP_EVENTS_API_FIELDS.trackingFlag) flag('`app_data.advertiser_tracking_enabled`', field.node, field.value);
      }
    }
  }
  for (const call of sinks.sdkCalls) {
    if (call.className === 'AppData' && call.method === APP_DATA_TRACKING_SETTER) flag('AppData.setAdvertiserTrackingEnabled()', call.node, call.args[0]);
  }
}

/** `setUserID(null)`, `setUserData({})`: clearing the user on sign-out sends nothing. */
function isClearing(analysis: FileAnalysis, value: TSESTree.Node | undefined): boolean {
  if (!value) return false;
  const target = unwrap(value);
  return (target.type === AST_NODE_TYPES.ObjectExpression && target.properties.length === 0) || staticValue(target, scopeAt(analysis.sourceCode, target))?.value === null;
}

/** App Events SDK calls that send data themselves. */
const APP_SENDS: ReadonlySet<AppCallKind> = new Set(['event', 'userData', 'userId', 'userProperties']);

function checkTracks(calls: readonly PixelCall[], consent: FileConsent, report: ReportUnguarded): void {
  for (const call of calls) {
    if (TRACKING_COMMANDS.has(call.command) && !consent.coverage(call.node, { afterRevoke: true })) {
      report(call.node, 'unguardedTrack', { call: call.label }, `${call.label} sends a pixel event`);
    }
  }
}

/**
 * Conversions API sends: HTTP calls to an events endpoint and `EventRequest.execute()` — but not
 * requests about no visitor of the site (fixed sample events, leads of Meta's own Lead Ads).
 */
function capiSends(analysis: FileAnalysis): { node: TSESTree.Node; label: string }[] {
  const { sourceCode, sinks } = analysis;
  return [
    ...sinks.requests.filter((request) => !concernsNoVisitor(analysis, request)).map((request) => ({ node: request.node, label: `${snippet(sourceCode, request.node.callee)}()` })),
    ...sinks.sdkCalls.filter(isExecute).map((call) => ({ node: call.node, label: 'EventRequest.execute()' })),
  ];
}

function isExecute(call: FileSinks['sdkCalls'][number]): boolean {
  return call.className === 'EventRequest' && call.method === 'execute';
}

/**
 * Where a base-code string is at fault: the `fbq('init', …)` it goes on to run, when it holds one
 * (snippet and init are one pixel start), else the whole string.
 */
function loaderLoc(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): TSESTree.SourceLocation {
  const match = PIXEL_INIT_PATTERN.exec(sourceCode.getText(node));
  if (!match) return node.loc;
  const start = node.range[0] + match.index;
  return { start: sourceCode.getLocFromIndex(start), end: sourceCode.getLocFromIndex(start + match[0].length) };
}

/** For a call at the end of a chain (`new EventRequest(…).setEvents(…).execute()`), only the last link. */
function callLoc(node: TSESTree.Node): TSESTree.SourceLocation {
  if (node.type === AST_NODE_TYPES.CallExpression && node.callee.type === AST_NODE_TYPES.MemberExpression && isCallLike(node.callee.object)) {
    return { start: node.callee.property.loc.start, end: node.loc.end };
  }
  return node.loc;
}

function isCallLike(node: TSESTree.Node): boolean {
  return node.type === AST_NODE_TYPES.CallExpression || node.type === AST_NODE_TYPES.NewExpression;
}
