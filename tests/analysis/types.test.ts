import type { TSESTree } from '@typescript-eslint/utils';
import type { Rule } from 'eslint';
import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import type * as ts from 'typescript';
import { afterEach, describe, expect, it, vi } from 'vitest';
import plugin from '../../src/index.js';
import { typeEvidenceOf } from '../../src/analysis/values/type-evidence.js';
import { classifyTag, classifyTypeName } from '../../src/analysis/values/type-names.js';
import { readSettings } from '../../src/settings.js';
import { TYPED_FIXTURES } from '../rule-tester.js';
import { probe, summary } from './probe.js';

const DEFAULTS = readSettings({});
const anywhere = () => true;

describe('type names', () => {
  it.each([
    ['Email', 'pii:email'],
    ['EmailAddr', 'pii:email'],
    ['EmailAddress', 'pii:email'],
    ['CustomerEmail', 'pii:email'],
    ['MobileNumber', 'pii:phone'],
    ['PhoneNumber', 'pii:phone'],
    ['E164', 'pii:phone'],
    ['FirstName', 'pii:firstName'],
    ['Surname', 'pii:lastName'],
    ['LegalName', 'pii:fullName'],
    ['DateOfBirth', 'pii:birthDate'],
    ['Gender', 'pii:gender'],
    ['StreetAddress', 'pii:address'],
    ['SSN', 'pii:ssn'],
    ['CreditCardNumber', 'pii:cardNumber'],
    ['Sha256', 'hashed:sha256'],
    ['HashedValue', 'hashed:sha256'],
    ['HashedEmail', 'hashed:sha256'],
    ['Hashed', 'hashed:sha256'],
    ['EmailDigest', 'hashed:sha256'],
    ['Md5Digest', 'hashed:md5'],
    ['EmailSha1', 'hashed:sha1'],
    ['ShareHash', 'hashed:sha256'],
    // Not personal data: a bare Name / Address / State is as often a product's or a wallet's.
    ['Name', 'none'],
    ['Address', 'none'],
    ['WalletAddress', 'none'],
    ['State', 'none'],
    ['EmailTemplate', 'none'],
    ['PhoneNumberFormat', 'none'],
    ['EmailId', 'none'],
    ['Emailer', 'none'],
    ['Telemetry', 'none'],
  ])('%s → %s', (name, expected) => {
    expect(verdictText(classifyTypeName(name, DEFAULTS, anywhere))).toBe(expected);
  });

  it('tries settings first: hashedTypes, then piiTypes, by words or by module#Type', () => {
    const settings = readSettings({
      'meta-privacy': { piiTypes: { ContactHandle: 'email', '@acme/crm#MemberRef': 'personal' }, hashedTypes: ['EmailToken', 'LegacyMd5Key'] },
    });
    expect(verdictText(classifyTypeName('PrimaryContactHandle', settings, anywhere))).toBe('pii:email');
    expect(verdictText(classifyTypeName('MemberRef', settings, (module) => module === '@acme/crm'))).toBe('pii:personal');
    expect(verdictText(classifyTypeName('MemberRef', settings, () => false))).toBe('none');
    expect(verdictText(classifyTypeName('OtherRef', settings, (module) => module === '@acme/crm'))).toBe('none');
    expect(verdictText(classifyTypeName('ContactHandleRef', settings, anywhere))).toBe('pii:email');
    expect(verdictText(classifyTypeName('EmailToken', settings, anywhere))).toBe('hashed:sha256');
    expect(verdictText(classifyTypeName('LegacyMd5Key', settings, anywhere))).toBe('hashed:md5');
  });

  it.each([
    ['pii', '', 'pii:personal'],
    ['pii', 'email', 'pii:email'],
    ['pii', 'firstName', 'pii:firstName'],
    ['pii', 'phone number of the owner', 'pii:phone'],
    ['pii', 'city', 'pii:city'],
    ['pii', 'CITY of residence', 'pii:city'],
    ['pii', 'mobile number', 'pii:phone'],
    ['pii', 'whatever this is', 'pii:personal'],
    ['hashed', '', 'hashed:sha256'],
    ['hashed', 'md5', 'hashed:md5'],
    ['hashed', 'SHA-1 of the normalized email', 'hashed:sha1'],
    ['hashed', 'with a shared salt', 'hashed:sha256'],
    ['param', 'email', 'none'],
  ])('@%s %s → %s', (tag, text, expected) => {
    expect(verdictText(classifyTag(tag, text))).toBe(expected);
  });
});

