// The hashing table (checked by hashing-table.test.ts): for every identifier of every Meta format the plugin knows, what Meta asks of it
// (hash with SHA-256, send as-is, or hashing optional) is written out here, from Meta's docs — not read
// from the catalog — and checked through the real rules with a raw value, its SHA-256 and its MD5.
// Sources: /work/shared/reference/meta-business-tools.md §1.1 (CAPI), §1.2 and §3.3 (image pixel),
// §4.1 (Node SDK UserData), §5.1 (offline match_keys), §5.2 (App Events API `ud[…]`: "All user data
// must be SHA256 hashed", country is `cn`), §5.3 (custom audiences).
// A new format is one more entry of FORMATS.
import { createHash } from 'node:crypto';
import type { ESLint } from 'eslint';
import { Linter } from 'eslint';

/** What Meta asks of one identifier. */
export type Decision =
  /** SHA-256 of the normalized value; a raw value is refused, another algorithm never matches. */
  | 'hash'
  /** The value as-is: a hashed one never matches (IP, user agent, click and browser ids, Meta's own ids). */
  | 'as-is'
  /** Hashing recommended, not required (external ids). */
  | 'either';

/**
 * [key (or setter, or constructor parameter), Meta's decision, a raw value a developer would send,
 * the key Meta receives it under when that is another name (SDK setters and parameters)].
 */
export type Row = readonly [key: string, decision: Decision, raw: string, sentAs?: string];

export type Variant = 'raw' | 'sha256' | 'md5';

export interface Format {
  readonly name: string;
  /** The SDK hashes raw values of must-hash keys itself, and passes hex digests through unchanged. */
  readonly sdkHashes?: boolean;
  readonly rows: readonly Row[];
  /** A file sending one identifier, the `variant` of `raw`, under `key`. */
  readonly code: (key: string, variant: Variant, raw: string) => string;
}

// Raw samples, in the formats Meta's docs show.
const EMAIL = 'Jane.Doe@example.com';
const PHONE = '+1 (650) 555-1212';
const FIRST_NAME = 'Jane';
const LAST_NAME = 'Doe';
const GENDER = 'f';
const BIRTH_DATE = '19970216';
const CITY = 'menlopark';
const STATE = 'ca';
const ZIP = '94025';
const COUNTRY = 'us';
const EXTERNAL_ID = 'customer-4711';
const MADID = '38400000-8cf0-11bd-b23e-10b96e40000d';
const F5_FIRST = 'janet';
const F5_LAST = 'smith';
const INITIAL = 'j';
const BIRTH_DAY = '16';
const BIRTH_MONTH = '02';
const BIRTH_YEAR = '1997';
const APP_USER_ID = '1029384756';
const IP_ADDRESS = '203.0.113.7';
const USER_AGENT = 'Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0';
const FBC = 'fb.1.1554763741205.IwAR2F4-dbP0l7Mn1IawQQGCINEz7PYXQvwjNwB_qa2ofrHyiLjcbCRxTDMgk';
const FBP = 'fb.1.1596403881668.1116446470';
const SUBSCRIPTION_ID = 'sub_1NqXyZ2eZvKYlo2C';
const FB_LOGIN_ID = '100002356789012';
const LEAD_ID = '1234567890123456';
const ANON_ID = 'XZ7f3c9a2e-1b4d-4e8f-9a6b';
const PAGE_ID = '104857600123';
const PAGE_SCOPED_USER_ID = '2718281828459045';
const CTWA_CLID = 'ARAkLkA8rmlFeiCktEJQ-QTwRiyYHAFDLMNDBH0CD3qpjd0HR4irJ6LEkR7JwFF4XvnO';
const IG_ACCOUNT_ID = '17841400008460056';
const IG_SID = '3141592653589793';

const HELPERS = [
  "import { createHash } from 'node:crypto';",
  "const sha256 = (text) => createHash('sha256').update(text).digest('hex');",
  "const md5 = (text) => createHash('md5').update(text).digest('hex');",
].join('\n');

/** The variant as a JavaScript expression: a literal, or a same-file hash of it. */
function expression(variant: Variant, raw: string): string {
  return variant === 'raw' ? JSON.stringify(raw) : `${variant}(${JSON.stringify(raw)})`;
}

/** The variant as text written in a URL: the value, or its hex digest. */
function text(variant: Variant, raw: string): string {
  return variant === 'raw' ? encodeURIComponent(raw) : createHash(variant).update(raw).digest('hex');
}

