/** App Events sinks: call order, channels and labels, argument slots, App Events API bodies (issue 17, app-events.ts mutants). */
import { describe, expect, it } from 'vitest';
import { probe } from './probe.js';

const RN = "import { AppEventsLogger } from 'react-native-fbsdk-next';\n";

/** `slot=source text` for the slots of the only App Events call of the code. */
function slotsOf(code: string): Record<string, string> {
  const result = probe(code);
  const [call] = result.sinks.appEvents;
  return Object.fromEntries(Object.entries(call!.slots).map(([slot, node]) => [slot, result.text.slice(node.range[0], node.range[1])]));
}

/** `key=value text` of the fields of each App Events API request. */
function fields(code: string): string[][] {
  const result = probe(code);
  return result.sinks.appEventsRequests.map((request) =>
    request.fields.map((field) => `${field.key}=${field.value ? result.text.slice(field.value.range[0], field.value.range[1]) : field.text}`),
  );
}

const API = 'https://graph.facebook.com/v19.0/${APP_ID}/activities';

describe('App Events SDK calls', () => {
  it('lists calls in source order, with their channel and label', () => {
    const result = probe(`FB.AppEvents.logEvent('A');\n${RN}AppEventsLogger.logEvent('B');\nwindow.FB.AppEvents.logEvent('C');`);
    expect(result.sinks.appEvents.map((call) => `${call.channel} ${call.label}@${result.at(call.node)}`)).toEqual([
      'web-sdk FB.AppEvents.logEvent()@1:1',
      'app-sdk AppEventsLogger.logEvent()@3:1',
      'web-sdk window.FB.AppEvents.logEvent()@4:1',
    ]);
  });

  it.each([
    ['RN logEvent with a name only', `${RN}AppEventsLogger.logEvent('A');`, { eventName: "'A'" }],
    ['RN logEvent with a spread second argument', `${RN}AppEventsLogger.logEvent('A', ...rest);`, { eventName: "'A'" }],
    ['RN logEvent with a constant value to sum', `${RN}const PRICE = 10;\nAppEventsLogger.logEvent('A', PRICE);`, { eventName: "'A'" }],
    ['RN logEvent with a value to sum and params', `${RN}AppEventsLogger.logEvent('A', 10, { fb_currency: 'USD' });`, { eventName: "'A'", params: "{ fb_currency: 'USD' }" }],
    ['RN logEvent with params second', `${RN}AppEventsLogger.logEvent('A', { fb_currency: 'USD' });`, { eventName: "'A'", params: "{ fb_currency: 'USD' }" }],
    ['Cordova logEvent without params', "facebookConnectPlugin.logEvent('A');", { eventName: "'A'" }],
    ['Cordova logEvent with spread params', "facebookConnectPlugin.logEvent('A', ...rest);", { eventName: "'A'" }],
    ['a spread options object', "import { FacebookAnalytics } from '@capgo/capacitor-facebook-analytics';\nFacebookAnalytics.logEvent(...args);", {}],
    ['an option written twice (the last wins)', "import { FacebookAnalytics } from '@capgo/capacitor-facebook-analytics';\nFacebookAnalytics.logEvent({ event: a, event: b });", { eventName: 'b' }],
  ])('reads the slots of %s', (_name, code, expected) => {
    expect(slotsOf(code)).toEqual(expected);
  });
});

describe('Expo config plugins', () => {
  it.each([
    ['a hole before the options', "export default { plugins: [[, { appID: '1' }]], note: 'react-native-fbsdk-next' };"],
    ['the options first', "export default { plugins: [[{ appID: '1' }, 'react-native-fbsdk-next']] };"],
    ['options of a plugin named by a variable', "export default { plugins: [[plugin, { appID: '1' }]], note: 'react-native-fbsdk-next' };"],
  ])('ignores %s', (_name, code) => {
    expect(probe(code).sinks.appConfigs).toEqual([]);
  });

  it('takes the options second in the plugin entry, not a later element', () => {
    const result = probe("export default { plugins: [['react-native-fbsdk-next', { appID: '1' }, { other: 1 }]] };");
    expect(result.sinks.appConfigs.map((config) => result.at(config.node))).toEqual(['1:56']);
  });
});