describe('settings piiTypes / hashedTypes', () => {
  it('parse lists and objects', () => {
    const settings = readSettings({
      'meta-privacy': { piiTypes: ['ContactHandle', './src/types#MemberRef'], hashedTypes: { LegacyDigest: 'md5', '@acme/privacy#MatchKey': 'sha256' } },
    });
    expect(settings.piiTypes).toEqual([
      { name: 'contact handle', value: 'personal' },
      { name: 'MemberRef', module: './src/types', value: 'personal' },
    ]);
    expect(settings.hashedTypes).toEqual([
      { name: 'legacy digest', value: 'md5' },
      { name: 'MatchKey', module: '@acme/privacy', value: 'sha256' },
    ]);
  });

  it.each([
    [{ piiTypes: 'Email' }, /piiTypes must be an array of type names or an object of type name → value/],
    [{ piiTypes: [''] }, /piiTypes must be an array of non-empty strings/],
    [{ piiTypes: { Handle: 'mail' } }, /piiTypes\.Handle must be one of email, phone/],
    [{ piiTypes: ['@acme/crm#'] }, /piiTypes entry '@acme\/crm#' must be 'name' or 'module#export'/],
    [{ piiTypes: ['@acme/crm#Member-Ref'] }, /piiTypes entry '@acme\/crm#Member-Ref' must end in a type name after '#'/],
    [{ piiTypes: ['__'] }, /piiTypes entry '__' has no words to match in a type name/],
    [{ hashedTypes: { Digest: 'sha-256' } }, /hashedTypes\.Digest must be one of sha256, md5/],
    [{ hashedTypes: [42] }, /hashedTypes must be an array of non-empty strings; got \[42\]/],
  ])('fail loudly on %j, naming the key', (settings, message) => {
    expect(() => readSettings({ 'meta-privacy': settings })).toThrow(message);
  });
});

const HEAD = `import { type Account, Directory, contactFor, digestOf, fallbackOf, first, lookup, ownerOf, prepare, recipientOf } from './account.js';
import type { Email, EmailAddress, Maybe, Sha256 } from './types.js';
import type { ContactPoint, MatchKey } from '@acme/crm';
import { createHash } from 'node:crypto';
declare const account: Account;
declare const input: string;
declare function sink(...values: unknown[]): void;
`;

/** Classifies `expression` in `code` (after HEAD), with the fixture program and without one. */
function both(code: string, expression: string, settings?: Record<string, unknown>): { typed: string; untyped: string } {
  const source = code.includes(`sink(${expression})`) ? `${HEAD}${code}` : `${HEAD}${code}\nsink(${expression});`;
  return {
    typed: summary(probe(source, { project: TYPED_FIXTURES, settings }).classify(expression)),
    untyped: summary(probe(source, { typescript: true, settings }).classify(expression)),
  };
}

