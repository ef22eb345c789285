import rule from '../../src/rules/require-consent.js';
import { createJsRuleTester, createTsRuleTester, createVueRuleTester } from '../rule-tester.js';

const CAPI_URL = 'https://graph.facebook.com/v21.0/123/events';
const signals = (consentSignals: string[]) => ({ 'meta-privacy': { consentSignals } });
/** A CAPI send, as a route handler body would make it. */
const SEND = `await fetch('${CAPI_URL}', { method: 'POST', body: JSON.stringify({ data: [event] }) });`;
/** The pixel base code as a page or a tag manager loads it. */
const LOADER = "const script = document.createElement('script');\nscript.src = 'https://connect.facebook.net/en_US/fbevents.js';\ndocument.head.appendChild(script);";
const RN = "import { AppEventsLogger, Settings } from 'react-native-fbsdk-next';\n";
const APP_EVENTS_API = 'https://graph.facebook.com/${APP_ID}/activities';

createJsRuleTester().run('require-consent', rule, {
  valid: [
    // Sends with no visitor to ask (issue 12): fixed sample events, events about Meta's own Lead Ads leads.
    {
      name: 'a test script sending a fixed sample event',
      code: `const PIXEL_ID = process.env.META_PIXEL_ID;\nconst TEST_EVENT_CODE = 'TEST12345';\nasync function main() {\n  const res = await fetch(\`https://graph.facebook.com/v21.0/\${PIXEL_ID}/events?access_token=\${process.env.META_TOKEN}\`, {\n    method: 'POST',\n    body: JSON.stringify({ data: [{ event_name: 'Purchase', event_time: Math.floor(Date.now() / 1000), action_source: 'website', user_data: { client_ip_address: '127.0.0.1', client_user_agent: 'Mozilla/5.0 (test)', fbp: 'fb.1.1700000000.123' } }], test_event_code: TEST_EVENT_CODE }),\n  });\n  console.log(await res.json());\n}\nmain();`,
    },
    {
      name: 'a script sending a hashed sample email through axios',
      code: `import axios from 'axios';\nimport { createHash } from 'node:crypto';\nconst sha256 = (v) => createHash('sha256').update(v).digest('hex');\nconst SAMPLE_EMAIL = 'test@example.com';\nconst event = { event_name: 'Lead', event_time: 1700000000, action_source: 'website', user_data: { em: [sha256(SAMPLE_EMAIL)], ph: [sha256('15551234567')] } };\nawait axios.post('${CAPI_URL}', { data: [event], access_token: process.env.TOKEN });`,
    },
    {
      name: "a CRM stage event about a lead from Meta's Lead Ads (user_data.lead_id)",
      code: `app.post('/crm/leads/:id/stage', async (req, res) => {\n  const lead = await db.lead.findUnique({ where: { id: req.params.id } });\n  await fetch('${CAPI_URL}', { method: 'POST', body: JSON.stringify({ data: [{ event_name: req.body.stage, event_time: Math.floor(Date.now() / 1000), action_source: 'system_generated', user_data: { lead_id: lead.metaLeadId, em: [lead.emailHash] }, custom_data: { event_source: 'crm', lead_event_source: 'Our CRM' } }] }) });\n  res.json({ ok: true });\n});`,
    },
    {
      name: 'a leadgen webhook forwarding the lead Meta delivered',
      code: `export async function POST(request) {\n  const body = await request.json();\n  for (const entry of body.entry ?? []) {\n    for (const change of entry.changes ?? []) {\n      if (change.field !== 'leadgen') continue;\n      const lead = await fetch(\`https://graph.facebook.com/v21.0/\${change.value.leadgen_id}?access_token=\${process.env.PAGE_TOKEN}\`).then((r) => r.json());\n      const email = lead.field_data.find((f) => f.name === 'email')?.values?.[0];\n      await fetch('${CAPI_URL}', { method: 'POST', body: JSON.stringify({ data: [{ event_name: 'Lead', event_time: Math.floor(Date.now() / 1000), action_source: 'system_generated', user_data: { em: [hashEmail(email)] } }] }) });\n    }\n  }\n  return Response.json({ ok: true });\n}`,
    },
    {
      name: 'an event without user_data: it names no one',
      code: `export async function sendMetaEvent({ eventName, eventId }) {\n  await fetch('${CAPI_URL}', { method: 'POST', body: JSON.stringify({ data: [{ event_name: eventName, event_time: Math.floor(Date.now() / 1000), event_id: eventId, action_source: 'website' }], access_token: process.env.META_TOKEN }) });\n}`,
    },
    { name: 'base code and a revoke, init in another file (a tag manager tag)', code: `${LOADER}\nfbq('consent', 'revoke');` },
    { name: 'track calls after a revoke, init in another file (checkTrackCalls)', code: "fbq('consent', 'revoke');\nfbq('track', 'PageView');", options: [{ checkTrackCalls: true }] },
    {
      name: 'App Events API: application_tracking_enabled is no ATT flag',
      code: `export async function send(req) {\n  if (!req.body.marketingConsent) return;\n  await axios.post(\`${APP_EVENTS_API}\`, new URLSearchParams({ event: 'CUSTOM_APP_EVENTS', advertiser_tracking_enabled: req.body.ate ? '1' : '0', application_tracking_enabled: '1' }));\n}`,
    },
    { name: 'CAPI app_data: application_tracking_enabled is no ATT flag', code: "const event = { event_name: 'Purchase', action_source: 'app', app_data: { advertiser_tracking_enabled: device.ate, application_tracking_enabled: 1, extinfo } };" },
    {
      name: 'Node SDK AppData: other setters given true',
      code: "import { AppData } from 'facebook-nodejs-business-sdk';\nconst appData = new AppData().setAdvertiserTrackingEnabled(device.ate).setApplicationTrackingEnabled(true).setConsiderViews(true);",
    },
    { name: "Meta's order: revoke, init, track", code: "fbq('consent', 'revoke');\nfbq('init', '1');\nfbq('track', 'PageView');" },
    {
      name: 'base code, then revoke before init',
      code: "!function(f,b,e,v,n,t,s){if(f.fbq)return;n=f.fbq=function(){};t=b.createElement(e);t.src=v;}(window,document,'script','https://connect.facebook.net/en_US/fbevents.js');\nfbq('consent', 'revoke');\nfbq('init', '1');",
    },
    { name: 'if guard', code: "if (hasMarketingConsent()) { fbq('init', '1'); }" },
    { name: 'early return guard', code: "export function boot() { if (!consentGiven) return; fbq('init', '1'); }" },
    { name: 'early throw guard', code: "export function boot(prefs) { if (!prefs.marketing) { throw new Error('no consent'); } window.fbq('init', '1'); }" },
    { name: '&& guard', code: "cookieConsent.marketing && fbq('init', '1');" },
    { name: 'ternary guard', code: "const started = userConsent ? fbq('init', '1') : null;" },
    { name: 'OneTrust active groups', code: "if (window.OnetrustActiveGroups.includes('C0004')) fbq('init', '1');" },
    { name: 'OneTrust OptanonWrapper callback', code: "function OptanonWrapper() { fbq('init', '1'); }" },
    { name: 'OneTrust OnConsentChanged callback', code: "OneTrust.OnConsentChanged(() => fbq('init', '1'));" },
    { name: 'Cookiebot consent flag', code: "if (Cookiebot.consent.marketing) fbq('init', '1');" },
    { name: 'Cookiebot accept event', code: "window.addEventListener('CookiebotOnAccept', () => { fbq('init', '1'); });" },
    {
      name: 'IAB TCF listener',
      code: "__tcfapi('addEventListener', 2, (tcData, success) => { if (success && tcData.purpose.consents[1]) fbq('init', '1'); });",
    },
    { name: 'Google Consent Mode ad_storage', code: "if (consentState.ad_storage === 'granted') fbq('init', '1');" },
    { name: 'Google Consent Mode mirrored into the pixel', code: "fbq('consent', adsGranted ? 'grant' : 'revoke');\nfbq('init', '1');" },
    { name: 'Osano flag', code: "if (window.Osano.cm.marketing) fbq('init', '1');" },
    { name: 'Osano consent-saved event', code: "Osano.cm.addEventListener('osano-cm-consent-saved', (change) => { fbq('init', '1'); });" },
    { name: 'Usercentrics event', code: "window.addEventListener('ucEvent', (event) => { if (event.detail['Facebook Pixel']) fbq('init', '1'); });" },
    { name: 'Usercentrics services', code: "if (UC_UI.getServicesBaseInfo().some((s) => s.name === 'Facebook Pixel' && s.consent.status)) fbq('init', '1');" },
    {
      name: 'Klaro service callback',
      code: "window.klaroConfig = { services: [{ name: 'facebook', purposes: ['marketing'], callback(consent) { fbq('consent', consent ? 'grant' : 'revoke'); } }] };",
    },
    { name: 'react-cookie-consent value', code: "import ReactPixel from 'react-facebook-pixel';\nif (getCookieConsentValue() === 'true') ReactPixel.init('1');" },
    { name: 'home-grown localStorage flag', code: "if (localStorage.getItem('fbPixelConsent') === 'granted') fbq('init', '1');" },
    { name: 'Do Not Track early exit', code: "export function boot() { if (navigator.doNotTrack === '1') return; fbq('init', '1'); }" },
    { name: 'Global Privacy Control early exit', code: "export function boot() { if (navigator.globalPrivacyControl) return; fbq('init', '1'); }" },
    {
      name: 'loader function called only inside a CMP callback check',
      code: "function loadPixel() { fbq('init', '1'); }\nOneTrust.OnConsentChanged(() => { if (OnetrustActiveGroups.includes('C0004')) loadPixel(); });",
    },
    { name: 'loader function handed to a CMP callback', code: "function loadPixel() { fbq('init', '1'); }\nOneTrust.OnConsentChanged(loadPixel);" },
    { name: 'revoke in a helper called before init', code: "function pausePixel() { fbq('consent', 'revoke'); }\npausePixel();\nfbq('init', '1');" },
    { name: 'revoke only when consent is missing', code: "if (!hasConsent()) fbq('consent', 'revoke');\nfbq('init', '1');" },
    { name: 'grant under a consent check', code: "export function onChoice(preferences) { if (preferences.marketing) fbq('consent', 'grant'); }" },
    { name: 'grant in a consent handler nothing in the file calls', code: "import ReactPixel from 'react-facebook-pixel';\nexport function onConsentAccepted() { ReactPixel.grantConsent(); }" },
    { name: 'conditional grant or revoke', code: "export function sync(accepted) { fbq('consent', accepted ? 'grant' : 'revoke'); }" },
    { name: 'track calls in a file without init', code: "fbq('track', 'Purchase', { value: 1, currency: 'EUR' });" },
    { name: 'base code in JSX under a consent check', code: "export const Pixel = ({ consent }) => consent && <script src=\"https://connect.facebook.net/en_US/fbevents.js\" />;" },
    {
      name: 'inline base code that revokes itself',
      code: "export const html = `!function(f,b,e,v){}(window,document,'script','https://connect.facebook.net/en_US/fbevents.js'); fbq('consent', 'revoke'); fbq('init', '1');`;",
    },
    {
      name: 'Express route with an early return on consent',
      code: `app.post('/api/leads', async (req, res) => {\n  if (!req.body.marketingConsent) return res.sendStatus(204);\n  await fetch('${CAPI_URL}', { method: 'POST', body: JSON.stringify({ data: [] }) });\n});`,
    },
    {
      name: 'Next.js route with an early return on consent',
      code: `export async function POST(request) {\n  const body = await request.json();\n  if (!body.consent?.marketing) return Response.json({ skipped: true });\n  await fetch('${CAPI_URL}', { method: 'POST', body: JSON.stringify({ data: [body.event] }) });\n}`,
    },
    {
      name: 'class method guarded inside',
      code: `class MetaCapi {\n  async send(event, consent) {\n    if (!consent.advertising) return;\n    await axios.post('${CAPI_URL}', { data: [event] });\n  }\n}`,
    },
    {
      name: 'class method called only under a consent check',
      code: `class MetaCapi {\n  async post(event) { await axios.post('${CAPI_URL}', { data: [event] }); }\n  async track(event, user) { if (user.adConsent) await this.post(event); }\n}`,
    },
    {
      name: 'EventRequest.execute() under a consent check',
      code: "import { EventRequest } from 'facebook-nodejs-business-sdk';\nexport async function send(events, user) {\n  if (user.marketingConsent) await new EventRequest('token', '1').setEvents(events).execute();\n}",
    },
    { name: 'consentSignals from settings', code: "if (privacyChoices.ads) fbq('init', '1');", settings: signals(['privacyChoices']) },
    { name: 'a locally declared fbq is not the pixel', code: "function fbq() {}\nfbq('init', '1');" },
    { name: 'no Meta sink at all', code: 'if (isProduction) analytics.init(KEY);' },
    {
      name: 'wrapper init from settings under a consent check',
      code: "if (hasConsent()) pixel.init('1');",
      settings: { 'meta-privacy': { pixelWrappers: [{ name: 'pixel.init', command: 'init' }] } },
    },
    {
      name: 'two marketing flags, either of which lets the event through',
      code: `export async function POST(request) {\n  const { consent, event } = await request.json();\n  if (!consent.marketing && !consent.advertising) return new Response(null, { status: 204 });\n  await fetch('${CAPI_URL}', { method: 'POST', body: JSON.stringify({ data: [event] }) });\n}`,
    },
    {
      name: 'Google Consent Mode: ad storage and analytics storage both granted',
      code: "if (consentState.ad_storage === 'granted' && consentState.analytics_storage === 'granted') fbq('init', '1');",
    },
    { name: 'Shopify Customer Privacy marketing', code: "if (window.Shopify.customerPrivacy.marketingAllowed()) fbq('init', '1');" },
    { name: 'a consent object checked for existence, then for marketing', code: "if (consent && consent.marketing === true) fbq('init', '1');" },
    {
      name: 'consent asked for only where required',
      code: "export function boot(consentRequired) {\n  if (consentRequired && !hasConsent()) return;\n  fbq('init', '1');\n}",
    },
    { name: 'a constant that never lets the init run', code: "const CONSENT_BANNER_DONE = false;\nif (CONSENT_BANNER_DONE) fbq('init', '1');" },
    {
      name: 'Express: consent middleware named in the route',
      code: `app.post('/api/lead', requireMarketingConsent, async (req, res) => {\n  const event = leadEvent(req.body);\n  ${SEND}\n  res.sendStatus(201);\n});`,
    },
    {
      name: 'Express: consent middleware in an array, before a named handler',
      code: `async function sendLead(req, res) {\n  const event = req.body;\n  ${SEND}\n}\nrouter.post('/capi', [authenticate, requireConsent], sendLead);`,
    },
    {
      name: 'Express: a local middleware that answers 403 without consent',
      code: `function checkCookies(req, res, next) {\n  if (req.cookies.cookie_consent !== 'all') return res.status(403).end();\n  next();\n}\napp.post('/api/events', checkCookies, async (req, res) => {\n  const event = req.body;\n  ${SEND}\n});`,
    },
    {
      name: 'Express: router.use before the routes',
      code: `const router = express.Router();\nrouter.use(consentGate);\nrouter.post('/events', async (req, res) => {\n  const event = req.body;\n  ${SEND}\n});`,
    },
    {
      name: 'Express: use on a path prefix the route falls under',
      code: `app.use('/api/meta', requireConsent);\napp.post('/api/meta/events', async (req, res) => {\n  const event = req.body;\n  ${SEND}\n});`,
    },
    {
      name: 'Express: a router mounted behind consent middleware',
      code: `const capi = express.Router();\ncapi.post('/events', async (req, res) => {\n  const event = req.body;\n  ${SEND}\n});\napp.use('/capi', requireConsent, capi);`,
    },
    {
      name: 'Express: a route path held in a constant',
      code: `const EVENTS_PATH = '/api/events';\napp.post(EVENTS_PATH, requireConsent, async (req, res) => {\n  const event = req.body;\n  ${SEND}\n});`,
    },
    {
      name: 'Express: a router held by a class, mounted behind consent middleware',
      code: `class Server {\n  routes() {\n    this.router.post('/events', async (req, res) => {\n      const event = req.body;\n      ${SEND}\n    });\n    this.app.use('/capi', requireConsent, this.router);\n  }\n}`,
    },
    {
      name: 'Express: consent middleware under another name, or as a method of a local object',
      code: `const gate = requireConsent;\nconst mw = { gate(req, res, next) { if (req.cookies.ad_consent === 'yes') next(); } };\napp.post('/a', gate, async (req, res) => {\n  const event = req.body;\n  ${SEND}\n});\napp.post('/b', mw.gate, async (req, res) => {\n  const event = req.body;\n  ${SEND}\n});`,
    },
    {
      name: 'Express: app.route chain',
      code: `app.route('/events').post(requireConsent, async (req, res) => {\n  const event = req.body;\n  ${SEND}\n});`,
    },
    {
      name: 'Koa: middleware that passes on only with consent',
      code: `router.post('/events', async (ctx, next) => {\n  if (!ctx.cookies.get('marketing_consent')) {\n    ctx.status = 204;\n    return;\n  }\n  await next();\n}, async (ctx) => {\n  const event = ctx.request.body;\n  ${SEND}\n});`,
    },
    {
      name: 'Koa: app.use in front of the mounted router',
      code: `const router = new Router();\nrouter.post('/events', async (ctx) => {\n  const event = ctx.request.body;\n  ${SEND}\n});\napp.use(consentMiddleware);\napp.use(router.routes());`,
    },
    {
      name: 'Fastify: preHandler route option',
      code: `fastify.post('/events', { preHandler: [fastify.authenticate, verifyConsent] }, async (request, reply) => {\n  const event = request.body;\n  ${SEND}\n});`,
    },
    {
      name: 'Fastify: an addHook that answers 403 without consent',
      code: `fastify.addHook('preHandler', async (request, reply) => {\n  if (request.cookies.ads_consent !== 'granted') return reply.code(403).send();\n});\nfastify.post('/events', async (request) => {\n  const event = request.body;\n  ${SEND}\n});`,
    },
    {
      name: 'Fastify: route() with a preHandler and a handler',
      code: `fastify.route({\n  method: 'POST',\n  url: '/events',\n  preHandler: requireConsent,\n  handler: async (request) => {\n    const event = request.body;\n    ${SEND}\n  },\n});`,
    },
    {
      name: 'Fastify: a hook on the parent instance of a registered plugin',
      code: `app.addHook('onRequest', checkConsent);\napp.register(async (instance) => {\n  instance.post('/events', async (request) => {\n    const event = request.body;\n    ${SEND}\n  });\n});`,
    },
    {
      name: 'next-connect: use(mw) chained before the handler',
      code: `export default createRouter().use(requireConsent).post(async (req, res) => {\n  const event = req.body;\n  ${SEND}\n}).handler();`,
    },
  ],
  invalid: [
    // Look-alikes of visitor-less sends that do carry people's data (issue 12).
    {
      name: 'a backfill script sending customers from the database',
      code: `const orders = await db.order.findMany();\nawait fetch('${CAPI_URL}', { method: 'POST', body: JSON.stringify({ data: orders.map((o) => ({ event_name: 'Purchase', event_time: o.time, action_source: 'website', user_data: { em: [o.emailHash], client_ip_address: o.ip } })), test_event_code: 'TEST123' }) });`,
      errors: [{ messageId: 'unguardedSend', line: 2, column: 7, data: { call: 'fetch()' } }],
    },
    {
      name: 'calls with fixed arguments that read the visitor (a cookie, a header) are not sample values',
      code: `app.post('/api/view', async (req, res) => {\n  await fetch('${CAPI_URL}', { method: 'POST', body: JSON.stringify({ data: [{ event_name: 'ViewContent', action_source: 'website', user_data: { client_user_agent: req.get('user-agent'), fbp: getCookie('_fbp') } }] }) });\n  res.end();\n});`,
      errors: [{ messageId: 'unguardedSend', line: 2, column: 9, data: { call: 'fetch()' } }],
    },
    {
      name: 'an event whose spread may carry user_data',
      code: `export async function send(base) {\n  await fetch('${CAPI_URL}', { method: 'POST', body: JSON.stringify({ data: [{ ...base, event_name: 'Lead', action_source: 'website' }] }) });\n}`,
      errors: [{ messageId: 'unguardedSend', line: 2, column: 9, data: { call: 'fetch()' } }],
    },
    {
      name: 'a sample IP beside the visitor\'s own email',
      code: `app.post('/api/lead', async (req, res) => {\n  await fetch('${CAPI_URL}', { method: 'POST', body: JSON.stringify({ data: [{ event_name: 'Lead', action_source: 'website', user_data: { client_ip_address: '127.0.0.1', em: [sha256(req.body.email)] } }] }) });\n  res.end();\n});`,
      errors: [{ messageId: 'unguardedSend', line: 2, column: 9, data: { call: 'fetch()' } }],
    },
    {
      name: 'bare init',
      code: "fbq('init', '1');",
      errors: [
        {
          messageId: 'unguardedInit',
          line: 1,
          column: 1,
          suggestions: [{ messageId: 'insertRevoke', data: { revoke: "fbq('consent', 'revoke');" }, output: "fbq('consent', 'revoke');\nfbq('init', '1');" }],
        },
      ],
    },
    {
      name: 'init under isProduction',
      code: "if (isProduction) {\n  window.fbq('init', '1');\n}",
      errors: [
        {
          messageId: 'unguardedInit',
          line: 2,
          column: 3,
          suggestions: [{ messageId: 'insertRevoke', output: "if (isProduction) {\n  window.fbq('consent', 'revoke');\n  window.fbq('init', '1');\n}" }],
        },
      ],
    },
    { name: 'init under debug', code: "if (debug) fbq('init', '1');", errors: [{ messageId: 'unguardedInit', line: 1, column: 12, suggestions: [] }] },
    { name: 'init under window.fbq', code: "if (window.fbq) window.fbq('init', '1');", errors: [{ messageId: 'unguardedInit', line: 1, column: 17, suggestions: [] }] },
    {
      name: 'init once the Cookiebot script is there and the visitor answered (declining too)',
      code: "if (window.Cookiebot && window.Cookiebot.hasResponse) fbq('init', '1');",
      errors: [{ messageId: 'unguardedInit', line: 1, column: 55, suggestions: [] }],
    },
    {
      name: 'init under a typeof window check',
      code: "export function boot() { if (typeof window === 'undefined') return; fbq('init', '1'); }",
      errors: [
        {
          messageId: 'unguardedInit',
          line: 1,
          column: 69,
          suggestions: [{ messageId: 'insertRevoke', output: "export function boot() { if (typeof window === 'undefined') return; fbq('consent', 'revoke'); fbq('init', '1'); }" }],
        },
      ],
    },
    {
      name: 'init then revoke with fbq',
      code: "fbq('init', '1');\nfbq('consent', 'revoke');",
      errors: [
        {
          messageId: 'initBeforeRevoke',
          line: 1,
          column: 1,
          data: { call: "fbq('init')", revoke: "fbq('consent')", line: '2', fix: "Call `fbq('consent', 'revoke')` before init and `fbq('consent', 'grant')` once the visitor accepts, or init only under a consent check such as `if (hasMarketingConsent()) { … }`." },
          suggestions: [{ messageId: 'insertRevoke', output: "fbq('consent', 'revoke');\nfbq('init', '1');\nfbq('consent', 'revoke');" }],
        },
      ],
    },
    {
      name: 'ReactPixel.init then revokeConsent',
      code: "import ReactPixel from 'react-facebook-pixel';\nexport function initPixel() {\n  ReactPixel.init('1');\n  ReactPixel.revokeConsent();\n}",
      errors: [{ messageId: 'initBeforeRevoke', line: 3, column: 3, suggestions: [] }],
    },
    {
      name: 'ReactPixel.init through a dynamic import',
      code: "import('react-facebook-pixel').then(({ default: ReactPixel }) => ReactPixel.init('1'));",
      errors: [{ messageId: 'unguardedInit', line: 1, column: 66, suggestions: [] }],
    },
    {
      name: 'init in a function also called without a guard',
      code: "function loadPixel() { fbq('init', '1'); }\nif (hasConsent()) loadPixel();\nloadPixel();",
      errors: [{ messageId: 'unguardedInit', line: 1, column: 24, suggestions: [{ messageId: 'insertRevoke', output: "function loadPixel() { fbq('consent', 'revoke'); fbq('init', '1'); }\nif (hasConsent()) loadPixel();\nloadPixel();" }] }],
    },
    {
      name: 'exported init function nothing in the file guards',
      code: "export function initPixel() {\n  fbq('init', '1');\n}",
      errors: [{ messageId: 'unguardedInit', line: 2, column: 3, suggestions: [{ messageId: 'insertRevoke', output: "export function initPixel() {\n  fbq('consent', 'revoke');\n  fbq('init', '1');\n}" }] }],
    },
    {
      name: 'revoke only on another branch',
      code: "if (embedded) { fbq('consent', 'revoke'); }\nfbq('init', '1');",
      errors: [{ messageId: 'unguardedInit', line: 2, column: 1, suggestions: [{ messageId: 'insertRevoke', output: "if (embedded) { fbq('consent', 'revoke'); }\nfbq('consent', 'revoke');\nfbq('init', '1');" }] }],
    },
    {
      name: 'init in a Cookiebot decline callback',
      code: "window.addEventListener('CookiebotOnDecline', () => { fbq('init', '1'); });",
      errors: [{ messageId: 'unguardedInit', line: 1, column: 55, suggestions: [{ messageId: 'insertRevoke', output: "window.addEventListener('CookiebotOnDecline', () => { fbq('consent', 'revoke'); fbq('init', '1'); });" }] }],
    },
    {
      name: 'wrapper init from settings',
      code: "pixel.init('1');",
      settings: { 'meta-privacy': { pixelWrappers: [{ name: 'pixel.init', command: 'init' }] } },
      errors: [{ messageId: 'unguardedInit', line: 1, column: 1, suggestions: [] }],
    },
    {
      name: 'consentSignals not configured',
      code: "if (privacyChoices.ads) fbq('init', '1');",
      errors: [{ messageId: 'unguardedInit', line: 1, column: 25, suggestions: [] }],
    },
    {
      name: 'checkTrackCalls in a file that calls init: the init carries the report, not its track calls',
      code: "fbq('init', '1');\nfbq('track', 'PageView');",
      options: [{ checkTrackCalls: true }],
      errors: [{ messageId: 'unguardedInit', line: 1, column: 1, suggestions: [{ messageId: 'insertRevoke', output: "fbq('consent', 'revoke');\nfbq('init', '1');\nfbq('track', 'PageView');" }] }],
    },
    {
      name: 'base code loaded under an analytics-only consent check',
      code: `if (Cookiebot.consent.statistics) {\n  ${LOADER.replaceAll('\n', '\n  ')}\n}`,
      errors: [{ messageId: 'narrowConsent', line: 3, column: 16, data: { what: 'This loads the Meta pixel base code', guard: 'Cookiebot.consent.statistics', line: '1', purposes: 'analytics' } }],
    },
    {
      name: 'a grant under an analytics or preferences check',
      code: "if (consent.analytics || consent.preferences) fbq('consent', 'grant');",
      errors: [{ messageId: 'narrowConsent', line: 1, column: 47, data: { what: "fbq('consent') grants pixel consent", guard: 'consent.analytics || consent.preferences', line: '1', purposes: 'analytics or functional' } }],
    },
    {
      name: 'a narrow check kept in a constant: the guard names no purpose itself',
      code: "export function boot(consent) {\n  const allowed = consent.analytics || consent.marketing;\n  if (!allowed) return;\n  fbq('init', '1');\n}",
      errors: [{ messageId: 'narrowConsent', line: 4, column: 3, data: { what: "fbq('init') starts the Meta pixel", guard: '!allowed', line: '3', purposes: 'other purposes' }, suggestions: [{ messageId: 'insertRevoke', output: "export function boot(consent) {\n  const allowed = consent.analytics || consent.marketing;\n  if (!allowed) return;\n  fbq('consent', 'revoke');\n  fbq('init', '1');\n}" }] }],
    },
    {
      name: 'a narrow check inside a helper: the message names the purpose the helper checks',
      code: "async function loadChoice() {\n  const consent = await getConsent();\n  return consent.analytics;\n}\nexport async function init() {\n  if (!(await loadChoice())) return;\n  fbq('init', '1');\n}",
      errors: [{ messageId: 'narrowConsent', line: 7, column: 3, data: { what: "fbq('init') starts the Meta pixel", guard: '!(await loadChoice())', line: '6', purposes: 'analytics' }, suggestions: [{ messageId: 'insertRevoke', output: "async function loadChoice() {\n  const consent = await getConsent();\n  return consent.analytics;\n}\nexport async function init() {\n  if (!(await loadChoice())) return;\n  fbq('consent', 'revoke');\n  fbq('init', '1');\n}" }] }],
    },
    {
      name: 'the React Native SDK started under an analytics-only check',
      code: `${RN}if (consent.analytics) Settings.initializeSDK();`,
      errors: [{ messageId: 'narrowConsent', line: 2, column: 24, data: { what: 'Settings.initializeSDK() starts the Meta SDK', guard: 'consent.analytics', line: '2', purposes: 'analytics' } }],
    },
    {
      name: 'advertising ID collection switched on under an analytics-only check',
      code: `${RN}if (consent.analytics) Settings.setAdvertiserIDCollectionEnabled(true);`,
      errors: [{ messageId: 'narrowConsent', line: 2, column: 24, data: { what: 'Settings.setAdvertiserIDCollectionEnabled() switches on advertising ID collection', guard: 'consent.analytics', line: '2', purposes: 'analytics' } }],
    },
    {
      name: 'an app event logged under an analytics-only check',
      code: `${RN}export function onPurchase(order) {\n  if (!consent.analytics) return;\n  AppEventsLogger.logPurchase(order.total, 'EUR');\n}`,
      errors: [{ messageId: 'narrowConsent', line: 4, column: 3, data: { what: 'AppEventsLogger.logPurchase() sends data to Meta through the App Events SDK', guard: '!consent.analytics', line: '3', purposes: 'analytics' } }],
    },
    {
      name: 'an App Events API send under an analytics-only check',
      code: `export async function send(req) {\n  if (!req.body.analyticsConsent) return;\n  await axios.post(\`${APP_EVENTS_API}\`, new URLSearchParams({ event: 'CUSTOM_APP_EVENTS' }));\n}`,
      errors: [{ messageId: 'narrowConsent', line: 3, column: 9, data: { what: 'axios.post() sends app events to the Meta App Events API', guard: '!req.body.analyticsConsent', line: '2', purposes: 'analytics' } }],
    },
    {
      name: 'EventRequest built and executed in one expression: reported at execute()',
      code: "import { EventRequest } from 'facebook-nodejs-business-sdk';\nexport async function send(event) {\n  await new EventRequest(process.env.META_TOKEN, PIXEL_ID, [event]).execute();\n}",
      errors: [{ messageId: 'unguardedSend', line: 3, column: 69, endColumn: 78, data: { call: 'EventRequest.execute()' } }],
    },
    {
      name: 'Node SDK AppData with a constant flag: named in the message',
      code: "import { AppData } from 'facebook-nodejs-business-sdk';\nconst appData = new AppData().setAdvertiserTrackingEnabled(true);",
      errors: [{ messageId: 'constantTrackingFlag', line: 2, column: 60, data: { where: 'AppData.setAdvertiserTrackingEnabled()' } }],
    },
    {
      name: 'base code loader without consent',
      code: "const script = document.createElement('script');\nscript.src = 'https://connect.facebook.net/en_US/fbevents.js';\ndocument.head.appendChild(script);",
      errors: [{ messageId: 'unguardedLoader', line: 2, column: 14 }],
    },
    {
      name: 'inline base code in JSX without consent: reported at the init it runs',
      code: "export const Pixel = () => <script dangerouslySetInnerHTML={{ __html: `!function(f,b,e,v){}(window,document,'script','https://connect.facebook.net/en_US/fbevents.js'); fbq('init', '1');` }} />;",
      errors: [{ messageId: 'unguardedLoader', line: 1, column: 169, endLine: 1, endColumn: 179 }],
    },
    {
      name: 'base code and init injected as script text: one report, at the init',
      code: "export const initPixel = () => {\n  const script = document.createElement('script');\n  script.innerHTML = `\n    !function(f,b,e,v,n,t,s){t=b.createElement(e);t.src=v;}(window, document, 'script',\n    'https://connect.facebook.net/en_US/fbevents.js');\n    fbq('init', '${PIXEL_ID}');\n  `;\n  document.head.appendChild(script);\n};",
      errors: [{ messageId: 'unguardedLoader', line: 6, column: 5, endLine: 6, endColumn: 15 }],
    },
    {
      name: 'loader and init in one file: only the init',
      code: "function load() { const s = document.createElement('script'); s.src = 'https://connect.facebook.net/en_US/fbevents.js'; }\nload();\nfbq('init', '1');",
      errors: [{ messageId: 'unguardedInit', line: 3, column: 1, suggestions: [{ messageId: 'insertRevoke', output: "function load() { const s = document.createElement('script'); s.src = 'https://connect.facebook.net/en_US/fbevents.js'; }\nload();\nfbq('consent', 'revoke');\nfbq('init', '1');" }] }],
    },
    {
      name: 'unconditional grant',
      code: "fbq('consent', 'revoke');\nfbq('init', '1');\nfbq('consent', 'grant');",
      errors: [{ messageId: 'unconditionalGrant', line: 3, column: 1, data: { call: "fbq('consent')" } }],
    },
    {
      name: 'grantConsent under a non-consent condition',
      code: "import ReactPixel from 'react-facebook-pixel';\nexport function start() { if (isProduction) ReactPixel.grantConsent(); }",
      errors: [{ messageId: 'unconditionalGrant', line: 2, column: 45 }],
    },
    {
      name: 'CAPI fetch in an Express route without consent',
      code: `app.post('/api/checkout', async (req, res) => {\n  await fetch('${CAPI_URL}', { method: 'POST', body: JSON.stringify({ data: [] }) });\n  res.json({ ok: true });\n});`,
      errors: [{ messageId: 'unguardedSend', line: 2, column: 9, data: { call: 'fetch()' } }],
    },
    {
      name: 'CAPI route path that mentions consent is no consent check',
      code: `app.post('/api/consent', async (req, res) => {\n  await axios.post('${CAPI_URL}', { data: [] });\n});`,
      errors: [{ messageId: 'unguardedSend', line: 2, column: 9, data: { call: 'axios.post()' } }],
    },
    {
      name: 'CAPI send in a Next.js route handler',
      code: "export async function POST(request) {\n  const event = await request.json();\n  await fetch('https://graph.facebook.com/v21.0/' + process.env.PIXEL_ID + '/events', { method: 'POST', body: JSON.stringify({ data: [event] }) });\n}",
      errors: [{ messageId: 'unguardedSend', line: 3, column: 9 }],
    },
    {
      name: 'CAPI send in a class method',
      code: `export class MetaCapi {\n  async send(event) {\n    if (process.env.NODE_ENV !== 'production') return;\n    await axios.post('${CAPI_URL}', { data: [event] });\n  }\n}`,
      errors: [{ messageId: 'unguardedSend', line: 4, column: 11 }],
    },
    {
      name: 'EventRequest.execute() without consent',
      code: "import { EventRequest } from 'facebook-nodejs-business-sdk';\nexport async function send(events) {\n  await new EventRequest('token', '1').setEvents(events).execute();\n}",
      errors: [{ messageId: 'unguardedSend', line: 3, column: 58, data: { call: 'EventRequest.execute()' } }],
    },
    {
      name: 'analytics or marketing consent in one early return',
      code: `app.post('/api/events', async (req, res) => {\n  const { consent, event } = req.body;\n  if (!(consent.analytics || consent.marketing)) return res.sendStatus(204);\n  await fetch('${CAPI_URL}', { method: 'POST', body: JSON.stringify({ data: [event] }) });\n});`,
      errors: [
        {
          messageId: 'narrowConsent',
          line: 4,
          column: 9,
          data: { what: 'fetch() sends events to the Meta Conversions API', guard: '!(consent.analytics || consent.marketing)', line: '3', purposes: 'analytics' },
        },
      ],
    },
    {
      name: 'Cookiebot statistics consent for the pixel',
      code: "if (Cookiebot.consent.statistics) fbq('init', '1');",
      errors: [
        {
          messageId: 'narrowConsent',
          line: 1,
          column: 35,
          data: { what: "fbq('init') starts the Meta pixel", guard: 'Cookiebot.consent.statistics', line: '1', purposes: 'analytics' },
          suggestions: [],
        },
      ],
    },
    {
      name: 'Google Consent Mode analytics storage for the pixel',
      code: "export function boot(consentState) {\n  if (consentState.analytics_storage !== 'granted') return;\n  window.fbq('init', '1');\n}",
      errors: [{ messageId: 'narrowConsent', line: 3, column: 3, suggestions: [{ messageId: 'insertRevoke', output: "export function boot(consentState) {\n  if (consentState.analytics_storage !== 'granted') return;\n  window.fbq('consent', 'revoke');\n  window.fbq('init', '1');\n}" }] }],
    },
    {
      name: 'a general consent flag or an analytics one',
      code: "import ReactPixel from 'react-facebook-pixel';\nexport function onChoice(preferences) {\n  if (consent.accepted || consent.analytics) ReactPixel.grantConsent();\n}",
      errors: [{ messageId: 'narrowConsent', line: 3, column: 46 }],
    },
    {
      name: 'a consent flag that is a constant',
      code: "const CONSENT_GRANTED = true;\nif (CONSENT_GRANTED) fbq('init', '1');",
      errors: [
        {
          messageId: 'constantConsent',
          line: 2,
          column: 22,
          data: { what: "fbq('init') starts the Meta pixel", guard: 'CONSENT_GRANTED', line: '2', value: 'true' },
          suggestions: [],
        },
      ],
    },
    {
      name: 'a consent check switched off by a constant',
      code: `const REQUIRE_CONSENT = false;\nexport async function send(user, event) {\n  if (REQUIRE_CONSENT && !user.marketingConsent) return;\n  await axios.post('${CAPI_URL}', { data: [event] });\n}`,
      errors: [{ messageId: 'constantConsent', line: 4, column: 9, data: { what: 'axios.post() sends events to the Meta Conversions API', guard: 'REQUIRE_CONSENT && !user.marketingConsent', line: '3', value: 'false' } }],
    },
    {
      name: 'a consent grant decided by a constant',
      code: "const MARKETING_CONSENT = true;\nfbq('consent', MARKETING_CONSENT ? 'grant' : 'revoke');",
      errors: [{ messageId: 'unconditionalGrant', line: 2, column: 1 }],
    },
    {
      name: 'Express: a middleware that is not about consent',
      code: `app.post('/api/lead', requireAuth, async (req, res) => {\n  const event = req.body;\n  ${SEND}\n});`,
      errors: [{ messageId: 'unguardedSend', line: 3, column: 9 }],
    },
    {
      name: 'Express: a consent middleware for analytics only',
      code: `router.post('/events', requireConsent('analytics'), async (req, res) => {\n  const event = req.body;\n  ${SEND}\n});`,
      errors: [{ messageId: 'unguardedSend', line: 3, column: 9 }],
    },
    {
      name: 'Express: consent middleware registered after the route',
      code: `app.post('/events', async (req, res) => {\n  const event = req.body;\n  ${SEND}\n});\napp.use(requireConsent);`,
      errors: [{ messageId: 'unguardedSend', line: 3, column: 9 }],
    },
    {
      name: 'Express: consent middleware on another path prefix',
      code: `app.use('/account', requireConsent);\napp.post('/api/events', async (req, res) => {\n  const event = req.body;\n  ${SEND}\n});`,
      errors: [{ messageId: 'unguardedSend', line: 4, column: 9 }],
    },
    {
      name: 'Express: a middleware that passes every request on',
      code: `function audit(req, res, next) {\n  if (!req.cookies.consent) log('no consent');\n  next();\n}\napp.post('/events', audit, async (req, res) => {\n  const event = req.body;\n  ${SEND}\n});`,
      errors: [{ messageId: 'unguardedSend', line: 7, column: 9 }],
    },
    {
      name: 'Express: a router mounted once with and once without consent',
      code: `const capi = express.Router();\ncapi.post('/events', async (req, res) => {\n  const event = req.body;\n  ${SEND}\n});\napp.use('/capi', requireConsent, capi);\napp.use('/legacy', capi);`,
      errors: [{ messageId: 'unguardedSend', line: 4, column: 9 }],
    },
    {
      name: 'Fastify: an async hook that returns without answering lets the request through',
      code: `fastify.addHook('preHandler', async (request) => {\n  if (!request.cookies.consent) return;\n});\nfastify.post('/events', async (request) => {\n  const event = request.body;\n  ${SEND}\n});`,
      errors: [{ messageId: 'unguardedSend', line: 6, column: 9 }],
    },
    {
      name: 'track calls without init with checkTrackCalls',
      code: "fbq('track', 'Purchase', { value: 1, currency: 'EUR' });\nif (hasConsent()) fbq('track', 'Lead');",
      options: [{ checkTrackCalls: true }],
      errors: [{ messageId: 'unguardedTrack', line: 1, column: 1 }],
    },
  ],
});

