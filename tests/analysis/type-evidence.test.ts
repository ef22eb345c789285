import { describe, expect, it } from 'vitest';
import { typeEvidenceOf } from '../../src/analysis/values/type-evidence.js';
import { readSettings } from '../../src/settings.js';
import { TYPED_FIXTURES } from '../rule-tester.js';
import { probe, summary } from './probe.js';

// The shapes of written and inferred types that type evidence reads (src/analysis/values/type-evidence.ts),
// with the fixture program (tests/fixtures/typed); `types.test.ts` has the common cases and the untyped comparison.
const HEAD = `import { type Account, contactFor } from './account.js';
import type { Email, EmailAddress, Field, Maybe, Sha256 } from './types.js';
declare const account: Account;
declare const input: string;
declare const flag: boolean;
declare function sink(...values: unknown[]): void;
`;

/** The classification of `expression` after `code`, and where the first step of its provenance says it came from. */
function typed(code: string, expression: string, settings?: Record<string, unknown>): string {
  return classified(`${HEAD}${code}\nsink(${expression});`, expression, settings);
}

/** The classification of the last `expression` in `source`, and where the first step of its provenance says it came from. */
function classified(source: string, expression: string, settings?: Record<string, unknown>): string {
  const info = probe(source, { project: TYPED_FIXTURES, settings }).classify(expression);
  return info.trail.length > 0 ? `${summary(info)} (${info.trail[0]!.text})` : summary(info);
}

/** An expression, the code before it, and what type evidence makes of it (`typed`'s answer). */
type Case = [expression: string, code: string, expected: string];

/** One test per case: the expression's classification after its code, by `classify` (default: sent as an argument). */
function itClassifies(cases: Case[], classify: (code: string, expression: string) => string = typed): void {
  it.each(cases)('%s after %j → %s', (expression, code, expected) => {
    expect(classify(code, expression)).toBe(expected);
  });
}

