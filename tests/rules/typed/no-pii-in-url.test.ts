import rule from '../../../src/rules/no-pii-in-url.js';
import { createTsRuleTester, createTypedRuleTester } from '../../rule-tester.js';

// Types come from tests/fixtures/typed (types.ts, account.ts); the code is linted as its file.ts.
const HEAD = "import { type Account, ownerOf } from './account.js';\nimport type { MobileNumber } from './types.js';\ndeclare const account: Account;\ndeclare const router: { push(url: string): void };\n";

// Only the types know these are personal data.
const REPLY_TO = `${HEAD}router.push(\`/thanks?to=\${account.replyTo}\`);`;
const OWNER = `${HEAD}location.href = '/done?r=' + ownerOf(account);`;
const PARAMETER = `${HEAD}export function callBack(number: MobileNumber) {\n  router.push(\`/call-back/\${number}\`);\n}`;
// The key says email; the type says digest.
const HASH_TYPED = `${HEAD}router.push(\`/thanks?email=\${account.email}\`);`;

const typed = createTypedRuleTester();

typed.run('no-pii-in-url (typed)', rule, {
  valid: [
    { name: 'a value typed Sha256 under a key that says email', code: HASH_TYPED },
    { name: 'a plain string with an innocent name', code: `${HEAD}router.push(\`/thanks?ref=\${account.nickname}\`);` },
    { name: 'a typed email in a request URL (not a page address)', code: `${HEAD}fetch(\`/api/users?to=\${account.replyTo}\`);` },
  ],
  invalid: [
    {
      name: 'an email behind an innocent key and name',
      code: REPLY_TO,
      errors: [
        {
          messageId: 'pageUrl',
          line: 5,
          column: 27,
          data: { what: 'An email address (from `account.replyTo: EmailAddress`)', verb: 'is', it: 'it', part: 'query string', url: 'the URL given to `router.push()`' },
          suggestions: [{ messageId: 'removeParameter', data: { key: 'to' }, output: `${HEAD}router.push(\`/thanks\`);` }],
        },
      ],
    },
    {
      name: 'the return type of an imported function in a location assignment',
      code: OWNER,
      errors: [{ messageId: 'pageUrl', line: 5, column: 30, data: { what: 'An email address (from `ownerOf(account): Email`)', verb: 'is', it: 'it', part: 'query string', url: '`location.href`' } }],
    },
    {
      name: 'a parameter typed MobileNumber in a path',
      code: PARAMETER,
      errors: [{ messageId: 'pageUrl', line: 6, column: 29, data: { what: 'A phone number (from `number: MobileNumber`)', verb: 'is', it: 'it', part: 'path', url: 'the URL given to `router.push()`' } }],
    },
  ],
});

// The same code without type information: quiet where only the types knew; the key alone decides
// where the type would have said "digest".
createTsRuleTester().run('no-pii-in-url (same code untyped)', rule, {
  valid: [
    { name: 'an innocent key and name', code: REPLY_TO },
    { name: 'an imported function with an innocent name', code: OWNER },
    { name: 'a parameter with an innocent name', code: PARAMETER },
  ],
  invalid: [
    {
      name: 'the key says email',
      code: HASH_TYPED,
      errors: [
        {
          messageId: 'pageUrl',
          line: 5,
          column: 30,
          data: { what: 'An email address (from `account.email`)', verb: 'is', it: 'it', part: 'query string', url: 'the URL given to `router.push()`' },
          suggestions: [{ messageId: 'removeParameter', data: { key: 'email' }, output: `${HEAD}router.push(\`/thanks\`);` }],
        },
      ],
    },
  ],
});
