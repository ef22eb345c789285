import { describe, expect, it } from 'vitest';
import { pixelCalls, probe } from './probe.js';

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

describe('Vue template event handlers', () => {
  const vue = (template: string, script = '') => pixelCalls(`<template>\n${template}\n</template>\n<script setup>\n${script}\n</script>\n`, { vue: true });

  it.each([
    ['@click', `<button @click="fbq('track', 'Lead')">Go</button>`, ['fbq:track@2:17']],
    ['v-on with a modifier and several statements', `<form v-on:submit.prevent="sent = true; fbq('trackCustom', 'Signup')"></form>`, ['fbq:trackCustom@2:41']],
    ['an arrow handler bound as :onClick', `<div>\n  <MyButton :onClick="() => fbq('init', '123')" />\n</div>`, ['fbq:init@3:29']],
    ['the nuxt pixel: $fb.track and $fb.query', `  <a @click="$fb.track('Contact')">a</a>\n  <a @click="$fb.query('track', 'Lead')">b</a>`, ['wrapper:track@2:14', 'wrapper:track@3:14']],
  ])('finds %s', (_name, template, expected) => {
    expect(vue(template)).toEqual(expected);
  });

  it('finds project wrappers from settings', () => {
    const settings = { 'meta-privacy': { pixelWrappers: [{ name: 'fpixel.event', command: 'track' }] } };
    const code = `<template>\n<button @click="fpixel.event('Lead')">Go</button>\n</template>\n<script setup>\nimport * as fpixel from './fpixel';\n</script>\n`;
    expect(pixelCalls(code, { vue: true, settings })).toEqual(['wrapper:track@2:17']);
  });

  it.each([
    ['an interpolation', `<p>{{ fbq('track', 'Lead') }}</p>`, ''],
    ['a binding that is not a listener', `<a :title="fbq('track', 'Lead')" href="https://facebook.com/shop">x</a>`, ''],
    ['an fbq the script declares', `<button @click="fbq('track', 'Lead')">Go</button>`, 'const fbq = (...args) => console.log(args);'],
    ['a property called fbq on an app object', `<button @click="tracker.fbq('track', 'Lead')">Go</button>`, ''],
  ])('ignores %s', (_name, template, script) => {
    expect(vue(template, script)).toEqual([]);
  });
});

