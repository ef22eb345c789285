/**
 * Rule-level cases in the shapes public pixel and Conversions API code is written in (issue 12,
 * points 3, 6, 7 and 8): Next.js dynamic imports of react-facebook-pixel, CAPI URLs built every way,
 * class and object-literal services, helpers written as arrow constants, aliases of the pixel.
 */
import requireConsent from '../../src/rules/require-consent.js';
import noUnhashedIdentifiers from '../../src/rules/no-unhashed-identifiers.js';
import noRawPii from '../../src/rules/no-raw-pii.js';
import { createJsRuleTester, createTsRuleTester } from '../rule-tester.js';

const js = createJsRuleTester();
const ts = createTsRuleTester();
const INSERT_REVOKE = 'insertRevoke';

js.run('require-consent: the Next.js dynamic import of react-facebook-pixel', requireConsent, {
  valid: [
    {
      name: 'then-chain under a consent check',
      code: "export function Pixel({ consent }) {\n  useEffect(() => {\n    if (!consent.marketing) return;\n    import('react-facebook-pixel')\n      .then((x) => x.default)\n      .then((ReactPixel) => { ReactPixel.init('1'); });\n  }, [consent]);\n  return null;\n}",
    },
    {
      name: 'module-level pixel set in .then, init only from a guarded arrow helper',
      code: "let pixel;\nimport('react-facebook-pixel').then((m) => m.default).then((RP) => { pixel = RP; });\nconst start = (id) => { pixel.init(id); };\nexport function onAccept(prefs, id) { if (prefs.marketing) start(id); }",
    },
  ],
  invalid: [
    {
      name: '.then((x) => x.default).then((ReactPixel) => …)',
      code: "export function FacebookPixel() {\n  React.useEffect(() => {\n    import('react-facebook-pixel')\n      .then((x) => x.default)\n      .then((ReactPixel) => {\n        ReactPixel.init(PIXEL_ID);\n        ReactPixel.pageView();\n      });\n  });\n  return null;\n}",
      errors: [{ messageId: 'unguardedInit', line: 6, column: 9 }],
    },
    {
      name: 'an awaited then-chain',
      code: "export async function boot(id) {\n  const ReactPixel = await import('react-facebook-pixel').then((m) => m.default);\n  ReactPixel.init(id);\n}",
      errors: [{ messageId: 'unguardedInit', line: 3, column: 3 }],
    },
    {
      name: 'a module-level let assigned inside the .then, init elsewhere',
      code: "let ReactPixel;\nif (typeof window !== 'undefined') {\n  import('react-facebook-pixel').then((x) => {\n    ReactPixel = x.default;\n  });\n}\nexport const initializePixel = (id) => {\n  if (typeof window !== 'undefined' && ReactPixel) ReactPixel.init(id);\n};",
      errors: [{ messageId: 'unguardedInit', line: 8, column: 52 }],
    },
  ],
});

const CAPI = 'https://graph.facebook.com';

