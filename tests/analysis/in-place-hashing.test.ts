import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { inPlaceHashingOf } from '../../src/analysis/values/in-place-hashing.js';
import { probe, summary } from './probe.js';

const SHA = "import { createHash } from 'node:crypto';\nconst sha256 = (v) => createHash('sha256').update(v).digest('hex');\nconst md5 = (v) => createHash('md5').update(v).digest('hex');\n";
const SEND = "\nfetch('https://graph.facebook.com/v21.0/1/events', { method: 'POST', body: JSON.stringify({ data: [event] }) });";

/** The in-place hashing found for the object literal written `object` in `code`: `key=hash` per key, then `*=hash` for every key. */
function hashing(code: string, object: string): string {
  const result = probe(`${SHA}${code}${SEND}`);
  const found = inPlaceHashingOf(result.analysis.sourceCode, result.analysis.values, result.node(object) as TSESTree.ObjectExpression);
  const keys = [...found.keys].map(([key, value]) => `${key}=${summary(value)}`);
  return [...keys, ...(found.every ? [`*=${summary(found.every)}`] : [])].join(' ') || 'none';
}

describe('in-place hashing of an object built before it is sent', () => {
  it.each([
    ['a key assigned a hash of itself', 'const ud = { em: lead.email, ph: lead.phone };\nud.em = sha256(ud.em);\nconst event = { user_data: ud };', '{ em: lead.email, ph: lead.phone }', 'em=hashed:sha256'],
    ['a key of the user_data of an event const', "const event = { event_name: 'Lead', user_data: { em: lead.email } };\nevent.user_data.em = sha256(event.user_data.em);", '{ em: lead.email }', 'em=hashed:sha256'],
    ['the same key of another property is not this object', "const event = { user_data: { em: lead.email }, custom_data: { em: other.email } };\nevent.custom_data.em = sha256(event.custom_data.em);", '{ em: lead.email }', 'none'],
    ['an object two levels down is not followed', "const event = { data: { user_data: { em: lead.email } } };\nevent.data.user_data.em = sha256(event.data.user_data.em);", '{ em: lead.email }', 'none'],
    ['a let may hold another object by then', 'let ud = { em: lead.email };\nud.em = sha256(ud.em);\nconst event = { user_data: ud };', '{ em: lead.email }', 'none'],
    ['a compound assignment does not replace the value', 'const ud = { em: lead.email };\nud.em += sha256(ud.em);\nconst event = { user_data: ud };', '{ em: lead.email }', 'none'],
    ['a key given a value that is not a hash', 'const ud = { em: lead.email };\nud.em = ud.em.trim();\nconst event = { user_data: ud };', '{ em: lead.email }', 'none'],
    ['a computed key hashes every key', "const ud = { em: lead.email, ph: lead.phone };\nfor (const key of ['em', 'ph']) ud[key] = md5(ud[key]);\nconst event = { user_data: ud };", '{ em: lead.email, ph: lead.phone }', '*=hashed:md5'],
    [
      'a local helper given the object as its second argument',
      "function hashFields(options, ud) {\n  ud.ph = sha256(ud.ph);\n}\nconst ud = { ph: lead.phone };\nhashFields({}, ud);\nconst event = { user_data: ud };",
      '{ ph: lead.phone }',
      'ph=hashed:sha256',
    ],
    ['an awaited helper of another module named for hashing', "import { hashUserData } from './meta';\nconst ud = { em: lead.email };\nawait hashUserData(ud);\nconst event = { user_data: ud };", '{ em: lead.email }', '*=hashed:unknown(assumed)'],
    ['a helper of another module whose result is kept', "import { hashUserData } from './meta';\nconst ud = { em: lead.email };\nconst hashed = hashUserData(ud);\nconst event = { user_data: ud, hashed };", '{ em: lead.email }', 'none'],
    ['a helper of another module named for something else', "import { prepareUserData } from './meta';\nconst ud = { em: lead.email };\nprepareUserData(ud);\nconst event = { user_data: ud };", '{ em: lead.email }', 'none'],
    ['the object used as a key of another object', 'const ud = { em: lead.email };\ncache[ud] = sha256(token);\nconst event = { user_data: ud };', '{ em: lead.email }', 'none'],
    ['a key read into another variable', 'const ud = { em: lead.email };\nlet last;\nlast = ud.em_sha256;\nconst event = { user_data: ud };', '{ em: lead.email }', 'none'],
    ['a property under a computed key', 'const event = { [slot]: { em: lead.email } };\nevent[other].em = sha256(event[other].em);', '{ em: lead.email }', 'none'],
    ['a dropped call of a function without a name', 'const ud = { em: lead.email };\ngetHasher()(ud);\nconst event = { user_data: ud };', '{ em: lead.email }', 'none'],
    ['an object not held in a const', "const event = { user_data: build({ em: lead.email }) };", '{ em: lead.email }', 'none'],
  ])('%s', (_name, code, object, expected) => {
    expect(hashing(code, object)).toBe(expected);
  });
});
