// Sink discovery for App Events (SDKs in apps and on the web, the App Events API over HTTP, Expo
// config) and Custom Audience uploads: every import / require / global shape, the argument slots,
// and the look-alikes that must not be sinks.
import { describe, expect, it } from 'vitest';
import type { AppEventsCall } from '../../src/analysis/sinks/index.js';
import { audienceCells } from '../../src/analysis/sinks/audiences.js';
import { probe } from './probe.js';

/** `sdk:kind:method@line:column` for every App Events call found. */
function appCalls(code: string, options?: Parameters<typeof probe>[1]): string[] {
  const result = probe(code, options);
  return result.sinks.appEvents.map((call: AppEventsCall) => `${call.sdk}:${call.kind}:${call.method}@${result.at(call.node)}`);
}

/** `slot=source text` for the slots of the only App Events call of the code. */
function slotsOf(code: string): Record<string, string> {
  const result = probe(code);
  const [call] = result.sinks.appEvents;
  if (!call) throw new Error('no App Events call');
  return Object.fromEntries(Object.entries(call.slots).map(([slot, node]) => [slot, result.text.slice(node.range[0], node.range[1])]));
}

describe('App Events SDK sinks', () => {
  it.each([
    ['react-native-fbsdk-next named import', "import { AppEventsLogger } from 'react-native-fbsdk-next';\nAppEventsLogger.logEvent('Rated');", ['react-native-fbsdk-next:event:logEvent@2:1']],
    ['the legacy react-native-fbsdk', "import { AppEventsLogger } from 'react-native-fbsdk';\nAppEventsLogger.logPurchase(9.99, 'USD');", ['react-native-fbsdk-next:event:logPurchase@2:1']],
    ['an aliased import', "import { AppEventsLogger as Logger, Settings as FbSettings } from 'react-native-fbsdk-next';\nFbSettings.initializeSDK();\nLogger.setUserID(id);", ['react-native-fbsdk-next:start:initializeSDK@2:1', 'react-native-fbsdk-next:userId:setUserID@3:1']],
    ['a require inside a function', "async function boot() {\n  const { Settings } = require('react-native-fbsdk-next');\n  await Settings.initializeSDK();\n}", ['react-native-fbsdk-next:start:initializeSDK@3:9']],
    ['an alias of the logger', "import { AppEventsLogger } from 'react-native-fbsdk-next';\nconst logger = AppEventsLogger;\nlogger.logEvent('Rated');", ['react-native-fbsdk-next:event:logEvent@3:1']],
    ['a namespace import', "import * as FBSDK from 'react-native-fbsdk-next';\nFBSDK.AppEventsLogger.setUserData({ email });", ['react-native-fbsdk-next:userData:setUserData@2:1']],
    ['a dynamic import', "const { Settings } = await import('react-native-fbsdk-next');\nSettings.setAutoLogAppEventsEnabled(true);", ['react-native-fbsdk-next:autoLog:setAutoLogAppEventsEnabled@2:1']],
    ['Capacitor (capgo)', "import { FacebookAnalytics } from '@capgo/capacitor-facebook-analytics';\nawait FacebookAnalytics.logEvent({ event: 'x' });", ['capacitor:event:logEvent@2:7']],
    ['Capacitor (community name)', "import { FacebookAnalytics } from '@capacitor-community/facebook-analytics';\nFacebookAnalytics.enableAdvertiserTracking();", ['capacitor:trackingFlag:enableAdvertiserTracking@2:1']],
    ['Capacitor 2 Plugins', "import { Plugins } from '@capacitor/core';\nconst { FacebookAnalytics } = Plugins;\nFacebookAnalytics.logPurchase({ amount: 1, currency: 'USD' });", ['capacitor:event:logPurchase@3:1']],
    ['Capacitor facebook-login', "import { FacebookLogin } from '@capacitor-community/facebook-login';\nFacebookLogin.setAdvertiserIDCollectionEnabled({ enabled: true });", ['capacitor:advertiserIdCollection:setAdvertiserIDCollectionEnabled@2:1']],
    ['Cordova global', "facebookConnectPlugin.logEvent('Viewed', {}, null, ok, fail);", ['cordova:event:logEvent@1:1']],
    ['Cordova on window', "window.facebookConnectPlugin.setUserData({ em: email });", ['cordova:userData:setUserData@1:1']],
    ['FB.AppEvents', "FB.AppEvents.logEvent('createdConcept', null, params);", ['javascript-sdk:event:logEvent@1:1']],
    ['window.FB.AppEvents', "window.FB.AppEvents.setUserID(user.email);", ['javascript-sdk:userId:setUserID@1:1']],
  ])('finds %s', (_name, code, expected) => {
    expect(appCalls(code)).toEqual(expected);
  });

  it('finds Cordova through a TypeScript cast', () => {
    expect(appCalls("(window as any).facebookConnectPlugin.logEvent('login', {}, 0, ok, fail);", { typescript: true })).toEqual(['cordova:event:logEvent@1:1']);
  });

  it.each([
    ['an app object with a logEvent method', "analytics.logEvent('Rated', { email });"],
    ['Firebase Analytics', "import analytics from '@react-native-firebase/analytics';\nanalytics().logEvent('purchase', { email });"],
    ['a local FB object', "const FB = { AppEvents: { logEvent() {} } };\nFB.AppEvents.logEvent('x');"],
    ['Capacitor Firebase', "import { FirebaseAnalytics } from '@capacitor-firebase/analytics';\nFirebaseAnalytics.logEvent({ name: 'x', params: { email } });"],
  ])('ignores %s', (_name, code) => {
    expect(appCalls(code)).toEqual([]);
  });

  it.each([
    ['RN logEvent(name, params)', "import { AppEventsLogger } from 'react-native-fbsdk-next';\nAppEventsLogger.logEvent('A', { b: 1 });", { eventName: "'A'", params: '{ b: 1 }' }],
    ['RN logEvent(name, valueToSum)', "import { AppEventsLogger } from 'react-native-fbsdk-next';\nAppEventsLogger.logEvent('A', 10);", { eventName: "'A'" }],
    ['RN logEvent(name, valueToSum, params)', "import { AppEventsLogger } from 'react-native-fbsdk-next';\nAppEventsLogger.logEvent('A', 10, p);", { eventName: "'A'", params: 'p' }],
    ['RN logPurchase', "import { AppEventsLogger } from 'react-native-fbsdk-next';\nAppEventsLogger.logPurchase(10, 'USD', p);", { params: 'p' }],
    ['RN setDataProcessingOptions', "import { Settings } from 'react-native-fbsdk-next';\nSettings.setDataProcessingOptions(['LDU'], 1, 1000);", { modes: "['LDU']", country: '1', state: '1000' }],
    ['Capacitor options object', "import { FacebookAnalytics } from 'capacitor-plugin-facebook-analytics';\nFacebookAnalytics.logEvent({ event: name, valueToSum: 2, params: { a } });", { eventName: 'name', params: '{ a }' }],
    ['Capacitor flag option', "import { FacebookLogin } from '@capacitor-community/facebook-login';\nFacebookLogin.initialize({ appId: '1', autoLogAppEvents: true });", { value: 'true' }],
    ['Cordova logEvent', "facebookConnectPlugin.logEvent('A', params, 3, ok, fail);", { eventName: "'A'", params: 'params' }],
    ['FB.AppEvents.logEvent', "FB.AppEvents.logEvent('A', null, params);", { eventName: "'A'", params: 'params' }],
  ])('reads the slots of %s', (_name, code, expected) => {
    expect(slotsOf(code)).toEqual(expected);
  });

  it('knows the event a dedicated method logs and flags fixed by the method', () => {
    const result = probe("import { FacebookAnalytics } from '@capgo/capacitor-facebook-analytics';\nFacebookAnalytics.logPurchase({ amount: 1, currency: 'EUR' });\nFacebookAnalytics.enableAdvertiserTracking();");
    expect(result.sinks.appEvents.map((call) => call.fixedEventName ?? call.fixedFlag)).toEqual(['fb_mobile_purchase', true]);
  });
});

