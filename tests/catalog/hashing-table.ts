// The hashing table (checked by hashing-table.test.ts): for every identifier of every Meta format the plugin knows, what Meta asks of it
// (hash with SHA-256, send as-is, or hashing optional) is written out here, from Meta's docs — not read
// from the catalog — and checked through the real rules with a raw value, its SHA-256 and its MD5.
// Sources: /work/shared/reference/meta-business-tools.md §1.1 (CAPI), §1.2 and §3.3 (image pixel),
// §4.1 (Node SDK UserData), §5.1 (offline match_keys), §5.3 (custom audiences).
// A new format (App Events `ud[…]`, …) is one more entry of FORMATS.
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
  ['f5first', 'hash', 'janet'],
  ['f5last', 'hash', 'smith'],
  ['fi', 'hash', 'j'],
  ['dobd', 'hash', '16'],
  ['dobm', 'hash', '02'],
  ['doby', 'hash', '1997'],
  ['app_user_id', 'hash', '1029384756'],
  ['external_id', 'either', EXTERNAL_ID],
  ['client_ip_address', 'as-is', '203.0.113.7'],
  ['client_user_agent', 'as-is', 'Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0'],
  ['fbc', 'as-is', 'fb.1.1554763741205.IwAR2F4-dbP0l7Mn1IawQQGCINEz7PYXQvwjNwB_qa2ofrHyiLjcbCRxTDMgk'],
  ['fbp', 'as-is', 'fb.1.1596403881668.1116446470'],
  ['subscription_id', 'as-is', 'sub_1NqXyZ2eZvKYlo2C'],
  ['fb_login_id', 'as-is', '100002356789012'],
  ['lead_id', 'as-is', '1234567890123456'],
  ['anon_id', 'as-is', 'XZ7f3c9a2e-1b4d-4e8f-9a6b'],
  ['madid', 'as-is', MADID],
  ['page_id', 'as-is', '104857600123'],
  ['page_scoped_user_id', 'as-is', '2718281828459045'],
  ['ctwa_clid', 'as-is', 'ARAkLkA8rmlFeiCktEJQ-QTwRiyYHAFDLMNDBH0CD3qpjd0HR4irJ6LEkR7JwFF4XvnO'],
  ['ig_account_id', 'as-is', '17841400008460056'],
  ['ig_sid', 'as-is', '3141592653589793'],
];

/** §1.2, §3.3: the advanced-matching keys the image pixel takes as `ud[…]` — you hash them, not the pixel. */
const PIXEL_USER_DATA: readonly Row[] = [
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
  ['external_id', 'either', EXTERNAL_ID],
];

/** §5.1: offline conversions `match_keys` — everything hashed but the lead id, the MADID and the external id. */
const MATCH_KEYS: readonly Row[] = [
  ['email', 'hash', EMAIL],
  ['phone', 'hash', PHONE],
  ['gen', 'hash', GENDER],
  ['doby', 'hash', '1997'],
  ['dobm', 'hash', '02'],
  ['dobd', 'hash', '16'],
  ['ln', 'hash', LAST_NAME],
  ['fn', 'hash', FIRST_NAME],
  ['fi', 'hash', 'j'],
  ['ct', 'hash', CITY],
  ['st', 'hash', STATE],
  ['zip', 'hash', ZIP],
  ['country', 'hash', COUNTRY],
  ['lead_id', 'as-is', '1234567890123456'],
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
  ['DOBY', 'hash', '1997'],
  ['DOBM', 'hash', '02'],
  ['DOBD', 'hash', '16'],
  ['LN', 'hash', LAST_NAME],
  ['FN', 'hash', FIRST_NAME],
  ['FI', 'hash', 'j'],
  ['CT', 'hash', CITY],
  ['ST', 'hash', STATE],
  ['ZIP', 'hash', ZIP],
  ['COUNTRY', 'hash', COUNTRY],
  ['MADID', 'as-is', MADID],
  ['MOBILE_ADVERTISER_ID', 'as-is', MADID],
  ['EXTERN_ID', 'either', EXTERNAL_ID],
  ['APPUID', 'as-is', '1029384756'],
  ['UID', 'as-is', '1029384756'],
  ['PAGEUID', 'as-is', '2718281828459045'],
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
  ['setF5First', 'hash', 'janet', 'f5first'],
  ['setF5Last', 'hash', 'smith', 'f5last'],
  ['setFi', 'hash', 'j', 'fi'],
  ['setDobd', 'hash', '16', 'dobd'],
  ['setDobm', 'hash', '02', 'dobm'],
  ['setDoby', 'hash', '1997', 'doby'],
  ['setAppUserId', 'hash', '1029384756', 'app_user_id'],
  ['setExternalId', 'either', EXTERNAL_ID, 'external_id'],
  ['setClientIpAddress', 'as-is', '203.0.113.7', 'client_ip_address'],
  ['setClientUserAgent', 'as-is', 'Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0', 'client_user_agent'],
  ['setFbc', 'as-is', 'fb.1.1554763741205.IwAR2F4-dbP0l7Mn1IawQQGCINEz7PYXQvwjNwB_qa2ofrHyiLjcbCRxTDMgk', 'fbc'],
  ['setFbp', 'as-is', 'fb.1.1596403881668.1116446470', 'fbp'],
  ['setSubscriptionId', 'as-is', 'sub_1NqXyZ2eZvKYlo2C', 'subscription_id'],
  ['setFbLoginId', 'as-is', '100002356789012', 'fb_login_id'],
  ['setLeadId', 'as-is', '1234567890123456', 'lead_id'],
  ['setMadid', 'as-is', MADID, 'madid'],
  ['setAnonId', 'as-is', 'XZ7f3c9a2e-1b4d-4e8f-9a6b', 'anon_id'],
  ['setCtwaClid', 'as-is', 'ARAkLkA8rmlFeiCktEJQ-QTwRiyYHAFDLMNDBH0CD3qpjd0HR4irJ6LEkR7JwFF4XvnO', 'ctwa_clid'],
  ['setPageId', 'as-is', '104857600123', 'page_id'],
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
  ['client_ip_address', 'as-is', '203.0.113.7'],
  ['client_user_agent', 'as-is', 'Mozilla/5.0 (X11; Linux x86_64) Firefox/128.0'],
  ['fbp', 'as-is', 'fb.1.1596403881668.1116446470'],
  ['fbc', 'as-is', 'fb.1.1554763741205.IwAR2F4-dbP0l7Mn1IawQQGCINEz7PYXQvwjNwB_qa2ofrHyiLjcbCRxTDMgk'],
  ['subscription_id', 'as-is', 'sub_1NqXyZ2eZvKYlo2C'],
  ['fb_login_id', 'as-is', '100002356789012'],
  ['lead_id', 'as-is', '1234567890123456'],
  ['dobd', 'hash', '16'],
  ['dobm', 'hash', '02'],
  ['doby', 'hash', '1997'],
  ['madid', 'as-is', MADID],
  ['anon_id', 'as-is', 'XZ7f3c9a2e-1b4d-4e8f-9a6b'],
  ['app_user_id', 'hash', '1029384756'],
  ['ctwa_clid', 'as-is', 'ARAkLkA8rmlFeiCktEJQ-QTwRiyYHAFDLMNDBH0CD3qpjd0HR4irJ6LEkR7JwFF4XvnO'],
  ['page_id', 'as-is', '104857600123'],
];

const SDK_IMPORT = "import { UserData } from 'facebook-nodejs-business-sdk';";
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