js.run('require-consent: one report per Conversions API send', requireConsent, {
  valid: [
    {
      name: 'new URL with searchParams, sent under a consent check',
      code: `export async function send(user, event) {\n  const url = new URL(\`${CAPI}/v19.0/\${PIXEL}/events\`);\n  url.searchParams.set('access_token', TOKEN);\n  if (!user.marketingConsent) return;\n  await fetch(url, { method: 'POST', body: JSON.stringify({ data: [event] }) });\n}`,
    },
    { name: 'a new URL that is never sent', code: `export const eventsUrl = new URL(\`${CAPI}/v19.0/\${PIXEL}/events\`);` },
    { name: 'a log line naming the endpoint', code: `export function note(id) { console.info(\`POST ${CAPI}/v19.0/\${id}/events\`); }` },
    { name: 'a Graph API call that is not /events', code: `export async function pixelName(id) { return fetch(\`${CAPI}/v19.0/\${id}?fields=name&access_token=\${TOKEN}\`); }` },
    {
      name: 'pixel init in an arrow constant whose every call is guarded',
      code: "const loadPixel = () => {\n  fbq('init', '1');\n};\nif (hasMarketingConsent()) loadPixel();",
    },
    {
      name: 'a helper written as an arrow constant, every caller guarded',
      code: `const post = (url, body) => fetch(url, { method: 'POST', body: JSON.stringify(body) });\nexport async function track(user, event) {\n  if (user.consents.marketing) await post(\`${CAPI}/v19.0/\${PIXEL}/events\`, { data: [event] });\n}`,
    },
  ],
  invalid: [
    {
      name: 'new URL(…) then fetch(url): reported at the fetch only',
      code: `export async function send(event) {\n  const url = new URL(\`${CAPI}/v19.0/\${PIXEL}/events\`);\n  url.searchParams.set('access_token', TOKEN);\n  await fetch(url, { method: 'POST', body: JSON.stringify({ data: [event] }) });\n}`,
      errors: [{ messageId: 'unguardedSend', line: 4, column: 9 }],
    },
    {
      name: 'a long + chain with the version from a constant',
      code: "const VER = 'v19.0';\nexport async function send(event, token) {\n  await fetch('https://graph.facebook.com/' + VER + '/' + PIXEL_ID + '/events?access_token=' + token, { method: 'POST', body: JSON.stringify({ data: [event] }) });\n}",
      errors: [{ messageId: 'unguardedSend', line: 3, column: 9 }],
    },
    {
      name: 'the version from the environment, with a default',
      code: "const API_VERSION = process.env.META_API_VERSION || 'v21.0';\nexport async function send(event) {\n  await fetch(`https://graph.facebook.com/${API_VERSION}/${process.env.PIXEL_ID}/events`, { method: 'POST', body: JSON.stringify({ data: [event] }) });\n}",
      errors: [{ messageId: 'unguardedSend', line: 3, column: 9 }],
    },
    {
      name: "Node's https.request with hostname and path",
      code: "export function send(payload) {\n  const req = https.request({ hostname: 'graph.facebook.com', path: `/v20.0/${PIXEL_ID}/events?access_token=${TOKEN}`, method: 'POST' }, (res) => res.resume());\n  req.write(JSON.stringify(payload));\n  req.end();\n}",
      errors: [{ messageId: 'unguardedSend', line: 2, column: 15 }],
    },
    {
      name: 'a helper: reported at the request inside it, once',
      code: `async function post(url, body) {\n  return fetch(url, { method: 'POST', body: JSON.stringify(body) });\n}\nexport const track = (event) => post(\`${CAPI}/v19.0/\${PIXEL}/events\`, { data: [event] });`,
      errors: [{ messageId: 'unguardedSend', line: 2, column: 10 }],
    },
    {
      name: 'a class service: the URL in a constructor field',
      code: `export class MetaCapi {\n  constructor() {\n    this.apiUrl = \`${CAPI}/\${process.env.FB_VERSION}/\${process.env.FB_PIXEL}/events\`;\n  }\n  async send(event) {\n    return fetch(this.apiUrl, { method: 'POST', body: JSON.stringify({ data: [event] }) });\n  }\n}`,
      errors: [{ messageId: 'unguardedSend', line: 6, column: 12 }],
    },
    {
      name: 'an object-literal service: the URL in a sibling property',
      code: `export const metaCapi = {\n  url: \`${CAPI}/v19.0/\${PIXEL}/events\`,\n  async send(event) {\n    return fetch(this.url, { method: 'POST', body: JSON.stringify({ data: [event] }) });\n  },\n};`,
      errors: [{ messageId: 'unguardedSend', line: 4, column: 12 }],
    },
    {
      name: 'a helper that builds and returns the EventRequest',
      code: "import { EventRequest } from 'facebook-nodejs-business-sdk';\nconst buildRequest = (events) => new EventRequest(TOKEN, PIXEL).setEvents(events);\nexport async function send(event) {\n  await buildRequest([event]).execute();\n}",
      errors: [{ messageId: 'unguardedSend', line: 4, column: 31 }],
    },
  ],
});

js.run('require-consent: aliases of the pixel', requireConsent, {
  valid: [{ name: 'window passed in, init under a check', code: "(function (w) { if (w.cookieConsent.marketing) w.fbq('init', '1'); })(window);" }],
  invalid: [
    {
      name: 'window passed to an IIFE parameter',
      code: "(function (w) {\n  w.fbq('init', '1');\n})(window);",
      errors: [{ messageId: 'unguardedInit', line: 2, column: 3, suggestions: [{ messageId: INSERT_REVOKE, output: "(function (w) {\n  w.fbq('consent', 'revoke');\n  w.fbq('init', '1');\n})(window);" }] }],
    },
    {
      name: 'a stub stored as window.fbq and called by its own name',
      code: "function stub() { (stub.queue = stub.queue || []).push(arguments); }\nwindow.fbq = stub;\nstub('init', '1');",
      errors: [{ messageId: 'unguardedInit', line: 3, column: 1, suggestions: [{ messageId: INSERT_REVOKE, output: "function stub() { (stub.queue = stub.queue || []).push(arguments); }\nwindow.fbq = stub;\nstub('consent', 'revoke');\nstub('init', '1');" }] }],
    },
  ],
});

