import { describe, expect, it } from 'vitest';
import { clearPiiOf } from '../../src/analysis/values/clear-pii.js';
import { describeOrigin } from '../../src/analysis/values/describe.js';
import { probe, summary } from './probe.js';

/** Classifies `expression` as it appears at the end of `code` (`sink(expression)`). */
function classify(code: string, expression: string, options?: Parameters<typeof probe>[1]): string {
  return summary(probe(`${code}\nsink(${expression});`, options).classify(expression));
}

describe('value classification', () => {
  describe('names', () => {
    it.each([
      ['user.email', 'pii:email'],
      ['req.body.phoneNumber', 'pii:phone'],
      ['customer.first_name', 'pii:firstName'],
      ['form.lastName', 'pii:lastName'],
      ['user.name', 'pii:fullName'],
      ['product.name', 'unknown'],
      ['global.__vite_profile_name', 'unknown'],
      ['billing.zipCode', 'pii:zip'],
      ['order.postalCode', 'pii:zip(weak)'],
      ['hotel.city', 'pii:city(weak)'],
      ['shipping.city', 'pii:city'],
      ['user.dateOfBirth', 'pii:birthDate'],
      ['profile.gender', 'pii:gender'],
      ['req.ip', 'pii:ipAddress'],
      ['customer.mobile', 'pii:phone'],
      ['layout.mobileMenu', 'unknown'],
      ['user.emailVerified', 'unknown'],
      ['isEmailValid', 'unknown'],
      ['config.emailTemplate', 'unknown'],
      ['user.emailId', 'unknown'],
      ['site.supportEmail', 'unknown'],
      ['user.hashedEmail', 'hashed:unknown(assumed)'],
      ['user.email_sha256', 'hashed:sha256(assumed)'],
      ['user.emailMd5', 'hashed:md5(assumed)'],
      ['emailInput.value', 'pii:email'],
      ['form.email.value', 'pii:email'],
      ['user.getEmail()', 'pii:email'],
    ])('%s → %s', (expression, expected) => {
      expect(classify('', expression)).toBe(expected);
    });

    it('uses piiNames and notPiiNames from settings', () => {
      const settings = { 'meta-privacy': { piiNames: { contactHandle: 'email' }, notPiiNames: ['storeEmail'] } };
      expect(classify('', 'user.contactHandle', { settings })).toBe('pii:email');
      expect(classify('', 'config.storeEmail', { settings })).toBe('unknown');
      expect(classify('', 'order.total', { settings })).toBe('unknown');
      expect(classify('', 'user.contactEmail', { settings: { 'meta-privacy': { notPiiNames: ['contactEmail'] } } })).toBe('unknown');
    });
  });

  describe('literals', () => {
    it.each([
      ["'jane.doe@example.com'", 'pii:email'],
      ["'+16505551212'", 'pii:phone'],
      ["'+44 20 7946 0958'", 'pii:phone'],
      ["'1700000000'", 'safe'],
      ["'v1.2.3'", 'safe'],
      ["'Purchase'", 'safe'],
      ["'b4c9a289323b21a01c3e940f150eb9b8c542587f1abfd8f0e1cc1ffc5e475514'", 'hashed:sha256'],
      ["'b4c9a289323b21a01c3e940f150eb9b8c542587f1abfd8f0e1cc1ffc5e475514.AQ'", 'hashed:sha256'],
      ["'5d41402abc4b2a76b9719d911017c592'", 'hashed:md5'],
      ['42', 'safe'],
      ['undefined', 'safe'],
    ])('%s → %s', (expression, expected) => {
      expect(classify('', expression)).toBe(expected);
    });
  });

  describe('flow', () => {
    it.each([
      ['const', 'const email = req.body.email;', 'email', 'pii:email'],
      ['let with one write', 'let email = user.email;', 'email', 'pii:email'],
      ['a reassigned let is judged by its name', 'let x = user.email; x = other;', 'x', 'unknown'],
      ['destructuring', 'const { phone } = req.body;', 'phone', 'pii:phone'],
      ['renamed destructuring', 'const { email: e } = req.body;', 'e', 'pii:email'],
      ['a weak kind from a person object', 'const { city } = req.body;', 'city', 'pii:city'],
      ['template literal', '', '`${user.email}`', 'pii:email'],
      ['concatenation', '', "'x' + user.phone", 'pii:phone'],
      ['trim and lowercase', '', 'user.email.trim().toLowerCase()', 'pii:email[lowercase,trim]'],
      ['digits only', '', "user.phone.replace(/\\D/g, '')", 'pii:phone[digitsOnly]'],
      ['String()', '', 'String(user.email)', 'pii:email'],
      ['encodeURIComponent', '', 'encodeURIComponent(user.email)', 'pii:email'],
      ['await', 'async function f() { return sink(await user.email); }', 'await user.email', 'pii:email'],
      ['conditional: the worst branch', '', "ok ? user.email : ''", 'pii:email'],
      ['logical or', '', "user.email || ''", 'pii:email'],
      ['a same-file function', 'function emailOf(u) { return u.email; }', 'emailOf(user)', 'pii:email'],
      ['a member of a known object', 'const data = { contact: req.body.phone };', 'data.contact', 'pii:phone'],
      ['an unknown call', '', 'lookup(user)', 'unknown'],
    ])('%s', (_name, code, expression, expected) => {
      expect(classify(code, expression)).toBe(expected);
    });
  });

  describe('hashing', () => {
    const helper = "import crypto from 'node:crypto';";
    it.each([
      ['createHash sha256', helper, "crypto.createHash('sha256').update(user.email).digest('hex')", 'hashed:sha256 of pii:email'],
      ['createHash md5', helper, "crypto.createHash('md5').update(user.email).digest('hex')", 'hashed:md5 of pii:email'],
      ['createHash sha1', helper, "crypto.createHash('sha1').update(x).digest('hex')", 'hashed:sha1'],
      ['createHash sha512', helper, "crypto.createHash('sha512').update(x).digest('hex')", 'hashed:sha512'],
      ['createHash sha3-256', helper, "crypto.createHash('sha3-256').update(x).digest('hex')", 'hashed:sha3'],
      ['createHmac', helper, "crypto.createHmac('sha256', key).update(x).digest('hex')", 'hashed:hmac'],
      ['normalized input', helper, "crypto.createHash('sha256').update(user.email.trim().toLowerCase()).digest('hex')", 'hashed:sha256 of pii:email[lowercase,trim]'],
      ['js-sha256', "import { sha256 } from 'js-sha256';", 'sha256(user.email)', 'hashed:sha256 of pii:email'],
      ['js-sha256 .hex', "import { sha256 } from 'js-sha256';", 'sha256.hex(user.email)', 'hashed:sha256 of pii:email'],
      ['crypto-js MD5', "import CryptoJS from 'crypto-js';", 'CryptoJS.MD5(user.email).toString()', 'hashed:md5 of pii:email'],
      ['crypto-js SHA256', "import CryptoJS from 'crypto-js';", 'CryptoJS.SHA256(x).toString(CryptoJS.enc.Hex)', 'hashed:sha256'],
      ['an imported helper named hash', "import { hashEmail } from './privacy';", 'hashEmail(user.email)', 'hashed:unknown(assumed) of pii:email'],
      ['a same-file helper that uses md5', `${helper}\nfunction hashEmail(v) { return crypto.createHash('md5').update(v).digest('hex'); }`, 'hashEmail(user.email)', 'hashed:md5 of pii:email'],
      ['a same-file helper named hash that does not hash', 'function hashEmail(v) { return v.trim(); }', 'hashEmail(user.email)', 'pii:email[trim]'],
      [
        'WebCrypto in a helper, encoded to hex',
        "async function sha(value) {\n  const buf = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(value));\n  return Array.from(new Uint8Array(buf)).map((b) => b.toString(16).padStart(2, '0')).join('');\n}",
        'await sha(user.email.toLowerCase())',
        'hashed:sha256 of pii:email[lowercase]',
      ],
      [
        'a helper inside a helper keeps the normalization',
        `${helper}\nconst sha256 = (v) => crypto.createHash('sha256').update(v).digest('hex');\nconst normalizePhone = (p) => p.replace(/\\D/g, '').replace(/^0+/, '');`,
        'sha256(normalizePhone(user.phone))',
        'hashed:sha256 of pii:phone[digitsOnly,replace]',
      ],
      ['a digest encoded with Buffer', helper, "Buffer.from(crypto.createHash('sha256').update(x).digest()).toString('hex')", 'hashed:sha256'],
    ])('%s', (_name, code, expression, expected) => {
      expect(classify(code, expression)).toBe(expected);
    });

    // The algorithm read from each spelling, written out here (not read from the catalog): only SHA-256
    // counts as hashed for Meta, so every other reading changes what a user is told.
    it.each([
      ['sha256', 'sha256'],
      ['SHA-256', 'sha256'],
      ['sha2', 'sha256'],
      ['RSA-SHA256', 'sha256'],
      ['sha512', 'sha512'],
      ['SHA-512', 'sha512'],
      ['sha384', 'sha512'],
      ['SHA-384', 'sha512'],
      ['sha1', 'sha1'],
      ['SHA-1', 'sha1'],
      ['sha', 'sha1'],
      ['md5', 'md5'],
      ['MD5', 'md5'],
      ['md4', 'md5'],
      ['sha3-256', 'sha3'],
      ['sha3-384', 'sha3'],
      ['keccak256', 'sha3'],
      ['hmac-sha256', 'hmac'],
      ['bcrypt', 'passwordHash'],
      ['whirlpool', 'unknown'],
    ])("createHash('%s') is read as %s", (algorithm, expected) => {
      expect(classify(helper, `crypto.createHash('${algorithm}').update(user.email).digest('hex')`)).toBe(`hashed:${expected} of pii:email`);
    });

    it.each([
      ['hash', 'unknown(assumed)'],
      ['hashed', 'unknown(assumed)'],
      ['hasher', 'unknown(assumed)'],
      ['digest', 'unknown(assumed)'],
      ['hashEmail', 'unknown(assumed)'],
      ['sha224', 'unknown(assumed)'],
      ['sha256', 'sha256'],
      ['sha256Hex', 'sha256'],
      ['sha', 'sha1'],
      ['sha1', 'sha1'],
      ['toSha1', 'sha1'],
      ['md5', 'md5'],
      ['sha512', 'sha512'],
      ['sha384', 'sha512'],
      ['sha3', 'sha3'],
      ['keccak', 'sha3'],
      ['hmac', 'hmac'],
      ['hmacSha256', 'hmac'],
      ['bcryptHash', 'passwordHash'],
      ['argon2Hash', 'passwordHash'],
      ['scryptHash', 'passwordHash'],
      ['pbkdf2Hash', 'passwordHash'],
    ])('an imported %s() is a hash (%s)', (name, expected) => {
      expect(classify(`import { ${name} } from 'some-lib';`, `${name}(user.email)`)).toBe(`hashed:${expected} of pii:email`);
    });

    it.each(['encrypt', 'encode', 'bcrypt'])('an imported %s() is not a hash', (name) => {
      expect(classify(`import { ${name} } from 'some-lib';`, `${name}(user.email)`)).toBe('unknown');
    });

    it.each([
      ["Buffer.from(d).toString('base64')"],
      ["Array.from(new Uint8Array(d)).map((b) => b.toString(16).padStart(2, '0')).join('')"],
      ['d.slice(0, 64)'],
      ['String(d)'],
    ])('a digest stays a digest through %s', (expression) => {
      const code = `${helper}\nconst d = crypto.createHash('sha256').update(user.email).digest();`;
      expect(classify(code, expression)).toBe('hashed:sha256 of pii:email');
    });

    it.each([
      [32, '', 'hashed:md5'],
      [40, '', 'hashed:sha1'],
      [64, '', 'hashed:sha256'],
      [64, '.AQ', 'hashed:sha256'],
      [64, '.toolongsuffix', 'safe'],
      [96, '', 'safe'],
      [128, '', 'hashed:sha512'],
    ])('a %i-digit hex literal%s is %s', (digits, suffix, expected) => {
      expect(classify('', `'${'a'.repeat(digits)}${suffix}'`)).toBe(expected);
    });

    it('trusts hash functions named in settings, by name or by module export', () => {
      const settings = { 'meta-privacy': { hashFunctions: ['hashForMeta', '@acme/privacy#sha256Normalized'] } };
      expect(classify('', 'hashForMeta(user.email)', { settings })).toBe('hashed:sha256');
      expect(classify("import { sha256Normalized as h } from '@acme/privacy';", 'h(user.email)', { settings })).toBe('hashed:sha256');
    });

    it('matches a module export by the import it is called through, and nothing else', () => {
      const settings = { 'meta-privacy': { hashFunctions: ['@acme/privacy#prepare', '@acme/crypto#default'] } };
      expect(classify("import * as privacy from '@acme/privacy';", 'privacy.prepare(user.email)', { settings })).toBe('hashed:sha256');
      expect(classify("import toMeta from '@acme/crypto';", 'toMeta(user.email)', { settings })).toBe('hashed:sha256');
      expect(classify("import { prepare } from './privacy';", 'prepare(user.email)', { settings })).toBe('unknown');
      expect(classify("import { toMeta } from '@acme/crypto';", 'toMeta(user.email)', { settings })).toBe('unknown');
      expect(classify('const prepare = (v) => v;', 'prepare(user.email)', { settings })).toBe('pii:email');
      expect(classify('', 'getPrivacy().prepare(user.email)', { settings })).toBe('unknown');
    });
  });

  it('follows a parameter of a local function to its callers', () => {
    const result = probe('function send(value) { sink(value); }\nsend(req.body.email);\nsend(other);');
    expect(summary(result.classify('value'))).toBe('pii:email');
  });

  it('takes the first caller that passes raw data, whatever the callers after it pass', () => {
    const result = probe("function send(value) { sink(value); }\nsend(md5);\nsend(req.body.email);\nsend(user.phone);\nsend(sha);");
    const info = result.classify('value');
    expect(summary(info)).toBe('pii:email');
    expect(info.trail.map((step) => `${step.text}@${step.line}`)).toEqual(['value@1', 'req.body.email@3']);
  });

  it('remembers where a value came from', () => {
    const result = probe('const input = req.body;\nconst email = input.email;\nsink({ em: email });');
    const info = result.classify('email');
    expect(info.trail.map((step) => `${step.text}@${step.line}`)).toEqual(['email@3', 'input.email@2']);
  });

  it('never throws on odd code', () => {
    const odd = [
      'sink(a[b]);',
      'sink(new (class {})());',
      'sink((() => { throw 1; })());',
      'function f(x) { return f(x); }\nsink(f(1));',
      'const a = b; const b = a;\nsink(a);',
      'sink(tag`x${y}`);',
      'sink(...rest);',
      'sink(import.meta.env.X);',
      'sink(String());',
      'sink([, user.email]);',
    ];
    for (const code of odd) {
      const result = probe(code);
      const argument = result.text.slice(result.text.lastIndexOf('sink(') + 5, result.text.lastIndexOf(')'));
      expect(() => result.classify(argument)).not.toThrow();
    }
  });
});

