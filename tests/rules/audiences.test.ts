// Custom Audience uploads (Graph API `/{audience_id}/users` payloads and the Node SDK's
// CustomAudience methods) under no-unhashed-identifiers, in the shapes found in public sync jobs:
// rows mapped from customers, batches cut with slice(), rows built by a helper, pre-hashed rows.
import rule from '../../src/rules/no-unhashed-identifiers.js';
import { createJsRuleTester } from '../rule-tester.js';

const ruleTester = createJsRuleTester();
const SHA = "import { createHash } from 'node:crypto';\nconst sha256 = (v) => createHash('sha256').update(v).digest('hex');\n";
const SDK = "import { CustomAudience } from 'facebook-nodejs-business-sdk';\n";

ruleTester.run('no-unhashed-identifiers (Custom Audiences)', rule, {
  valid: [
    {
      name: 'hashed emails in batches',
      code: `${SHA}const hashed = customers.map((c) => [sha256(c.email.trim().toLowerCase())]);\nfor (let i = 0; i < hashed.length; i += 10000) {\n  const batch = hashed.slice(i, i + 10000);\n  await fetch(\`https://graph.facebook.com/v21.0/\${audienceId}/users\`, { method: 'POST', body: JSON.stringify({ payload: { schema: ['EMAIL_SHA256'], data: batch } }) });\n}`,
    },
    {
      name: 'multi-key rows: hashed contact data, raw MADID and EXTERN_ID',
      code: `${SHA}${SDK}const rows = customers.map((c) => [sha256(c.email), sha256(c.phone.replace(/\\D/g, '')), c.adId, c.id]);\nawait new CustomAudience(id).createUser([], { payload: { schema: ['EMAIL', 'PHONE', 'MADID', 'EXTERN_ID'], data: rows } });`,
    },
    { name: 'Facebook user IDs under UID', code: "await audience.createUser([], { payload: { schema: 'UID', data: candidates.map((c) => c.facebook_id) } });" },
    { name: 'pre-hashed literal rows', code: "audience.createUser([], { payload: { schema: ['EMAIL_SHA256'], data: [['f1904cf1a9d73a55fa5de0ac823c4403ded71afd4c3248d00bdcd0866552bb79']] } });" },
    { name: 'rows hashed by an imported helper', code: "import { hashEmail } from './hash';\nconst payload = { schema: ['EMAIL_SHA256'], data: list.map((m) => [hashEmail(m.email)]) };\nawait api.post(`${audienceId}/users`, { payload });" },
  ],
  invalid: [
    {
      name: 'the issue example: rows mapped from members, not hashed',
      code: "const payload = { schema: ['EMAIL_SHA256'], data: members.map((m) => [m.email]) };\nawait fetch(`https://graph.facebook.com/v19.0/${audienceId}/users`, { method: 'POST', body: JSON.stringify({ payload }) });",
      errors: [{ messageId: 'unhashed', line: 1, column: 71, data: { key: 'EMAIL_SHA256', kind: 'an email address', origin: '`m.email`' } }],
    },
    {
      name: 'one raw column of a multi-key row built by a helper',
      code: `${SHA}${SDK}function toRows(users) {\n  return users.map((u) => [sha256(u.email), u.phone]);\n}\nawait new CustomAudience(id).createUser([], { payload: { schema: ['EMAIL', 'PHONE'], data: toRows(users) } });`,
      errors: [
        {
          messageId: 'unhashed',
          line: 5,
          column: 45,
          data: { key: 'PHONE', kind: 'a phone number', origin: '`u.phone`' },
          suggestions: [
            {
              messageId: 'wrapInHash',
              output: `${SHA}${SDK}function toRows(users) {\n  return users.map((u) => [sha256(u.email), sha256(u.phone.replace(/\\D/g, ''))]);\n}\nawait new CustomAudience(id).createUser([], { payload: { schema: ['EMAIL', 'PHONE'], data: toRows(users) } });`,
            },
          ],
        },
      ],
    },
    {
      name: 'MD5 through a batch of mapped elements',
      code: "const hashed = customers.map((c) => md5(c.email));\nconst batch = hashed.slice(0, 10000);\nawait audience.createUser([], { payload: { schema: 'EMAIL_SHA256', data: batch.map((h) => [h]) } });",
      errors: [{ messageId: 'wrongAlgorithm', line: 1, column: 37 }],
    },
    {
      name: 'a hashed mobile advertiser ID',
      code: `${SHA}audience.deleteUsers({ payload: { schema: ['MADID'], data: devices.map((d) => [sha256(d.advertisingId)]) } });`,
      errors: [
        {
          messageId: 'mustNotHash',
          line: 3,
          column: 80,
          suggestions: [{ messageId: 'sendAsIs', output: `${SHA}audience.deleteUsers({ payload: { schema: ['MADID'], data: devices.map((d) => [d.advertisingId]) } });` }],
        },
      ],
    },
    {
      name: 'an email hashed without normalization (strict)',
      code: `${SHA}audience.createUsersReplace([], { payload: { schema: ['EMAIL'], data: members.map((m) => [sha256(m.email)]) } });`,
      options: [{ hashExternalId: false, notNormalized: true, requireProvenHash: false }],
      errors: [{ messageId: 'notNormalized', line: 3, column: 91 }],
    },
  ],
});
