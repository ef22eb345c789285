/** Conversions API payloads: how an object is recognised, and what the rules read of it (issue 17, capi.ts mutants). */
import { describe, expect, it } from 'vitest';
import { probe } from './probe.js';

/** A Conversions API send elsewhere in the file: the file builds Meta payloads. */
const SEND = "export const send = (body) => fetch('https://graph.facebook.com/v21.0/1/events', { method: 'POST', body: JSON.stringify(body) });";
const GRAPH = "const GRAPH = 'https://graph.facebook.com/v21.0/1/events';";

/** Every payload found: `kind@line:column origin [format] [wire]`. */
function payloads(code: string): string[] {
  const result = probe(code);
  const { sinks } = result;
  const wire = (wireFormat: boolean) => (wireFormat ? ' wire' : '');
  return [
    ...sinks.serverEvents.map((event) => `event@${result.at(event.node)} ${event.origin}${wire(event.wireFormat)}`),
    ...sinks.userData.map((payload) => `${payload.format}@${result.at(payload.node)} ${payload.origin}${wire(payload.wireFormat)}`),
    ...sinks.customData.map((payload) => `custom_data@${result.at(payload.node)} ${payload.origin}`),
  ];
}

/** `line:column` of each body object of each request found. */
function bodies(code: string, kind: 'requests' | 'audienceRequests' = 'requests'): string[][] {
  const result = probe(code);
  return result.sinks[kind].map((request) => request.bodies.map((body) => result.at(body)));
}

describe('request bodies', () => {
  it('names where each part of a request body came from', () => {
    const code = `${GRAPH}\nfetch(GRAPH, { method: 'POST', body: JSON.stringify({ data: [{ event_id: id, user_data: ud, custom_data: { value: v } }] }) });\nconst ud = { em: e, fbp: f };`;
    expect(payloads(code)).toEqual(['event@2:62 request wire', 'user_data@3:12 event wire', 'custom_data@2:106 event']);
  });

  it('takes the options of a client whose data is not the events list', () => {
    expect(bodies(`${GRAPH}\nconst body = { data: [ev] };\ngot.post(GRAPH, { data: body });`)).toEqual([['2:14']]);
  });

  it('takes the second argument as the body when its data is the events list', () => {
    expect(bodies(`${GRAPH}\naxios.post(GRAPH, { data: [ev], access_token: t });`)).toEqual([['2:19']]);
  });

  it('finds the body sent by a chained superagent send()', () => {
    expect(bodies("superagent.post('https://graph.facebook.com/v21.0/1/events').send({ data: [ev] });")).toEqual([['1:67']]);
  });

  it('takes no body from other methods of a pending request', () => {
    expect(bodies("superagent.post('https://graph.facebook.com/v21.0/1/events').query({ data: [ev] });")).toEqual([[]]);
  });

  it('finds the upload object in the body of a Custom Audience request', () => {
    expect(bodies("axios.post(`https://graph.facebook.com/v21.0/${audienceId}/users`, { payload: upload, access_token: TOKEN });", 'audienceRequests')).toEqual([
      ['1:68'],
    ]);
  });
});

describe('server events recognised by their keys', () => {
  it.each([
    ['action_source with one of Meta’s values', "export const e = { action_source: 'website', event_id: id };", ['event@1:18 shape']],
    ['action_source with an event time', 'export const e = { action_source: source, event_time: t };', ['event@1:18 shape']],
    ['action_source with an event name', 'export const e = { action_source: source, event_name: n };', ['event@1:18 shape']],
    ['a Meta-only key among others', "export const e = { event_id: id, data_processing_options: ['LDU'] };", ['event@1:18 shape']],
    ['custom_data with an event name', 'export const e = { event_name: n, custom_data: { value: v } };', ['event@1:18 shape', 'custom_data@1:48 event']],
    ['user_data and an event key, in a file that sends to Meta', `${SEND}\nexport const e = { event_id: id, user_data: ud };`, ['event@2:18 shape']],
    ['user_data with Meta keys, in a file that sends to Meta', `${SEND}\nexport const e = { page: p, user_data: { em: x, foo: 1 } };`, ['event@2:18 shape', 'user_data@2:40 event']],
    ['an event of a request body whose send is elsewhere', 'export const body = { data: [{ user_data: ud }], test_event_code: c };', ['event@1:30 shape wire']],
  ])('finds %s', (_name, code, expected) => {
    expect(payloads(code)).toEqual(expected);
  });

  it.each([
    ['action_source alone', 'export const e = { action_source: source };'],
    ['action_source with a value Meta does not define', "export const e = { action_source: 'crm_x', event_id: id };"],
    ['action_source with a number', 'export const e = { action_source: 1, event_id: id };'],
    ['an event name and time without user_data or custom_data', 'export const e = { event_name: n, event_time: t };'],
    ['user_data without Meta keys or an event key', `${SEND}\nexport const e = { page: p, user_data: { email: x } };`],
    ['a data list without request keys beside it', 'export const body = { data: [{ user_data: ud }], page: 1 };'],
  ])('ignores %s', (_name, code) => {
    expect(payloads(code)).toEqual([]);
  });

  it('reads the match_keys of an offline event wherever they are written', () => {
    expect(payloads("const e = { event_name: 'Purchase', match_keys: { email: [h], phone: [p] } };")).toEqual(['match_keys@1:49 shape']);
  });
});

