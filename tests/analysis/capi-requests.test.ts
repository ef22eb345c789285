/**
 * Conversions API sends in the shapes serverless and service code writes them (issue 12, recall): URLs
 * tried in turn from a list, base URLs and versions from configuration, gateways in front of the Graph
 * API, URL helpers, pixel ids that default to an empty string. And the look-alikes that are no send.
 */
import { describe, expect, it } from 'vitest';
import { probe } from './probe.js';

/**
 * `line:column callee, N bodies` of every CAPI request found. Line 1 is the wrapper below, whose event
 * has the user_data every CAPI file builds (files without Meta's words are not analysed at all).
 */
function sends(code: string): string[] {
  const result = probe(`export async function handler(ud, payload) { const event = { event_name: 'Lead', user_data: ud };\n${code}\n}`, { typescript: true });
  const { sourceCode } = result.analysis;
  return result.sinks.requests.map((request) => `${result.at(request.node)} ${sourceCode.getText(request.node.callee)}, ${request.bodies.length} bodies`);
}

const INIT = "{ method: 'POST', body: JSON.stringify({ data: [event] }) }";

describe('CAPI requests recognised', () => {
  it.each([
    [
      'URLs pushed onto a list and tried in a loop',
      `const tries = [\`https://\${gatewayHost}/v21.0/\${PIXEL_ID}/events\`];\nif (token) tries.push(\`https://graph.facebook.com/v21.0/\${PIXEL_ID}/events?access_token=\${token}\`);\nfor (const url of tries) {\n  const res = await fetch(url, ${INIT});\n  if (res.ok) break;\n}`,
      ['5:21 fetch, 1 bodies'],
    ],
    [
      'a list chosen by a conditional, walked by a loop',
      `const urls = override ? [\`\${override}/v20.0/\${pixelId}/events\`] : [\`https://graph.facebook.com/v20.0/\${pixelId}/events\`];\nfor (const u of urls) await fetch(u, ${INIT});`,
      ['3:29 fetch, 1 bodies'],
    ],
    [
      'a let given the endpoint in one branch',
      `let endpoint = process.env.CAPI_PROXY_URL;\nif (!endpoint) endpoint = \`https://graph.facebook.com/v19.0/\${pixel}/events\`;\nawait fetch(endpoint, ${INIT});`,
      ['4:7 fetch, 1 bodies'],
    ],
    [
      'a base URL from injected configuration, with a pixel id',
      "const { apiBaseUrl, pixelId, accessToken } = this.configService.get('tracking');\nconst form = new FormData();\nform.append('data', JSON.stringify([payload]));\nawait fetch(`${apiBaseUrl}/${pixelId}/events`, { method: 'POST', body: form });",
      ['5:7 fetch, 0 bodies'],
    ],
    [
      'a base URL named for the Conversions API',
      'await axios.post(`${config.conversionsApiUrl}/${id}/events`, { data: [event], access_token: token });',
      ['2:7 axios.post, 1 bodies'],
    ],
    [
      'a gateway host with a Graph version',
      `await fetch(\`https://\${host}/v21.0/\${id}/events?\${qs}\`, ${INIT});`,
      ['2:7 fetch, 1 bodies'],
    ],
    [
      'a pixel id that defaults to an empty string',
      `const PIXEL_ID = process.env.META_PIXEL_ID || process.env.NEXT_PUBLIC_FB_PIXEL_ID || '';\nconst VERSION = 'v21.0';\nawait fetch(\`https://graph.facebook.com/\${VERSION}/\${PIXEL_ID}/events?access_token=\${token}\`, ${INIT});`,
      ['4:7 fetch, 1 bodies'],
    ],
    [
      'a URL helper of the file',
      `const eventsUrl = (pixel: string) => \`https://graph.facebook.com/v19.0/\${pixel}/events\`;\nawait fetch(eventsUrl(process.env.PIXEL!), ${INIT});`,
      ['3:7 fetch, 1 bodies'],
    ],
  ])('%s', (_name, code, expected) => {
    expect(sends(code)).toEqual(expected);
  });

  it.each([
    ['an /events path of another API behind a base URL', "await fetch(`${API_BASE}/${calendarId}/events`, { method: 'POST', body: JSON.stringify(event) });"],
    ['an /events path behind a base URL with a plain API version', "await fetch(`${base}/v1/${userId}/events`, { method: 'POST' });"],
    ['a Graph base URL with another edge', "await fetch(`${graphBase}/${phoneNumberId}/messages`, { method: 'POST', body: JSON.stringify(event) });"],
    ['a CAPI URL stored in a list and never requested', "const seen = [];\nseen.push(`https://graph.facebook.com/v19.0/${id}/events`);\nif (seen.includes(`https://graph.facebook.com/v19.0/${id}/events`)) return;"],
    ['a loop over URLs that are not CAPI', "const urls = ['/api/track', '/api/log'];\nfor (const url of urls) await fetch(url, { method: 'POST' });"],
    ['a let that never holds the endpoint', "let url = '/api/lead';\nif (beta) url = '/api/v2/lead';\nawait fetch(url, { method: 'POST' });"],
  ])('no request: %s', (_name, code) => {
    expect(sends(code)).toEqual([]);
  });

  it('a loop over a parameter holds no known URL: only the Graph request is one', () => {
    const code = `for (const u of payload) await fetch(u, ${INIT});\nawait fetch(\`https://graph.facebook.com/v19.0/\${PIXEL}/events\`, ${INIT});`;
    expect(sends(code)).toEqual(['3:7 fetch, 1 bodies']);
  });

  it('follows a URL through six helpers that hand it on, not seven (the depth bound)', () => {
    const chain = (length: number) => {
      const helpers = Array.from({ length }, (_, index) => (index === 0 ? `function f1(u) { return fetch(u, ${INIT}); }` : `function f${index + 1}(u) { return f${index}(u); }`));
      return sends(`${helpers.join('\n')}\nawait f${length}('https://graph.facebook.com/v19.0/123/events');`);
    };
    expect(chain(6)).toEqual(['2:25 fetch, 1 bodies']);
    expect(chain(7)).toEqual([]);
  });
});