describe('helpers of classes and object literals (issue 12, point 8)', () => {
  const CRYPTO = "import crypto from 'node:crypto';\n";
  it.each([
    [
      'this.hash(this.normalize(x)): the methods are read like functions',
      "class S {\n  hash(v) { return crypto.createHash('sha256').update(v).digest('hex'); }\n  normalize(v) { return v.trim().toLowerCase(); }\n  build(user) { return sink(this.hash(this.normalize(user.email))); }\n}",
      'this.hash(this.normalize(user.email))',
      'hashed:sha256 of pii:email[lowercase,trim]',
    ],
    [
      'a method named hashSha256 that uses SHA3-256',
      "class S {\n  hashSha256(v) { return crypto.createHash('sha3-256').update(v).digest('hex'); }\n  build(user) { return sink(this.hashSha256(user.email)); }\n}",
      'this.hashSha256(user.email)',
      'hashed:sha3 of pii:email',
    ],
    [
      'an arrow class field named hashSha256 that uses MD5',
      "class S {\n  hashSha256 = (v) => crypto.createHash('md5').update(v).digest('hex');\n  build(user) { return sink(this.hashSha256(user.email)); }\n}",
      'this.hashSha256(user.email)',
      'hashed:md5 of pii:email',
    ],
    [
      'a this.hash that only base64-encodes',
      "class S {\n  hash(v) { return Buffer.from(v).toString('base64'); }\n  build(user) { return sink(this.hash(user.email)); }\n}",
      'this.hash(user.email)',
      'pii:email',
    ],
    ['utils.sha256 that returns its input', "const utils = { sha256(x) { return x; } };\nsink(utils.sha256(user.email));", 'utils.sha256(user.email)', 'pii:email'],
    ['a this.hash whose body is not here reads as a hash of unknown algorithm, not SHA-1', 'class S extends Base {\n  build(user) { return sink(this.hash(user.email)); }\n}', 'this.hash(user.email)', 'hashed:unknown(assumed) of pii:email'],
    ['btoa is an encoding, not a hash', 'sink(btoa(user.email));', 'btoa(user.email)', 'pii:email'],
  ])('%s', (_name, code, expression, expected) => {
    expect(summary(probe(`${CRYPTO}${code}`).classify(expression))).toBe(expected);
  });

  it("follows a method's parameter to this._send(…) callers", () => {
    const result = probe('const widget = {\n  _send(value) { sink(value); },\n  submit(form) { this._send(form.phone); },\n};');
    expect(summary(result.classify('value'))).toBe('pii:phone');
  });

  it('reads a value from a class field through this', () => {
    const result = probe("class S {\n  constructor(user) { this.contact = user.email; }\n  send() { sink(this.contact); }\n}");
    expect(summary(result.classify('this.contact'))).toBe('pii:email');
  });
});