/** §1.1: the CAPI `user_data` keys (Customer Information Parameters, and the SDKs' extra hashed keys). */
const CAPI_USER_DATA: readonly Row[] = [
  ['em', 'hash', EMAIL],
  ['ph', 'hash', PHONE],
  ['fn', 'hash', FIRST_NAME],
  ['ln', 'hash', LAST_NAME],
  ['db', 'hash', BIRTH_DATE],
  ['ge', 'hash', GENDER],
  ['ct', 'hash', CITY],
  ['st', 'hash', STATE],
  ['zp', 'hash', ZIP],
  ['country', 'hash', COUNTRY],
  ['f5first', 'hash', F5_FIRST],
  ['f5last', 'hash', F5_LAST],
  ['fi', 'hash', INITIAL],
  ['dobd', 'hash', BIRTH_DAY],
  ['dobm', 'hash', BIRTH_MONTH],
  ['doby', 'hash', BIRTH_YEAR],
  ['app_user_id', 'hash', APP_USER_ID],
  ['external_id', 'either', EXTERNAL_ID],
  ['client_ip_address', 'as-is', IP_ADDRESS],
  ['client_user_agent', 'as-is', USER_AGENT],
  ['fbc', 'as-is', FBC],
  ['fbp', 'as-is', FBP],
  ['subscription_id', 'as-is', SUBSCRIPTION_ID],
  ['fb_login_id', 'as-is', FB_LOGIN_ID],
  ['lead_id', 'as-is', LEAD_ID],
  ['anon_id', 'as-is', ANON_ID],
  ['madid', 'as-is', MADID],
  ['page_id', 'as-is', PAGE_ID],
  ['page_scoped_user_id', 'as-is', PAGE_SCOPED_USER_ID],
  ['ctwa_clid', 'as-is', CTWA_CLID],
  ['ig_account_id', 'as-is', IG_ACCOUNT_ID],
  ['ig_sid', 'as-is', IG_SID],
];

/**
 * §1.2, §3.3: the advanced-matching keys the image pixel takes as `ud[…]`, hashed by you (not by the
 * pixel) exactly as in CAPI.
 */
const PIXEL_KEYS = new Set(['em', 'ph', 'fn', 'ln', 'db', 'ge', 'ct', 'st', 'zp', 'country', 'external_id']);
const PIXEL_USER_DATA: readonly Row[] = CAPI_USER_DATA.filter(([key]) => PIXEL_KEYS.has(key));

/**
 * §5.2: the App Events API's `ud[…]` form fields — the advanced-matching keys hashed by you (country
 * also as `cn`), the advertiser's own id hashing optional, device ids as-is.
 */
const APP_EVENTS_USER_DATA: readonly Row[] = [
  ...PIXEL_USER_DATA,
  ['cn', 'hash', COUNTRY],
  ['madid', 'as-is', MADID],
  ['anon_id', 'as-is', ANON_ID],
];

/** §5.1: offline conversions `match_keys` — everything hashed but the lead id, the MADID and the external id. */
const MATCH_KEYS: readonly Row[] = [
  ['email', 'hash', EMAIL],
  ['phone', 'hash', PHONE],
  ['gen', 'hash', GENDER],
  ['doby', 'hash', BIRTH_YEAR],
  ['dobm', 'hash', BIRTH_MONTH],
  ['dobd', 'hash', BIRTH_DAY],
  ['ln', 'hash', LAST_NAME],
  ['fn', 'hash', FIRST_NAME],
  ['fi', 'hash', INITIAL],
  ['ct', 'hash', CITY],
  ['st', 'hash', STATE],
  ['zip', 'hash', ZIP],
  ['country', 'hash', COUNTRY],
  ['lead_id', 'as-is', LEAD_ID],
  ['madid', 'as-is', MADID],
  ['extern_id', 'either', EXTERNAL_ID],
];

/**
 * §5.3: customer-list schema columns — SHA-256 for all but external ids, app and page user ids and
 * mobile advertiser ids (single-key schemas MOBILE_ADVERTISER_ID and UID: Meta's Python SDK helper).
 */
