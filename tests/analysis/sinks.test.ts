import { describe, expect, it } from 'vitest';
import type { PixelCall } from '../../src/analysis/sinks/index.js';
import { probe } from './probe.js';

/** `command@line:column` for every pixel call found. */
function pixelCalls(code: string, options?: Parameters<typeof probe>[1]): string[] {
  const result = probe(code, options);
  return result.sinks.pixelCalls.map((call: PixelCall) => `${call.channel}:${call.command}@${result.at(call.node)}`);
}

describe('pixel sinks', () => {
  it.each([
    ['bare fbq, no globals configured', "fbq('track', 'Purchase');", ['fbq:track@1:1']],
    ['window.fbq', "window.fbq('track', 'Lead');", ['fbq:track@1:1']],
    ['globalThis.fbq', "globalThis.fbq('init', '1');", ['fbq:init@1:1']],
    ['self.fbq', "self.fbq('consent', 'revoke');", ['fbq:consent@1:1']],
    ["window['fbq']", "window['fbq']('trackCustom', 'X');", ['fbq:trackCustom@1:1']],
    ['_fbq', "_fbq('track', 'PageView');", ['fbq:track@1:1']],
    ['optional call', "window.fbq?.('track', 'Lead');", ['fbq:track@1:1']],
    ['alias', "const f = window.fbq;\nf('track', 'Lead');", ['fbq:track@2:1']],
    ['destructured alias', "const { fbq: g } = window;\ng('trackSingle', '1', 'Lead');", ['fbq:trackSingle@2:1']],
    ['inside a function', "export function pageview() { window.fbq('track', 'PageView'); }", ['fbq:track@1:30']],
  ])('finds %s', (_name, code, expected) => {
    expect(pixelCalls(code)).toEqual(expected);
  });

  it.each([
    ['TS cast', "(window as any).fbq('track', 'Lead');", ['fbq:track@1:1']],
    ['non-null assertion', "window.fbq!('track', 'Lead');", ['fbq:track@1:1']],
    ['declare const', "declare const fbq: (...args: unknown[]) => void;\nfbq('track', 'Lead');", ['fbq:track@2:1']],
    ['declare global', "declare global { interface Window { fbq: (...a: unknown[]) => void } }\nwindow.fbq('init', '1');\nexport {};", ['fbq:init@2:1']],
  ])('finds %s in TypeScript', (_name, code, expected) => {
    expect(pixelCalls(code, { typescript: true })).toEqual(expected);
  });

  it('reads the argument slots of each command', () => {
    const result = probe("fbq('trackSingleCustom', '123', 'Custom', { a: 1 }, { eventID: 'e' });");
    const [call] = result.sinks.pixelCalls;
    expect(Object.keys(call!.slots)).toEqual(['pixelId', 'eventName', 'params', 'options']);
  });

  it('resolves a constant command', () => {
    expect(pixelCalls("const TRACK = 'track';\nfbq(TRACK, 'Lead');")).toEqual(['fbq:track@2:1']);
  });

  it.each([
    ['a locally declared fbq', "function fbq() {}\nfbq('track', 'Lead');"],
    ['a parameter named fbq', "function send(fbq) { fbq('track', 'Lead'); }"],
    ['an unknown command', "fbq('getState');"],
    ['gtag and Segment', "gtag('event', 'purchase', { email: user.email });\nanalytics.track('Order', { email: user.email });"],
    ['a property called fbq on an app object', "tracker.fbq('track', 'Lead');"],
  ])('ignores %s', (_name, code) => {
    expect(pixelCalls(code)).toEqual([]);
  });

  describe('react-facebook-pixel', () => {
    it.each([
      ['default import', "import ReactPixel from 'react-facebook-pixel';\nReactPixel.track('Lead', { a: 1 });", ['react-facebook-pixel:track@2:1']],
      ['require', "const ReactPixel = require('react-facebook-pixel');\nReactPixel.init('1');", ['react-facebook-pixel:init@2:1']],
      ['require().default', "const ReactPixel = require('react-facebook-pixel').default;\nReactPixel.pageView();", ['react-facebook-pixel:track@2:1']],
      ['awaited dynamic import', "const { default: ReactPixel } = await import('react-facebook-pixel');\nReactPixel.init('1');", ['react-facebook-pixel:init@2:1']],
      ['dynamic import with then', "import('react-facebook-pixel').then((m) => m.default.track('Lead'));", ['react-facebook-pixel:track@1:44']],
      ['dynamic import with destructured then', "import('react-facebook-pixel').then(({ default: RP }) => { RP.revokeConsent(); });", ['react-facebook-pixel:consent@1:60']],
      ['pass-through fbq', "import RP from 'react-facebook-pixel';\nRP.fbq('track', 'Lead');", ['react-facebook-pixel:track@2:1']],
    ])('finds %s', (_name, code, expected) => {
      expect(pixelCalls(code)).toEqual(expected);
    });

    it('knows fixed event names and consent actions', () => {
      const result = probe("import RP from 'react-facebook-pixel';\nRP.pageView();\nRP.grantConsent();");
      expect(result.sinks.pixelCalls.map((call) => call.fixedEventName ?? call.fixedConsent)).toEqual(['PageView', 'grant']);
    });
  });

  describe('wrappers from settings', () => {
    const settings = { 'meta-privacy': { pixelWrappers: [{ name: 'fpixel.event', command: 'track' }, { name: 'trackIt', command: 'trackCustom', module: '@acme/analytics' }] } };

    it('finds calls by the callee as written', () => {
      expect(pixelCalls("import * as fpixel from '../lib/fpixel';\nfpixel.event('Lead', { a: 1 });", { settings })).toEqual(['wrapper:track@2:1']);
    });

    it('requires the module when one is given', () => {
      expect(pixelCalls("import { trackIt } from '@acme/analytics';\ntrackIt('X');", { settings })).toEqual(['wrapper:trackCustom@2:1']);
      expect(pixelCalls("import { trackIt } from './other';\ntrackIt('X');", { settings })).toEqual([]);
    });
  });
});

