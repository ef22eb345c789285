import rule from '../../../src/rules/no-raw-pii.js';
import { createTsRuleTester, createTypedRuleTester } from '../../rule-tester.js';

// Types come from tests/fixtures/typed (types.ts, account.ts); the code is linted as its file.ts.
const HEAD = "import { type Account, Directory, digestOf, ownerOf, recipientOf } from './account.js';\ndeclare const account: Account;\ndeclare const fbq: (...args: unknown[]) => void;\n";

// Only the types know these are personal data.
const RECIPIENT = `${HEAD}fbq('track', 'Lead', { recipient: account.replyTo });`;
const MEMO = `${HEAD}fbq('trackCustom', 'Note', { note: account.memo, sent_to: recipientOf(account) });`;
const CUSTOM_DATA = `${HEAD}export const event = { event_name: 'Lead', user_data: { em: digestOf(account.replyTo) }, custom_data: { owner: ownerOf(account) } };`;
const GETTER = `${HEAD}fbq('track', 'Contact', { primary: new Directory().primary });`;
// The names say email and phone; the types say digests.
const HASH_TYPED = `${HEAD}fbq('track', 'Lead', { email: account.email, phone: account.phone });`;

// JavaScript typed with JSDoc (the fixture has allowJs / checkJs), linted as its page.js.
const JS_HEAD = "import { forwardOf, labelOf, replyToOf } from './contacts.js';\n";
const JSDOC_PARAM = `${JS_HEAD}/** @param {import('./types.js').EmailAddress} to */\nexport function notify(to) {\n  fbq('track', 'Lead', { recipient: to });\n}`;
const JSDOC_RETURNS = `${JS_HEAD}export function notify(account) {\n  fbq('track', 'Lead', { recipient: replyToOf(account), forward: forwardOf(account), label: labelOf(account) });\n}`;
const JSDOC_TYPE = `${JS_HEAD}/** @type {import('./types.js').Maybe<import('./types.js').EmailAddress>} */\nconst inbox = globalThis.inbox;\nfbq('track', 'Contact', { inbox });`;

const typed = createTypedRuleTester();

