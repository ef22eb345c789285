import rule from '../../../src/rules/no-unhashed-identifiers.js';
import { createTsRuleTester, createTypedRuleTester } from '../../rule-tester.js';

// Types come from tests/fixtures/typed (types.ts, account.ts); the code is linted as its file.ts.
const HEAD = "import { type Account, digestOf, first, lookup, ownerOf, prepare } from './account.js';\nimport type { Email, Fingerprint } from './types.js';\ndeclare const account: Account;\ndeclare const input: string;\n";
/** A server event whose user_data is `userData`, on line 5. */
const event = (userData: string) => `${HEAD}export const event = { event_name: 'Lead', action_source: 'website', user_data: ${userData} };`;
/** A Conversions API request for `userData`: the file sends it to Meta. */
const SEND = "\nexport const send = () => fetch('https://graph.facebook.com/v21.0/1/events', { method: 'POST', body: JSON.stringify({ data: [{ event_name: 'Lead', user_data: userData }] }) });";
const COLUMN = 'export const event = { event_name: \'Lead\', action_source: \'website\', user_data: { em: '.length + 1;

// Only the types know these are personal data or digests.
const REPLY_TO = event('{ em: account.replyTo }');
const OWNER = event('{ em: ownerOf(account), client_ip_address: input }');
const LEGACY = event('{ em: account.legacy }');
const TAGGED_HASH_IP = event('{ em: prepare(input), client_ip_address: prepare(input) }');
const BORN = event('{ em: digestOf(input), db: account.born }');
const CAST = event('{ em: input as Email }');
// The names say email and phone; the types say digests.
const SHA_TYPED = event('{ em: account.email, ph: account.phone }');
const PROVEN_BY_TAG = event('{ em: prepare(account.replyTo) }');

const typed = createTypedRuleTester();

