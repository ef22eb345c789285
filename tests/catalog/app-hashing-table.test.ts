// What Meta wants hashed in the App Events API's `ud[…]` and in Custom Audience schema columns,
// written out here as decisions (not read from the catalog), each checked against
// no-unhashed-identifiers: a raw value where hashing is required is reported, a SHA-256 value where
// Meta wants the value as-is is reported, and the correct twin of each stays quiet.
// Sources: reference/meta-business-tools.md §1.2 and §5.2 (App Events API: "All user data must be
// SHA256 hashed", country is `cn`), §5.3 (Custom Audiences: SHA-256 "required for all keys except
// EXTERN_ID, App User IDs, Page-Scoped User IDs and MADID").
import type { InvalidTestCase } from '@typescript-eslint/rule-tester';
import rule from '../../src/rules/no-unhashed-identifiers.js';
import type { MessageIds, Options } from '../../src/rules/no-unhashed-identifiers.js';
import { createJsRuleTester } from '../rule-tester.js';

type Decision = 'hash' | 'raw' | 'either';

/** App Events API `ud[key]`: the key, what the raw value is, and Meta's decision. */
const APP_EVENTS_USER_DATA: ReadonlyArray<readonly [key: string, raw: string, decision: Decision]> = [
  ['em', 'user.email', 'hash'],
  ['ph', 'user.phone', 'hash'],
  ['fn', 'user.firstName', 'hash'],
  ['ln', 'user.lastName', 'hash'],
  ['db', 'user.dateOfBirth', 'hash'],
  ['ge', 'user.gender', 'hash'],
  ['ct', 'user.city', 'hash'],
  ['st', 'user.state', 'hash'],
  ['zp', 'user.zip', 'hash'],
  ['cn', 'user.country', 'hash'],
  ['country', 'user.country', 'hash'],
  ['external_id', 'user.id', 'either'],
  ['madid', 'device.advertisingId', 'raw'],
  ['anon_id', 'device.installId', 'raw'],
];

/** Custom Audience schema columns: the column, a raw value, Meta's decision. */
const AUDIENCE_COLUMNS: ReadonlyArray<readonly [column: string, raw: string, decision: Decision]> = [
  ['EMAIL', 'm.email', 'hash'],
  ['EMAIL_SHA256', 'm.email', 'hash'],
  ['PHONE', 'm.phone', 'hash'],
  ['PHONE_SHA256', 'm.phone', 'hash'],
  ['FN', 'm.firstName', 'hash'],
  ['LN', 'm.lastName', 'hash'],
  ['FI', 'm.firstName', 'hash'],
  ['GEN', 'm.gender', 'hash'],
  ['DOBY', 'm.birthYear', 'hash'],
  ['CT', 'm.city', 'hash'],
  ['ST', 'm.state', 'hash'],
  ['ZIP', 'm.zip', 'hash'],
  ['COUNTRY', 'm.country', 'hash'],
  ['MADID', 'm.advertisingId', 'raw'],
  ['EXTERN_ID', 'm.id', 'either'],
  ['UID', 'm.facebookId', 'raw'],
  ['APPUID', 'm.appScopedId', 'raw'],
];

const HASH = "import { createHash } from 'node:crypto';\nconst sha256 = (v) => createHash('sha256').update(v).digest('hex');\n";
const appEvents = (key: string, value: string) =>
  `${HASH}axios.post(\`https://graph.facebook.com/\${APP_ID}/activities\`, new URLSearchParams({ event: 'CUSTOM_APP_EVENTS', 'ud[${key}]': ${value} }));`;
const audience = (column: string, value: string) =>
  `${HASH}audience.createUser([], { payload: { schema: ['${column}'], data: members.map((m) => [${value}]) } });`;

/** The code puts the value on line 3. */
const cases = (table: typeof APP_EVENTS_USER_DATA, code: (key: string, value: string) => string) => ({
  valid: table.flatMap(([key, raw, decision]) => [
    ...(decision !== 'hash' ? [{ name: `${key}: raw (${decision})`, code: code(key, raw) }] : []),
    ...(decision !== 'raw' ? [{ name: `${key}: SHA-256 (${decision})`, code: code(key, `sha256(${raw})`) }] : []),
  ]),
  invalid: table.flatMap(([key, raw, decision]): InvalidTestCase<MessageIds, Options>[] =>
    decision === 'either'
      ? []
      : decision === 'hash'
        ? [{ name: `${key}: raw where Meta requires SHA-256`, code: code(key, raw), errors: [{ messageId: 'unhashed', line: 3 }] }]
        : [{ name: `${key}: hashed where Meta wants it as-is`, code: code(key, `sha256(${raw})`), errors: [{ messageId: 'mustNotHash', line: 3 }] }],
  ),
});

const ruleTester = createJsRuleTester();
ruleTester.run('App Events API ud[…] hashing', rule, cases(APP_EVENTS_USER_DATA, appEvents));
ruleTester.run('Custom Audience column hashing', rule, cases(AUDIENCE_COLUMNS, audience));