describe('Conversions API sinks', () => {
  const event = "{ event_name: 'Purchase', event_time: 1, action_source: 'website', user_data: { em: h }, custom_data: { value: 1 } }";

  it.each([
    ['fetch with JSON.stringify', `fetch('https://graph.facebook.com/v21.0/' + ID + '/events', { method: 'POST', body: JSON.stringify({ data: [${event}] }) });`],
    ['fetch with a template URL and a body variable', `const body = { data: [${event}], access_token: T };\nawait fetch(\`https://graph.facebook.com/v19.0/\${PIXEL}/events\`, { method: 'POST', body: JSON.stringify(body) });`],
    ['axios.post', `axios.post(\`https://graph.facebook.com/v21.0/\${id}/events?access_token=\${t}\`, { data: [${event}] });`],
    ['axios config object', `axios({ method: 'post', url: 'https://graph.facebook.com/v21.0/1/events', data: { data: [${event}] } });`],
    ['got json', `got.post(URL_EVENTS, { json: { data: [${event}] } });\nconst URL_EVENTS = 'https://graph.facebook.com/v21.0/123/events';`],
    ['ky json', `ky.post('https://graph.facebook.com/v20.0/1/events', { json: { data: [${event}] } });`],
    ['ofetch body', `await ofetch('https://graph.facebook.com/v21.0/1/events', { method: 'POST', body: { data: [${event}] } });`],
    ['undici request', `await request('https://graph.facebook.com/v21.0/1/events', { method: 'POST', body: JSON.stringify({ data: [${event}] }) });`],
    ['superagent send', `superagent.post('https://graph.facebook.com/v21.0/1/events').send({ data: [${event}] });`],
    ['events built by a helper', `function build(h) { return ${event}; }\nfetch('https://graph.facebook.com/v21.0/1/events', { method: 'POST', body: JSON.stringify({ data: [build(x)] }) });`],
  ])('finds the request and its event: %s', (_name, code) => {
    const { sinks } = probe(code);
    expect(sinks.requests).toHaveLength(1);
    expect(sinks.serverEvents).toHaveLength(1);
    expect(sinks.userData).toHaveLength(1);
    expect(sinks.customData).toHaveLength(1);
  });

  it.each([
    ['returned from a builder', `export function buildEvent(user) { return ${event}; }`],
    ['stored in a variable', `const evt = ${event};`],
    ['spread into another object', `const base = ${event};\nsend({ ...base, event_id: id });`],
    ['with user_data built elsewhere', "const ud = { em: a, ph: b };\nconst evt = { event_name: 'Lead', user_data: ud };"],
  ])('finds payload-shaped objects %s', (_name, code) => {
    const { sinks } = probe(code);
    expect(sinks.serverEvents.length).toBeGreaterThanOrEqual(1);
    expect(sinks.userData.length).toBeGreaterThanOrEqual(1);
  });

  it('finds user_data-shaped objects on their own', () => {
    const { sinks } = probe('export const userData = { em: hashed, client_ip_address: ip, fbp };');
    expect(sinks.userData.map((payload) => payload.origin)).toEqual(['shape']);
  });

  it('finds offline match_keys and audience uploads', () => {
    const { sinks } = probe("const e = { match_keys: { email: [h], phone: [p] }, event_name: 'Purchase' };\nconst upload = { schema: ['EMAIL', 'PHONE'], data: rows };");
    expect(sinks.userData.map((payload) => payload.format)).toEqual(['match_keys']);
    expect(sinks.audiences.map((audience) => audience.schema)).toEqual([['EMAIL', 'PHONE']]);
  });

  it.each([
    ["an app's own state with user_data", 'const state = { user_data: { email: user.email, name: user.name }, loading: false };'],
    ['a single Meta-looking key', "const style = { em: '1rem' };"],
    ['country alone', "const filters = { country: 'us', ct: 'x' };"],
    ['a request to another host', "fetch('https://api.example.com/events', { method: 'POST', body: JSON.stringify({ data: [{ user_data: { email } }] }) });"],
    ['the advanced matching of a pixel init', "fbq('init', '1', { em: user.email, ph: user.phone });"],
  ])('ignores %s', (_name, code) => {
    const { sinks } = probe(code);
    expect([...sinks.requests, ...sinks.serverEvents, ...sinks.userData]).toEqual([]);
  });
});