createTsRuleTester().run('require-consent (TypeScript)', rule, {
  valid: [
    {
      name: 'TSX: a value from a consent hook checked in the effect',
      code: "import ReactPixel from 'react-facebook-pixel';\nimport { useEffect } from 'react';\nexport function Pixel() {\n  const [consent] = useConsent();\n  useEffect(() => {\n    if (consent === true) ReactPixel.init('1');\n  }, [consent]);\n  return null;\n}",
      filename: 'Pixel.tsx',
    },
    {
      name: 'TSX: c15t has(marketing) before a dynamic import',
      code: "import { useEffect } from 'react';\nexport function Pixel(): null {\n  const { has } = useConsentManager();\n  useEffect(() => {\n    if (!has('marketing')) return;\n    void (async () => {\n      const { default: ReactPixel } = await import('react-facebook-pixel');\n      ReactPixel.init('1');\n    })();\n  }, [has]);\n  return null;\n}",
      filename: 'Pixel.tsx',
    },
    {
      name: 'TSX: React state set from the stored consent, checked before the pixel script is rendered',
      code: "import { useEffect, useState } from 'react';\nexport function Tracking() {\n  const [allowed, setAllowed] = useState(false);\n  useEffect(() => {\n    setAllowed(readStoredChoice() === 'accepted');\n  }, []);\n  if (!allowed) return null;\n  window.fbq('init', '1');\n  return null;\n}\nconst readStoredChoice = () => localStorage.getItem('cookie-consent');",
      filename: 'Tracking.tsx',
    },
    { name: 'TS: revoke through a typed window', code: "(window as any).fbq('consent', 'revoke');\n(window as any).fbq('init', PIXEL_ID as string);" },
  ],
  invalid: [
    {
      name: 'TSX: React state that is no consent value does not guard',
      code: "import { useEffect, useState } from 'react';\nexport function Tracking() {\n  const [ready, setReady] = useState(false);\n  useEffect(() => {\n    setReady(document.readyState === 'complete');\n  }, []);\n  if (!ready) return null;\n  window.fbq('init', '1');\n  return null;\n}",
      filename: 'Tracking.tsx',
      errors: [{ messageId: 'unguardedInit', line: 8, column: 3, suggestions: [{ messageId: 'insertRevoke', output: "import { useEffect, useState } from 'react';\nexport function Tracking() {\n  const [ready, setReady] = useState(false);\n  useEffect(() => {\n    setReady(document.readyState === 'complete');\n  }, []);\n  if (!ready) return null;\n  window.fbq('consent', 'revoke');\n  window.fbq('init', '1');\n  return null;\n}" }] }],
    },
    {
      name: 'TSX: init in an effect with no consent check',
      code: "import { useEffect } from 'react';\nexport function Pixel({ id }: { id: string }) {\n  useEffect(() => {\n    window.fbq('init', id);\n  }, [id]);\n  return null;\n}",
      filename: 'Pixel.tsx',
      errors: [
        {
          messageId: 'unguardedInit',
          line: 4,
          column: 5,
          suggestions: [{ messageId: 'insertRevoke', output: "import { useEffect } from 'react';\nexport function Pixel({ id }: { id: string }) {\n  useEffect(() => {\n    window.fbq('consent', 'revoke');\n    window.fbq('init', id);\n  }, [id]);\n  return null;\n}" }],
        },
      ],
    },
    {
      name: 'TS: dynamic import of react-facebook-pixel awaited',
      code: "export async function boot(id: string): Promise<void> {\n  const ReactPixel = (await import('react-facebook-pixel')).default;\n  ReactPixel.init(id);\n}",
      errors: [{ messageId: 'unguardedInit', line: 3, column: 3, suggestions: [] }],
    },
    {
      name: 'TS: CAPI send typed, under a non-consent condition',
      code: `export async function sendEvent(event: Record<string, unknown>, debug: boolean): Promise<void> {\n  if (debug) return;\n  await fetch('${CAPI_URL}' as string, { method: 'POST', body: JSON.stringify({ data: [event] }) });\n}`,
      errors: [{ messageId: 'unguardedSend', line: 3, column: 9 }],
    },
  ],
});