typed.run('no-raw-pii (typed)', rule, {
  valid: [
    { name: 'values typed Sha256 and Hashed<…> under names that say email and phone', code: HASH_TYPED },
    { name: 'a digest from another module, by its return type', code: `${HEAD}fbq('track', 'Lead', { contact: digestOf(account.replyTo) });` },
    { name: 'an object type named like an email is not an address', code: `${HEAD}fbq('track', 'Lead', { content_name: account.message.subject, message: account.message });` },
    { name: 'a plain string with an innocent name', code: `${HEAD}fbq('track', 'Lead', { nickname: account.nickname });` },
    { name: 'advanced matching in init stays allowed', code: `${HEAD}fbq('init', '1', { em: account.replyTo, ph: account.cell });` },
    { name: 'a generic wrapper of plain text', code: `${HEAD}fbq('track', 'Lead', { label: account.label.value });` },
    { name: 'JSDoc @returns {string} in JavaScript', code: `${JS_HEAD}fbq('track', 'Lead', { label: labelOf(account) });`, filename: 'page.js' },
  ],
  invalid: [
    {
      name: 'an email behind an innocent parameter name',
      code: RECIPIENT,
      errors: [{ messageId: 'eventParameter', line: 4, column: 24, data: { key: 'recipient', kind: 'an email address', call: "fbq('track')", origin: '`account.replyTo: EmailAddress`' }, suggestions: [{ messageId: 'removeProperty', data: { key: 'recipient' }, output: `${HEAD}fbq('track', 'Lead', {});` }] }],
    },
    {
      name: 'a @pii member and a @pii email function from another module',
      code: MEMO,
      errors: [
        { messageId: 'eventParameter', line: 4, column: 30, data: { key: 'note', kind: 'personal data', call: "fbq('trackCustom')", origin: '`account.memo /* @pii */`' }, suggestions: [{ messageId: 'removeProperty', data: { key: 'note' }, output: `${HEAD}fbq('trackCustom', 'Note', { sent_to: recipientOf(account) });` }] },
        { messageId: 'eventParameter', line: 4, column: 50, data: { key: 'sent_to', kind: 'an email address', call: "fbq('trackCustom')", origin: '`recipientOf(account) /* @pii email */`' }, suggestions: [{ messageId: 'removeProperty', data: { key: 'sent_to' }, output: `${HEAD}fbq('trackCustom', 'Note', { note: account.memo });` }] },
      ],
    },
    {
      name: 'the return type of an imported function in CAPI custom_data',
      code: CUSTOM_DATA,
      errors: [{ messageId: 'customData', line: 4, column: 105, data: { key: 'owner', kind: 'an email address', origin: '`ownerOf(account): Email`' }, suggestions: [{ messageId: 'removeProperty', data: { key: 'owner' }, output: `${HEAD}export const event = { event_name: 'Lead', user_data: { em: digestOf(account.replyTo) }, custom_data: {} };` }] }],
    },
    {
      name: 'a plain alias in generic wrappers: Maybe<EmailAddress>, Field<EmailAddress>.value',
      code: `${HEAD}fbq('track', 'Lead', { fallback: account.fallback, forwarding: account.forwarding.value });`,
      errors: [
        { messageId: 'eventParameter', line: 4, column: 24, data: { key: 'fallback', kind: 'an email address', call: "fbq('track')", origin: '`account.fallback: EmailAddress`' }, suggestions: [{ messageId: 'removeProperty', data: { key: 'fallback' }, output: `${HEAD}fbq('track', 'Lead', { forwarding: account.forwarding.value });` }] },
        { messageId: 'eventParameter', line: 4, column: 52, data: { key: 'forwarding', kind: 'an email address', call: "fbq('track')", origin: '`account.forwarding.value: EmailAddress`' }, suggestions: [{ messageId: 'removeProperty', data: { key: 'forwarding' }, output: `${HEAD}fbq('track', 'Lead', { fallback: account.fallback });` }] },
      ],
    },
    {
      name: 'JavaScript: a JSDoc @param type',
      code: JSDOC_PARAM,
      filename: 'page.js',
      errors: [{ messageId: 'eventParameter', line: 4, column: 26, data: { key: 'recipient', kind: 'an email address', call: "fbq('track')", origin: '`to: EmailAddress`' }, suggestions: [{ messageId: 'removeProperty', data: { key: 'recipient' }, output: JSDOC_PARAM.replace('{ recipient: to }', '{}') }] }],
    },
    {
      name: 'JavaScript: JSDoc @returns of an imported function, through a @typedef chain',
      code: JSDOC_RETURNS,
      filename: 'page.js',
      errors: [
        { messageId: 'eventParameter', line: 3, column: 26, data: { key: 'recipient', kind: 'an email address', call: "fbq('track')", origin: '`replyToOf(account): EmailAddress`' }, suggestions: [{ messageId: 'removeProperty', data: { key: 'recipient' }, output: JSDOC_RETURNS.replace('recipient: replyToOf(account), ', '') }] },
        { messageId: 'eventParameter', line: 3, column: 57, data: { key: 'forward', kind: 'an email address', call: "fbq('track')", origin: '`forwardOf(account): EmailAddress`' }, suggestions: [{ messageId: 'removeProperty', data: { key: 'forward' }, output: JSDOC_RETURNS.replace(' forward: forwardOf(account),', '') }] },
      ],
    },
    {
      name: 'JavaScript: a JSDoc @type on a variable',
      code: JSDOC_TYPE,
      filename: 'page.js',
      errors: [{ messageId: 'eventParameter', line: 4, column: 27, data: { key: 'inbox', kind: 'an email address', call: "fbq('track')", origin: '`inbox: EmailAddress`' }, suggestions: [{ messageId: 'removeProperty', data: { key: 'inbox' }, output: JSDOC_TYPE.replace('{ inbox }', '{}') }] }],
    },
    {
      name: 'a @pii getter of a class',
      code: GETTER,
      errors: [{ messageId: 'eventParameter', line: 4, column: 27, data: { key: 'primary', call: "fbq('track')", kind: 'personal data', origin: '`new Directory().primary /* @pii */`' }, suggestions: [{ messageId: 'removeProperty', data: { key: 'primary' }, output: `${HEAD}fbq('track', 'Contact', {});` }] }],
    },
    {
      name: 'a gender union and a branded phone in the options object',
      code: `${HEAD}fbq('track', 'Lead', { value: 1 }, { eventID: account.id, who: account.gender, cell: account.cell });`,
      errors: [
        { messageId: 'eventOption', line: 4, column: 59, data: { key: 'who', call: "fbq('track')", kind: 'a gender', origin: '`account.gender: Gender`' }, suggestions: [{ messageId: 'removeProperty', data: { key: 'who' }, output: `${HEAD}fbq('track', 'Lead', { value: 1 }, { eventID: account.id, cell: account.cell });` }] },
        { messageId: 'eventOption', line: 4, column: 80, data: { key: 'cell', call: "fbq('track')", kind: 'a phone number', origin: '`account.cell: MobileNumber`' }, suggestions: [{ messageId: 'removeProperty', data: { key: 'cell' }, output: `${HEAD}fbq('track', 'Lead', { value: 1 }, { eventID: account.id, who: account.gender });` }] },
      ],
    },
  ],
});

// The same code without type information: quiet where only the types knew; the names alone decide
// where the types would have said "digest".
createTsRuleTester().run('no-raw-pii (same code untyped)', rule, {
  valid: [
    { name: 'an innocent parameter name', code: RECIPIENT },
    { name: 'JSDoc tags are not read', code: MEMO },
    { name: 'an imported function with an innocent name', code: CUSTOM_DATA },
    { name: 'a getter with an innocent name', code: GETTER },
  ],
  invalid: [
    {
      name: 'the names say email and phone',
      code: HASH_TYPED,
      errors: [
        { messageId: 'eventParameter', line: 4, column: 24, data: { key: 'email', call: "fbq('track')", kind: 'an email address', origin: '`account.email`' }, suggestions: [{ messageId: 'removeProperty', data: { key: 'email' }, output: `${HEAD}fbq('track', 'Lead', { phone: account.phone });` }] },
        { messageId: 'eventParameter', line: 4, column: 46, data: { key: 'phone', call: "fbq('track')", kind: 'a phone number', origin: '`account.phone`' }, suggestions: [{ messageId: 'removeProperty', data: { key: 'phone' }, output: `${HEAD}fbq('track', 'Lead', { email: account.email });` }] },
      ],
    },
  ],
});
