/** Sinks in the shapes real pixel and Conversions API code takes (issue 12, points 3, 6, 7, 8). */
import { describe, expect, it } from 'vitest';
import { urlParts, urlShape } from '../../src/analysis/sinks/urls.js';
import { probe } from './probe.js';

/** Every CAPI request found: `line:column callee → url shape, N bodies`. */
function requests(code: string): string[] {
  const result = probe(`export async function main(ev, payload) {\n${code}\n}`);
  const { sourceCode } = result.analysis;
  return result.sinks.requests.map(
    (request) =>
      `${result.at(request.node)} ${sourceCode.getText(request.node.callee)} → ${urlShape(urlParts(sourceCode, request.url), '{}')}, ${request.bodies.length} bodies`,
  );
}

const BODY = "{ method: 'POST', body: JSON.stringify({ data: [ev] }) }";

describe('Conversions API requests, however the URL is built', () => {
  it.each([
    [
      'a long + chain',
      `const VER = 'v19.0';\nawait fetch('https://graph.facebook.com/' + VER + '/' + ID + '/events?access_token=' + token, ${BODY});`,
      ['3:7 fetch → https://graph.facebook.com/v19.0/{}/events?access_token={}, 1 bodies'],
    ],
    [
      'a version from the environment',
      `await fetch(\`https://graph.facebook.com/\${process.env.API_VERSION}/\${pixel}/events\`, ${BODY});`,
      ['2:7 fetch → https://graph.facebook.com/{}/{}/events, 1 bodies'],
    ],
    [
      'a version with a default',
      "const VER = env.VER || 'v19.0';\nawait axios.post(`https://graph.facebook.com/${VER}/${pixel}/events`, { data: [ev] });",
      ['3:7 axios.post → https://graph.facebook.com/{}/{}/events, 1 bodies'],
    ],
    [
      'a base URL with a default',
      "const BASE = process.env.GRAPH_URL ?? 'https://graph.facebook.com/v19.0';\nawait axios.post(`${BASE}/${pixel}/events`, { data: [ev] });",
      ['3:7 axios.post → {}/{}/events, 1 bodies'],
    ],
    [
      'new URL with searchParams.set, sent by fetch',
      `const url = new URL(\`https://graph.facebook.com/v19.0/\${pixel}/events\`);\nurl.searchParams.set('access_token', token);\nawait fetch(url, ${BODY});`,
      ['4:7 fetch → https://graph.facebook.com/v19.0/{}/events, 1 bodies'],
    ],
    [
      'new URL(path, base) read with .href',
      "const url = new URL(`/v19.0/${pixel}/events`, 'https://graph.facebook.com');\nawait fetch(url.href, { method: 'POST' });",
      ['3:7 fetch → https://graph.facebook.com/v19.0/{}/events, 0 bodies'],
    ],
    [
      'new URL read with .toString()',
      "const url = new URL(`https://graph.facebook.com/v19.0/${pixel}/events`);\nawait fetch(url.toString(), { method: 'POST' });",
      ['3:7 fetch → https://graph.facebook.com/v19.0/{}/events, 0 bodies'],
    ],
    [
      'a URL constant built from another constant',
      "const BASE = 'https://graph.facebook.com/v19.0';\nconst EVENTS_URL = `${BASE}/${PIXEL}/events`;\nawait axios.post(EVENTS_URL, payload);",
      ['4:7 axios.post → https://graph.facebook.com/v19.0/{}/events, 0 bodies'],
    ],
    [
      "Node's https.request with hostname and path, req.write(body)",
      "const req = https.request({ hostname: 'graph.facebook.com', path: `/v20.0/${id}/events?access_token=${t}`, method: 'POST' }, (res) => res.resume());\nreq.write(JSON.stringify({ data: [ev] }));\nreq.end();",
      ['2:13 https.request → /v20.0/{}/events?access_token={}, 1 bodies'],
    ],
    [
      'https.request with an options constant, req.end(body)',
      "const options = { hostname: 'graph.facebook.com', port: 443, path: '/v20.0/' + id + '/events', method: 'POST' };\nconst req = https.request(options);\nreq.end(JSON.stringify({ data: [ev] }));",
      ['3:13 https.request → /v20.0/{}/events, 1 bodies'],
    ],
    [
      'a Request object passed to fetch',
      `const request = new Request(\`https://graph.facebook.com/v19.0/\${id}/events\`, ${BODY});\nawait fetch(request);`,
      ['3:7 fetch → https://graph.facebook.com/v19.0/{}/events, 1 bodies'],
    ],
    [
      'a class field set in the constructor',
      `class S {\n  constructor() { this.apiUrl = \`https://graph.facebook.com/v19.0/\${process.env.P}/events\`; }\n  send(e) { return fetch(this.apiUrl, ${BODY}); }\n}`,
      ['4:20 fetch → https://graph.facebook.com/v19.0/{}/events, 1 bodies'],
    ],
    [
      'class fields joined in a method',
      "class S {\n  base = 'https://graph.facebook.com';\n  version = 'v21.0';\n  send() { const url = `${this.base}/${this.version}/${this.pixelId}/events`; return this.http.post(url, { data: [ev] }); }\n}",
      ['5:86 this.http.post → https://graph.facebook.com/v21.0/{}/events, 1 bodies'],
    ],
    [
      "an object literal's sibling property through this",
      `const capi = { url: \`https://graph.facebook.com/v19.0/\${id}/events\`, send() { return fetch(this.url, ${BODY}); } };`,
      ['2:86 fetch → https://graph.facebook.com/v19.0/{}/events, 1 bodies'],
    ],
    [
      'a body built and returned by a method of the class',
      "class S {\n  payload(e) { return { data: [e], access_token: this.token }; }\n  send(e) { return fetch(`https://graph.facebook.com/v19.0/${this.pixel}/events`, { method: 'POST', body: JSON.stringify(this.payload(e)) }); }\n}",
      ['4:20 fetch → https://graph.facebook.com/v19.0/{}/events, 1 bodies'],
    ],
    [
      "a helper's URL parameter: the request inside it, not the helper call",
      "const post = (url, body) => fetch(url, { method: 'POST', body: JSON.stringify(body) });\nawait post(`https://graph.facebook.com/v19.0/${id}/events`, { data: [ev] });",
      ['2:29 fetch → {}, 1 bodies'],
    ],
  ])('%s', (_name, code, expected) => {
    expect(requests(code)).toEqual(expected);
  });

  it.each([
    ['a URL object built and not sent', "const url = new URL(`https://graph.facebook.com/v19.0/${id}/events`);\nconsole.log(url.href);"],
    ['URLSearchParams and String', "const q = new URLSearchParams('https://graph.facebook.com/v19.0/1/events');\nString(`https://graph.facebook.com/v19.0/${id}/events`);"],
    ['log lines naming the endpoint', "logger.info(`POST https://graph.facebook.com/v19.0/${id}/events`);\nreport(`sent to https://graph.facebook.com/v19.0/${id}/events`);"],
    ['Graph API calls that are not /events', "await fetch(`https://graph.facebook.com/v19.0/${id}?fields=name`);\nawait axios.get(`https://graph.facebook.com/v19.0/${id}/adspixels`);"],
    ['another host with an /events path', "https.request({ hostname: 'api.example.com', path: '/v1/1/events' });"],
  ])('no request: %s', (_name, code) => {
    expect(requests(code)).toEqual([]);
  });
});

