/**
 * What TypeScript type names and JSDoc tags say about a value (design.md "Value classification" §1,
 * issue 6). Type names are split into words (`MobileNumber` → mobile number, `HashedEmail` → hashed
 * email), so entries match whole words of a type alias, interface or brand name, never substrings.
 */
import type { PiiKind } from './pii-vocabulary.js';

export interface TypeNameEntry {
  /** Space-separated words, matched as a contiguous run of the type name's words. */
  readonly words: string;
  readonly kind: PiiKind;
}

const entry = (words: string, kind: PiiKind): TypeNameEntry => ({ words, kind });

/**
 * Type names that hold personal data. Deliberately narrower than the name vocabulary: a type called
 * `Name`, `Address`, `State` or `Country` is as often a product's or a network's as a person's, so
 * only names that say whose (or which) they are count. Longer entries are tried first.
 */
export const PII_TYPE_NAMES: readonly TypeNameEntry[] = [
  entry('email', 'email'),
  entry('e mail', 'email'),
  entry('email addr', 'email'),
  entry('email address', 'email'),
  entry('emailaddress', 'email'),
  entry('mail address', 'email'),
  entry('phone', 'phone'),
  entry('phone number', 'phone'),
  entry('phonenumber', 'phone'),
  entry('telephone', 'phone'),
  entry('telephone number', 'phone'),
  entry('cellphone', 'phone'),
  entry('cell number', 'phone'),
  entry('mobile number', 'phone'),
  entry('mobile phone', 'phone'),
  entry('msisdn', 'phone'),
  entry('e164', 'phone'),
  entry('first name', 'firstName'),
  entry('firstname', 'firstName'),
  entry('given name', 'firstName'),
  entry('last name', 'lastName'),
  entry('lastname', 'lastName'),
  entry('family name', 'lastName'),
  entry('surname', 'lastName'),
  entry('full name', 'fullName'),
  entry('fullname', 'fullName'),
  entry('person name', 'fullName'),
  entry('personal name', 'fullName'),
  entry('legal name', 'fullName'),
  entry('customer name', 'fullName'),
  entry('street address', 'address'),
  entry('postal address', 'address'),
  entry('mailing address', 'address'),
  entry('home address', 'address'),
  entry('billing address', 'address'),
  entry('shipping address', 'address'),
  entry('street', 'address'),
  entry('address line', 'address'),
  entry('birth date', 'birthDate'),
  entry('birthdate', 'birthDate'),
  entry('date of birth', 'birthDate'),
  entry('birthday', 'birthDate'),
  entry('dob', 'birthDate'),
  entry('gender', 'gender'),
  entry('ssn', 'ssn'),
  entry('social security', 'ssn'),
  entry('social security number', 'ssn'),
  entry('card number', 'cardNumber'),
  entry('cardnumber', 'cardNumber'),
  entry('credit card', 'cardNumber'),
  entry('credit card number', 'cardNumber'),
  entry('payment card', 'cardNumber'),
  entry('iban', 'cardNumber'),
].sort((a, b) => b.words.split(' ').length - a.words.split(' ').length);

/** Words of a type name that say the value is a digest (`Sha256`, `HashedValue`, `Hashed<…>`, `EmailDigest`). */
export const HASHED_TYPE_WORDS: ReadonlySet<string> = new Set([
  'hash', 'hashed', 'digest', 'sha', 'sha2', 'sha256', 'sha1', 'sha512', 'sha384', 'sha3', 'md5', 'hmac',
]);

/**
 * Words of a type name that make it describe something about the data rather than the data
 * (`EmailTemplate`, `PhoneNumberFormat`, `EmailId`), on top of the name vocabulary's exclusions.
 */
export const NOT_PII_TYPE_WORDS: ReadonlySet<string> = new Set(['id', 'ids', 'uuid', 'kind', 'ref', 'event', 'events', 'options']);

/** JSDoc tags that state what a declaration holds: `@pii`, `@pii email`, `@hashed`, `@hashed md5`. */
export const PII_TAG = 'pii';
export const HASHED_TAG = 'hashed';

/**
 * Names of a brand's tag property: `string & { readonly __brand: 'Email' }`,
 * `Brand<string, 'Email'>`, `Tagged<string, 'PhoneNumber'>`. The tag's literal is read as a type name.
 */
export const BRAND_PROPERTY = /^_{0,2}(?:brand|tag|type|kind|flavou?r|nominal)$/i;

/**
 * Generic types whose first type argument is what the value holds: `Email[]`, `Readonly<Email>`.
 * Not `Promise<Email>`: a promise is not the address until it is awaited (`await` is typed on its own).
 */
export const TRANSPARENT_GENERICS: ReadonlySet<string> = new Set(['Array', 'ReadonlyArray', 'Readonly', 'NonNullable', 'Required']);