describe('value classification: the cases each step decides (mutation runs of classify.ts)', () => {
  const HASH = "import crypto from 'node:crypto';\nconst sha = crypto.createHash('sha256').update(user.email).digest('hex');\nconst md5 = crypto.createHash('md5').update(user.email).digest('hex');\nconst token = hashToken(user.id);";
  it.each([
    // the worst of several possible values: raw data, then a weak hash, then weak data, then unknown, then SHA-256
    ['raw data over a weak hash', 'ok ? md5 : user.email', 'pii:email'],
    ['a weak hash over weak data', 'ok ? order.postalCode : md5', 'hashed:md5 of pii:email'],
    ['weak data over an unknown value', 'ok ? lookup(x) : order.postalCode', 'pii:zip(weak)'],
    ['an unknown value over SHA-256', 'ok ? sha : lookup(x)', 'unknown'],
    ['an unknown value over a hash of unknown algorithm', 'ok ? token : lookup(x)', 'unknown'],
    ['SHA-256 over a safe value', "ok ? 'Purchase' : sha", 'hashed:sha256 of pii:email'],
    ['of two equally bad values, the first', 'ok ? user.email : user.phone', 'pii:email'],
    ['raw data first, over a weak hash after it', 'ok ? user.email : md5', 'pii:email'],
    ['raw data first, over anything after it', 'ok || user.email || md5', 'pii:email'],
    ['an array: its worst element', "['Purchase', user.phone]", 'pii:phone'],
    ['an empty array', '[]', 'safe'],
    ['a comparison is a boolean', "user.email === ''", 'safe'],
    ['a guard: the right side of &&', "user.email && 'yes'", 'safe'],
    ['typeof', 'typeof user.email', 'safe'],
    ['an assignment: its value', 'x = user.phone', 'pii:phone'],
    ['a digest of a digest is judged by the inner one', "crypto.createHash('sha256').update(md5).digest('hex')", 'hashed:md5 of pii:email'],
    ['new String()', 'new String(user.email)', 'pii:email'],
  ])('%s', (_name, expression, expected) => {
    expect(classify(HASH, expression)).toBe(expected);
  });

  it.each([
    ['a literal with spaces around it', "' jane.doe@example.com '", 'pii:email'],
    ['a phone number of eight digits', "'+12345678'", 'pii:phone'],
    // as long as a SHA-256 hex digest, and ending in hex letters (`de`): still an address, not a digest
    ['a 64-character email address', "'marie-claire.dupont-lefebvre.newsletter.2024@boutique-example.de'", 'pii:email'],
    ['seven digits are too few for a phone number', "'+1 23 45 67'", 'safe'],
    ['a 32-character id that ends in hex', "'order-5d41402abc4b2a76b9719d911'", 'safe'],
    ['a 32-character id that starts in hex', "'5d41402abc4b2a76b9719d9110-order'", 'safe'],
    ['a template without expressions is a literal', "'' + `jane.doe@example.com`", 'pii:email'],
    ['text joined to text', "'v' + 1", 'safe'],
    ['text joined to an unknown value', "'v' + lookup(x)", 'unknown'],
    ['text joined to a digest', "'v' + sha", 'hashed:sha256 of pii:email'],
    ['a digest joined to an unknown value', 'lookup(x) + sha', 'unknown'],
    ['of the personal parts of a concatenation, the first', '`${order.postalCode}-${user.email}`', 'pii:zip(weak)'],
    ['a personal part after an unknown one', "lookup(x) + '-' + user.email", 'pii:email'],
  ])('%s', (_name, expression, expected) => {
    expect(classify(HASH, expression)).toBe(expected);
  });

  it.each([
    // a value the flow cannot tell is judged by the name it is held under
    ['a const holding an unknown value', 'const email = lookup(x);', 'email', 'pii:email'],
    ['a member holding an unknown value', 'const data = { email: lookup(x) };', 'data.email', 'pii:email'],
    ['a parameter given an unknown value', 'const emailOf = (email) => email;', 'emailOf(lookup(x))', 'pii:email'],
    ['a local getter returning an unknown value', 'function getEmail() { return lookup(x); }', 'getEmail()', 'pii:email'],
    ['a destructured key that says nothing, under a name that does', 'const { value: email } = field;', 'email', 'pii:email'],
    ['a destructured name of a person object', 'const { name } = req.body.customer;', 'name', 'pii:fullName'],
    ['a getter of a person object', '', 'order.customer.getName()', 'pii:fullName'],
    ['a form control of a person object', '', 'refs.customer.nameField.current', 'pii:fullName'],
    ['a destructured parameter', 'function contactOf({ email }) { return email; }', 'contactOf(user)', 'pii:email'],
    ['an array element', 'const [email] = emails;', 'email', 'pii:email'],
    ['a sequence: its last value', 'const v = (0, user.email);', 'v', 'pii:email'],
    ['a default parameter is bound to the argument', "const norm = (v = '') => v.trim();\nnorm(user.email);", 'norm(user.phone)', 'pii:phone[trim]'],
    ['each parameter is bound to its own argument', 'const second = (a, b) => b;\nsecond(user.phone, user.email);', "second(user.email, 'Purchase')", 'safe'],
    ['WebCrypto over bytes encoded beforehand', "const bytes = new TextEncoder().encode(user.email);\nconst buf = crypto.subtle.digest('SHA-256', bytes);", 'buf', 'hashed:sha256'],
    ['an imported function named like a string method', "import { trim } from 'strings';", 'trim(user.email)', 'unknown'],
  ])('%s', (_name, code, expression, expected) => {
    expect(classify(code, expression)).toBe(expected);
  });

  it.each([
    ['/\\D/g', 'digitsOnly'],
    ['/\\D+/g', 'digitsOnly'],
    ['/[^0-9]/g', 'digitsOnly'],
    ['/[^0-9]+/g', 'digitsOnly'],
    ['/[^\\d+]/g', 'digitsOnly'],
    ['/x\\D/g', 'replace'],
    ['/\\Dx/g', 'replace'],
    ["'-'", 'replace'],
    ['NON_DIGITS', 'replace'],
  ])('replace(%s) is %s', (pattern, step) => {
    expect(classify('', `user.phone.replace(${pattern}, '')`)).toBe(`pii:phone[${step}]`);
  });

  it.each([
    ['user.email as string', 'pii:email'],
    ['user.email!', 'pii:email'],
    ['user.email satisfies string', 'pii:email'],
  ])('TypeScript: %s', (expression, expected) => {
    expect(classify('', expression, { typescript: true })).toBe(expected);
  });

  it('keeps the four nearest steps of a long chain, each once', () => {
    const result = probe('function emailOf(u) { return u.email; }\nconst a = emailOf(user);\nconst b = a;\nconst c = b;\nconst d = c;\nsink(d);');
    expect(result.classify('d').trail.map((step) => `${step.text}@${step.line}`)).toEqual(['d@6', 'c@5', 'b@4', 'a@3']);
    expect(result.classify('emailOf(user)').trail.map((step) => `${step.text}@${step.line}`)).toEqual(['emailOf(user)@2', 'u.email@1']);
  });
});