/** `channel:command@line:column` of every pixel call found. */
function pixelCalls(code: string): string[] {
  const result = probe(code);
  return result.sinks.pixelCalls.map((call) => `${call.channel}:${call.command}@${result.at(call.node)}`);
}

describe('the pixel reached through dynamic imports and aliases', () => {
  it.each([
    [
      '.then((x) => x.default).then((ReactPixel) => …)',
      "import('react-facebook-pixel').then((x) => x.default).then((ReactPixel) => { ReactPixel.init('1'); ReactPixel.pageView(); });",
      ['react-facebook-pixel:init@1:78', 'react-facebook-pixel:track@1:100'],
    ],
    ['function callbacks returning m.default', "import('react-facebook-pixel').then(function (m) { return m.default; }).then(function (RP) { RP.init('1'); });", ['react-facebook-pixel:init@1:94']],
    ['a destructured link after m.default', "import('react-facebook-pixel').then((m) => m.default).then(({ init }) => { init('1'); });", ['react-facebook-pixel:init@1:76']],
    ['an awaited then-chain', "async function f() { const RP = await import('react-facebook-pixel').then((m) => m.default); RP.init('1'); }", ['react-facebook-pixel:init@1:94']],
    [
      'a module-level let set in a later link',
      "let pixel;\nimport('react-facebook-pixel').then((m) => m.default).then((RP) => { pixel = RP; });\nexport function boot(id) { pixel.init(id); }",
      ['react-facebook-pixel:init@3:28'],
    ],
    ['window passed to an IIFE', "(function (w) { w.fbq('init', '1'); })(window);", ['fbq:init@1:17']],
    ['window passed to a local function', "function boot(win, id) { win.fbq('init', id); }\nboot(window, '1');", ['fbq:init@1:26']],
    ['fbq passed to an arrow constant', "const boot = (track) => { track('init', '1'); };\nboot(window.fbq);", ['fbq:init@1:27']],
    ['a stub stored as window.fbq', "function stub() {}\nwindow.fbq = stub;\nstub('track', 'Lead');", ['fbq:track@3:1']],
  ])('%s', (_name, code, expected) => {
    expect(pixelCalls(code)).toEqual(expected);
  });

  it.each([
    ['a link that hands on something else', "import('react-facebook-pixel').then((m) => m.other).then((x) => { x.init('1'); });"],
    ['window passed to a function that reads another name', "function boot(w) { w.analytics.init('1'); }\nboot(window);"],
    ['the base code stub, which queues calls', "!function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){n.callMethod?n.callMethod.apply(n,arguments):n.queue.push(arguments)};n.queue=[];}(window,document,'script','https://connect.facebook.net/en_US/fbevents.js');"],
  ])('no pixel call: %s', (_name, code) => {
    expect(pixelCalls(code)).toEqual([]);
  });
});
