import rule from '../../src/rules/no-unhashed-identifiers.js';
import { createJsRuleTester, createTsRuleTester } from '../rule-tester.js';

const ruleTester = createJsRuleTester();

const SHA = "import { createHash } from 'node:crypto';\nconst sha256 = (v) => createHash('sha256').update(v).digest('hex');\n";
const event = (userData: string) =>
  `${SHA}const event = { event_name: 'Purchase', event_time: 1, action_source: 'website', user_data: ${userData} };`;
/** A file with the given top-level functions and an event whose `user_data` is `userData`. */
const helperFile = (functions: string, userData: string) =>
  `import { createHash } from 'node:crypto';\n${functions}\nconst event = { event_name: 'Lead', user_data: { ${userData} } };`;
/** Functions that are no SHA-256 helper, declared before one that is (the first of equals would be offered). */
const NOT_HELPERS = [
  "const blank = (v) => '';",
  "function maybeHash(v) { if (hashing) return createHash('sha256').update(v).digest('hex'); return v; }",
  "function legacyHash(v) { if (legacy) return createHash('md5').update(v).digest('hex'); return createHash('sha256').update(v).digest('hex'); }",
  "let hashLater = (v) => createHash('sha256').update(v).digest('hex');",
  "const hashField = ({ value }) => createHash('sha256').update(value).digest('hex');",
  "function saltedHash(v, salt) { return createHash('sha256').update(salt + v).digest('hex'); }",
  'const stamp = () => Date.now();',
  "const sha256 = (v) => createHash('sha256').update(v).digest('hex');",
].join('\n');
/** An async SHA-256 helper with Web Crypto (it normalizes as an email needs). */
const WEB_CRYPTO =
  "async function sha256(value) {\n  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(value.trim().toLowerCase()));\n  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');\n}\n";
const STRICT = [{ hashExternalId: true, notNormalized: true, requireProvenHash: true }] as const;
/** A Conversions API request, so the file builds Meta payloads. */
const SEND = "\nexport const send = (body) => fetch('https://graph.facebook.com/v21.0/1/events', { method: 'POST', body: JSON.stringify(body) });";
/** A request body carrying one event with `userData` as its user_data, on line 3 after SHA (or after `prelude`). */
const request = (userData: string, prelude = SHA) =>
  `${prelude}await fetch('https://graph.facebook.com/v21.0/1/events', { method: 'POST', body: JSON.stringify({ data: [{ event_name: 'Lead', user_data: ${userData} }] }) });`;