describe('classification with types (fixture project), and the same code untyped', () => {
  it.each([
    // Types declared in types.ts, used through account.ts: facts cross files.
    ['account.replyTo', 'pii:email', 'unknown'],
    ['account.cell', 'pii:phone', 'pii:phone'],
    ['account.contact', 'pii:email', 'unknown'],
    ['account.backup', 'pii:phone', 'unknown'],
    ['account.gender', 'pii:gender', 'pii:gender'],
    ['account.born', 'pii:birthDate', 'unknown'],
    ['account.aliases', 'pii:email', 'unknown'],
    ['account.message', 'unknown', 'unknown'],
    ['account.nickname', 'unknown', 'unknown'],
    ['account.memo', 'pii:personal', 'unknown'],
    ['account.handle', 'pii:phone', 'unknown'],
    ['account.token', 'hashed:sha256(assumed)', 'unknown'],
    ['account.email', 'hashed:sha256(assumed)', 'pii:email'],
    ['account.phone', 'hashed:sha256(assumed)', 'pii:phone'],
    ['account.legacy', 'hashed:md5(assumed)', 'unknown'],
    ["account['replyTo']", 'pii:email', 'unknown'],
    ['account?.replyTo', 'pii:email', 'unknown'],
    // Calls: the declared return type, a JSDoc tag, generics, await.
    ['ownerOf(account)', 'pii:email', 'unknown'],
    ['digestOf(input)', 'hashed:sha256(assumed)', 'hashed:unknown(assumed)'],
    ['prepare(input)', 'hashed:sha256(assumed)', 'unknown'],
    ['recipientOf(account)', 'pii:email', 'unknown'],
    ['first(account.aliases)', 'pii:email', 'unknown'],
    ['await lookup(input)', 'pii:email', 'unknown'],
    ['lookup(input)', 'unknown', 'unknown'],
    ['new Directory().ownerOf(account)', 'pii:email', 'unknown'],
    ['new Directory().primary', 'pii:personal', 'unknown'],
    // Plain aliases in generic wrappers: the written types remember them, the checker does not.
    ['account.fallback', 'pii:email', 'unknown'],
    ['account.previous', 'pii:email', 'unknown'],
    ['account.previous[0]', 'pii:email', 'unknown'],
    ['account.forwarding.value', 'pii:email', 'unknown'],
    ['account.label.value', 'unknown', 'unknown'],
    ['fallbackOf(account)', 'pii:email', 'unknown'],
    ['await contactFor(input)', 'pii:email', 'unknown'],
    ['contactFor(input)', 'unknown', 'unknown'],
    // Casts.
    ['input as Email', 'pii:email', 'unknown'],
    ['input as unknown as Sha256', 'hashed:sha256(assumed)', 'unknown'],
    ['account.replyTo!', 'pii:email', 'unknown'],
  ])('%s → typed %s, untyped %s', (expression, typed, untyped) => {
    expect(both('', expression)).toEqual({ typed, untyped });
  });

  it.each([
    ['a local variable from a typed read', 'const to = account.replyTo;', 'to', 'pii:email', 'unknown'],
    ['a shorthand property', 'const to = account.replyTo;\nconst payload = { to };', 'payload.to', 'pii:email', 'unknown'],
    ['a JSDoc @pii variable', '/** @pii */\nconst note = input;', 'note', 'pii:personal', 'unknown'],
    ['a JSDoc @hashed md5 variable', '/** @hashed md5 */\nconst legacy = input;', 'legacy', 'hashed:md5(assumed)', 'unknown'],
    ['an inline brand literal', "declare const e: string & { readonly __brand: 'Email' };", 'e', 'pii:email', 'unknown'],
    ['an inline brand, innocent variable name', "declare const who: string & { readonly __brand: 'PhoneNumber' };", 'who', 'pii:phone', 'unknown'],
    [
      'a type-fest style Tagged<string, …>',
      "declare const tag: unique symbol;\ntype Tagged<T, N extends string> = T & { readonly [tag]: { [K in N]: void } };\ndeclare const who: Tagged<string, 'EmailAddress'>;",
      'who',
      'pii:email',
      'unknown',
    ],
    ['a string enum named Gender', "enum Gender { Female = 'f', Male = 'm' }\ndeclare const g: Gender;", 'g', 'pii:gender', 'unknown'],
    ['an interface named Email is a message, not an address', 'interface Email { subject: string }\ndeclare const m: Email;', 'm', 'unknown', 'unknown'],
    ['a union of a digest and plain text is not known', 'declare const d: Sha256 | string;', 'd', 'unknown', 'unknown'],
    ['a union of a digest and null is a digest', 'declare const d: Sha256 | null;', 'd', 'hashed:sha256(assumed)', 'unknown'],
    ['a union of an email and a number is an email', 'declare const d: Email | number;', 'd', 'pii:email', 'unknown'],
    ['an intersection of an email and a hash brand is a digest', "declare const d: Email & { readonly __hashed: 'sha256' };", 'd', 'hashed:sha256(assumed)', 'unknown'],
    ['a computed key says nothing about the property', 'declare const key: Email;\ndeclare const table: Record<string, string>;', 'table[key]', 'unknown', 'unknown'],
    ['a function read without a call is not its return value', 'const pick = recipientOf;', 'pick', 'unknown', 'unknown'],
    ['any says nothing', 'declare const anything: any;', 'anything', 'unknown', 'unknown'],
    ['an unresolved import falls back to names', "import { mystery } from './missing.js';", 'mystery.email', 'pii:email', 'pii:email'],
    ['a parameter typed Email in an uncalled function', 'export function send(to: Email) {\n  sink(to);\n}', 'to', 'pii:email', 'unknown'],
    ['a JSDoc @pii class property', 'class Lead {\n  /** @pii email */\n  contact = "";\n}\ndeclare const lead: Lead;', 'lead.contact', 'pii:email', 'unknown'],
    ['a satisfies clause', "const to = 'x' satisfies Email;", 'to', 'pii:email', 'safe'],
    ['a local generic alias', 'type Nullable<T> = T | null;\ndeclare const to: Nullable<EmailAddress>;', 'to', 'pii:email', 'unknown'],
    ['a generic alias with a default', 'type Opt<T = EmailAddress> = T | undefined;\ndeclare const to: Opt;', 'to', 'pii:email', 'unknown'],
    ['wrappers in wrappers', 'declare const to: Readonly<Maybe<EmailAddress>>[];', 'to[1]', 'pii:email', 'unknown'],
    ['a wrapper of plain text', 'declare const to: Maybe<string>;', 'to', 'unknown', 'unknown'],
    ['a wrapper of a digest', 'declare const d: Maybe<Sha256>;', 'd', 'hashed:sha256(assumed)', 'unknown'],
    ['a wrapper whose argument is not the value', 'type Counted<T> = { count: number; of?: T };\ndeclare const c: Counted<EmailAddress>;', 'c.count', 'unknown', 'unknown'],
    ['an awaited local variable', 'const to = await contactFor(input);', 'to', 'pii:email', 'unknown'],
    ['a type parameter with nothing bound', 'export function send<T>(to: T) {\n  sink(to);\n}', 'to', 'unknown', 'unknown'],
    ['a JSDoc @hashed parameter', 'export function send(/** @hashed */ to: string) {\n  sink(to);\n}', 'to', 'hashed:sha256(assumed)', 'unknown'],
  ])('%s', (_name, code, expression, typed, untyped) => {
    expect(both(code, expression)).toEqual({ typed, untyped });
  });

  it('keeps what the code shows: a hash computed in view, with its algorithm and normalized input', () => {
    expect(both('', "createHash('md5').update(input).digest('hex') as Sha256").typed).toBe('hashed:md5');
    expect(both('', "createHash('sha256').update(account.replyTo.trim().toLowerCase()).digest('hex')").typed).toBe(
      'hashed:sha256 of pii:email[lowercase,trim]',
    );
    expect(both('const to = account.replyTo.trim();', 'to').typed).toBe('pii:email[trim]');
  });

  it('reads `<Type>value` assertions', () => {
    expect(summary(probe(`${HEAD}sink(<Email>input);`, { project: TYPED_FIXTURES }).classify('<Email>input'))).toBe('pii:email');
  });

  it('names the type or the tag in the provenance', () => {
    const result = probe(`${HEAD}sink(account.cell, account.memo, ownerOf(account));`, { project: TYPED_FIXTURES });
    expect(result.classify('account.cell').trail.map((step) => step.text)).toEqual(['account.cell: MobileNumber']);
    expect(result.classify('account.memo').trail.map((step) => step.text)).toEqual(['account.memo /* @pii */']);
    expect(result.classify('ownerOf(account)').trail.map((step) => step.text)).toEqual(['ownerOf(account): Email']);
  });

  it('reads piiTypes / hashedTypes by word and by module#Type (a package, through declare module)', () => {
    const code = 'declare const point: ContactPoint;\ndeclare const key: MatchKey;';
    expect(both(code, 'point').typed).toBe('unknown');
    expect(both(code, 'point', { 'meta-privacy': { piiTypes: { '@acme/crm#ContactPoint': 'phone' } } }).typed).toBe('pii:phone');
    expect(both(code, 'point', { 'meta-privacy': { piiTypes: ['@other/crm#ContactPoint'] } }).typed).toBe('unknown');
    expect(both(code, 'point', { 'meta-privacy': { piiTypes: ['ContactPoint'] } }).typed).toBe('pii:personal');
    expect(both(code, 'key', { 'meta-privacy': { hashedTypes: ['@acme/crm#MatchKey'] } }).typed).toBe('hashed:sha256(assumed)');
    expect(both(code, 'account.member', { 'meta-privacy': { piiTypes: ['./types#MemberRef'] } }).typed).toBe('pii:personal');
    expect(both(code, 'account.member', { 'meta-privacy': { piiTypes: ['./types.ts#MemberRef'] } }).typed).toBe('pii:personal');
    expect(both(code, 'account.member', { 'meta-privacy': { piiTypes: [`${TYPED_FIXTURES}/types#MemberRef`] } }).typed).toBe('pii:personal');
    expect(both(code, 'account.member', { 'meta-privacy': { piiTypes: ['./account#MemberRef'] } }).typed).toBe('unknown');
  });
});