const AUDIENCE_COLUMNS: readonly Row[] = [
  ['EMAIL', 'hash', EMAIL],
  ['EMAIL_SHA256', 'hash', EMAIL],
  ['PHONE', 'hash', PHONE],
  ['PHONE_SHA256', 'hash', PHONE],
  ['GEN', 'hash', GENDER],
  ['DOBY', 'hash', BIRTH_YEAR],
  ['DOBM', 'hash', BIRTH_MONTH],
  ['DOBD', 'hash', BIRTH_DAY],
  ['LN', 'hash', LAST_NAME],
  ['FN', 'hash', FIRST_NAME],
  ['FI', 'hash', INITIAL],
  ['CT', 'hash', CITY],
  ['ST', 'hash', STATE],
  ['ZIP', 'hash', ZIP],
  ['COUNTRY', 'hash', COUNTRY],
  ['MADID', 'as-is', MADID],
  ['MOBILE_ADVERTISER_ID', 'as-is', MADID],
  ['EXTERN_ID', 'either', EXTERNAL_ID],
  ['APPUID', 'as-is', APP_USER_ID],
  ['UID', 'as-is', APP_USER_ID],
  ['PAGEUID', 'as-is', PAGE_SCOPED_USER_ID],
];

/** §4.1: `UserData` setters taking one value. The SDK hashes all but the pass-through ids. */
const SDK_SETTERS: readonly Row[] = [
  ['setEmail', 'hash', EMAIL, 'em'],
  ['setPhone', 'hash', PHONE, 'ph'],
  ['setGender', 'hash', GENDER, 'ge'],
  ['setDateOfBirth', 'hash', BIRTH_DATE, 'db'],
  ['setFirstName', 'hash', FIRST_NAME, 'fn'],
  ['setLastName', 'hash', LAST_NAME, 'ln'],
  ['setCity', 'hash', CITY, 'ct'],
  ['setState', 'hash', STATE, 'st'],
  ['setZip', 'hash', ZIP, 'zp'],
  ['setCountry', 'hash', COUNTRY, 'country'],
  ['setF5First', 'hash', F5_FIRST, 'f5first'],
  ['setF5Last', 'hash', F5_LAST, 'f5last'],
  ['setFi', 'hash', INITIAL, 'fi'],
  ['setDobd', 'hash', BIRTH_DAY, 'dobd'],
  ['setDobm', 'hash', BIRTH_MONTH, 'dobm'],
  ['setDoby', 'hash', BIRTH_YEAR, 'doby'],
  ['setAppUserId', 'hash', APP_USER_ID, 'app_user_id'],
  ['setExternalId', 'either', EXTERNAL_ID, 'external_id'],
  ['setClientIpAddress', 'as-is', IP_ADDRESS, 'client_ip_address'],
  ['setClientUserAgent', 'as-is', USER_AGENT, 'client_user_agent'],
  ['setFbc', 'as-is', FBC, 'fbc'],
  ['setFbp', 'as-is', FBP, 'fbp'],
  ['setSubscriptionId', 'as-is', SUBSCRIPTION_ID, 'subscription_id'],
  ['setFbLoginId', 'as-is', FB_LOGIN_ID, 'fb_login_id'],
  ['setLeadId', 'as-is', LEAD_ID, 'lead_id'],
  ['setMadid', 'as-is', MADID, 'madid'],
  ['setAnonId', 'as-is', ANON_ID, 'anon_id'],
  ['setCtwaClid', 'as-is', CTWA_CLID, 'ctwa_clid'],
  ['setPageId', 'as-is', PAGE_ID, 'page_id'],
];

/** §4.1: `UserData` setters taking a list. */
const SDK_LIST_SETTERS: readonly Row[] = [
  ['setEmails', 'hash', EMAIL, 'em'],
  ['setPhones', 'hash', PHONE, 'ph'],
  ['setGenders', 'hash', GENDER, 'ge'],
  ['setDatesOfBirth', 'hash', BIRTH_DATE, 'db'],
  ['setFirstNames', 'hash', FIRST_NAME, 'fn'],
  ['setLastNames', 'hash', LAST_NAME, 'ln'],
  ['setCities', 'hash', CITY, 'ct'],
  ['setStates', 'hash', STATE, 'st'],
  ['setZips', 'hash', ZIP, 'zp'],
  ['setCountries', 'hash', COUNTRY, 'country'],
  ['setExternalIds', 'either', EXTERNAL_ID, 'external_id'],
];

