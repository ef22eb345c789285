import rule from '../../src/rules/no-unhashed-identifiers.js';
import { createJsRuleTester, createTsRuleTester } from '../rule-tester.js';

const ruleTester = createJsRuleTester();

const SHA = "import { createHash } from 'node:crypto';\nconst sha256 = (v) => createHash('sha256').update(v).digest('hex');\n";
const event = (userData: string) =>
  `${SHA}const event = { event_name: 'Purchase', event_time: 1, action_source: 'website', user_data: ${userData} };`;

ruleTester.run('no-unhashed-identifiers', rule, {
  valid: [
    { name: 'hashed and normalized contact data', code: event('{ em: sha256(req.body.email.trim().toLowerCase()), ph: sha256(req.body.phone.replace(/\\D/g, "")) }') },
    { name: 'raw values for keys Meta wants raw', code: event("{ client_ip_address: req.ip, client_user_agent: req.get('user-agent'), fbc: req.cookies._fbc, fbp: req.cookies._fbp }") },
    { name: 'unknown provenance is not reported by default', code: event('{ em: payload.hashedIdentity, ph: input.value }') },
    { name: 'a pre-hashed literal', code: event("{ em: 'b4c9a289323b21a01c3e940f150eb9b8c542587f1abfd8f0e1cc1ffc5e475514' }") },
    { name: 'external_id raw is allowed by default', code: event('{ em: sha256(e), external_id: user.id }') },
    { name: 'an imported hash helper', code: `import { hashEmail } from './privacy';\nconst event = { event_name: 'Lead', user_data: { em: hashEmail(req.body.email) } };` },
    { name: 'a hash helper from settings', code: "const ud = { em: toMeta(user.email), ph: toMeta(user.phone) };", settings: { 'meta-privacy': { hashFunctions: ['toMeta'] } } },
    { name: 'SDK UserData setters hash at send time', code: "import { UserData } from 'facebook-nodejs-business-sdk';\nnew UserData().setEmail(user.email).setPhone(user.phone).setClientIpAddress(req.ip);" },
    { name: "an app's own object with a user_data key", code: 'const state = { user_data: { email: user.email, name: user.name } };' },
    { name: 'advanced matching in pixel init (the pixel hashes it)', code: "fbq('init', '1', { em: user.email, ph: user.phone });" },
    { name: 'a style object with em', code: "const style = { em: '1rem', ph: 2 };" },
    { name: 'hashed and normalized, with notNormalized on', code: event('{ em: sha256(user.email.trim().toLowerCase()), fn: sha256(user.firstName.toLowerCase()) }'), options: [{ hashExternalId: false, notNormalized: true, requireProvenHash: false }] },
  ],
  invalid: [
    {
      name: 'raw email and phone in user_data',
      code: event('{ em: req.body.email, ph: req.body.phone }'),
      errors: [
        { messageId: 'unhashed', line: 3, column: 99, data: { key: 'em', kind: 'an email address', origin: '`req.body.email`' } },
        { messageId: 'unhashed', line: 3, column: 119, data: { key: 'ph', kind: 'a phone number', origin: '`req.body.phone`' } },
      ],
    },
    {
      name: 'a raw country literal',
      code: event("{ em: sha256(e), country: 'us' }"),
      errors: [{ messageId: 'unhashed', line: 3, column: 119, data: { key: 'country', kind: 'a country', origin: "`'us'`" } }],
    },
    {
      name: 'a weak kind is enough under its Meta key',
      code: "const { city, zip } = req.body;\nconst ud = { ct: city, zp: zip, em: h };",
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
      name: 'SHA3-256 (a real-world mistake)',
      code: event("{ em: createHash('sha3-256').update(email).digest('hex') }"),
      errors: [{ messageId: 'wrongAlgorithm', line: 3, column: 99 }],
    },
    {
      name: 'hashed IP address and fbp',
      code: event('{ em: sha256(e), client_ip_address: sha256(req.ip), fbp: sha256(cookies._fbp) }'),
      errors: [
        { messageId: 'mustNotHash', line: 3, column: 129 },
        { messageId: 'mustNotHash', line: 3, column: 150 },
      ],
    },
    {
      name: 'arrays are checked element by element',
      code: event('{ em: [sha256(a), user.email], ph: [sha256(p)] }'),
      errors: [{ messageId: 'unhashed', line: 3, column: 111 }],
    },
    {
      name: 'user_data built in a variable and filled later',
      code: "const userData = {};\nuserData.em = req.body.email;\nuserData.client_ip_address = req.ip;\nconst event = { event_name: 'Lead', user_data: userData };",
      errors: [{ messageId: 'unhashed', line: 2, column: 15 }],
    },
    {
      name: 'values from a builder function parameter',
      code: "function buildUserData(email, phone) { return { em: email, ph: phone }; }\nbuildUserData(req.body.email, req.body.phone);",
      errors: [
        { messageId: 'unhashed', line: 1, column: 53, data: { key: 'em', kind: 'an email address', origin: '`req.body.email` (line 2)' } },
        { messageId: 'unhashed', line: 1, column: 64 },
      ],
    },
    {
      name: 'a request body sent to the events endpoint',
      code: "await fetch(`https://graph.facebook.com/v21.0/${PIXEL_ID}/events`, {\n  method: 'POST',\n  body: JSON.stringify({ data: [{ event_name: 'Lead', user_data: { em: form.email } }], access_token: token }),\n});",
      errors: [{ messageId: 'unhashed', line: 3, column: 72 }],
    },
    {
      name: 'a key Meta does not know, carrying raw contact data',
      code: event('{ email: user.email }'),
      errors: [{ messageId: 'unhashed', line: 3, column: 102 }],
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
      code: "const offline = { event_name: 'Purchase', match_keys: { email: [user.email], lead_id: sha256(lead) } };",
      errors: [
        { messageId: 'unhashed', line: 1, column: 65 },
        { messageId: 'mustNotHash', line: 1, column: 87 },
      ],
    },
    {
      name: 'custom audience rows',
      code: "const upload = { schema: ['EMAIL', 'PHONE'], data: [[user.email, sha256(user.phone)]] };",
      errors: [{ messageId: 'unhashed', line: 1, column: 54 }],
    },
    {
      name: 'SDK setter given an MD5 digest (the SDK passes hex values through)',
      code: "import { UserData } from 'facebook-nodejs-business-sdk';\nimport md5 from 'md5';\nnew UserData().setEmail(md5(user.email));",
      errors: [{ messageId: 'wrongAlgorithm', line: 3, column: 25 }],
    },
    {
      name: 'SDK setClientIpAddress given a digest',
      code: `${SHA}import { UserData } from 'facebook-nodejs-business-sdk';\nconst ud = new UserData();\nud.setClientIpAddress(sha256(ip));`,
      errors: [{ messageId: 'mustNotHash', line: 5, column: 23 }],
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
      errors: [{ messageId: 'unprovenHash', line: 3, column: 99 }],
    },
    {
      name: 'external_id with hashExternalId',
      code: event('{ em: sha256(e), external_id: user.id }'),
      options: [{ hashExternalId: true, notNormalized: false, requireProvenHash: false }],
      errors: [{ messageId: 'externalIdUnhashed', line: 3, column: 123 }],
    },
    {
      name: 'suggestion to wrap in the hash helper from settings',
      code: 'const ud = { em: user.email, fbp };',
      settings: { 'meta-privacy': { hashFunctions: ['hashForMeta'] } },
      errors: [{ messageId: 'unhashed', line: 1, column: 18, suggestions: [{ messageId: 'wrapInHash', output: 'const ud = { em: hashForMeta(user.email), fbp };' }] }],
    },
  ],
});

createTsRuleTester().run('no-unhashed-identifiers (TypeScript)', rule, {
  valid: [],
  invalid: [
    {
      name: 'a typed route handler',
      code: "export async function POST(req: Request) {\n  const { email } = (await req.json()) as { email: string };\n  const userData = { em: email, client_user_agent: req.headers.get('user-agent')! };\n  return userData;\n}",
      errors: [{ messageId: 'unhashed', line: 3, column: 26 }],
    },
  ],
});