describe('Expo config plugin sinks', () => {
  it('finds the react-native-fbsdk-next entry of app.config plugins', () => {
    const result = probe("export default { expo: { plugins: ['expo-router', ['react-native-fbsdk-next', { appID: '1', autoLogAppEventsEnabled: true }]] } };");
    expect(result.sinks.appConfigs.map((config) => result.at(config.node))).toEqual(['1:79']);
  });

  it('ignores other plugins and the same name elsewhere', () => {
    const result = probe("export default { plugins: [['expo-tracking-transparency', { userTrackingPermission: 'x' }]], note: ['react-native-fbsdk-next'] };");
    expect(result.sinks.appConfigs).toEqual([]);
  });
});

describe('App Events API requests', () => {
  const fields = (code: string) => {
    const result = probe(code);
    return result.sinks.appEventsRequests.map((request) => request.fields.map((field) => `${field.key}=${field.value ? result.text.slice(field.value.range[0], field.value.range[1]) : field.text}`));
  };

  it('reads a URLSearchParams body, its append() calls and the toString() sent by axios', () => {
    const code = [
      "const BASE = 'https://graph.facebook.com';",
      'async function send(appId, user) {',
      "  const params = new URLSearchParams({ event: 'CUSTOM_APP_EVENTS', advertiser_tracking_enabled: '1' });",
      "  params.append('ud[em]', user.email);",
      '  await axios.post(`${BASE}/${appId}/activities`, params.toString());',
      '}',
    ].join('\n');
    expect(fields(code)).toEqual([["event='CUSTOM_APP_EVENTS'", "advertiser_tracking_enabled='1'", 'ud[em]=user.email']]);
  });

  it('reads fetch options, ud objects and custom_events JSON', () => {
    const code = [
      'await fetch(`https://graph.facebook.com/v19.0/${APP_ID}/activities`, {',
      "  method: 'POST',",
      '  body: JSON.stringify({ ud: { em: hash, ph: phone }, custom_events: JSON.stringify([{ _eventName: name, fb_description: d }]) }),',
      '});',
    ].join('\n');
    const result = probe(code);
    const [request] = result.sinks.appEventsRequests;
    expect(request!.fields.map((field) => field.key)).toEqual(['ud[em]', 'ud[ph]', 'custom_events']);
    expect(request!.events.map((event) => result.text.slice(event.range[0], event.range[1]))).toEqual(['{ _eventName: name, fb_description: d }']);
  });

  it('reads the query string of the URL', () => {
    expect(fields("fetch(`https://graph.facebook.com/${id}/activities?event=CUSTOM_APP_EVENTS&ud[em]=${email}`, { method: 'POST' });")).toEqual([
      ['event=CUSTOM_APP_EVENTS', 'ud[em]=email'],
    ]);
  });

  it('finds the request however its URL reaches the call, as for the Conversions API', () => {
    const code = [
      "const GRAPH = process.env.GRAPH_URL || 'https://graph.facebook.com/v21.0';",
      'async function post(url, body) {',
      "  return axios({ method: 'post', url, data: body });",
      '}',
      "await post(`${GRAPH}/${APP_ID}/activities`, { event: 'CUSTOM_APP_EVENTS', 'ud[em]': hashedEmail });",
      "await fetch(new Request(`${GRAPH}/${APP_ID}/activities`, { method: 'POST', body: new URLSearchParams({ event: 'MOBILE_APP_INSTALL' }) }));",
    ].join('\n');
    const result = probe(code);
    expect(result.sinks.appEventsRequests.map((request) => result.at(request.node))).toEqual(['3:10', '6:7']);
    expect(fields(code)).toEqual([["event='CUSTOM_APP_EVENTS'", "ud[em]=hashedEmail"], ["event='MOBILE_APP_INSTALL'"]]);
    expect(result.sinks.requests).toEqual([]);
  });

  it('takes neither a URL built for the API nor its body for a send or a CAPI payload', () => {
    const code = [
      'const url = new URL(`https://graph.facebook.com/v19.0/${APP_ID}/activities`);',
      "await fetch(url.href, { method: 'POST', body: JSON.stringify({ event: 'CUSTOM_APP_EVENTS', data_processing_options: [], ud: { em: hash, ph: phoneHash } }) });",
    ].join('\n');
    const result = probe(code);
    expect(result.sinks.appEventsRequests.map((request) => result.at(request.node))).toEqual(['2:7']);
    expect([result.sinks.serverEvents, result.sinks.userData]).toEqual([[], []]);
  });

  it('ignores other Graph API edges and other hosts', () => {
    expect(fields("fetch(`https://graph.facebook.com/${id}/events`, { body });\nfetch(`https://api.example.com/${id}/activities`, { body });")).toEqual([]);
  });
});