/** §4.1: `new UserData(…)` parameters, in the SDK's positional order. */
const SDK_CONSTRUCTOR: readonly Row[] = [
  ['email', 'hash', EMAIL, 'em'],
  ['phone', 'hash', PHONE, 'ph'],
  ['gender', 'hash', GENDER, 'ge'],
  ['first_name', 'hash', FIRST_NAME, 'fn'],
  ['last_name', 'hash', LAST_NAME, 'ln'],
  ['date_of_birth', 'hash', BIRTH_DATE, 'db'],
  ['city', 'hash', CITY, 'ct'],
  ['state', 'hash', STATE, 'st'],
  ['zip', 'hash', ZIP, 'zp'],
  ['country', 'hash', COUNTRY],
  ['external_id', 'either', EXTERNAL_ID],
  ['client_ip_address', 'as-is', IP_ADDRESS],
  ['client_user_agent', 'as-is', USER_AGENT],
  ['fbp', 'as-is', FBP],
  ['fbc', 'as-is', FBC],
  ['subscription_id', 'as-is', SUBSCRIPTION_ID],
  ['fb_login_id', 'as-is', FB_LOGIN_ID],
  ['lead_id', 'as-is', LEAD_ID],
  ['dobd', 'hash', BIRTH_DAY],
  ['dobm', 'hash', BIRTH_MONTH],
  ['doby', 'hash', BIRTH_YEAR],
  ['madid', 'as-is', MADID],
  ['anon_id', 'as-is', ANON_ID],
  ['app_user_id', 'hash', APP_USER_ID],
  ['ctwa_clid', 'as-is', CTWA_CLID],
  ['page_id', 'as-is', PAGE_ID],
];

const SDK_IMPORT = "import { UserData } from 'facebook-nodejs-business-sdk';";
const APP_EVENTS_URL = 'https://graph.facebook.com/v21.0/${APP_ID}/activities';
const PIXEL_URL = 'https://www.facebook.com/tr?id=1234567890&ev=Lead&noscript=1';

export const FORMATS: readonly Format[] = [
  {
    name: 'CAPI user_data',
    rows: CAPI_USER_DATA,
    code: (key, variant, raw) =>
      `${HELPERS}\nexport const event = { event_name: 'Purchase', event_time: 1735689600, action_source: 'website', user_data: { ${key}: ${expression(variant, raw)} } };`,
  },
  {
    name: 'image pixel ud[…] written in the URL (noscript)',
    rows: PIXEL_USER_DATA,
    code: (key, variant, raw) => `export const pixel = '${PIXEL_URL}&ud[${key}]=${text(variant, raw)}';`,
  },
  {
    name: 'image pixel ud[…] built in a template',
    rows: PIXEL_USER_DATA,
    code: (key, variant, raw) => `${HELPERS}\nexport const pixel = \`${PIXEL_URL}&ud[${key}]=\${${expression(variant, raw)}}\`;`,
  },
  {
    name: 'offline conversions match_keys',
    rows: MATCH_KEYS,
    code: (key, variant, raw) =>
      `${HELPERS}\nexport const offlineEvent = { event_name: 'Purchase', event_time: 1735689600, currency: 'USD', value: 42, match_keys: { ${key}: ${expression(variant, raw)} } };`,
  },
  {
    name: 'offline conversions match_keys in lists (the shape of Meta\'s upload example)',
    rows: MATCH_KEYS,
    code: (key, variant, raw) =>
      `${HELPERS}\nexport const offlineEvent = { event_name: 'Purchase', event_time: 1735689600, currency: 'USD', value: 42, match_keys: { ${key}: [${expression(variant, raw)}] } };`,
  },
  {
    name: 'custom audience, single-key schema',
    rows: AUDIENCE_COLUMNS,
    code: (key, variant, raw) =>
      `${HELPERS}\nawait fetch(\`https://graph.facebook.com/v21.0/\${audienceId}/users\`, { method: 'POST', body: JSON.stringify({ payload: { schema: '${key}', data: [${expression(variant, raw)}] } }) });`,
  },
  {
    name: 'custom audience, multi-key schema',
    rows: AUDIENCE_COLUMNS,
    code: (key, variant, raw) =>
      `${HELPERS}\nawait fetch(\`https://graph.facebook.com/v21.0/\${audienceId}/users\`, { method: 'POST', body: JSON.stringify({ payload: { schema: ['EMAIL', '${key}'], data: [[sha256('jane@example.com'), ${expression(variant, raw)}]] } }) });`,
  },
  {
    name: 'custom audience through the Node SDK, rows mapped from records',
    rows: AUDIENCE_COLUMNS,
    code: (key, variant, raw) =>
      `${HELPERS}\nawait audience.createUser([], { payload: { schema: ['${key}'], data: members.map((member) => [${expression(variant, raw)}]) } });`,
  },
  {
    name: 'App Events API ud[…] form fields',
    rows: APP_EVENTS_USER_DATA,
    code: (key, variant, raw) =>
      `${HELPERS}\nawait axios.post(\`${APP_EVENTS_URL}\`, new URLSearchParams({ event: 'CUSTOM_APP_EVENTS', 'ud[${key}]': ${expression(variant, raw)} }));`,
  },
  {
    name: 'App Events API ud object in a JSON body',
    rows: APP_EVENTS_USER_DATA,
    code: (key, variant, raw) =>
      `${HELPERS}\nawait fetch(\`${APP_EVENTS_URL}\`, { method: 'POST', body: JSON.stringify({ event: 'CUSTOM_APP_EVENTS', ud: { ${key}: ${expression(variant, raw)} } }) });`,
  },
  {
    name: 'SDK UserData setters',
    sdkHashes: true,
    rows: SDK_SETTERS,
    code: (setter, variant, raw) => `${HELPERS}\n${SDK_IMPORT}\nexport const userData = new UserData().${setter}(${expression(variant, raw)});`,
  },
  {
    name: 'SDK UserData list setters',
    sdkHashes: true,
    rows: SDK_LIST_SETTERS,
    code: (setter, variant, raw) => `${HELPERS}\n${SDK_IMPORT}\nexport const userData = new UserData().${setter}([${expression(variant, raw)}]);`,
  },
  {
    name: 'SDK new UserData(…)',
    sdkHashes: true,
    rows: SDK_CONSTRUCTOR,
    code: (parameter, variant, raw) => {
      const position = SDK_CONSTRUCTOR.findIndex(([name]) => name === parameter);
      const args = [...Array<string>(position).fill('undefined'), expression(variant, raw)];
      return `${HELPERS}\n${SDK_IMPORT}\nexport const userData = new UserData(${args.join(', ')});`;
    },
  },
];