describe('describeOrigin: where a value came from, as messages say it', () => {
  const origin = (code: string, expression: string, reported = expression) => {
    const result = probe(code);
    return describeOrigin(result.analysis.sourceCode, result.classify(expression), result.node(reported));
  };

  it.each([
    ['the steps before the reported node, with their lines', 'const input = req.body;\nconst email = input.email;\nsink(email);', 'email', '`input.email` (line 2)'],
    ['steps on the reported line without a line number', 'const input = req.body; const email = input.email; sink(email);', 'email', '`input.email`'],
    ['a chain of steps, nearest first', 'const email = req.body.email;\nsend(email);\nfunction send(value) {\n  sink(String(value));\n}', 'String(value)', '`value` ← `email` (line 2) ← `req.body.email` (line 1)'],
    ['a reference that reads as its declaration once', 'const { email } = req.body;\nsink(String(email));', 'String(email)', '`email` (line 1)'],
    ['the reported node alone: itself', 'sink(user.email);', 'user.email', '`user.email`'],
    ['a value with no steps (a call of unknown result): its own text', 'sink(crypto.randomUUID());', 'crypto.randomUUID()', '`crypto.randomUUID()`'],
  ])('%s', (_name, code, expression, expected) => {
    expect(origin(code, expression)).toBe(expected);
  });
});