/** A Vue single-file component: `template` inside `<template>`, `script` inside `<script setup>`. */
function sfc(template: string, script = ''): string {
  return `<template>\n${template}\n</template>\n<script setup>\n${script}\n</script>\n`;
}

createVueRuleTester().run('require-consent (Vue templates)', rule, {
  valid: [
    { name: 'init in a handler of an element rendered under v-if consent', filename: 'Banner.vue', code: sfc(`  <button v-if="consent.marketing" @click="fbq('init', '123')">Start</button>`) },
    {
      name: 'track under v-show of a marketing flag (checkTrackCalls)',
      filename: 'Cta.vue',
      code: sfc(`  <div v-show="cookies.marketing">\n    <button @click="$fb.track('Lead')">Go</button>\n  </div>`),
      options: [{ checkTrackCalls: true }],
    },
    {
      name: 'a template without Meta calls',
      filename: 'Links.vue',
      code: sfc(`  <a href="https://facebook.com/shop" @click="track('outbound')">Facebook</a>`),
      options: [{ checkTrackCalls: true }],
    },
  ],
  invalid: [
    {
      name: 'init in an @click handler, no consent check',
      filename: 'Boot.vue',
      code: sfc(`  <button @click="fbq('init', '123')">Start</button>`),
      errors: [{ messageId: 'unguardedInit', line: 2, column: 19, endColumn: 37, suggestions: [] }],
    },
    {
      name: 'init in a handler of an element whose bound attribute (no v-if / v-show) mentions consent',
      filename: 'Boot.vue',
      code: sfc(`  <button :disabled="!consent.marketing" @click="fbq('init', '123')">Start</button>`),
      errors: [{ messageId: 'unguardedInit', line: 2, column: 50, endColumn: 68, suggestions: [] }],
    },
    {
      name: 'track under v-if of an analytics-only flag (checkTrackCalls)',
      filename: 'Cta.vue',
      code: sfc(`  <section v-if="consent.analytics">\n    <button @click="fbq('track', 'Lead')">Go</button>\n  </section>`),
      options: [{ checkTrackCalls: true }],
      errors: [{ messageId: 'narrowConsent', line: 3, column: 21, data: { what: "fbq('track') sends a pixel event", guard: 'consent.analytics', line: '2', purposes: 'analytics' } }],
    },
  ],
});