describe('type evidence: written types', () => {
  itClassifies([
    // Wrappers of the expression: parentheses, `!`, an `await` of a value that is not a promise.
    ['account.previous![0]', '', 'pii:email (account.previous![0]: EmailAddress)'],
    ['(account.previous)[0]', '', 'pii:email ((account.previous)[0]: EmailAddress)'],
    ['await account.replyTo', '', 'pii:email (await account.replyTo: EmailAddress)'],
    // Promises and arrays, through aliases.
    ['await later()', 'declare function later(): PromiseLike<EmailAddress>;', 'pii:email (await later(): EmailAddress)'],
    ['await later()', 'type Pending = Promise<EmailAddress>;\ndeclare function later(): Pending;', 'pii:email (await later(): EmailAddress)'],
    ['k', 'declare const k: Promise<Email>;', 'unknown'],
    ['list[0]', 'declare const list: Array<EmailAddress>;', 'pii:email (list[0]: EmailAddress)'],
    ['list[0]', 'declare const list: readonly EmailAddress[];', 'pii:email (list[0]: EmailAddress)'],
    ['k[n]', 'declare const n: number;\ndeclare const k: readonly Email[];', 'pii:email (k[n]: Email)'],
    ['k[0]', 'declare const k: Maybe<Email>[];', 'pii:email (k[0]: Email)'],
    ['k[0]', 'declare const k: (Email | null)[];', 'pii:email (k[0]: Email)'],
    ['pick()[0]', 'declare function pick(): [Email];', 'pii:email (pick()[0]: Email)'],
    ['k', 'declare const k: Sha256[] | null;', 'hashed:sha256(assumed) (k: Sha256)'],
    ['k', 'declare const k: NonNullable<Maybe<EmailAddress>>;', 'pii:email (k: EmailAddress)'],
    ['pick()', 'declare function pick(): Readonly<Sha256> | undefined;', 'hashed:sha256(assumed) (pick(): Sha256)'],
    // Members of generic types, bound by the owner's written type.
    ['c.of', 'type Counted<T> = { count: number; of?: T };\ndeclare const c: Counted<EmailAddress>;', 'pii:email (c.of: EmailAddress)'],
    ['box.value', 'class Box<T> {\n  value!: T;\n}\ndeclare const box: Box<EmailAddress>;', 'pii:email (box.value: EmailAddress)'],
    ['f.value', 'declare const f: (Field<EmailAddress>);', 'pii:email (f.value: EmailAddress)'],
    ['ff.value.value', 'declare const ff: Field<Field<EmailAddress>>;', 'pii:email (ff.value.value: EmailAddress)'],
    // `value` is declared by Wrapper, whose T is Pair's B (a number), not Pair's first argument.
    ['p.value', 'interface Wrapper<T> {\n  value: T;\n}\ninterface Pair<A, B> extends Wrapper<B> {\n  first: A;\n}\ndeclare const p: Pair<EmailAddress, number>;', 'unknown'],
    // Declarations: a getter's type, an annotated declaration after an unannotated one, a qualified name, a destructured variable.
    ['lead.who', 'class Lead {\n  get who(): EmailAddress {\n    return "";\n  }\n}\ndeclare const lead: Lead;', 'pii:email (lead.who: EmailAddress)'],
    // A member read where its owner is narrowed is the narrowed type's member, not the declared type's.
    ['who.contact', 'interface Lead {\n  contact: string;\n  isVip(): this is Vip;\n}\ninterface Vip extends Lead {\n  contact: Email;\n}\ndeclare const who: Lead;\nif (!who.isVip()) throw new Error();', 'pii:email (who.contact: Email)'],
    ['who.contact', 'interface Lead {\n  kind: "lead";\n  contact: EmailAddress;\n}\ninterface Guest {\n  kind: "guest";\n  contact: string;\n}\ndeclare const who: Lead | Guest;\nif (who.kind !== "guest") throw new Error();', 'unknown'],
    ['who.contact', 'interface Lead {\n  contact: string;\n  isVip(): this is Vip;\n}\ninterface Vip extends Lead {\n  contact: Email;\n}\ndeclare const who: Lead;\nif (!who.isVip()) throw new Error();', 'pii:email (who.contact: Email)'],
    ['who.contact', 'interface Lead {\n  kind: "lead";\n  contact: EmailAddress;\n}\ninterface Guest {\n  kind: "guest";\n  contact: string;\n}\ndeclare const who: Lead | Guest;\nif (who.kind !== "lead") throw new Error();', 'pii:email (who.contact: EmailAddress)'],
    ['lead.to', 'class Lead {\n  to = "";\n}\ninterface Lead {\n  to: EmailAddress;\n}\ndeclare const lead: Lead;', 'pii:email (lead.to: EmailAddress)'],
    ['to', 'import type * as T from "./types.js";\ndeclare const to: T.EmailAddress;', 'pii:email (to: EmailAddress)'],
    ['to', 'declare const holder: { to: Email };\nconst { to } = holder;', 'pii:email (to: Email)'],
    // What the type of a named alias can hold: text, numbers, big integers, null beside them; not an object.
    ['c', 'type PhoneNumber = number;\ndeclare const c: PhoneNumber;', 'pii:phone (c: PhoneNumber)'],
    ['c', 'type CreditCardNumber = bigint;\ndeclare const c: CreditCardNumber;', 'pii:cardNumber (c: CreditCardNumber)'],
    ['c', 'type PrimaryEmail = string | null;\ndeclare const c: PrimaryEmail;', 'pii:email (c: PrimaryEmail)'],
    ['c', 'type ContactEmail = string | { address: string };\ndeclare const c: ContactEmail;', 'unknown'],
    // Unions and intersections of written types.
    ['input as EmailAddress', '', 'pii:email (input as EmailAddress: EmailAddress)'],
    // TypeScript reads JSDoc types only in JavaScript files; so does the plugin.
    ['k', '/** @type {EmailAddress} */\nconst k = input;', 'unknown'],
    ['d', 'type EmailHash = string;\ndeclare const d: EmailHash | "none";', 'unknown'],
    // A plain alias is known only from the written type (the checker sees a string): parentheses, arrays, intersections around it.
    ['k', 'declare const k: (EmailAddress);', 'pii:email (k: EmailAddress)'],
    ['k', 'declare const k: EmailAddress[];', 'pii:email (k: EmailAddress)'],
    ['k', 'declare const k: readonly EmailAddress[];', 'pii:email (k: EmailAddress)'],
    ['k', 'declare const k: EmailAddress & {};', 'pii:email (k: EmailAddress)'],
    ['k', 'type EmailHash = string;\ndeclare const k: EmailHash & EmailAddress;', 'hashed:sha256(assumed) (k: EmailHash)'],
    ['k', 'declare const k: Maybe<EmailAddress> | undefined;', 'pii:email (k: EmailAddress)'],
    // A plain alias is known only from the written type: its null, undefined or void beside it is no reason to doubt it.
    ['d', 'type EmailHash = string;\ndeclare const d: EmailHash | undefined;', 'hashed:sha256(assumed) (d: EmailHash)'],
    ['d', 'type EmailHash = string;\ndeclare const d: EmailHash | null;', 'hashed:sha256(assumed) (d: EmailHash)'],
    ['d', 'type EmailHash = string;\ndeclare const d: EmailHash | void;', 'hashed:sha256(assumed) (d: EmailHash)'],
    ['k', 'declare const k: string | EmailAddress;', 'pii:email (k: EmailAddress)'],
    ['d', 'declare const d: Sha256 | void;', 'hashed:sha256(assumed) (d: Sha256)'],
    ['k', 'declare const k: Email | "x";', 'pii:email (k: Email)'],
    ['k', 'declare const k: Email | Sha256;', 'pii:email (k: Email)'],
    ['k', 'declare const k: Sha256 | Email;', 'pii:email (k: Email)'],
    ['k', 'declare const k: Email & Sha256;', 'hashed:sha256(assumed) (k: Sha256)'],
    ['k', 'declare const k: Sha256 & Email;', 'hashed:sha256(assumed) (k: Sha256)'],
    ['k', 'declare const k: "x";', 'unknown'],
    ['k', 'declare const k: () => Email;', 'unknown'],
  ]);
});