describe('clearPiiOf: personal data in clear, judged by the value and by the key it is sent under', () => {
  const clearPii = (key: string | undefined, expression: string, code = '') => {
    const result = probe(`${code}\nsink(${expression});`);
    const node = result.node(expression);
    return clearPiiOf(result.analysis, key, node, node);
  };

  it.each([
    ['a Meta short key holding an unknown value', 'em', 'getValue()', { kind: 'email', origin: '`getValue()`' }],
    ['a Meta short key holding a name the classifier does not know', 'ph', 'x', { kind: 'phone', origin: '`x`' }],
    ['a personal key holding an unknown value', 'email', 'getValue()', { kind: 'email', origin: '`getValue()`' }],
    ['personal data by its value, whatever the key', 'value', 'user.email', { kind: 'email', origin: '`user.email`' }],
    ['weak personal data under a Meta key: the key is no person name', 'em', 'hotel.city', undefined],
    ['weak personal data under a personal key', 'customer_city', 'hotel.city', { kind: 'city', origin: '`hotel.city`' }],
    ['an unknown value without a key', undefined, 'getValue()', undefined],
    ['a hashed value under a Meta key', 'em', 'user.hashedEmail', undefined],
    ['an unknown value under a key that is neither', 'value', 'getValue()', undefined],
  ])('%s', (_name, key, expression, expected) => {
    expect(clearPii(key, expression)).toEqual(expected);
  });
});