describe('user_data recognised by its keys (in a file that sends to Meta)', () => {
  it.each([
    ['keys assigned after an empty literal', `${SEND}\nexport function build(u) {\n  const ud = {};\n  ud.em = sha(u.email);\n  ud.fbp = u.fbp;\n  return ud;\n}`, ['user_data@3:14 shape']],
  ])('finds %s', (_name, code, expected) => {
    expect(payloads(code)).toEqual(expected);
  });

  it.each([
    ['one key', `${SEND}\nexport const u = { em: hashed };`],
    ['one Meta key and another', `${SEND}\nexport const userData = { em: hashed, page: 1 };`],
    ['only literal values', `${SEND}\nexport const u = { em: 'a@b.c', ph: '123' };`],
  ])('ignores %s', (_name, code) => {
    expect(payloads(code)).toEqual([]);
  });
});

describe('parts spread into an object', () => {
  it('judges a part held by a let on its own', () => {
    expect(payloads("export function withLdu(event, ca) {\n  let ldu = ca && { data_processing_options: ['LDU'] };\n  return { ...event, ...ldu };\n}")).toEqual(['event@2:19 shape']);
  });

  it('judges a part also used elsewhere on its own', () => {
    expect(payloads("export function withLdu(event, ca) {\n  const ldu = ca && { data_processing_options: ['LDU'] };\n  log(ldu);\n  return { ...event, ...ldu };\n}")).toEqual([
      'event@2:21 shape',
    ]);
  });
});

describe('shapes of objects written in place (read off their keys before anything is resolved)', () => {
  it.each([
    ['quoted keys', `${SEND}\nsend({ 'event_name': n, 'custom_data': { value: v } });`, ['event@2:6 shape wire', 'custom_data@2:40 event']],
    ['a computed key from a constant', `${SEND}\nconst KEY = 'user_data';\nsend({ event_name: n, [KEY]: { em: h, fbp: f } });`, ['event@3:6 shape wire', 'user_data@3:30 event wire']],
    ['a key that only a spread part brings', `${SEND}\nsend({ event_id: id, ...(ldu && { data_processing_options: ['LDU'] }) });`, ['event@2:6 shape wire']],
  ])('finds %s', (_name, code, expected) => {
    expect(payloads(code)).toEqual(expected);
  });

  it('finds an audience upload', () => {
    expect(probe("upload({ schema: ['EMAIL_SHA256'], data: rows });").sinks.audiences.map((audience) => audience.schema)).toEqual([['EMAIL_SHA256']]);
  });

  it('ignores an object none of whose keys a payload has', () => {
    expect(payloads(`${SEND}\nsend({ method: 'POST', headers: { 'Content-Type': 'application/json' }, 1: one });`)).toEqual([]);
  });
});

describe('objects under a typed or decorated name (the walk skips only bare names)', () => {
  it('finds an event built in a parameter decorator', () => {
    const code = `${SEND}\nexport class Checkout {\n  pay(@Log(send({ event_name: n, custom_data: c })) order: Order) {}\n}`;
    const result = probe(code, { typescript: true });
    expect(result.sinks.serverEvents.map((event) => `${result.at(event.node)} ${event.origin}`)).toEqual(['3:17 shape']);
  });
});

describe('objects anywhere in the file, in the order the walk meets them', () => {
  // Every kind of node whose children the walk reads by name holds an event here: a list, a template, a
  // `+`, a return, a block, a declaration, a statement, an object's property, a call's argument.
  const code = [
    SEND,
    'export function all(a, b) {',
    "  const list = [{ event_name: 'A', user_data: a }, null, { event_name: 'B', user_data: b }];",
    "  const text = `${{ event_name: 'C', user_data: a }}` + { event_name: 'D', user_data: b };",
    "  send({ event_name: 'E', user_data: a }, { nested: { event_name: 'F', user_data: b } });",
    "  ({ event_name: 'G', user_data: a }).x = { event_name: 'H', user_data: b }[0];",
    "  return { event_name: 'I', custom_data: { event_name: 'J', user_data: a } };",
    '}',
  ].join('\n');

  it('finds each and keeps their order', () => {
    const result = probe(code);
    const names = result.sinks.serverEvents.map((event) => result.analysis.sourceCode.getText(event.node).match(/event_name: '(\w)'/)?.[1]);
    expect(names).toEqual(['A', 'B', 'D', 'C', 'E', 'F', 'H', 'G', 'I', 'J']);
  });
});