const SERVICE = (body: string) =>
  `import { createHash } from 'node:crypto';\nexport class CapiService {\n${body}\n  event(user) {\n    return { event_name: 'Lead', event_time: 1, action_source: 'website', user_data: { em: this.hash(this.normalize(user.email)) } };\n  }\n}`;

ts.run('no-unhashed-identifiers: helpers of classes and objects', noUnhashedIdentifiers, {
  valid: [
    {
      name: 'this.hash / this.normalize that do SHA-256 of the trimmed, lowercased value',
      code: SERVICE("  private hash(value: string) { return createHash('sha256').update(value).digest('hex'); }\n  private normalize(value: string) { return value.trim().toLowerCase(); }"),
    },
    {
      name: 'utils.sha256 of an object literal',
      code: "import { createHash } from 'node:crypto';\nconst utils = { sha256: (v: string) => createHash('sha256').update(v).digest('hex') };\nexport const ud = { em: utils.sha256(user.email), fbp: req.cookies._fbp };",
    },
  ],
  invalid: [
    {
      name: 'a method named hashSha256 that uses SHA3-256',
      code: "import { createHash } from 'node:crypto';\nexport class Capi {\n  hashSha256(v: string) { return createHash('sha3-256').update(v).digest('hex'); }\n  userData(user) { return { em: this.hashSha256(user.email), fbp: user.fbp }; }\n}",
      errors: [{ messageId: 'wrongAlgorithm', line: 4, column: 33 }],
    },
    {
      name: 'a this.hash that only base64-encodes',
      code: SERVICE("  private hash(value: string) { return Buffer.from(value).toString('base64'); }\n  private normalize(value: string) { return value.trim().toLowerCase(); }"),
      errors: [{ messageId: 'unhashed', line: 6, column: 92 }],
    },
    {
      name: 'utils.sha256 that returns its input',
      code: "const utils = { sha256(v: string) { return v; } };\nconst ud = { em: utils.sha256(user.email), fbp: req.cookies._fbp };\nawait fetch(CAPI_URL, { method: 'POST', body: JSON.stringify({ data: [{ event_name: 'Lead', user_data: ud }] }) });",
      errors: [{ messageId: 'unhashed', line: 2, column: 18 }],
    },
    {
      name: 'an email passed through this._send(…) to a method that builds user_data',
      code: "export const metaCapi = {\n  _send(value: string) { return { em: value, client_ip_address: ip }; },\n  submit(form) { this._send(form.email); },\n};",
      errors: [{ messageId: 'unhashed', line: 2, column: 39 }],
    },
  ],
});

js.run('no-raw-pii: an object filled from a whole form under run-time keys', noRawPii, {
  valid: [
    {
      name: 'filled from the form, but the code reads only non-personal keys from it',
      code: "function formFields(event) {\n  var fields = {};\n  event.detail.inputs.forEach(function (input) { fields[input.name] = input.value; });\n  return fields;\n}\ndocument.addEventListener('wpcf7mailsent', function (event) {\n  var fields = formFields(event);\n  fbq('track', 'Lead', fields);\n  var service = fields['your-service'];\n});",
    },
    {
      name: 'keys written out in the literal: the fields are in view, and none is personal',
      code: "var fields = { service: form.service.value };\nfbq('track', 'Lead', fields);\nvar email = fields.email;",
    },
  ],
  invalid: [
    {
      name: 'Contact Form 7 inputs copied under their names, the email read from the same object',
      code: "function formFields(event) {\n  var fields = {};\n  event.detail.inputs.forEach(function (input) { fields[input.name] = input.value; });\n  return fields;\n}\ndocument.addEventListener('wpcf7mailsent', function (event) {\n  var fields = formFields(event);\n  fbq('track', 'Lead', fields);\n  showThanks(fields['your-service'], fields['your-email'], fields['your-phone']);\n});",
      // One report at the object sent (one fault), naming the first personal key read from it.
      errors: [{ messageId: 'eventParameter', line: 8, column: 24, data: { key: 'your-email', kind: 'an email address', call: "fbq('track')", origin: "`fields['your-email']` (line 9)" } }],
    },
    {
      name: 'a key written in the literal beside run-time keys is reported where it is written, once',
      code: "export function lead(user, extra) {\n  const params = { email: user.email, [extra.key]: extra.value };\n  fbq('track', 'Lead', params);\n  confirm(params.email);\n}",
      errors: [{ messageId: 'eventParameter', line: 2, column: 20, data: { key: 'email', kind: 'an email address', call: "fbq('track')", origin: '`user.email`' }, suggestions: [{ messageId: 'removeProperty', data: { key: 'email' }, output: "export function lead(user, extra) {\n  const params = { [extra.key]: extra.value };\n  fbq('track', 'Lead', params);\n  confirm(params.email);\n}" }] }],
    },
  ],
});
