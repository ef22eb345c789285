// Conversions API sends that concern no visitor (src/analysis/facts/consent/visitorless-sends.ts): the
// events, user data and values it takes for fixed, and Meta's leadgen webhook handlers.
import { describe, expect, it } from 'vitest';
import { concernsNoVisitor } from '../../src/analysis/facts/consent/visitorless-sends.js';
import { probe } from './probe.js';

const CAPI = 'https://graph.facebook.com/v21.0/1/events';

/** Whether the one CAPI request of `code` concerns no visitor. */
function noVisitorIn(code: string): boolean {
  const { analysis } = probe(code);
  const [request] = analysis.sinks.requests;
  return concernsNoVisitor(analysis, request!);
}

/** A script sending `events`, in a function whose parameters are unknown values. */
function noVisitor(events: string): boolean {
  return noVisitorIn(`const SAMPLE = 'Test User';\nexport async function run(req, ip, other, base, field, headers, key) {\n  await fetch('${CAPI}', { method: 'POST', body: JSON.stringify({ data: [${events}] }) });\n}`);
}
const event = (userData: string) => `{ event_name: 'Purchase', event_time: 1700000000, action_source: 'website', user_data: { ${userData} } }`;
const send = (userData: string) => `await fetch('${CAPI}', { method: 'POST', body: JSON.stringify({ data: [${event(userData)}] }) });`;

describe('fixed values', () => {
  it('takes a method of an environment value, and an awaited hash of a sample', () => {
    expect(noVisitor(event('em: [process.env.TEST_EMAIL.toLowerCase()]'))).toBe(true);
    expect(noVisitor(event("em: [await sha256('test@example.com')]"))).toBe(true);
  });

  it('takes no parameter, no array holding a visitor value, no method given one, no computed member', () => {
    expect(noVisitor(event('client_ip_address: ip'))).toBe(false);
    expect(noVisitor(event('em: [req.body.email]'))).toBe(false);
    expect(noVisitor(event("em: ['a@example.com', req.body.email]"))).toBe(false);
    expect(noVisitor(event('external_id: SAMPLE.concat(req.ip)'))).toBe(false);
    expect(noVisitor(event('client_user_agent: headers[key]'))).toBe(false);
  });
});

describe('events and user data that cannot be seen whole', () => {
  it('takes no event with a computed key or a spread, no user data with a computed key, no list with an unknown event', () => {
    expect(noVisitor("{ event_name: 'Purchase', [field]: 1 }")).toBe(false);
    expect(noVisitor("{ ...base, event_name: 'Purchase' }")).toBe(false);
    expect(noVisitor(event("[field]: '127.0.0.1'"))).toBe(false);
    expect(noVisitor(`${event("client_ip_address: '127.0.0.1'")}, other`)).toBe(false);
  });

  it('reads the user data under `user_data`, not the first object of the event', () => {
    expect(noVisitor("{ custom_data: { value: 1 }, event_name: 'Purchase', user_data: { em: [req.body.email] } }")).toBe(false);
    expect(noVisitor("{ custom_data: { value: req.body.total }, event_name: 'Purchase', user_data: { client_ip_address: '127.0.0.1' } }")).toBe(true);
  });
});

describe("Meta's leadgen webhook", () => {
  it('takes a send in a function declaration, function expression or arrow that reads leadgen_id', () => {
    const body = "const id = req.body.entry[0].changes[0].value.leadgen_id;\n  " + send('em: [req.body.email]');
    expect(noVisitorIn(`export async function webhook(req) {\n  ${body}\n}`)).toBe(true);
    expect(noVisitorIn(`app.post('/webhook', async function (req) {\n  ${body}\n});`)).toBe(true);
    expect(noVisitorIn(`app.post('/webhook', async (req) => {\n  ${body}\n});`)).toBe(true);
  });

  it('takes no send outside such a function, even when the file names leadgen_id', () => {
    expect(noVisitorIn(`const FIELD = 'leadgen_id';\n${send('em: [req.body.email]')}`)).toBe(false);
    expect(noVisitorIn(`const FIELD = 'leadgen_id';\nexport async function track(req) {\n  ${send('em: [req.body.email]')}\n}`)).toBe(false);
  });
});