ruleTester.run('no-unhashed-identifiers', rule, {
  valid: [
    // Identifiers hashed in place after the object is built, before it is sent (issue 12).
    {
      name: 'a local helper hashing the fields of its argument in place',
      code: `${SHA}function hashUserData(ud) {\n  if (ud.em) ud.em = sha256(ud.em.trim().toLowerCase());\n  if (ud.ph) ud.ph = sha256(ud.ph.replace(/\\D/g, ''));\n}\nexport async function sendLead(lead, ip) {\n  const userData = { em: lead.email, ph: lead.phone, client_ip_address: ip };\n  hashUserData(userData);\n  await fetch('https://graph.facebook.com/v21.0/1/events', { method: 'POST', body: JSON.stringify({ data: [{ event_name: 'Lead', user_data: userData }] }) });\n}`,
    },
    {
      name: 'a local helper hashing every listed key of an event\'s user_data in place',
      code: `${SHA}const HASHED = ['em', 'ph', 'fn'];\nfunction normalizeAndHash(userData) {\n  for (const key of HASHED) if (userData[key]) userData[key] = sha256(userData[key].trim().toLowerCase());\n}\nexport async function sendLead(lead) {\n  const event = { event_name: 'Lead', action_source: 'website', user_data: { em: lead.email, fn: lead.firstName, client_ip_address: lead.ip } };\n  normalizeAndHash(event.user_data);\n  await fetch('https://graph.facebook.com/v21.0/1/events', { method: 'POST', body: JSON.stringify({ data: [event] }) });\n}`,
    },
    {
      name: 'an imported helper named for hashing, called for its effect on the object',
      code: `import { hashUserData } from './meta/hashing';\nexport async function sendLead(lead) {\n  const user_data = { em: lead.email, ph: lead.phone, client_ip_address: lead.ip };\n  await hashUserData(user_data);\n  await fetch('https://graph.facebook.com/v21.0/1/events', { method: 'POST', body: JSON.stringify({ data: [{ event_name: 'Lead', user_data }] }) });\n}`,
    },
    {
      name: 'a field hashed in place right after the object is built',
      code: `${SHA}export async function sendLead(lead) {\n  const userData = { em: lead.email.trim().toLowerCase(), fbp: lead.fbp };\n  userData.em = sha256(userData.em);\n  await fetch('https://graph.facebook.com/v21.0/1/events', { method: 'POST', body: JSON.stringify({ data: [{ event_name: 'Lead', user_data: userData }] }) });\n}`,
    },
    { name: 'hashed and normalized contact data', code: event('{ em: sha256(req.body.email.trim().toLowerCase()), ph: sha256(req.body.phone.replace(/\\D/g, "")) }') },
    { name: 'raw values for keys Meta wants raw', code: event("{ client_ip_address: req.ip, client_user_agent: req.get('user-agent'), fbc: req.cookies._fbc, fbp: req.cookies._fbp }") },
    { name: 'unknown provenance is not reported by default', code: event('{ em: payload.hashedIdentity, ph: input.value }') },
    { name: 'a pre-hashed literal', code: event("{ em: 'b4c9a289323b21a01c3e940f150eb9b8c542587f1abfd8f0e1cc1ffc5e475514' }") },
    { name: 'external_id raw is allowed by default', code: event('{ em: sha256(e), external_id: user.id }') },
    { name: 'an imported hash helper', code: `import { hashEmail } from './privacy';\nconst event = { event_name: 'Lead', user_data: { em: hashEmail(req.body.email) } };` },
    { name: 'a hash helper from settings', code: `const ud = { em: toMeta(user.email), ph: toMeta(user.phone) };${SEND}`, settings: { 'meta-privacy': { hashFunctions: ['toMeta'] } } },
    { name: 'SDK UserData setters hash at send time', code: "import { UserData } from 'facebook-nodejs-business-sdk';\nnew UserData().setEmail(user.email).setPhone(user.phone).setClientIpAddress(req.ip);" },
    { name: "an app's own object with a user_data key", code: 'const state = { user_data: { email: user.email, name: user.name } };' },
    { name: 'advanced matching in pixel init (the pixel hashes it)', code: "fbq('init', '1', { em: user.email, ph: user.phone });" },
    { name: 'a style object with em', code: "const style = { em: '1rem', ph: 2 };" },
    { name: 'hashed and normalized, with notNormalized on', code: event('{ em: sha256(user.email.trim().toLowerCase()), fn: sha256(user.firstName.toLowerCase()) }'), options: [{ hashExternalId: false, notNormalized: true, requireProvenHash: false }] },
    // Objects that never reach Meta (issue 12).
    {
      name: 'the browser posting a lead with the Meta cookies to its own API (the relay hashes)',
      code: "export function submit(form) {\n  return fetch('/api/lead', { method: 'POST', body: JSON.stringify({ email: form.email, phone: form.phone, telefone_whatsapp: form.whatsapp, fbp: getCookie('_fbp'), fbc: getCookie('_fbc') }) });\n}",
    },
    {
      name: 'a relay event with raw user_data to the own API',
      code: "const ENDPOINT = '/api/capi';\nexport const track = (user) => fetch(ENDPOINT, { method: 'POST', body: JSON.stringify({ event_name: 'Lead', user_data: { em: user.email, ph: user.phone, fbp: getCookie('_fbp') } }) });",
    },
    {
      name: 'a lead row with the cookies inserted into Supabase next to a CAPI send',
      code: `${SHA}export async function POST(req) {\n  const b = await req.json();\n  await supabase.from('leads').insert({ email: b.email, phone: b.phone, client_ip: req.ip, fbp: b.fbp, fbc: b.fbc });\n  await fetch('https://graph.facebook.com/v21.0/1/events', { method: 'POST', body: JSON.stringify({ data: [{ event_name: 'Lead', user_data: { em: sha256(b.email.trim().toLowerCase()), fbp: b.fbp } }] }) });\n}`,
    },
    { name: 'a Prisma row', code: `export const save = (b) => prisma.lead.create({ data: { em: b.email, ph: b.phone, fbp: b.fbp } });${SEND}` },
    {
      name: 'a batch of rows spread into the rows inserted into the database next to a CAPI send',
      code: `export async function save(b, imported) {\n  const batch = [{ em: b.email, ph: b.phone, fbp: b.fbp }];\n  await db.leads.insertMany([...batch, ...imported]);\n}${SEND}`,
    },
    {
      name: 'rows pushed into an array inserted into the database next to a CAPI send',
      code: `export async function saveAll(list) {\n  const rows = [];\n  for (const b of list) rows.push({ em: b.email, ph: b.phone, fbp: b.fbp });\n  await db.leads.insertMany(rows);\n}${SEND}`,
    },
    { name: 'an event logged to a KV store', code: "export const audit = (env, e) => env.EVENT_LOG.put(e.id, JSON.stringify({ event_name: e.name, action_source: 'website', user_data: { em: e.email, user_ip: e.ip } }));" },
    { name: 'a debug log in a file that sends to Meta', code: `export const debug = (email, fbp) => console.log('capi user', { em: email, fbp });${SEND}` },
    { name: 'bare user_data keys with no Meta send or name around', code: 'export function build(u) {\n  return { em: u.email, fbp: u.fbp };\n}' },
    {
      name: "an app-level object handed to an imported Meta helper: the helper's own input format (it maps and hashes)",
      code: "import { sendMetaEvent } from '@/lib/meta-capi';\nexport async function POST(b) {\n  await sendMetaEvent({ event_name: 'Schedule', user_data: { email: b.email, phone: b.phone, first_name: b.first, last_name: b.last, fbp: b.fbp, fbc: b.fbc, client_ip_address: b.ip } });\n}",
    },
    {
      name: 'a debug copy of the normalized user data, logged and returned in the response of a Nuxt handler',
      code: `export default defineEventHandler(async (event) => {\n  const b = await readBody(event);\n  const result = await $fetch(\`https://graph.facebook.com/v21.0/\${id}/events\`, { method: 'POST', body: b.payload });\n  const debugMeta = { normalized_user_data: { em: b.email.trim().toLowerCase(), ph: b.phone, country: b.country, fbp: b.fbp } };\n  logMetaEvent('success', 'sent', { debug: debugMeta });\n  return { ...result, debug: debugMeta };\n});\nfunction logMetaEvent(level, title, details) {\n  console.info(\`[CAPI] \${title}\`, details);\n}`,
    },
    // What the suggestions below write is accepted, normalization included.
    ...[
      event("{ em: sha256(req.body.email.trim().toLowerCase()), ph: sha256(req.body.phone.replace(/\\D/g, '')) }"),
      event('{ em: [sha256(a), sha256(user.email.trim().toLowerCase())], ph: [sha256(p)] }'),
      event('{ em: sha256(e), client_ip_address: req.ip, fbp: cookies._fbp }'),
      request("{ em: sha256(e), client_user_agent: req.get('user-agent') }"),
      request("{ em: sha256(e), ph: sha256(form.whatsapp.replace(/\\D/g, '')) }"),
      request('{ em: sha256(e), client_ip_address: req.ip }'),
      request('{ em: sha256(email.trim().toLowerCase()), fbp }'),
      request('{ em: sha256(e), external_id: user.id }'),
      `${SHA}const hashEmail = (e) => sha256(e.trim().toLowerCase());\nconst event = { event_name: 'Lead', user_data: { em: hashEmail(form.email) } };`,
      WEB_CRYPTO + "export async function send(form) {\n  await fetch('https://graph.facebook.com/v21.0/1/events', { method: 'POST', body: JSON.stringify({ data: [{ event_name: 'Lead', user_data: { em: await sha256(form.email) } }] }) });\n}",
    ].map((code, index) => ({ name: `suggestion output ${index + 1} is accepted`, code, options: [{ hashExternalId: false, notNormalized: true, requireProvenHash: false }] as const })),
    // What is not judged: nothing sent, keys and columns Meta does not define, SDK calls that set nothing.
    {
      name: 'empty placeholders in user_data, filled in place only when the data is there (strict)',
      code: `${SHA}export async function sendLead(lead) {\n  const userData = { em: '', ph: null, zp: undefined, external_id: '' };\n  if (lead.email) userData.em = sha256(lead.email.trim().toLowerCase());\n  if (lead.zip) userData.zp = sha256(lead.zip);\n  await fetch('https://graph.facebook.com/v21.0/1/events', { method: 'POST', body: JSON.stringify({ data: [{ event_name: 'Lead', user_data: userData }] }) });\n}`,
      options: STRICT,
    },
    { name: 'keys Meta does not define, with nothing in them', code: request('{ em: sha256(e), email: \'\', phone: null, user_ip: undefined }') },
    { name: 'a spread, a computed key and keys that name no personal data', code: request("{ ...base, [field]: value, em: sha256(e), event_source_url: url, lead_source: 'web' }") },
    { name: 'an offline match key Meta does not list', code: `${SHA}const offline = { event_name: 'Purchase', match_keys: { email: [sha256(user.email)], order_id: order.id } };` },
    { name: 'an image pixel parameter Meta does not define that holds nothing personal', code: 'const src = `https://www.facebook.com/tr?id=1&ev=Lead&ud[plan]=${plan.id}`;' },
    { name: 'an audience column Meta does not define', code: "const upload = { schema: ['EMAIL', 'NAME'], data: [[sha256(user.email), user.name]] };" },
    { name: 'an offline match key named like a member every object inherits', code: "const offline = { event_name: 'Purchase', match_keys: { constructor: user.email, toString: user.phone } };" },
    { name: 'an image pixel parameter named like a member every object inherits', code: 'const src = `https://www.facebook.com/tr?id=1&ev=Lead&ud[constructor]=${user.email}&ud[toString]=${user.phone}`;' },
    { name: 'an audience column named like a member every object inherits', code: "const upload = { schema: ['EMAIL', 'constructor'], data: [[sha256(user.email), user.email]] };" },
    { name: 'a UserData method that sets no field', code: "import { UserData } from 'facebook-nodejs-business-sdk';\nconst userData = new UserData().setEmail(user.email).setPhone(user.phone);\nuserData.normalize();" },
  ],
  invalid: [
    {
      name: 'an image pixel parameter under a key Meta does not define: the ud[…] key to use',
      code: 'const src = `https://www.facebook.com/tr?id=1&ev=Lead&ud[email]=${customer.email}`;',
      errors: [
        {
          messageId: 'nonMetaKey',
          line: 1,
          column: 67,
          data: { key: 'ud[email]', kind: 'an email address', origin: '`customer.email`', metaKey: '`ud[em]`', treatment: 'normalized and SHA-256 hashed' },
        },
      ],
    },
    {
      name: 'an IP address hashed from another value where it is assigned: the value is sent as-is, the assignment stays',
      code: `${SHA}const userData = { em: sha256(user.email) };\nuserData.client_ip_address = sha256(req.ip);\nsend({ data: [{ event_name: 'Lead', user_data: userData }] });${SEND}`,
      errors: [
        {
          messageId: 'mustNotHash',
          line: 4,
          column: 30,
          suggestions: [{ messageId: 'sendAsIs', data: { replacement: 'req.ip' }, output: `${SHA}const userData = { em: sha256(user.email) };\nuserData.client_ip_address = req.ip;\nsend({ data: [{ event_name: 'Lead', user_data: userData }] });${SEND}` }],
        },
      ],
    },
    {
      name: 'an IP address hashed in place after the object is built: one fault, reported where the hash is written',
      code: `${SHA}const userData = { em: sha256(user.email), client_ip_address: req.ip };\nuserData.client_ip_address = sha256(userData.client_ip_address);\nsend({ data: [{ event_name: 'Lead', user_data: userData }] });${SEND}`,
      errors: [
        {
          messageId: 'mustNotHash',
          line: 4,
          column: 30,
          suggestions: [
            {
              messageId: 'removeHashing',
              data: { key: 'client_ip_address' },
              output: `${SHA}const userData = { em: sha256(user.email), client_ip_address: req.ip };\nsend({ data: [{ event_name: 'Lead', user_data: userData }] });${SEND}`,
            },
          ],
        },
      ],
    },
    {
      name: 'an IP address hashed in place as the whole body of an `if` whose condition has no side effects: the `if` is removed',
      code: `${SHA}const userData = { em: sha256(user.email), client_ip_address: req.ip };\nif (hashAll) userData.client_ip_address = sha256(userData.client_ip_address);\nsend({ data: [{ event_name: 'Lead', user_data: userData }] });${SEND}`,
      errors: [
        {
          messageId: 'mustNotHash',
          line: 4,
          column: 43,
          suggestions: [
            {
              messageId: 'removeHashing',
              data: { key: 'client_ip_address' },
              output: `${SHA}const userData = { em: sha256(user.email), client_ip_address: req.ip };\nsend({ data: [{ event_name: 'Lead', user_data: userData }] });${SEND}`,
            },
          ],
        },
      ],
    },
    {
      name: 'an IP address hashed in place as the body of an `if` whose condition calls a function, or of an `else if`: the hash call is replaced, the conditions stay',
      code: `${SHA}const userData = { em: sha256(user.email), client_ip_address: req.ip };\nif (shouldHash()) userData.client_ip_address = sha256(userData.client_ip_address);\nelse if (hashAll) userData.client_ip_address = sha256(userData.client_ip_address);\nsend({ data: [{ event_name: 'Lead', user_data: userData }] });${SEND}`,
      errors: [
        {
          messageId: 'mustNotHash',
          line: 4,
          column: 48,
          suggestions: [
            {
              messageId: 'sendAsIs',
              output: `${SHA}const userData = { em: sha256(user.email), client_ip_address: req.ip };\nif (shouldHash()) userData.client_ip_address = userData.client_ip_address;\nelse if (hashAll) userData.client_ip_address = sha256(userData.client_ip_address);\nsend({ data: [{ event_name: 'Lead', user_data: userData }] });${SEND}`,
            },
          ],
        },
        {
          messageId: 'mustNotHash',
          line: 5,
          column: 48,
          suggestions: [
            {
              messageId: 'sendAsIs',
              output: `${SHA}const userData = { em: sha256(user.email), client_ip_address: req.ip };\nif (shouldHash()) userData.client_ip_address = sha256(userData.client_ip_address);\nelse if (hashAll) userData.client_ip_address = userData.client_ip_address;\nsend({ data: [{ event_name: 'Lead', user_data: userData }] });${SEND}`,
            },
          ],
        },
      ],
    },
    // In-place hashing counts only for the keys it hashes, and only when it is in place (issue 12).
    {
      name: 'a local helper that hashes the email in place leaves the phone raw',
      code: `${SHA}function hashEmailField(ud) {\n  ud.em = sha256(ud.em);\n}\nexport async function sendLead(lead) {\n  const userData = { em: lead.email, ph: lead.phone };\n  hashEmailField(userData);\n  await fetch('https://graph.facebook.com/v21.0/1/events', { method: 'POST', body: JSON.stringify({ data: [{ event_name: 'Lead', user_data: userData }] }) });\n}`,
      errors: [
        {
          messageId: 'unhashed',
          line: 7,
          column: 42,
          data: { key: 'ph', kind: 'a phone number', origin: '`lead.phone`' },
          suggestions: [
            {
              messageId: 'wrapInHash',
              output: `${SHA}function hashEmailField(ud) {\n  ud.em = sha256(ud.em);\n}\nexport async function sendLead(lead) {\n  const userData = { em: lead.email, ph: sha256(lead.phone.replace(/\\D/g, '')) };\n  hashEmailField(userData);\n  await fetch('https://graph.facebook.com/v21.0/1/events', { method: 'POST', body: JSON.stringify({ data: [{ event_name: 'Lead', user_data: userData }] }) });\n}`,
            },
          ],
        },
      ],
    },
    {
      name: 'a local helper that returns a hashed copy, called as if it hashed in place',
      code: `${SHA}function hashUserData(ud) {\n  return { em: sha256(ud.em) };\n}\nexport async function sendLead(lead) {\n  const userData = { em: lead.email };\n  hashUserData(userData);\n  await fetch('https://graph.facebook.com/v21.0/1/events', { method: 'POST', body: JSON.stringify({ data: [{ event_name: 'Lead', user_data: userData }] }) });\n}`,
      errors: [
        {
          messageId: 'unhashed',
          line: 7,
          column: 26,
          data: { key: 'em', kind: 'an email address', origin: '`lead.email`' },
          suggestions: [
            {
              messageId: 'wrapInHash',
              output: `${SHA}function hashUserData(ud) {\n  return { em: sha256(ud.em) };\n}\nexport async function sendLead(lead) {\n  const userData = { em: sha256(lead.email.trim().toLowerCase()) };\n  hashUserData(userData);\n  await fetch('https://graph.facebook.com/v21.0/1/events', { method: 'POST', body: JSON.stringify({ data: [{ event_name: 'Lead', user_data: userData }] }) });\n}`,
            },
          ],
        },
      ],
    },
    {
      name: 'imported helpers whose result is kept, or whose name says nothing of hashing, hash nothing in place',
      code: `import { hashUserData, prepareUserData } from './meta';\nexport async function sendLead(lead) {\n  const user_data = { em: lead.email, ph: lead.phone };\n  const hashed = hashUserData(user_data);\n  prepareUserData(user_data);\n  await fetch('https://graph.facebook.com/v21.0/1/events', { method: 'POST', body: JSON.stringify({ data: [{ event_name: 'Lead', user_data }], hashed }) });\n}`,
      errors: [
        { messageId: 'unhashed', line: 3, column: 27, data: { key: 'em', kind: 'an email address', origin: '`lead.email`' } },
        { messageId: 'unhashed', line: 3, column: 43, data: { key: 'ph', kind: 'a phone number', origin: '`lead.phone`' } },
      ],
    },
    {
      name: 'an in-place hash with the wrong algorithm',
      code: "import { createHash } from 'node:crypto';\nfunction hashUserData(ud) {\n  ud.em = createHash('md5').update(ud.em).digest('hex');\n}\nconst userData = { em: lead.email };\nhashUserData(userData);\nexport const send = () => fetch('https://graph.facebook.com/v21.0/1/events', { method: 'POST', body: JSON.stringify({ data: [{ event_name: 'Lead', user_data: userData }] }) });",
      errors: [{ messageId: 'wrongAlgorithm', line: 5, column: 24, data: { key: 'em', algorithm: 'MD5', origin: "`createHash('md5').update(ud.em).digest('hex')` (line 3)" } }],
    },
    {
      name: 'an in-place hash with the wrong algorithm beside another key hashed where it is assigned: each key judged on its own',
      code: "import { createHash } from 'node:crypto';\nfunction hashUserData(ud) {\n  ud.em = createHash('md5').update(ud.em).digest('hex');\n}\nconst userData = { em: lead.email };\nuserData.ph = createHash('sha256').update(lead.phone).digest('hex');\nhashUserData(userData);\nexport const send = () => fetch('https://graph.facebook.com/v21.0/1/events', { method: 'POST', body: JSON.stringify({ data: [{ event_name: 'Lead', user_data: userData }] }) });",
      errors: [{ messageId: 'wrongAlgorithm', line: 5, column: 24, data: { key: 'em', algorithm: 'MD5', origin: "`createHash('md5').update(ud.em).digest('hex')` (line 3)" } }],
    },
    {
      name: 'raw email and phone in user_data',
      code: event('{ em: req.body.email, ph: req.body.phone }'),
      errors: [
        {
          messageId: 'unhashed',
          line: 3,
          column: 99,
          data: { key: 'em', kind: 'an email address', origin: '`req.body.email`' },
          suggestions: [{ messageId: 'wrapInHash', output: event('{ em: sha256(req.body.email.trim().toLowerCase()), ph: req.body.phone }') }],
        },
        {
          messageId: 'unhashed',
          line: 3,
          column: 119,
          data: { key: 'ph', kind: 'a phone number', origin: '`req.body.phone`' },
          suggestions: [{ messageId: 'wrapInHash', output: event("{ em: req.body.email, ph: sha256(req.body.phone.replace(/\\D/g, '')) }") }],
        },
      ],
    },
    {
      name: 'a raw country literal (no suggestion for a literal)',
      code: event("{ em: sha256(e), country: 'us' }"),
      errors: [{ messageId: 'unhashed', line: 3, column: 119, data: { key: 'country', kind: 'a country', origin: "`'us'`" } }],
    },
    {
      name: 'a weak kind is enough under its Meta key',
      code: `const { city, zip } = req.body;\nconst ud = { ct: city, zp: zip, em: h };${SEND}`,
      errors: [
        { messageId: 'unhashed', line: 2, column: 18, data: { key: 'ct', kind: 'a city', origin: '`city` (line 1)' } },
        { messageId: 'unhashed', line: 2, column: 28, data: { key: 'zp', kind: 'a postal code', origin: '`zip` (line 1)' } },
      ],
    },
    {
      name: 'MD5 instead of SHA-256',
      code: event("{ em: createHash('md5').update(email).digest('hex') }"),
      errors: [{ messageId: 'wrongAlgorithm', line: 3, column: 99 }],
    },
    {
      name: 'SHA-1 inside a same-file helper called hashSomething',
      code: `${SHA}function hashEmail(v) { return createHash('sha1').update(v).digest('hex'); }\nconst event = { event_name: 'Lead', user_data: { em: hashEmail(user.email) } };`,
      errors: [{ messageId: 'wrongAlgorithm', line: 4, column: 54 }],
    },
    {
      name: 'SHA-384 is named SHA-384/512, not SHA-3',
      code: event("{ em: createHash('sha384').update(email).digest('hex') }"),
      errors: [{ messageId: 'wrongAlgorithm', line: 3, column: 99, data: { key: 'em', algorithm: 'SHA-384/512', origin: "`createHash('sha384').update(email).digest('hex')`" } }],
    },
    {
      name: 'SHA3-256 (a real-world mistake)',
      code: event("{ em: createHash('sha3-256').update(email).digest('hex') }"),
      errors: [{ messageId: 'wrongAlgorithm', line: 3, column: 99 }],
    },
    {
      name: 'hashed IP address and fbp, with a suggestion to send them as-is',
      code: event('{ em: sha256(e), client_ip_address: sha256(req.ip), fbp: sha256(cookies._fbp) }'),
      errors: [
        { messageId: 'mustNotHash', line: 3, column: 129, suggestions: [{ messageId: 'sendAsIs', data: { replacement: 'req.ip' }, output: event('{ em: sha256(e), client_ip_address: req.ip, fbp: sha256(cookies._fbp) }') }] },
        { messageId: 'mustNotHash', line: 3, column: 150, suggestions: [{ messageId: 'sendAsIs', output: event('{ em: sha256(e), client_ip_address: sha256(req.ip), fbp: cookies._fbp }') }] },
      ],
    },
    {
      name: 'a user agent hashed with node:crypto inline',
      code: request("{ em: sha256(e), client_user_agent: createHash('sha256').update(req.get('user-agent')).digest('hex') }"),
      errors: [
        {
          messageId: 'mustNotHash',
          line: 3,
          column: 175,
          suggestions: [{ messageId: 'sendAsIs', output: request("{ em: sha256(e), client_user_agent: req.get('user-agent') }") }],
        },
      ],
    },
    {
      name: 'arrays are checked element by element',
      code: event('{ em: [sha256(a), user.email], ph: [sha256(p)] }'),
      errors: [{ messageId: 'unhashed', line: 3, column: 111, suggestions: [{ messageId: 'wrapInHash', output: event('{ em: [sha256(a), sha256(user.email.trim().toLowerCase())], ph: [sha256(p)] }') }] }],
    },
    {
      name: 'user_data built in a variable and filled later',
      code: "const userData = {};\nuserData.em = req.body.email;\nuserData.client_ip_address = req.ip;\nconst event = { event_name: 'Lead', user_data: userData };",
      errors: [{ messageId: 'unhashed', line: 2, column: 15 }],
    },
    {
      name: 'values from a builder function parameter, sent by the file',
      code: `function buildUserData(email, phone) { return { em: email, ph: phone }; }\nsend({ data: [{ event_time: now, user_data: buildUserData(req.body.email, req.body.phone) }] });${SEND}`,
      errors: [
        { messageId: 'unhashed', line: 1, column: 53, data: { key: 'em', kind: 'an email address', origin: '`req.body.email` (line 2)' } },
        { messageId: 'unhashed', line: 1, column: 64 },
      ],
    },
    {
      name: 'a builder filled by assignments, in a file that sends to Meta',
      code: `export function buildUserData(input) {\n  const ud = {};\n  if (input.email) ud.em = [input.email];\n  ud.fbp = input.fbp;\n  return ud;\n}${SEND}`,
      errors: [{ messageId: 'unhashed', line: 3, column: 29 }],
    },
    {
      name: 'an event with LDU returned from a helper, with unknown destination',
      code: "export function withLdu(event, user) {\n  return { ...event, user_data: { em: user.email }, data_processing_options: ['LDU'], data_processing_options_country: 0 };\n}",
      errors: [{ messageId: 'unhashed', line: 2, column: 39 }],
    },
    {
      name: 'user_data passed to an imported function named for Meta',
      code: "import { sendFacebookEvent } from './events';\nexport const lead = (form) => sendFacebookEvent('Lead', { em: form.email, fbp: form.fbp });",
      errors: [{ messageId: 'unhashed', line: 2, column: 63 }],
    },
    {
      name: "Meta's own keys in an object handed to an imported Meta helper still count",
      code: "import { sendMetaEvent } from '@/lib/meta-capi';\nexport async function POST(b) {\n  await sendMetaEvent({ event_name: 'Lead', user_data: { em: b.email, phone: b.phone, fbp: b.fbp } });\n}",
      errors: [{ messageId: 'unhashed', line: 3, column: 62, data: { key: 'em', kind: 'an email address', origin: '`b.email`' } }],
    },
    {
      name: 'a key Meta does not define in user_data built where the file sends it',
      code: `${SHA}const ud = { email: sha256(e), fbp: f };\nawait fetch('https://graph.facebook.com/v21.0/1/events', { method: 'POST', body: JSON.stringify({ data: [{ event_id: i, user_data: ud }] }) });`,
      errors: [
        {
          messageId: 'nonMetaKey',
          line: 3,
          column: 14,
          data: { key: 'email', kind: 'an email address', origin: '`sha256(e)`', metaKey: '`em`', treatment: 'normalized and SHA-256 hashed' },
          suggestions: [{ messageId: 'useMetaKey', output: `${SHA}const ud = { em: sha256(e), fbp: f };\nawait fetch('https://graph.facebook.com/v21.0/1/events', { method: 'POST', body: JSON.stringify({ data: [{ event_id: i, user_data: ud }] }) });` }],
        },
      ],
    },
    {
      name: 'a request body sent to the events endpoint',
      code: "await fetch(`https://graph.facebook.com/v21.0/${PIXEL_ID}/events`, {\n  method: 'POST',\n  body: JSON.stringify({ data: [{ event_name: 'Lead', user_data: { em: form.email } }], access_token: token }),\n});",
      errors: [{ messageId: 'unhashed', line: 3, column: 72 }],
    },
    {
      name: 'image pixel ud[em]',
      code: 'const src = `https://www.facebook.com/tr?id=1&ev=Lead&ud[em]=${customer.email}`;',
      errors: [{ messageId: 'unhashed', line: 1, column: 64 }],
    },
    {
      name: 'image pixel with static raw values, reported at the URL',
      code: "const src = 'https://www.facebook.com/tr?id=1&ev=Lead&ud[em]=jane%40example.com&ud[country]=us';",
      errors: [{ messageId: 'unhashed', line: 1, column: 13, data: { key: 'em', kind: 'an email address', origin: '`jane@example.com`' } }],
    },
    {
      name: 'offline match_keys',
      code: `${SHA}const offline = { event_name: 'Purchase', match_keys: { email: [user.email], lead_id: sha256(lead) } };`,
      errors: [
        { messageId: 'unhashed', line: 3, column: 65, suggestions: [{ messageId: 'wrapInHash', output: `${SHA}const offline = { event_name: 'Purchase', match_keys: { email: [sha256(user.email.trim().toLowerCase())], lead_id: sha256(lead) } };` }] },
        { messageId: 'mustNotHash', line: 3, column: 87, suggestions: [{ messageId: 'sendAsIs', output: `${SHA}const offline = { event_name: 'Purchase', match_keys: { email: [user.email], lead_id: lead } };` }] },
      ],
    },
    {
      name: 'custom audience rows',
      code: "const upload = { schema: ['EMAIL', 'PHONE'], data: [[user.email, sha256(user.phone)]] };",
      errors: [{ messageId: 'unhashed', line: 1, column: 54 }],
    },
    {
      name: 'user_data keys named like members every object inherits are no Meta keys: only `em`',
      code: "fetch('https://graph.facebook.com/v19.0/123/events', { method: 'POST', body: JSON.stringify({ data: [{ event_name: 'Lead', user_data: { constructor: user.email, toString: user.email, hasOwnProperty: user.phone, ['__proto__']: user.email, em: user.email } }] }) });",
      errors: [{ messageId: 'unhashed', line: 1, column: 243, data: { key: 'em', kind: 'an email address', origin: '`user.email`' } }],
    },
    {
      name: 'SDK setter given an MD5 digest (the SDK passes hex values through)',
      code: "import { UserData } from 'facebook-nodejs-business-sdk';\nimport md5 from 'md5';\nnew UserData().setEmail(md5(user.email));",
      errors: [{ messageId: 'wrongAlgorithm', line: 3, column: 25 }],
    },
    {
      name: 'SDK setClientIpAddress given a digest',
      code: `${SHA}import { UserData } from 'facebook-nodejs-business-sdk';\nconst ud = new UserData();\nud.setClientIpAddress(sha256(ip));`,
      errors: [{ messageId: 'mustNotHash', line: 5, column: 23, suggestions: [{ messageId: 'sendAsIs', output: `${SHA}import { UserData } from 'facebook-nodejs-business-sdk';\nconst ud = new UserData();\nud.setClientIpAddress(ip);` }] }],
    },
    {
      name: 'not normalized before hashing (strict)',
      code: event('{ em: sha256(req.body.email), ph: sha256(req.body.phone), fn: sha256(user.firstName.trim()) }'),
      options: [{ hashExternalId: false, notNormalized: true, requireProvenHash: false }],
      errors: [
        { messageId: 'notNormalized', line: 3, column: 99, data: { key: 'em', kind: 'an email address', missing: 'trim() and toLowerCase()', origin: '`req.body.email`' } },
        { messageId: 'notNormalized', line: 3, column: 127 },
        { messageId: 'notNormalized', line: 3, column: 155 },
      ],
    },
    {
      name: 'unproven hash (strict)',
      code: event('{ em: payload.identity }'),
      options: [{ hashExternalId: false, notNormalized: false, requireProvenHash: true }],
      errors: [{ messageId: 'unprovenHash', line: 3, column: 99, suggestions: [{ messageId: 'wrapInHash', output: event('{ em: sha256(payload.identity.trim().toLowerCase()) }') }] }],
    },
    {
      name: 'external_id with hashExternalId',
      code: event('{ em: sha256(e), external_id: user.id }'),
      options: [{ hashExternalId: true, notNormalized: false, requireProvenHash: false }],
      errors: [{ messageId: 'externalIdUnhashed', line: 3, column: 123 }],
    },
    {
      name: 'external_id with hashExternalId: a value with no steps names itself as its origin',
      code: event('{ em: sha256(e), external_id: crypto.randomUUID() }'),
      options: [{ hashExternalId: true, notNormalized: false, requireProvenHash: false }],
      errors: [{ messageId: 'externalIdUnhashed', data: { key: 'external_id', origin: '`crypto.randomUUID()`' }, line: 3, column: 123 }],
    },
    {
      name: 'suggestion to wrap in the hash helper from settings (it normalizes)',
      code: `const ud = { em: user.email, fbp };${SEND}`,
      settings: { 'meta-privacy': { hashFunctions: ['hashForMeta'] } },
      errors: [
        {
          messageId: 'unhashed',
          line: 1,
          column: 18,
          suggestions: [{ messageId: 'wrapInHash', data: { fn: 'hashForMeta', replacement: 'hashForMeta(user.email)' }, output: `const ud = { em: hashForMeta(user.email), fbp };${SEND}` }],
        },
      ],
    },
    // Which of the file's functions a suggestion calls: only SHA-256 helpers (every value they return
    // is SHA-256 seen being computed, or empty), the one named for the kind first, with their own normalization.
    {
      name: 'suggestion: a helper named for the kind wins over a generic one, and exported helpers count',
      code: helperFile("export class Tracker {}\nexport { Tracker as MetaTracker };\nfunction now() { return Date.now(); }\nexport const sha256 = (v) => createHash('sha256').update(v).digest('hex');\nexport const hashPhone = (p) => sha256(p);", 'ph: req.body.phone'),
      errors: [
        {
          messageId: 'unhashed',
          line: 7,
          column: 54,
          suggestions: [{ messageId: 'wrapInHash', output: helperFile("export class Tracker {}\nexport { Tracker as MetaTracker };\nfunction now() { return Date.now(); }\nexport const sha256 = (v) => createHash('sha256').update(v).digest('hex');\nexport const hashPhone = (p) => sha256(p);", "ph: hashPhone(req.body.phone.replace(/\\D/g, ''))") }],
        },
      ],
    },
    {
      name: 'suggestion: a helper that returns an empty string for no input and strips non-digits itself',
      code: helperFile("const hashPhone = (p) => {\n  if (!p) return '';\n  return createHash('sha256').update(p.replace(/\\D/g, '')).digest('hex');\n};", 'ph: form.phone'),
      errors: [
        {
          messageId: 'unhashed',
          line: 6,
          column: 54,
          suggestions: [{ messageId: 'wrapInHash', output: helperFile("const hashPhone = (p) => {\n  if (!p) return '';\n  return createHash('sha256').update(p.replace(/\\D/g, '')).digest('hex');\n};", 'ph: hashPhone(form.phone)') }],
        },
      ],
    },
    {
      name: 'suggestion: a helper that strips non-digits with replaceAll',
      code: helperFile("const hashPhone = (p) => createHash('sha256').update(p.replaceAll(/\\D/g, '')).digest('hex');", 'ph: form.phone'),
      errors: [
        {
          messageId: 'unhashed',
          line: 3,
          column: 54,
          suggestions: [{ messageId: 'wrapInHash', output: helperFile("const hashPhone = (p) => createHash('sha256').update(p.replaceAll(/\\D/g, '')).digest('hex');", 'ph: hashPhone(form.phone)') }],
        },
      ],
    },
    {
      name: 'suggestion: functions that do not always hash with SHA-256, or need more than the value, are not offered',
      code: helperFile(NOT_HELPERS, 'em: form.email'),
      errors: [
        {
          messageId: 'unhashed',
          line: 10,
          column: 54,
          suggestions: [{ messageId: 'wrapInHash', output: helperFile(NOT_HELPERS, 'em: sha256(form.email.trim().toLowerCase())') }],
        },
      ],
    },
    {
      name: 'suggestion: a helper whose other parameters are optional is called with the value alone',
      code: helperFile("const hashEmail = (e, encoding = 'hex') => createHash('sha256').update(e.trim().toLowerCase()).digest(encoding);", 'em: form.email'),
      errors: [
        {
          messageId: 'unhashed',
          line: 3,
          column: 54,
          suggestions: [{ messageId: 'wrapInHash', output: helperFile("const hashEmail = (e, encoding = 'hex') => createHash('sha256').update(e.trim().toLowerCase()).digest(encoding);", 'em: hashEmail(form.email)') }],
        },
      ],
    },
    {
      name: 'suggestion prefers the same-file helper named for the kind',
      code: `${SHA}const hashEmail = (e) => sha256(e.trim().toLowerCase());\nconst event = { event_name: 'Lead', user_data: { em: form.email } };`,
      errors: [
        {
          messageId: 'unhashed',
          line: 4,
          column: 54,
          suggestions: [{ messageId: 'wrapInHash', data: { fn: 'hashEmail', replacement: 'hashEmail(form.email)' }, output: `${SHA}const hashEmail = (e) => sha256(e.trim().toLowerCase());\nconst event = { event_name: 'Lead', user_data: { em: hashEmail(form.email) } };` }],
        },
      ],
    },
    {
      name: 'suggestion awaits an async Web Crypto helper inside an async function',
      code: WEB_CRYPTO + "export async function send(form) {\n  await fetch('https://graph.facebook.com/v21.0/1/events', { method: 'POST', body: JSON.stringify({ data: [{ event_name: 'Lead', user_data: { em: form.email } }] }) });\n}",
      errors: [
        {
          messageId: 'unhashed',
          line: 6,
          column: 147,
          suggestions: [
            {
              messageId: 'wrapInHash',
              output:
                WEB_CRYPTO + "export async function send(form) {\n  await fetch('https://graph.facebook.com/v21.0/1/events', { method: 'POST', body: JSON.stringify({ data: [{ event_name: 'Lead', user_data: { em: await sha256(form.email) } }] }) });\n}",
            },
          ],
        },
      ],
    },
    // Keys Meta does not define (issue 12 point 2): never "hash your IP address".
    {
      name: 'a WhatsApp number under a Portuguese key',
      code: request('{ em: sha256(e), telefone_whatsapp: form.whatsapp }'),
      errors: [
        {
          messageId: 'nonMetaKey',
          line: 3,
          column: 156,
          data: { key: 'telefone_whatsapp', kind: 'a phone number', origin: '`form.whatsapp`', metaKey: '`ph`', treatment: 'normalized and SHA-256 hashed' },
          suggestions: [{ messageId: 'useMetaKey', data: { replacement: "ph: sha256(form.whatsapp.replace(/\\D/g, ''))" }, output: request("{ em: sha256(e), ph: sha256(form.whatsapp.replace(/\\D/g, '')) }") }],
        },
      ],
    },
    {
      name: 'an IP address under user_ip: sent in clear as client_ip_address',
      code: request('{ em: sha256(e), user_ip: req.ip }'),
      errors: [
        {
          messageId: 'nonMetaKey',
          line: 3,
          column: 156,
          data: { key: 'user_ip', kind: 'an IP address', origin: '`req.ip`', metaKey: '`client_ip_address`', treatment: 'as-is, never hashed' },
          suggestions: [{ messageId: 'useMetaKey', output: request('{ em: sha256(e), client_ip_address: req.ip }') }],
        },
      ],
    },
    {
      name: 'a hashed IP address under ip_address: unwrapped under client_ip_address',
      code: request('{ em: sha256(e), ip_address: sha256(req.ip) }'),
      errors: [
        {
          messageId: 'nonMetaKey',
          line: 3,
          column: 156,
          data: { key: 'ip_address', kind: 'an IP address', origin: '`sha256(req.ip)`', metaKey: '`client_ip_address`', treatment: 'as-is, never hashed' },
          suggestions: [{ messageId: 'useMetaKey', output: request('{ em: sha256(e), client_ip_address: req.ip }') }],
        },
      ],
    },
    {
      name: 'an email under its long name, shorthand',
      code: request('{ email, fbp }'),
      errors: [{ messageId: 'nonMetaKey', line: 3, column: 141, suggestions: [{ messageId: 'useMetaKey', output: request('{ em: sha256(email.trim().toLowerCase()), fbp }') }] }],
    },
    {
      name: 'SDK-style camelCase keys in a raw request',
      code: request("{ em: sha256(e), clientIpAddress: req.ip, externalId: user.id }"),
      errors: [
        { messageId: 'nonMetaKey', line: 3, column: 156, suggestions: [{ messageId: 'useMetaKey', output: request("{ em: sha256(e), client_ip_address: req.ip, externalId: user.id }") }] },
        { messageId: 'nonMetaKey', line: 3, column: 181, suggestions: [{ messageId: 'useMetaKey', output: request("{ em: sha256(e), clientIpAddress: req.ip, external_id: user.id }") }] },
      ],
    },
    {
      name: 'a hashed email under email_hash',
      code: request('{ email_hash: sha256(e), fbp }'),
      errors: [{ messageId: 'nonMetaKey', line: 3, column: 141, suggestions: [{ messageId: 'useMetaKey', output: request('{ em: sha256(e), fbp }') }] }],
    },
    {
      name: "a person's name: fn and ln apart (no single rewrite)",
      code: request('{ em: sha256(e), nome: form.nome }'),
      errors: [
        {
          messageId: 'nonMetaKey',
          line: 3,
          column: 156,
          data: { key: 'nome', kind: "a person's name", origin: '`form.nome`', metaKey: '`fn` and `ln`', treatment: 'split apart, each normalized and SHA-256 hashed' },
        },
      ],
    },
    {
      name: 'the Meta key is already there: no rewrite',
      code: request('{ ph: sha256(p), phone: form.phone }'),
      errors: [{ messageId: 'nonMetaKey', line: 3, column: 156 }],
    },
    {
      name: 'a user ID: external_id',
      code: request('{ em: sha256(e), user_id: user.id }'),
      errors: [
        {
          messageId: 'nonMetaKey',
          line: 3,
          column: 156,
          data: { key: 'user_id', kind: "the site's own ID for the person", origin: '`user.id`', metaKey: '`external_id`', treatment: 'hashed with SHA-256 if you can (Meta recommends it)' },
          suggestions: [{ messageId: 'useMetaKey', output: request('{ em: sha256(e), external_id: user.id }') }],
        },
      ],
    },
    {
      name: 'a street address: Meta has no key for it',
      code: request('{ em: sha256(e), street_address: form.street }'),
      errors: [{ messageId: 'noMetaKey', line: 3, column: 156, data: { key: 'street_address', kind: 'a street address', origin: '`form.street`' }, suggestions: [{ messageId: 'removeKey', output: request('{ em: sha256(e) }') }] }],
    },
    // app_user_id must be hashed but names no kind of data: the kind comes from the value.
    {
      name: "app_user_id holding the person's email",
      code: request('{ app_user_id: user.email }'),
      errors: [
        {
          messageId: 'unhashed',
          line: 3,
          column: 154,
          data: { key: 'app_user_id', kind: 'an email address', origin: '`user.email`' },
          suggestions: [{ messageId: 'wrapInHash', output: request('{ app_user_id: sha256(user.email.trim().toLowerCase()) }') }],
        },
      ],
    },
    {
      name: 'app_user_id with a fixed text: personal data, no rewrite of a literal',
      code: request("{ app_user_id: 'guest' }"),
      errors: [{ messageId: 'unhashed', line: 3, column: 154, data: { key: 'app_user_id', kind: 'personal data', origin: "`'guest'`" }, suggestions: [] }],
    },
    {
      name: 'app_user_id hashing an email that was not normalized (strict)',
      code: request('{ app_user_id: sha256(user.email) }'),
      options: STRICT,
      errors: [{ messageId: 'notNormalized', line: 3, column: 154, data: { key: 'app_user_id', kind: 'personal data', missing: 'trim() and toLowerCase()', origin: '`user.email`' } }],
    },
    // Keys Meta does not define: what is sent, where it comes from, what can be rewritten.
    {
      name: 'a country written out under a Portuguese key',
      code: request("{ em: sha256(e), pais: 'br' }"),
      errors: [
        {
          messageId: 'nonMetaKey',
          line: 3,
          column: 156,
          data: { key: 'pais', kind: 'a country', origin: "`'br'`", metaKey: '`country`', treatment: 'normalized and SHA-256 hashed' },
          suggestions: [{ messageId: 'useMetaKey', output: request("{ em: sha256(e), country: sha256('br'.toLowerCase()) }") }],
        },
      ],
    },
    {
      name: 'a foreign key whose value comes from a variable names where it was read',
      code: `${SHA}const whatsapp = form.whatsapp;\n${request('{ em: sha256(e), telefone: whatsapp }', '')}`,
      errors: [
        {
          messageId: 'nonMetaKey',
          line: 4,
          column: 156,
          data: { key: 'telefone', kind: 'a phone number', origin: '`form.whatsapp` (line 3)', metaKey: '`ph`', treatment: 'normalized and SHA-256 hashed' },
          suggestions: [{ messageId: 'useMetaKey', output: `${SHA}const whatsapp = form.whatsapp;\n${request("{ em: sha256(e), ph: sha256(whatsapp.replace(/\\D/g, '')) }", '')}` }],
        },
      ],
    },
    {
      name: 'a foreign key assigned after the object is built: no removal offered',
      code: `${SHA}const userData = { em: sha256(e) };\nuserData.street_address = form.street;\n${request('userData', '')}`,
      errors: [{ messageId: 'noMetaKey', line: 4, column: 10, data: { key: 'street_address', kind: 'a street address', origin: '`form.street`' }, suggestions: [] }],
    },
    {
      name: 'a list under a foreign key: no rewrite',
      code: request('{ email: [form.email], fbp }'),
      errors: [{ messageId: 'nonMetaKey', line: 3, column: 141, data: { key: 'email', kind: 'an email address', origin: '`form.email`', metaKey: '`em`', treatment: 'normalized and SHA-256 hashed' }, suggestions: [] }],
    },
    {
      name: 'a foreign key in a file with no hash helper: no rewrite',
      code: request('{ phone: form.phone, fbp }', ''),
      errors: [{ messageId: 'nonMetaKey', line: 1, column: 141, data: { key: 'phone', kind: 'a phone number', origin: '`form.phone`', metaKey: '`ph`', treatment: 'normalized and SHA-256 hashed' }, suggestions: [] }],
    },
    {
      name: "a customer's name under name",
      code: request('{ name: customer.name, em: sha256(e) }'),
      errors: [{ messageId: 'nonMetaKey', line: 3, column: 141, data: { key: 'name', kind: "a person's name", origin: '`customer.name`', metaKey: '`fn` and `ln`', treatment: 'split apart, each normalized and SHA-256 hashed' } }],
    },
    // Where a report lands and when it is reported once.
    {
      name: 'a hashed cookie sent in a list is reported as one value, with no as-is rewrite',
      code: request('{ em: sha256(e), fbp: [sha256(cookies._fbp)] }'),
      errors: [{ messageId: 'mustNotHash', line: 3, column: 161, suggestions: [] }],
    },
    {
      name: 'a static template pixel URL is reported at the URL, with no rewrite',
      code: `${SHA}const src = \`https://www.facebook.com/tr?id=1&ev=Lead&ud[em]=jane%40example.com\`;`,
      errors: [{ messageId: 'unhashed', line: 3, column: 13, data: { key: 'em', kind: 'an email address', origin: '`jane@example.com`' }, suggestions: [] }],
    },
    {
      name: 'user data shared by two events is reported once',
      code: `${SHA}const userData = { em: user.email, fbp };\nconst pageView = { event_name: 'PageView', user_data: userData };\nconst lead = { event_name: 'Lead', user_data: userData };\n${request('userData', '')}`,
      errors: [
        {
          messageId: 'unhashed',
          line: 3,
          column: 24,
          suggestions: [
            {
              messageId: 'wrapInHash',
              output: `${SHA}const userData = { em: sha256(user.email.trim().toLowerCase()), fbp };\nconst pageView = { event_name: 'PageView', user_data: userData };\nconst lead = { event_name: 'Lead', user_data: userData };\n${request('userData', '')}`,
            },
          ],
        },
      ],
    },
    {
      name: 'an IP address hashed in place by a helper: reported at the value, with no rewrite there',
      code: `${SHA}function hashUserData(ud) {\n  ud.em = sha256(ud.em.trim().toLowerCase());\n  ud.client_ip_address = sha256(ud.client_ip_address);\n}\nexport async function sendLead(lead, req) {\n  const userData = { em: lead.email, client_ip_address: requestIp.getClientIp(req) };\n  hashUserData(userData);\n  await fetch('https://graph.facebook.com/v21.0/1/events', { method: 'POST', body: JSON.stringify({ data: [{ event_name: 'Lead', user_data: userData }] }) });\n}`,
      errors: [{ messageId: 'mustNotHash', line: 8, column: 57, suggestions: [] }],
    },
    // The as-is rewrite: only when the raw value can be read from the hash call.
    {
      name: 'an IP address hashed with an awaited Web Crypto helper',
      code: `${WEB_CRYPTO}export async function send(req) {\n  await fetch('https://graph.facebook.com/v21.0/1/events', { method: 'POST', body: JSON.stringify({ data: [{ event_name: 'Lead', user_data: { em: await sha256(req.email), client_ip_address: await sha256(req.ip) } }] }) });\n}`,
      errors: [
        {
          messageId: 'mustNotHash',
          line: 6,
          column: 191,
          suggestions: [
            {
              messageId: 'sendAsIs',
              output: `${WEB_CRYPTO}export async function send(req) {\n  await fetch('https://graph.facebook.com/v21.0/1/events', { method: 'POST', body: JSON.stringify({ data: [{ event_name: 'Lead', user_data: { em: await sha256(req.email), client_ip_address: req.ip } }] }) });\n}`,
            },
          ],
        },
      ],
    },
    {
      name: "node:crypto's one-shot hash() and a base64 copy of a digest: no as-is rewrite",
      code: request("{ client_ip_address: crypto.hash('sha256', req.ip), fbp: Buffer.from(sha256(fbp)).toString('base64') }"),
      errors: [
        { messageId: 'mustNotHash', line: 3, column: 160, suggestions: [] },
        { messageId: 'mustNotHash', line: 3, column: 196, suggestions: [] },
      ],
    },
    // Which helper the hash rewrite calls.
    {
      name: 'suggestion: an async helper is not offered outside async functions',
      code: `${WEB_CRYPTO}export function buildEvent(form) {\n  return { event_name: 'Lead', user_data: { em: form.email } };\n}\nexport const fallback = { event_name: 'Lead', user_data: { ph: form.phone } };`,
      errors: [
        { messageId: 'unhashed', line: 6, column: 49, suggestions: [] },
        { messageId: 'unhashed', line: 8, column: 64, suggestions: [] },
      ],
    },
    {
      name: 'suggestion: a helper named for another kind is not offered',
      code: helperFile("const hashPhone = (p) => createHash('sha256').update(p.replace(/\\D/g, '')).digest('hex');", 'em: form.email, ph: form.phone'),
      errors: [
        { messageId: 'unhashed', line: 3, column: 54, suggestions: [] },
        {
          messageId: 'unhashed',
          line: 3,
          column: 70,
          suggestions: [{ messageId: 'wrapInHash', output: helperFile("const hashPhone = (p) => createHash('sha256').update(p.replace(/\\D/g, '')).digest('hex');", 'em: form.email, ph: hashPhone(form.phone)') }],
        },
      ],
    },
    {
      name: 'suggestion: a generic helper that normalizes wins over one that does not',
      code: helperFile(`${SHA.split('\n')[1]}\nconst hashForMeta = (v) => sha256(String(v).trim().toLowerCase());`, 'em: form.email'),
      errors: [
        {
          messageId: 'unhashed',
          line: 4,
          column: 54,
          suggestions: [{ messageId: 'wrapInHash', data: { fn: 'hashForMeta', replacement: 'hashForMeta(form.email)' }, output: helperFile(`${SHA.split('\n')[1]}\nconst hashForMeta = (v) => sha256(String(v).trim().toLowerCase());`, 'em: hashForMeta(form.email)') }],
        },
      ],
    },
    {
      name: 'suggestion: of helpers that do not do all the normalization, the first one',
      code: helperFile(`${SHA.split('\n')[1]}\nconst hashLowercase = (v) => sha256(v.toLowerCase());\nconst sha256Hex = (v) => createHash('sha256').update(v, 'utf8').digest('hex');`, 'em: form.email'),
      errors: [
        {
          messageId: 'unhashed',
          line: 5,
          column: 54,
          suggestions: [{ messageId: 'wrapInHash', data: { fn: 'sha256', replacement: 'sha256(form.email.trim().toLowerCase())' }, output: helperFile(`${SHA.split('\n')[1]}\nconst hashLowercase = (v) => sha256(v.toLowerCase());\nconst sha256Hex = (v) => createHash('sha256').update(v, 'utf8').digest('hex');`, 'em: sha256(form.email.trim().toLowerCase())') }],
        },
      ],
    },
    {
      name: "suggestion: a hash function set by module is not written where it may not be imported (the file's helper is)",
      code: request('{ em: form.email }'),
      settings: { 'meta-privacy': { hashFunctions: ['@acme/privacy#hashForMeta'] } },
      errors: [{ messageId: 'unhashed', line: 3, column: 145, suggestions: [{ messageId: 'wrapInHash', data: { fn: 'sha256', replacement: 'sha256(form.email.trim().toLowerCase())' }, output: request('{ em: sha256(form.email.trim().toLowerCase()) }') }] }],
    },
    // What the hash rewrite adds: only the normalization still missing, in a shortened description.
    {
      name: 'suggestion: values normalized but not hashed are not normalized again; a postal code needs no normalization',
      code: request("{ em: form.email.trim().toLowerCase(), ph: form.phone.replace(/\\D/g, ''), zp: order.shipping_address.zip }"),
      errors: [
        { messageId: 'unhashed', line: 3, column: 145, suggestions: [{ messageId: 'wrapInHash', output: request("{ em: sha256(form.email.trim().toLowerCase()), ph: form.phone.replace(/\\D/g, ''), zp: order.shipping_address.zip }") }] },
        { messageId: 'unhashed', line: 3, column: 182, suggestions: [{ messageId: 'wrapInHash', output: request("{ em: form.email.trim().toLowerCase(), ph: sha256(form.phone.replace(/\\D/g, '')), zp: order.shipping_address.zip }") }] },
        { messageId: 'unhashed', line: 3, column: 217, suggestions: [{ messageId: 'wrapInHash', output: request("{ em: form.email.trim().toLowerCase(), ph: form.phone.replace(/\\D/g, ''), zp: sha256(order.shipping_address.zip) }") }] },
      ],
    },
    {
      name: 'suggestion: a rewrite of 60 characters is shown whole, a longer one on one line and cut',
      code: request('{\n    em: checkout.customer.email_address,\n    ph: checkoutSession.customer_details?.phone\n      ? checkoutSession.customer_details.phone\n      : checkoutSession.metadata.phone,\n  }'),
      errors: [
        {
          messageId: 'unhashed',
          line: 4,
          column: 9,
          suggestions: [{ messageId: 'wrapInHash', data: { fn: 'sha256', replacement: 'sha256(checkout.customer.email_address.trim().toLowerCase())' }, output: request('{\n    em: sha256(checkout.customer.email_address.trim().toLowerCase()),\n    ph: checkoutSession.customer_details?.phone\n      ? checkoutSession.customer_details.phone\n      : checkoutSession.metadata.phone,\n  }') }],
        },
        {
          messageId: 'unhashed',
          line: 5,
          column: 9,
          suggestions: [
            {
              messageId: 'wrapInHash',
              data: { fn: 'sha256', replacement: 'sha256((checkoutSession.customer_details?.phone ? checkoutS…' },
              output: request("{\n    em: checkout.customer.email_address,\n    ph: sha256((checkoutSession.customer_details?.phone\n      ? checkoutSession.customer_details.phone\n      : checkoutSession.metadata.phone).replace(/\\D/g, '')),\n  }"),
            },
          ],
        },
      ],
    },
  ],
});

createTsRuleTester().run('no-unhashed-identifiers (TypeScript)', rule, {
  valid: [],
  invalid: [
    {
      name: 'a typed route handler that sends the event',
      code: "export async function POST(req: Request) {\n  const { email } = (await req.json()) as { email: string };\n  const userData = { em: email, client_user_agent: req.headers.get('user-agent')! };\n  await fetch(GRAPH_URL + '/events', { method: 'POST', body: JSON.stringify({ data: [{ event_name: 'Lead', user_data: userData }] }) });\n}\nconst GRAPH_URL = 'https://graph.facebook.com/v21.0/1';",
      errors: [{ messageId: 'unhashed', line: 3, column: 26 }],
    },
  ],
});