export interface Outcome {
  readonly raw: string[];
  readonly sha256: string[];
  readonly md5: string[];
  /** The raw value again, with `hashExternalId: true`. */
  readonly rawHashExternalId: string[];
}

/**
 * The reports Meta's decision calls for: no-unhashed-identifiers' message id and the key its message
 * names; no-raw-pii stays quiet (one report per fault).
 */
export function expectedOutcome(format: Format, [key, decision, , sentAs = key]: Row): Outcome {
  const named = (messageId: string) => [`${messageId} \`${sentAs}\``];
  switch (decision) {
    case 'hash': {
      const raw = format.sdkHashes ? [] : named('unhashed');
      return { raw, sha256: [], md5: named('wrongAlgorithm'), rawHashExternalId: raw };
    }
    case 'as-is':
      return { raw: [], sha256: named('mustNotHash'), md5: named('mustNotHash'), rawHashExternalId: [] };
    case 'either':
      return { raw: [], sha256: [], md5: [], rawHashExternalId: format.sdkHashes ? [] : named('externalIdUnhashed') };
  }
}

const linter = new Linter({ configType: 'flat' });

/**
 * The reports of no-unhashed-identifiers (message id and the key its message names) and of no-raw-pii
 * (rule and message id) on the file, with the plugin given; a parse error throws.
 */
export function reports(plugin: object, code: string, hashExternalId = false): string[] {
  const messages = linter.verify(code, {
    files: ['**/*.js'],
    languageOptions: { ecmaVersion: 'latest', sourceType: 'module' },
    plugins: { 'meta-privacy': plugin as ESLint.Plugin },
    rules: {
      'meta-privacy/no-unhashed-identifiers': ['error', { hashExternalId }],
      'meta-privacy/no-raw-pii': 'error',
    },
  }, 'server.js');
  const fatal = messages.find((message) => message.fatal);
  if (fatal) throw new Error(`${fatal.message} in:\n${code}`);
  return messages.map((message) =>
    message.ruleId === 'meta-privacy/no-unhashed-identifiers' ? `${message.messageId} ${/^`[^`]+`/.exec(message.message)?.[0]}` : `${message.ruleId}:${message.messageId}`,
  );
}

/** What the rules report for each variant of one row. */
export function outcome(plugin: object, format: Format, [key, , raw]: Row): Outcome {
  return {
    raw: reports(plugin, format.code(key, 'raw', raw)),
    sha256: reports(plugin, format.code(key, 'sha256', raw)),
    md5: reports(plugin, format.code(key, 'md5', raw)),
    rawHashExternalId: reports(plugin, format.code(key, 'raw', raw), true),
  };
}