describe('facebook-nodejs-business-sdk sinks', () => {
  const use = "new UserData().setEmail(e).setPhone(p);\nconst ev = new ServerEvent();\nev.setEventName('Lead');\nnew EventRequest(t, id).setEvents([ev]).execute();";
  const calls = (code: string, typescript = false) => probe(code, { typescript }).sinks.sdkCalls.map((call) => `${call.className}.${call.method}`);
  const expected = [
    'UserData.constructor',
    'UserData.setEmail',
    'UserData.setPhone',
    'ServerEvent.constructor',
    'ServerEvent.setEventName',
    'EventRequest.constructor',
    'EventRequest.setEvents',
    'EventRequest.execute',
  ];

  it.each([
    ['ESM named imports', `import { UserData, ServerEvent, EventRequest } from 'facebook-nodejs-business-sdk';\n${use}`],
    ['CJS destructured require', `const { UserData, ServerEvent, EventRequest } = require('facebook-nodejs-business-sdk');\n${use}`],
  ])('finds %s', (_name, code) => {
    expect(calls(code)).toEqual(expected);
  });

  it.each([
    ['a default import', "import bizSdk from 'facebook-nodejs-business-sdk';\nnew bizSdk.UserData().setEmail(e);"],
    ['a namespace import', "import * as bizSdk from 'facebook-nodejs-business-sdk';\nnew bizSdk.UserData().setEmail(e);"],
    ['require of the package object', "const bizSdk = require('facebook-nodejs-business-sdk');\nconst UserData = bizSdk.UserData;\nnew UserData().setEmail(e);"],
  ])('finds classes through %s', (_name, code) => {
    expect(calls(code)).toEqual(['UserData.constructor', 'UserData.setEmail']);
  });

  it('finds require in a TypeScript file', () => {
    expect(calls("const { UserData } = require('facebook-nodejs-business-sdk');\nnew UserData().setEmail(e);", true)).toEqual(['UserData.constructor', 'UserData.setEmail']);
  });

  it('finds FacebookAdsApi.init', () => {
    expect(calls("import { FacebookAdsApi } from 'facebook-nodejs-business-sdk';\nFacebookAdsApi.init(token);")).toEqual(['FacebookAdsApi.init']);
  });

  it('ignores a local class with the same name', () => {
    expect(calls('class UserData { setEmail() {} }\nnew UserData().setEmail(e);')).toEqual([]);
  });
});

describe('image pixel and base code', () => {
  it('parses the parameters of an image-pixel URL', () => {
    const result = probe('const src = `https://www.facebook.com/tr?id=${ID}&ev=Lead&ud[em]=${hash}&cd%5Bvalue%5D=10&noscript=1`;');
    const [pixel] = result.sinks.imagePixels;
    expect(pixel!.parameters.map((parameter) => `${parameter.key}=${parameter.text ?? `{${result.text.slice(...parameter.value!.range)}}`}`)).toEqual([
      'id={ID}',
      'ev=Lead',
      'ud[em]={hash}',
      'cd[value]=10',
      'noscript=1',
    ]);
  });

  it('finds the fbevents.js loader of the base code', () => {
    const result = probe("!function(f,b,e,v){ f.fbq = function(){}; }(window, document, 'script', 'https://connect.facebook.net/en_US/fbevents.js');");
    expect(result.sinks.pixelLoaders.map((node) => result.at(node))).toEqual(['1:73']);
  });
});

describe('files that cannot reach Meta', () => {
  it('cost no analysis', () => {
    const { sinks } = probe('export const add = (a, b) => a + b;\nconsole.log(add(1, 2));');
    expect(sinks.pixelCalls).toHaveLength(0);
    expect(Object.isFrozen(sinks)).toBe(true);
  });
});