describe('Custom Audience uploads', () => {
  const cells = (code: string) => {
    const result = probe(code);
    return result.sinks.audiences.map((audience) =>
      audienceCells(result.analysis.sourceCode, audience).map((cell) => `${cell.column}=${result.text.slice(cell.value.range[0], cell.value.range[1])}`),
    );
  };

  it('finds the payload of a Graph API upload with rows mapped from members', () => {
    const code = [
      "const payload = { schema: ['EMAIL_SHA256'], data: members.map((m) => [m.email]) };",
      'await fetch(`https://graph.facebook.com/v19.0/${audienceId}/users`, { method: "POST", body: JSON.stringify({ payload }) });',
    ].join('\n');
    expect(cells(code)).toEqual([['EMAIL_SHA256=m.email']]);
  });

  it('follows batches cut with slice() and cells that are the mapped element', () => {
    const code = [
      'const hashed = customers.map((c) => sha256(c.email));',
      'for (let i = 0; i < hashed.length; i += 10000) {',
      '  const batch = hashed.slice(i, i + 10000);',
      "  await audience.createUser([], { payload: { schema: 'EMAIL_SHA256', data: batch.map((h) => [h]) } });",
      '}',
    ].join('\n');
    expect(cells(code)).toEqual([['EMAIL_SHA256=sha256(c.email)']]);
  });

  it('reads multi-key rows built by a local function', () => {
    const code = [
      "const SCHEMA = ['EMAIL', 'FN', 'MADID'];",
      'function rows(users) { return users.map((u) => [u.email, hash(u.firstName), u.adId]); }',
      'audience.createUser([], { payload: { schema: SCHEMA, data: rows(users) } });',
    ].join('\n');
    expect(cells(code)).toEqual([['EMAIL=u.email', 'FN=hash(u.firstName)', 'MADID=u.adId']]);
  });

  it('keeps shape-recognised uploads, once', () => {
    expect(cells("const upload = { payload: { schema: ['PHONE'], data: [[phone]] } };")).toEqual([['PHONE=phone']]);
  });

  it('finds the upload in the body of a recognised audience request, and names the request', () => {
    const code = [
      "const GRAPH = 'https://graph.facebook.com/v21.0';",
      'async function upload(audienceId, payload) {',
      '  return axios.post(`${GRAPH}/${audienceId}/users`, { payload, access_token: TOKEN });',
      '}',
      "await upload(id, { schema: ['EMAIL'], data: rows.map((row) => [row.email]) });",
    ].join('\n');
    const result = probe(code);
    expect(result.sinks.audienceRequests.map((request) => result.at(request.node))).toEqual(['3:10']);
    expect(cells(code)).toEqual([['EMAIL=row.email']]);
    expect(result.sinks.requests).toEqual([]);
  });

  it.each([
    ['a row stored in the site\'s own database', "await supabase.from('audience_jobs').insert({ schema: ['EMAIL'], data: members.map((m) => [m.email]) });"],
    ['a job posted to the site\'s own API', "await fetch('/api/audience-sync', { method: 'POST', body: JSON.stringify({ payload: { schema: ['EMAIL'], data: rows } }) });"],
  ])('leaves to first-party destinations %s', (_name, code) => {
    expect(probe(code).sinks.audiences).toEqual([]);
  });

  it.each([
    ['a schema Meta does not know', "api.post(url, { payload: { schema: ['email'], data: rows } });"],
    ['a payload without schema', "queue.push({ payload: { data: rows } });"],
  ])('ignores %s', (_name, code) => {
    expect(probe(code).sinks.audiences).toEqual([]);
  });
});