/** A Conversions API send elsewhere in the file: the file builds Meta payloads. */
const SEND = "export const send = (body) => fetch('https://graph.facebook.com/v21.0/1/events', { method: 'POST', body: JSON.stringify(body) });";

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

  it('finds user_data-shaped objects on their own in a file that sends to Meta', () => {
    const { sinks } = probe(`export const userData = { em: hashed, client_ip_address: ip, fbp };\n${SEND}`);
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

describe('Conversions API payloads by destination', () => {
  /** `user_data@line` / `event@line` for every payload object found. */
  const payloads = (code: string, typescript = false) => {
    const result = probe(code, { typescript });
    return [
      ...result.sinks.serverEvents.map((event) => `event@${result.at(event.node)}`),
      ...result.sinks.userData.map((payload) => `user_data@${result.at(payload.node)}`),
    ];
  };
  const GRAPH = "const GRAPH = 'https://graph.facebook.com/v21.0/1/events';\n";

  it.each([
    [
      'user_data that goes to a request through a variable, after a first-party log',
      `${GRAPH}export async function send(req) {\n  const ud = { em: sha(req.body.email), fbp: req.cookies._fbp };\n  await kv.put('last', JSON.stringify(ud));\n  await fetch(GRAPH, { method: 'POST', body: JSON.stringify({ data: [{ event_id: id, user_data: ud }] }) });\n}`,
      ['event@5:70', 'user_data@3:14'],
    ],
    [
      'a builder filled by assignments whose result feeds a request in another function',
      `${GRAPH}function buildUserData(u) {\n  const ud = {};\n  if (u.email) ud.em = [sha(u.email)];\n  ud.fbp = u.fbp;\n  return ud;\n}\nexport const send = (u) => fetch(GRAPH, { method: 'POST', body: JSON.stringify({ data: [{ event_id: u.id, user_data: buildUserData(u) }] }) });`,
      ['event@8:89', 'user_data@3:14'],
    ],
    [
      'events built by a callback and pushed into the body',
      `${GRAPH}export async function flush(rows) {\n  const events = [];\n  events.push(...rows.map((r) => ({ event_id: r.id, user_data: { em: r.em, ph: r.ph } })));\n  await axios.post(GRAPH, { data: events });\n}`,
      ['event@4:35', 'user_data@4:64'],
    ],
    [
      'an object passed to a function of the file that sends to Meta',
      `${GRAPH}async function sendUserData(userData) {\n  const body = toBody(userData);\n  await fetch(GRAPH, { method: 'POST', body });\n}\nsendUserData({ em: e, client_ip_address: ip });`,
      ['user_data@6:14'],
    ],
    [
      'the event a lead-processing function sends, not the lead row it is given',
      `${GRAPH}async function processLead(lead) {\n  await saveToCrm(lead);\n  await fetch(GRAPH, { method: 'POST', body: JSON.stringify({ data: [{ event_name: 'Lead', user_data: { em: sha(lead.email) } }] }) });\n}\nexport const POST = (b) => processLead({ email: b.email, phone: b.phone, fbp: b.fbp, fbc: b.fbc });`,
      ['event@4:70', 'user_data@4:103'],
    ],
    [
      'an event with LDU spread from another and returned from an exported helper',
      "export function withLdu(event) {\n  return { ...event, data_processing_options: ['LDU'], data_processing_options_country: 0 };\n}",
      ['event@2:10'],
    ],
    [
      'an event with its Meta-only keys whose destination is unknown',
      "export const toEvent = (o) => ({ event_name: 'Purchase', event_time: o.t, user_data: { em: o.em, ph: o.ph } });",
      ['event@1:32', 'user_data@1:86'],
    ],
    [
      'user_data passed to an imported function named for Meta',
      "import { track } from './api';\nexport const lead = (u) => sendFacebookEvent('Lead', { em: u.em, ph: u.ph });",
      ['user_data@2:54'],
    ],
    [
      'user_data passed to a function imported from a Meta module',
      "import { send } from '@/lib/meta';\nexport const lead = (u) => send({ em: u.em, fbp: u.fbp });",
      ['user_data@2:33'],
    ],
    [
      'user_data returned by a method of a class named for Meta',
      'export class FacebookCapi {\n  userData(user) {\n    return { em: user.em, fbp: user.fbp };\n  }\n}',
      ['user_data@3:12'],
    ],
    [
      'user_data returned by a method of an object named for Meta',
      'export const metaTracking = {\n  userData(user) {\n    return { em: user.em, fbp: user.fbp };\n  },\n};',
      ['user_data@3:12'],
    ],
    [
      'user_data held by a variable named for Meta',
      'export function build(u) {\n  const capiUserData = { em: u.em, client_user_agent: u.ua };\n  return capiUserData;\n}',
      ['user_data@2:24'],
    ],
  ])('finds %s', (_name, code, expected) => {
    expect(payloads(code)).toEqual(expected);
  });

  it.each([
    ['a return type', 'export function getUserData(u: User): Promise<FbCustomerInformation> {\n  return Promise.resolve({ em: u.em, client_ip_address: u.ip });\n}', ['user_data@2:26']],
    ['a satisfies clause', 'export const ud = { em: e, fbp: f } satisfies MetaUserData;', ['user_data@1:19']],
    ['a parameter type', 'function toEvent(ud: CapiUserData) {\n  return wrap(ud);\n}\ntoEvent({ em: e, ph: p });', ['user_data@4:9']],
  ])('finds user_data whose type is named for Meta: %s', (_name, code, expected) => {
    expect(payloads(code, true)).toEqual(expected);
  });

  it.each([
    [
      'the browser posting a lead with cookies to its own API',
      "export function submit(form) {\n  return fetch('/api/lead', { method: 'POST', body: JSON.stringify({ email: form.email, phone: form.phone, firstName: form.name, fbp: getCookie('_fbp'), fbc: getCookie('_fbc') }) });\n}",
    ],
    [
      'a relay event posted to a constant own endpoint',
      "const CAPI_ENDPOINT = '/api/events';\nexport const track = (name, email) => fetch(CAPI_ENDPOINT, { method: 'POST', body: JSON.stringify({ event_name: name, user_data: { em: email, fbp: getCookie('_fbp') } }) });",
    ],
    [
      'a relay through axios to the own host',
      "export const track = (email, phone) => axios.post(`${process.env.NEXT_PUBLIC_API_URL}/fb-track`, { em: email, ph: phone, fbp: getCookie('_fbp') });",
    ],
    [
      'a relay event to a Supabase edge function',
      "export const track = (user) => supabase.functions.invoke('meta-conversions', { body: { events: [{ event_name: 'Lead', user_data: { email: user.email, fbp: getCookie('_fbp'), fbc: getCookie('_fbc') } }] } });",
    ],
    [
      'a lead row inserted into Supabase',
      `${GRAPH}export async function POST(req) {\n  const body = await req.json();\n  await supabase.from('leads').insert([{ email: body.email, phone: body.phone, fbp: body.fbp, fbc: body.fbc }]);\n}`,
    ],
    [
      'a lead row created with Prisma in a file that sends to Meta',
      `${GRAPH}export const save = (b) => prisma.lead.create({ data: { em: b.email, ph: b.phone, fbp: b.fbp } });`,
    ],
    [
      'a lead row through a Drizzle insert and a helper of the file',
      `function save(row) {\n  return db.insert(leads).values(row);\n}\nexport const POST = (b) => save({ em: b.email, fbc: b.fbc, fbp: b.fbp });`,
    ],
    [
      'an ORM model',
      'export const log = (b) => Lead.create({ em: b.email, ph: b.phone, fbp: b.fbp });',
    ],
    [
      'an event logged to a KV store',
      "export const audit = (env, e) => env.EVENT_LOG.put(e.id, JSON.stringify({ event_name: e.name, action_source: 'website', user_data: { em: e.em, fbp: e.fbp } }));",
    ],
    [
      'an event put on a queue',
      "export const enqueue = (env, e) => env.CAPI_QUEUE.send({ event_name: e.name, user_data: { em: e.em, ph: e.ph } });",
    ],
    [
      "another platform's events API whose pixel id is named like Meta's (Snapchat wants the IP hashed)",
      `${GRAPH}export const snap = (e, ip) => fetch(\`https://tr.snapchat.com/v3/\${process.env.SNAP_PIXEL_ID}/events\`, { method: 'POST', body: JSON.stringify({ data: [{ event_name: 'PURCHASE', action_source: 'WEB', user_data: { em: [e], client_ip_address: sha(ip) } }] }) });`,
    ],
    [
      "the site's own relay path with a pixel id in it",
      "export const relay = (e) => fetch(`/api/meta/${PIXEL_ID}/events`, { method: 'POST', body: JSON.stringify({ data: [{ event_name: 'Lead', user_data: { em: e.email, ph: e.phone } }] }) });",
    ],
    [
      'an outbox message for an SQS worker (AWS SDK v3 command)',
      `${GRAPH}export const enqueue = (e) => sqs.send(new SendMessageCommand({ QueueUrl: URL, MessageBody: JSON.stringify({ event_name: 'Lead', user_data: { em: e.email, ph: e.phone, fbp: e.fbp } }) }));`,
    ],
    [
      'a debug log in a file that sends to Meta',
      `${GRAPH}export function debug(email, fbp) {\n  console.log('capi user', { em: email, fbp });\n}`,
    ],
    [
      'an HTTP response',
      "export const handler = (req, res) => res.status(200).json({ em: req.body.email, ph: req.body.phone, fbp: req.cookies._fbp });",
    ],
    [
      'a new Response',
      "export const GET = (u) => new Response(JSON.stringify({ em: u.email, client_ip_address: u.ip }));",
    ],
    [
      // The object is no argument of the call itself: it reaches the pixel through the parameters object.
      'user_data nested in the parameters of a pixel event',
      "fbq('track', 'Purchase', { value: 1, user_data: { em: user.email, fbp: cookies.fbp } });",
    ],
    [
      'the advanced matching of a pixel init through a variable',
      "export function init(user) {\n  const am = { em: user.email, ph: user.phone };\n  fbq('init', '1', am);\n}",
    ],
    [
      "a lead spelled the site's way, to an unknown function, in a file that sends to Meta",
      `${GRAPH}export const POST = (b) => saveLead({ email: b.email, phone: b.phone, fbp: b.fbp, fbc: b.fbc });`,
    ],
    [
      'a lead with cookies passed to a Meta-named helper (it hashes)',
      "import { sendCAPIEvent } from '@/lib/meta-capi';\nexport const POST = (b) => sendCAPIEvent({ eventName: 'Lead', userData: { email: b.email, phone: b.phone, fbp: b.fbp, fbc: b.fbc } });",
    ],
    ['a Meta-named object stored in the database', 'export async function save(e, f) {\n  const capiUserData = { em: e, fbp: f };\n  await db.insert(events).values(capiUserData);\n}'],
    ['user_data keys with no Meta send or name around', 'export function build(u) {\n  return { em: u.email, fbp: u.fbp };\n}'],
    ['the Meta cookies alone', `${GRAPH}export const cookies = () => ({ fbp: getCookie('_fbp'), fbc: getCookie('_fbc') });`],
    // Logs and debug objects next to a send (issue 12: they never reach Meta).
    [
      'a debug object given to a log helper named for Meta, whose body is elsewhere',
      `${GRAPH}import { logMetaEvent } from '@/lib/meta-log';\nexport async function POST(b) {\n  await fetch(GRAPH, { method: 'POST', body: b.payload });\n  logMetaEvent('info', 'sent', { debug: { normalized: { em: b.email, ph: b.phone, fbp: b.fbp } } });\n}`,
    ],
    [
      'a debug object returned as the body of a Nuxt handler',
      `${GRAPH}export default defineEventHandler(async (event) => {\n  const b = await readBody(event);\n  await $fetch(GRAPH, { method: 'POST', body: b.payload });\n  const debugInfo = { em: b.email, ph: b.phone, client_ip_address: b.ip };\n  return { ok: true, debug: debugInfo };\n});`,
    ],
    [
      'an object pruned by an imported helper whose result is only logged',
      `${GRAPH}import { compactMetaObject } from '~/utils/meta-conversions';\nexport async function POST(b) {\n  await fetch(GRAPH, { method: 'POST', body: b.payload });\n  const preview = compactMetaObject({ em: b.email, ph: b.phone, fbp: b.fbp });\n  console.info('[capi] sent', preview);\n}`,
    ],
    [
      'identity cookies cached in a table through a Supabase client with a short name',
      `${GRAPH}export async function POST(sb, b) {\n  await fetch(GRAPH, { method: 'POST', body: b.payload });\n  await sb.from('identity_cache').update({ em: b.email, fbp: b.fbp, fbc: b.fbc }).eq('id', b.id);\n}`,
    ],
    [
      'user_data whose keys alone are logged, kept in a store',
      `${GRAPH}export async function keep(b) {\n  const ud = { em: b.email, fbp: b.fbp };\n  console.log('keys', Object.keys(ud));\n  await kv.put(b.id, JSON.stringify(ud));\n}`,
    ],
    [
      'an object relayed to the own API under a Meta-named wrapper, and returned',
      "export function userData(u) {\n  const ud = { em: u.email, ph: u.phone, fbp: u.fbp };\n  const facebookEvent = { name: 'Lead', userData: ud };\n  fetch('/api/facebook-events', { method: 'POST', body: JSON.stringify(facebookEvent) });\n  return ud;\n}",
    ],
  ])('ignores %s', (_name, code) => {
    expect(payloads(code)).toEqual([]);
  });

  it.each([
    [
      'an object pruned before it is sent to Meta',
      `${GRAPH}import { compact } from './utils';\nexport async function send(b) {\n  const ud = compact({ em: sha(b.email), fbp: b.fbp });\n  await fetch(GRAPH, { method: 'POST', body: JSON.stringify({ data: [{ event_id: b.id, user_data: ud }] }) });\n}`,
      ['event@5:70', 'user_data@4:22'],
    ],
    [
      'an event handed to a helper named for Meta that is not a log',
      "import { sendMetaEvent } from '@/lib/meta-capi';\nexport const lead = (b) => sendMetaEvent({ event_name: 'Lead', user_data: { em: b.email, fbp: b.fbp } });",
      ['event@2:42', 'user_data@2:75'],
    ],
  ])('still finds %s', (_name, code, expected) => {
    expect(payloads(code)).toEqual(expected);
  });

  it.each([
    ['a request body', `${GRAPH}await fetch(GRAPH, { method: 'POST', body: JSON.stringify({ data: [{ event_name: 'Lead', user_data: { email: e } }] }) });`, [true, true]],
    ['a request body whose send is elsewhere', "export const body = { data: [{ event_name: 'Lead', user_data: { email: e } }], access_token: token };", [true, true]],
    ['an object built where the file sends it', `${GRAPH}const ud = { email: e, fbp: f };\nawait fetch(GRAPH, { method: 'POST', body: JSON.stringify({ data: [{ event_id: i, user_data: ud }] }) });`, [true, true]],
    [
      'an event handed to an imported helper (its own input format)',
      "import { sendMetaEvent } from '@/lib/meta-capi';\nawait sendMetaEvent({ event_name: 'Lead', user_data: { email: e, fbp: f } });",
      [false, false],
    ],
  ])("tells Meta's wire format from a helper's input: %s", (_name, code, expected) => {
    const { sinks } = probe(code);
    expect([sinks.serverEvents[0]?.wireFormat, sinks.userData[0]?.wireFormat]).toEqual(expected);
  });

  it.each([
    [
      'a conditional spread',
      "export const withLdu = (event, ldu) => ({ ...event, action_source: 'website', ...(ldu ? { data_processing_options: ['LDU'] } : {}), ...(ldu ? { data_processing_options_country: 0 } : {}) });",
      ['event@1:41'],
    ],
    [
      'a spread guarded with &&, from a constant',
      "export function withLdu(event, isCalifornia) {\n  const ldu = isCalifornia && { data_processing_options: ['LDU'], data_processing_options_country: 1 };\n  return { ...event, ...ldu };\n}",
      ['event@3:10'],
    ],
    [
      'user_data keys in spread parts',
      'export const capiUserData = (u) => ({ ...(u.email && { em: sha(u.email) }), ...(u.phone ? { ph: sha(u.phone) } : {}) });',
      ['user_data@1:37'],
    ],
  ])('judges the parts of an object spread into it as that object: %s', (_name, code, expected) => {
    expect(payloads(code)).toEqual(expected);
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

  it('finds an image-pixel URL built with `+` once, as the whole expression, beside numbers and other sums', () => {
    const result = probe("const n = 1 - 2 + 3;\nconst src = 'https://www.facebook.com/tr?id=' + ID + '&ev=' + (name + 'Lead') + `&ud[em]=${hash}`;");
    expect(result.sinks.imagePixels.map((pixel) => `${result.at(pixel.node)} ${pixel.parameters.map((parameter) => parameter.key).join(',')}`)).toEqual(['2:13 id,ev,ud[em]']);
  });

  it('finds the fbevents.js loader of the base code', () => {
    const result = probe("!function(f,b,e,v){ f.fbq = function(){}; }(window, document, 'script', 'https://connect.facebook.net/en_US/fbevents.js');");
    expect(result.sinks.pixelLoaders.map((node) => result.at(node))).toEqual(['1:73']);
  });
});

describe('files that cannot reach Meta', () => {
  it('cost no analysis', () => {
    const { sinks } = probe('export const add = (a, b) => a + b;\nconsole.log(add(1, 2));');
    const other = probe('let x = 1;').sinks;
    expect(sinks.pixelCalls).toHaveLength(0);
    // One shared, frozen empty list for every such file: nothing was collected.
    expect(sinks.pixelCalls).toBe(other.pixelCalls);
    expect(sinks.requests).toBe(other.requests);
    expect(Object.isFrozen(sinks.pixelCalls)).toBe(true);
  });
});

describe('sinks found from calls, in source order', () => {
  // The walk meets a callback's calls before the call it is passed to: `b` before `a` below.
  const chain = (a: string, b: string) => `${a}.then(() => ${b});`;
  const INIT = "{ method: 'POST', body: JSON.stringify({ data: [ev] }) }";
  const url = (edge: string, id: string) => `'https://graph.facebook.com/v21.0/${id}/${edge}'`;

  it.each([
    ['requests', 'events'],
    ['audienceRequests', 'users'],
    ['appEventsRequests', 'activities'],
  ] as const)('lists %s in source order', (list, edge) => {
    const code = `export function send(ev) {\n  ${chain(`fetch(${url(edge, '1')}, ${INIT})`, `fetch(${url(edge, '2')}, ${INIT})`)}\n  fetch(${url(edge, '3')}, ${INIT});\n}`;
    const result = probe(code);
    const second = code.split('\n')[1]!.lastIndexOf('fetch(') + 1;
    expect(result.sinks[list].map((request) => result.at(request.node))).toEqual(['2:3', `2:${second}`, '3:3']);
  });

  it('lists wrapper calls in source order', () => {
    const settings = { 'meta-privacy': { pixelWrappers: [{ name: 'fpixel.event', command: 'track' }] } };
    const code = `${chain("fpixel.event('A')", "fpixel.event('B')")}\nfpixel.event('C');`;
    expect(pixelCalls(code, { settings })).toEqual(['wrapper:track@1:1', `wrapper:track@1:${code.indexOf("fpixel.event('B')") + 1}`, 'wrapper:track@2:1']);
  });
});