describe('App Events API bodies', () => {
  it.each([
    ['got form options', `got.post(\`${API}\`, { form: { event: 'CUSTOM_APP_EVENTS' } });`, [["event='CUSTOM_APP_EVENTS'"]]],
    ['got json options', `got.post(\`${API}\`, { json: { event: 'CUSTOM_APP_EVENTS' }, headers: h });`, [["event='CUSTOM_APP_EVENTS'"]]],
    ['an axios body with data', `axios.post(\`${API}\`, { event: 'CUSTOM_APP_EVENTS', data: d });`, [["event='CUSTOM_APP_EVENTS'", 'data=d']]],
    ['an awaited body', `fetch(\`${API}\`, { method: 'POST', body: await build() });\nasync function build() { return {}; }`, [[]]],
    ['a qs.stringify body', `fetch(\`${API}\`, { method: 'POST', body: qs.stringify({ event: 'CUSTOM_APP_EVENTS' }) });`, [["event='CUSTOM_APP_EVENTS'"]]],
    ['a serializer without an argument', `fetch(\`${API}\`, { method: 'POST', body: JSON.stringify() });`, [[]]],
    ['a form string', `fetch(\`${API}\`, { method: 'POST', body: \`event=CUSTOM_APP_EVENTS&ud[em]=\${hash}\` });`, [['event=CUSTOM_APP_EVENTS', 'ud[em]=hash']]],
    ['another call', `fetch(\`${API}\`, { method: 'POST', body: encode({ event: 'CUSTOM_APP_EVENTS' }) });`, [[]]],
    ['the toString() of a call', `fetch(\`${API}\`, { method: 'POST', body: build().toString() });`, [[]]],
    [
      'FormData filled with set() and append()',
      `const form = new FormData();\nform.set('event', 'CUSTOM_APP_EVENTS');\nconst add = form.append;\nform.append(key, v);\nform.append('x', ...rest);\nform.delete('y', 1);\nother.append('z', 2);\nlog(form);\nfetch(\`${API}\`, { method: 'POST', body: form });`,
      [["event='CUSTOM_APP_EVENTS'"]],
    ],
    ['ud as JSON', `fetch(\`${API}\`, { method: 'POST', body: JSON.stringify({ ud: JSON.stringify({ em: hash }) }) });`, [['ud[em]=hash']]],
    ['ud that cannot be read', `fetch(\`${API}\`, { method: 'POST', body: JSON.stringify({ ud: encoded }) });`, [['ud=encoded']]],
    ['a body without options: the query string', `fetch(\`${API}?event=CUSTOM_APP_EVENTS&custom_events=%5B%5D\`);`, [['event=CUSTOM_APP_EVENTS', 'custom_events=[]']]],
    ['an axios config without option keys', `axios({ url: \`${API}\`, data: { event: 'CUSTOM_APP_EVENTS' } });`, [["event='CUSTOM_APP_EVENTS'"]]],
    ['options with keys of their own', `fetch(\`${API}\`, { method: 'POST', body: JSON.stringify({ event: 'CUSTOM_APP_EVENTS' }), keepalive: true });`, [["event='CUSTOM_APP_EVENTS'"]]],
    ['a body with a computed key', `fetch(\`${API}\`, { method: 'POST', body: JSON.stringify({ [key]: v, event: 'CUSTOM_APP_EVENTS' }) });`, [["event='CUSTOM_APP_EVENTS'"]]],
    ['another method of a form', `const form = new URLSearchParams({ event: 'CUSTOM_APP_EVENTS' });\nfetch(\`${API}\`, { method: 'POST', body: form.get('event') });`, [[]]],
    ['a body joined with +', `fetch(\`${API}\`, { method: 'POST', body: prefix + rest });`, [[]]],
  ])('reads %s', (_name, code, expected) => {
    expect(fields(code)).toEqual(expected);
  });

  it('stops following a body through constants after a few steps', () => {
    const chain = ['const b0 = { event: "CUSTOM_APP_EVENTS" };', ...Array.from({ length: 8 }, (_, i) => `const b${i + 1} = b${i};`)];
    expect(fields(`${chain.join('\n')}\nfetch(\`${API}\`, { method: 'POST', body: b8 });`)).toEqual([[]]);
    expect(fields(`${chain.slice(0, 6).join('\n')}\nfetch(\`${API}\`, { method: 'POST', body: b5 });`)).toEqual([['event="CUSTOM_APP_EVENTS"']]);
  });

  it('puts each field at its value, or at the URL or body text that holds it', () => {
    const result = probe(`fetch(\`${API}?ud[em]=\${hash}&event=X\`, { method: 'POST', body: \`ud[ph]=\${phone}&advertiser_tracking_enabled=1\` });`);
    const [request] = result.sinks.appEventsRequests;
    expect(request!.fields.map((field) => `${field.key}@${result.at(field.node)}`)).toEqual(['ud[em]@1:71', 'event@1:7', 'ud[ph]@1:121', 'advertiser_tracking_enabled@1:111']);
  });

  it('reads no custom events from a call it cannot name or a serializer without an argument', () => {
    const result = probe(`fetch(\`${API}\`, { method: 'POST', body: JSON.stringify({ custom_events: make()() }) });\nfetch(\`${API}\`, { method: 'POST', body: JSON.stringify({ custom_events: JSON.stringify() }) });`);
    expect(result.sinks.appEventsRequests.map((request) => request.events)).toEqual([[], []]);
  });

  it('reads custom events written as an array, not from other calls', () => {
    const result = probe(`fetch(\`${API}\`, { method: 'POST', body: JSON.stringify({ custom_events: [{ _eventName: n }] }) });\nfetch(\`${API}\`, { method: 'POST', body: JSON.stringify({ custom_events: encode([{ _eventName: m }]) }) });\nfetch(\`${API}\`, { method: 'POST', body: JSON.stringify({ custom_events: JSON.stringify(...all) }) });`);
    expect(result.sinks.appEventsRequests.map((request) => request.events.map((event) => result.at(event)))).toEqual([['1:121'], [], []]);
  });
});