describe('type evidence: inferred types and brands', () => {
  itClassifies([
    ['pick()', 'function pick() {\n  return flag ? account.email : undefined;\n}', 'hashed:sha256(assumed) (pick(): Sha256)'],
    ['pick()', 'function pick() {\n  return flag ? account.email : input;\n}', 'unknown'],
    ['list', 'const list = [account.cell];', 'pii:phone (list: MobileNumber)'],
    ['when', 'declare const when: Date & { readonly __brand: "DateOfBirth" };', 'pii:birthDate (when: DateOfBirth)'],
    ['k', 'declare const k: number & { readonly __brand: "Email" };', 'pii:email (k: Email)'],
    ['k', 'declare const k: { readonly __brand: "Email" };', 'unknown'],
    ['k', 'declare const k: string & { readonly __kind: "HashedEmail" };', 'hashed:sha256(assumed) (k: HashedEmail)'],
    ['k', 'declare const k: string & { readonly __hashed: true };', 'hashed:sha256(assumed) (k: hashed)'],
    ['k', 'declare const k: string & { readonly _email: true };', 'pii:email (k: email)'],
    ['k', 'declare const k: string & { readonly email: true };', 'unknown'],
    ['k', 'declare const k: string & { readonly other: "Email" };', 'unknown'],
    ['k', 'declare const k: string & { readonly brand: "Email" | "Phone" };', 'unknown'],
  ]);
});

describe('type evidence: calls', () => {
  itClassifies([
    // A function declared once is read from its declaration; overloads from the one the call picks.
    ['pick(input)', 'declare function pick(s: string): Email;', 'pii:email (pick(input): Email)'],
    ['pick(input)', 'declare function pick(n: number): Sha256;\ndeclare function pick(s: string): Email;', 'pii:email (pick(input): Email)'],
    ['pick(1)', 'declare function pick(n: number): Sha256;\ndeclare function pick(s: string): Email;', 'hashed:sha256(assumed) (pick(1): Sha256)'],
    // A generic return is the type the call infers.
    ['pick([account.cell])', 'declare function pick<T>(items: readonly T[]): T;', 'pii:phone (pick([account.cell]): MobileNumber)'],
    // JavaScript's `@overload` tags: the overload's type, not the implementation's `@returns`.
    ['tokenOf(input)', 'import { tokenOf } from "./contacts.js";', 'hashed:sha256(assumed) (tokenOf(input): Sha256)'],
  ]);
});

describe('type evidence: reads typed any', () => {
  itClassifies([
    // An `any` object has no members to look up.
    ['loose.note', 'declare const loose: any;', 'unknown'],
    ['loose.inner.note', 'declare const loose: any;', 'unknown'],
    // A member declared `any` of a typed object still has its tags.
    ['holder.note', 'declare const holder: {\n  /** @pii */\n  note: any;\n};', 'pii:personal (holder.note /* @pii */)'],
  ]);
});