describe('type evidence without a program, and when the checker fails', () => {
  const node = { type: 'Identifier', name: 'x' } as TSESTree.Node;
  const sourceCode = (parserServices: unknown) => ({ parserServices }) as never;

  it('is absent for espree and for typescript-eslint without a project', () => {
    expect(typeEvidenceOf(sourceCode(undefined), DEFAULTS)).toBeUndefined();
    expect(typeEvidenceOf(sourceCode({}), DEFAULTS)).toBeUndefined();
    expect(typeEvidenceOf(sourceCode({ program: null, esTreeNodeToTSNodeMap: new WeakMap() }), DEFAULTS)).toBeUndefined();
  });

  it('never throws: a checker that throws gives no fact', () => {
    const failing = new Proxy({}, { get: () => () => { throw new Error('checker failure'); } });
    const tsNode = { kind: 80, parent: { kind: 0 } } as unknown as ts.Node;
    const evidence = typeEvidenceOf(sourceCode({ program: { getTypeChecker: () => failing }, esTreeNodeToTSNodeMap: new Map([[node, tsNode]]) }), DEFAULTS);
    expect(evidence).toBeDefined();
    expect(evidence!.factOf(node)).toBeUndefined();
  });
});

describe('cost', () => {
  afterEach(() => vi.restoreAllMocks());

  /** Lints `code` as the fixture's file.ts with the recommended rules, counting requests for the checker and its type and symbol queries (or only `methods`). */
  function checkerCalls(code: string, methods: readonly ('getTypeAtLocation' | 'getSymbolAtLocation' | 'getResolvedSignature')[] = ['getTypeAtLocation', 'getSymbolAtLocation', 'getResolvedSignature']): number {
    let calls = 0;
    const spy: Rule.RuleModule = {
      create(context) {
        const program = (context.sourceCode.parserServices as { program?: ts.Program }).program!;
        const checker = program.getTypeChecker();
        vi.spyOn(program, 'getTypeChecker').mockImplementation(() => {
          if (methods.length === 3) calls++;
          return checker;
        });
        for (const method of methods) {
          const original = checker[method].bind(checker) as (...args: unknown[]) => unknown;
          vi.spyOn(checker, method).mockImplementation(((...args: unknown[]) => {
            calls++;
            return original(...args);
          }) as never);
        }
        return {};
      },
    };
    const linter = new Linter({ configType: 'flat' });
    const messages = linter.verify(
      code,
      [
        {
          files: ['**/*.ts'],
          plugins: { spy: { rules: { spy } } },
          rules: { 'spy/spy': 'error' },
          languageOptions: { parser: tsParser as never, parserOptions: { projectService: true, tsconfigRootDir: TYPED_FIXTURES } },
        },
        // After the spy, so the rules (which analyse in create()) are created once the checker is watched.
        { ...plugin.configs.recommended, files: ['**/*.ts'] } as never,
      ],
      `${TYPED_FIXTURES}/file.ts`,
    );
    expect(messages.filter((message) => message.fatal)).toEqual([]);
    return calls;
  }

  const NOISE = Array.from({ length: 60 }, (_, index) => `export const value${index}: string = ownerOf(account) + account.replyTo + String(${index});`).join('\n');

  it('does not even fetch the checker in a file without Meta sinks', () => {
    expect(checkerCalls(`${HEAD}${NOISE}`)).toBe(0);
  });

  it('asks only about the values at sink slots, however large the rest of the file', () => {
    const sink = "declare const fbq: (...args: unknown[]) => void;\nfbq('track', 'Lead', { recipient: account.replyTo, total: 1 });";
    const small = checkerCalls(`${HEAD}${sink}`);
    expect(small).toBeGreaterThan(0);
    expect(small).toBeLessThan(12);
    // The function a call names is looked up (a name lookup, no expression checked) only when the call
    // takes the variable a value sent is read from, as a type guard would narrow it: NOISE's 60 `ownerOf(account)`.
    expect(checkerCalls(`${HEAD}${NOISE}\n${sink}`)).toBe(small + 60);
    const otherCalls = Array.from({ length: 60 }, (_, index) => `export const other${index} = [String(input), sink(input, ${index})];`).join('\n');
    expect(checkerCalls(`${HEAD}${otherCalls}\n${sink}`)).toBe(small);
  });

  it('reads a member declared string, number or boolean from its declaration, unless code can narrow it', () => {
    const sink = (narrowing: string) =>
      `${HEAD}declare const fbq: (...args: unknown[]) => void;\ndeclare const order: { total: number };\n${narrowing}fbq('track', 'Purchase', { value: order.total, currency: 'EUR' });`;
    const typeQueries = (narrowing: string) => checkerCalls(sink(narrowing), ['getTypeAtLocation']);
    expect(typeQueries('')).toBe(0);
    expect(typeQueries('if (order.total === 0) throw new Error();\n')).toBe(1);
    // A function with a return type that is no type guard narrows nothing.
    expect(typeQueries('declare function label(total: number): string;\nlabel(order.total);\n')).toBe(0);
  });

  it('finds the member a variable nothing narrows reads in its declared type, without asking the checker', () => {
    const sink = (narrowing: string) => `${HEAD}declare const fbq: (...args: unknown[]) => void;\n${narrowing}fbq('track', 'Lead', { recipient: account.replyTo });`;
    const lookups = (narrowing: string) => checkerCalls(sink(narrowing), ['getSymbolAtLocation']);
    // Compared with \`account.replyTo\`, TypeScript narrows \`account\` to what it is there: its member is looked up.
    expect(lookups('')).toBeLessThan(lookups('if (account.replyTo === "") throw new Error();\n'));
  });

  it('looks for hash helpers among the file\'s functions without asking the checker', () => {
    // The raw phone number is reported with a suggestion, for which the file's functions are read as possible hash helpers.
    const sink = "export const event = { event_name: 'Lead', user_data: { ph: account.cell } };";
    const functions = Array.from({ length: 20 }, (_, index) => `export function label${index}(owner: Account): string {\n  return owner.replyTo.trim() + owner.nickname;\n}`).join('\n');
    const small = checkerCalls(`${HEAD}${sink}`);
    expect(small).toBeGreaterThan(0);
    expect(checkerCalls(`${HEAD}${functions}\n${sink}`)).toBe(small);
  });
});

function verdictText(verdict: ReturnType<typeof classifyTypeName>): string {
  if (!verdict) return 'none';
  return verdict.kind === 'pii' ? `pii:${verdict.pii}` : `hashed:${verdict.algorithm}`;
}