typed.run('no-unhashed-identifiers (typed)', rule, {
  valid: [
    { name: 'a value typed Sha256 / Hashed<…> under a name that says email', code: SHA_TYPED },
    { name: 'a hash function from another module, by its return type HashedValue', code: event('{ em: digestOf(account.replyTo), ph: digestOf(account.cell) }') },
    { name: 'a @hashed function proves the hash even under requireProvenHash', code: PROVEN_BY_TAG, options: [{ hashExternalId: false, notNormalized: false, requireProvenHash: true }] },
    { name: 'a @hashed property', code: event('{ em: account.token }') },
    { name: 'an object typed EmailMessage is not an address', code: event('{ em: digestOf(input), fn: account.message.subject }') },
    {
      name: 'a typed email hashed after normalization, with notNormalized on',
      code: `import { createHash } from 'node:crypto';\n${event("{ em: createHash('sha256').update(account.replyTo.trim().toLowerCase()).digest('hex') }")}`,
      options: [{ hashExternalId: false, notNormalized: true, requireProvenHash: false }],
    },
    { name: 'raw values Meta wants raw stay quiet whatever their type', code: event('{ em: digestOf(input), client_ip_address: input, fbp: input }') },
  ],
  invalid: [
    {
      name: 'an email behind an innocent name (type EmailAddress, declared in another module)',
      code: REPLY_TO,
      errors: [{ messageId: 'unhashed', line: 5, column: COLUMN, data: { key: 'em', kind: 'an email address', origin: '`account.replyTo: EmailAddress`' } }],
    },
    {
      name: 'a branded MobileNumber under ph',
      code: event('{ em: digestOf(input), ph: account.cell }'),
      errors: [{ messageId: 'unhashed', line: 5, column: 108, data: { key: 'ph', kind: 'a phone number', origin: '`account.cell: MobileNumber`' } }],
    },
    {
      name: 'the declared return type of an imported function',
      code: OWNER,
      errors: [{ messageId: 'unhashed', line: 5, column: COLUMN, data: { key: 'em', kind: 'an email address', origin: '`ownerOf(account): Email`' } }],
    },
    {
      name: 'a union with undefined, a template-literal E164, a date of birth',
      code: event('{ em: account.contact, ph: account.backup, db: account.born }'),
      errors: [
        { messageId: 'unhashed', line: 5, column: COLUMN, data: { key: 'em', kind: 'an email address', origin: '`account.contact: Email`' } },
        { messageId: 'unhashed', line: 5, column: 108, data: { key: 'ph', kind: 'a phone number', origin: '`account.backup: E164`' } },
        { messageId: 'unhashed', line: 5, column: 128, data: { key: 'db', kind: 'a date of birth', origin: '`account.born: DateOfBirth`' } },
      ],
    },
    {
      name: 'a type named Md5Digest is the wrong algorithm',
      code: LEGACY,
      errors: [{ messageId: 'wrongAlgorithm', line: 5, column: COLUMN, data: { key: 'em', algorithm: 'MD5', origin: '`account.legacy: Md5Digest`' } }],
    },
    {
      name: 'a @hashed function result under a key Meta wants raw',
      code: TAGGED_HASH_IP,
      errors: [
        {
          messageId: 'mustNotHash',
          line: 5,
          column: 122,
          data: { key: 'client_ip_address', origin: '`prepare(input) /* @hashed */`' },
          suggestions: [{ messageId: 'sendAsIs', output: event('{ em: prepare(input), client_ip_address: input }') }],
        },
      ],
    },
    {
      name: 'a @pii phone tag on an interface member',
      code: event('{ ph: account.handle }'),
      errors: [{ messageId: 'unhashed', line: 5, column: COLUMN, data: { key: 'ph', kind: 'a phone number', origin: '`account.handle /* @pii phone */`' } }],
    },
    {
      name: 'an `as` cast says what the value is',
      code: CAST,
      errors: [{ messageId: 'unhashed', line: 5, column: COLUMN, data: { key: 'em', kind: 'an email address', origin: '`input as Email: Email`' } }],
    },
    {
      name: 'generics: first<T>(Email[]) is an Email, and so is an awaited Promise<Email>',
      code: `${HEAD}export async function buildMetaEvent() {\n  return { user_data: { em: first(account.aliases), ph: await lookup(input) } };\n}`,
      errors: [
        { messageId: 'unhashed', line: 6, column: 29, data: { key: 'em', kind: 'an email address', origin: '`first(account.aliases): Email`' } },
        { messageId: 'unhashed', line: 6, column: 57, data: { key: 'ph', kind: 'a phone number', origin: '`await lookup(input): Email`' } },
      ],
    },
    {
      name: 'a typed value through a local variable and a shorthand property',
      code: `${HEAD}const em = account.replyTo;\nexport const event = { event_name: 'Lead', user_data: { em, client_ip_address: input } };`,
      errors: [{ messageId: 'unhashed', line: 6, column: 57, data: { key: 'em', kind: 'an email address', origin: '`account.replyTo: EmailAddress` (line 5)' } }],
    },
    {
      name: 'linted as another file of the project (server/capi.ts)',
      filename: 'server/capi.ts',
      code: `import { type Account, ownerOf } from '../account.js';\ndeclare const account: Account;\nexport const userData = { em: ownerOf(account), ph: account.cell };${SEND}`,
      errors: [
        { messageId: 'unhashed', line: 3, column: 31, data: { key: 'em', kind: 'an email address', origin: '`ownerOf(account): Email`' } },
        { messageId: 'unhashed', line: 3, column: 53, data: { key: 'ph', kind: 'a phone number', origin: '`account.cell: MobileNumber`' } },
      ],
    },
    {
      name: 'piiTypes: a project type named by module#Type',
      code: event('{ em: account.member }'),
      settings: { 'meta-privacy': { piiTypes: { './types#MemberRef': 'email' } } },
      errors: [{ messageId: 'unhashed', line: 5, column: COLUMN, data: { key: 'em', kind: 'an email address', origin: '`account.member: MemberRef`' } }],
    },
    {
      name: 'hashedTypes: a project type with its algorithm',
      code: `${HEAD}declare const fingerprint: Fingerprint;\nexport const userData = { em: fingerprint, ph: digestOf(input) };${SEND}`,
      settings: { 'meta-privacy': { hashedTypes: { Fingerprint: 'md5' } } },
      errors: [{ messageId: 'wrongAlgorithm', line: 6, column: 31, data: { key: 'em', algorithm: 'MD5', origin: '`fingerprint: Fingerprint`' } }],
    },
  ],
});

// The same code without type information: quiet where only the types knew, and the names alone
// decide where the types would have said "digest".
createTsRuleTester().run('no-unhashed-identifiers (same code untyped)', rule, {
  valid: [
    { name: 'an innocent name', code: REPLY_TO },
    { name: 'an imported function with an innocent name', code: OWNER },
    { name: 'a digest whose algorithm only the type names', code: LEGACY },
    { name: 'a function only its JSDoc calls a hash', code: TAGGED_HASH_IP },
    { name: 'a date of birth under an innocent name', code: BORN },
    { name: 'a cast to a type', code: CAST },
  ],
  invalid: [
    {
      name: 'the names say email and phone',
      code: SHA_TYPED,
      errors: [
        { messageId: 'unhashed', line: 5, column: COLUMN, data: { key: 'em', kind: 'an email address', origin: '`account.email`' } },
        { messageId: 'unhashed', line: 5, column: 106, data: { key: 'ph', kind: 'a phone number', origin: '`account.phone`' } },
      ],
    },
    {
      name: 'an unknown call under requireProvenHash',
      code: PROVEN_BY_TAG,
      options: [{ hashExternalId: false, notNormalized: false, requireProvenHash: true }],
      errors: [{ messageId: 'unprovenHash', line: 5, column: COLUMN }],
    },
  ],
});