describe('type evidence: declared string, number or boolean', () => {
  const GUARDS = 'declare function isEmail(s: string): s is Email;\ndeclare function assertEmail(s: string): asserts s is Email;\n';
  /** As `typed`, the value sent in an object: a value passed to a function itself might be narrowed by it. */
  const sent = (code: string, expression: string) => classified(`${HEAD}${code}\nsink({ value: ${expression} });`, expression);
  itClassifies([
    ['raw', 'declare const raw: string;', 'unknown'],
    ['form.contact', 'declare const form: { contact: string };', 'unknown'],
    // What narrows such a value to a named type: a type guard, an assertion, `in`, an enum member.
    ['raw', `${GUARDS}declare const raw: string;\nif (!isEmail(raw)) throw new Error();`, 'pii:email (raw: Email)'],
    ['raw', `${GUARDS}declare const raw: string;\nassertEmail(raw);`, 'pii:email (raw: Email)'],
    // The guard's argument written around the variable: a non-null assertion, parentheses.
    ['raw', `${GUARDS}declare const raw: string;\nif (!isEmail(raw!)) throw new Error();`, 'pii:email (raw: Email)'],
    ['raw', `${GUARDS}declare const raw: string;\nif (!isEmail((raw))) throw new Error();`, 'pii:email (raw: Email)'],
    ['form.contact', `${GUARDS}declare const form: { contact: string };\nif (!isEmail(form.contact)) throw new Error();`, 'pii:email (form.contact: Email)'],
    ['raw', 'declare const raw: string;\nif (!("_email" in raw)) throw new Error();', 'pii:email (raw: email)'],
    ['via', 'enum Channel {\n  Email = "email",\n}\ndeclare const via: string;\nif (via !== Channel.Email) throw new Error();', 'pii:email (via: Email)'],
    ['via', 'enum Channel {\n  Email = "email",\n}\ndeclare const via: string;\nswitch (via) {\n  case Channel.Email:\n    break;\n  default:\n    throw new Error();\n}', 'pii:email (via: Email)'],
    // A function with no return type may be a type guard TypeScript infers from its body.
    ['raw', `${GUARDS}declare const raw: string;\nfunction checked(value: string) {\n  return isEmail(value);\n}\nif (!checked(raw)) throw new Error();`, 'pii:email (raw: Email)'],
    // The owner's member where it is read: narrowed by a type guard, or through a destructured discriminant.
    ['who.contact', `interface Lead {\n  contact: string;\n}\ninterface Vip extends Lead {\n  contact: Email;\n}\ndeclare function isVip(lead: Lead): lead is Vip;\ndeclare const who: Lead;\nif (!isVip(who)) throw new Error();`, 'pii:email (who.contact: Email)'],
    ['who.contact', 'interface Lead {\n  contact: string;\n  isVip(): this is Vip;\n}\ninterface Vip extends Lead {\n  contact: Email;\n}\ndeclare const who: Lead;\nif (!who.isVip()) throw new Error();', 'pii:email (who.contact: Email)'],
    ['who.contact', 'interface Lead {\n  kind: "lead";\n  contact: EmailAddress;\n}\ninterface Guest {\n  kind: "guest";\n  contact: string;\n}\ndeclare const who: Lead | Guest;\nconst { kind } = who;\nif (kind !== "guest") throw new Error();', 'unknown'],
    // A mapped member keeps the declaration of the member it maps, not its type.
    ['m.contact', 'type Contacts = { contact: string };\ndeclare const m: { [K in keyof Contacts]: Email };', 'pii:email (m.contact: Email)'],
  ], sent);

  it('counts the narrowing of a variable where it is declared, not only in the function that reads it', () => {
    const code = `${HEAD}${GUARDS}declare const raw: string;\nif (!isEmail(raw)) throw new Error();\nexport const later = () => sink({ raw });`;
    expect(classified(code, 'raw')).toBe('pii:email (raw: Email)');
  });
});

describe('type evidence: JSDoc tags', () => {
  itClassifies([
    ['note', '/** @pii phone number of the owner */\nconst note = input;', 'pii:phone (note /* @pii phone */)'],
    ['lead.contactOf()', 'class Lead {\n  /** @pii email */\n  contactOf(): string {\n    return "";\n  }\n}\ndeclare const lead: Lead;', 'pii:email (lead.contactOf() /* @pii email */)'],
    // A method read without calling it is not what it returns.
    ['lead.contactOf', 'class Lead {\n  /** @pii email */\n  contactOf(): string {\n    return "";\n  }\n}\ndeclare const lead: Lead;', 'unknown'],
    ['pick()', '/** @pii email */\nconst pick = () => input;', 'pii:email (pick() /* @pii email */)'],
  ]);
});

describe('type evidence: module#Type settings', () => {
  it('takes a setting starting with . or / as a file path (a leading ../ too), anything else as a package', () => {
    const member = (spec: string) => typed('', 'account.member', { 'meta-privacy': { piiTypes: [spec] } });
    expect(member('../typed/types#MemberRef')).toBe('pii:personal (account.member: MemberRef)');
    expect(member('types#MemberRef')).toBe('unknown');
  });
});

describe('type evidence without a node map', () => {
  it('is absent when the parser gives a program but no node map', () => {
    const sourceCode = { parserServices: { program: { getTypeChecker: () => ({}) } } } as never;
    expect(typeEvidenceOf(sourceCode, readSettings({}))).toBeUndefined();
  });
});