describe('CAPI requests: how the URL and the options are read', () => {
  it.each([
    [
      'a URL pushed onto a list after it is declared, the list walked by a loop',
      `const tries = [fallbackUrl];\ntries.push(\`https://graph.facebook.com/v21.0/\${PIXEL_ID}/events\`);\nfor (const url of tries) await fetch(url, ${INIT});`,
      ['4:32 fetch, 1 bodies'],
    ],
    [
      'a URL put first with unshift',
      `const tries = [fallbackUrl];\ntries.unshift(\`https://graph.facebook.com/v21.0/\${PIXEL_ID}/events\`);\nfor (const url of tries) await fetch(url, ${INIT});`,
      ['4:32 fetch, 1 bodies'],
    ],
    [
      'a loop over a list constant chosen by a conditional',
      `const direct = [\`https://graph.facebook.com/v21.0/\${PIXEL_ID}/events\`];\nconst urls = proxied ? [proxyUrl] : direct;\nfor (const u of urls) await fetch(u, ${INIT});`,
      ['4:29 fetch, 1 bodies'],
    ],
    [
      "request's `uri` option",
      "await request({ uri: 'https://graph.facebook.com/v19.0/123/events', method: 'POST', json: { data: [event] } });",
      ['2:7 request, 1 bodies'],
    ],
    [
      "Node's `host` and `path` options",
      "const req = https.request({ host: 'graph.facebook.com', path: `/v19.0/${pixelId}/events`, method: 'POST' });",
      ['2:13 https.request, 0 bodies'],
    ],
    [
      'a path read from its written default',
      "const req = https.request({ hostname: 'graph.facebook.com', path: process.env.CAPI_PATH || '/v19.0/123/events', method: 'POST' });",
      ['2:13 https.request, 0 bodies'],
    ],
    [
      "axios's config object: the body is its `data`",
      "await axios({ url: 'https://graph.facebook.com/v19.0/123/events', method: 'post', data: { data: [event] } });",
      ['2:7 axios, 1 bodies'],
    ],
    [
      "a method of the file's own object that requests its URL argument: the request is the fetch inside it",
      `const relay = { send(url, body) { return fetch(url, { method: 'POST', body: JSON.stringify(body) }); } };\nawait relay.send('https://graph.facebook.com/v19.0/123/events', { data: [event] });`,
      ['2:42 fetch, 1 bodies'],
    ],
  ])('%s', (_name, code, expected) => {
    expect(sends(code)).toEqual(expected);
  });

  it.each([
    ['an /events path behind a base URL, in a file that names a pixel elsewhere', "const PIXEL = process.env.PIXEL_ID;\nawait fetch(`${API_BASE}/${calendarId}/events`, { method: 'POST', body: JSON.stringify(event) });"],
    ["a Meta word only in the query after the /events edge", `await fetch(\`\${apiBase}/\${userId}/events?source=\${metaSource}\`, ${INIT});`],
    ['a Graph host without a path', "const req = https.request({ hostname: 'graph.facebook.com', method: 'POST' });"],
    ['a helper that calls itself, given an unknown URL', `function retry(u, n) { if (n > 0) return retry(u, n - 1); return fetch(u, ${INIT}); }\nawait retry(pixelEventsUrl, 3);`],
    ['a CAPI URL looked for in a list of other URLs, which are requested', `const urls = ['/api/track'];\nif (urls.includes(\`https://graph.facebook.com/v19.0/\${id}/events\`)) return;\nfor (const u of urls) await fetch(u, ${INIT});`],
    ['a loop over a list read from configuration', `for (const u of settings.pixel.events) await fetch(u, ${INIT});`],
    ['two list constants that name each other', `const a = flag ? b : ['/api/events'];\nconst b = flag ? a : ['/pixel/log'];\nfor (const u of a) await fetch(u, ${INIT});`],
  ])('no request: %s', (_name, code) => {
    expect(sends(code)).toEqual([]);
  });
});
