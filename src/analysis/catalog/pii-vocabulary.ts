import type { LanguageTerm, LanguageVocabulary } from './pii-vocabulary-languages.js';
import { HEAD_FIRST_NAME_WORDS, HEAD_LAST_NAME_WORDS, LANGUAGE_VOCABULARIES, NAME_PREPOSITIONS } from './pii-vocabulary-languages.js';

/**
 * The name vocabulary: which identifier words say a value holds personal data (design.md "Value
 * classification" §4), in English here and in the other languages of pixel sites in
 * `pii-vocabulary-languages.ts`. Names are split into words and folded first (`billingZipCode` → billing
 * zip code, `dataNascimento` → data nascimento, `Straße` → strasse), so entries match whole words, never
 * substrings inside a word, whatever the accents.
 */

export type PiiKind =
  | 'email'
  | 'phone'
  | 'firstName'
  | 'lastName'
  | 'fullName'
  | 'birthDate'
  | 'gender'
  | 'address'
  | 'city'
  | 'state'
  | 'zip'
  | 'country'
  | 'ssn'
  | 'nationalId'
  | 'passport'
  | 'cardNumber'
  | 'ipAddress'
  | 'userAgent'
  | 'personal';

export const PII_KIND_LABELS: Readonly<Record<PiiKind, string>> = Object.freeze({
  email: 'an email address',
  phone: 'a phone number',
  firstName: 'a first name',
  lastName: 'a last name',
  fullName: "a person's name",
  birthDate: 'a date of birth',
  gender: 'a gender',
  address: 'a street address',
  city: 'a city',
  state: 'a state',
  zip: 'a postal code',
  country: 'a country',
  ssn: 'a social security number',
  nationalId: 'a national ID number',
  passport: 'a passport number',
  cardNumber: 'a payment card number',
  ipAddress: 'an IP address',
  userAgent: 'a user agent',
  personal: 'personal data',
});

/**
 * Kinds that alone do not identify a person and are common in ordinary code (a hotel's city, a
 * listing's postal code): they count as personal data only where the name says whose they are
 * (`customerCity`, `shipping.zip`, `req.body.city`) or where a Meta key says so (`ct`, `zp`).
 */
export const WEAK_KINDS: ReadonlySet<PiiKind> = new Set(['city', 'state', 'zip', 'country', 'userAgent']);

export interface VocabularyEntry {
  /** Space-separated words, matched as a contiguous run of the name's words. */
  readonly words: string;
  readonly kind: PiiKind;
  /** Only when the run ends the name (`customer.mobile`, not `mobileMenu`). */
  readonly last?: boolean;
}

const entry = (words: string, kind: PiiKind, last = false): VocabularyEntry => ({ words, kind, last });

/** Longer entries are tried first, so `email address` wins over `address`. */
const ENGLISH_VOCABULARY: readonly VocabularyEntry[] = [
  entry('email', 'email'),
  entry('emails', 'email'),
  entry('e mail', 'email'),
  entry('mail address', 'email'),
  entry('emailaddress', 'email'),
  entry('phone', 'phone'),
  entry('phones', 'phone'),
  entry('phonenumber', 'phone'),
  entry('telephone', 'phone'),
  entry('cellphone', 'phone'),
  entry('msisdn', 'phone'),
  entry('e164', 'phone'),
  entry('tel', 'phone', true),
  entry('mobile', 'phone', true),
  entry('mobile number', 'phone'),
  entry('cell', 'phone', true),
  entry('whatsapp', 'phone', true),
  entry('whatsapp number', 'phone'),
  entry('first name', 'firstName'),
  entry('firstname', 'firstName'),
  entry('given name', 'firstName'),
  entry('givenname', 'firstName'),
  entry('fname', 'firstName'),
  entry('forename', 'firstName'),
  entry('last name', 'lastName'),
  entry('lastname', 'lastName'),
  entry('family name', 'lastName'),
  entry('surname', 'lastName'),
  entry('lname', 'lastName'),
  entry('full name', 'fullName'),
  entry('fullname', 'fullName'),
  entry('customer name', 'fullName'),
  entry('contact name', 'fullName'),
  entry('recipient name', 'fullName'),
  entry('cardholder name', 'fullName'),
  entry('billing name', 'fullName'),
  entry('shipping name', 'fullName'),
  entry('patient name', 'fullName'),
  entry('dob', 'birthDate'),
  entry('birthdate', 'birthDate'),
  entry('birthday', 'birthDate'),
  entry('bday', 'birthDate'),
  entry('birth date', 'birthDate'),
  entry('date of birth', 'birthDate'),
  entry('birth day', 'birthDate'),
  entry('birth year', 'birthDate'),
  entry('gender', 'gender'),
  entry('sex', 'gender', true),
  entry('street', 'address'),
  entry('address', 'address'),
  entry('address line', 'address'),
  entry('address1', 'address'),
  entry('address2', 'address'),
  entry('addr', 'address', true),
  entry('city', 'city'),
  entry('town', 'city', true),
  entry('state', 'state', true),
  entry('province', 'state', true),
  entry('zip', 'zip'),
  entry('zipcode', 'zip'),
  entry('zip code', 'zip'),
  entry('postcode', 'zip'),
  entry('postal code', 'zip'),
  entry('postalcode', 'zip'),
  entry('post code', 'zip'),
  entry('country', 'country', true),
  entry('ssn', 'ssn'),
  entry('social security', 'ssn'),
  // National identity and tax numbers of people (CPF, DNI, PESEL, BSN… in the other languages).
  entry('national id', 'nationalId'),
  entry('nationalid', 'nationalId'),
  entry('national insurance number', 'nationalId'),
  entry('passport', 'passport'),
  entry('card number', 'cardNumber'),
  entry('cardnumber', 'cardNumber'),
  entry('credit card', 'cardNumber'),
  entry('creditcard', 'cardNumber'),
  entry('cc number', 'cardNumber'),
  entry('ccnum', 'cardNumber'),
  entry('cvv', 'cardNumber'),
  entry('cvc', 'cardNumber'),
  entry('iban', 'cardNumber'),
  entry('ip', 'ipAddress', true),
  entry('ip address', 'ipAddress'),
  entry('ipaddress', 'ipAddress'),
  entry('remote address', 'ipAddress'),
  entry('user agent', 'userAgent'),
  entry('useragent', 'userAgent'),
];

const fromTerm = (kind: PiiKind) => (term: LanguageTerm): VocabularyEntry =>
  typeof term === 'string' ? entry(term, kind) : entry(term.words, kind, true);

/** Every entry: English, then the other languages. */
export const PII_VOCABULARY: readonly VocabularyEntry[] = [
  ...ENGLISH_VOCABULARY,
  ...LANGUAGE_VOCABULARIES.flatMap((language) =>
    Object.entries(language.pii).flatMap(([kind, terms]) => terms.map(fromTerm(kind as PiiKind))),
  ),
];

/** English words and the same list from every language. */
function withLanguages(english: readonly string[], pick: (language: LanguageVocabulary) => readonly string[] | undefined): ReadonlySet<string> {
  return new Set([...english, ...LANGUAGE_VOCABULARIES.flatMap((language) => pick(language) ?? [])]);
}

/**
 * Words that make a name describe something about the data rather than the data itself
 * (`emailHash`, `isEmailValid`, `phoneCount`, `emailTemplate`). Never `code`: zip code, postal code.
 */
export const NOT_PII_WORDS: ReadonlySet<string> = withLanguages([
  'hash', 'hashed', 'hashes', 'sha', 'sha1', 'sha256', 'sha512', 'md5', 'digest', 'encrypted', 'encrypt',
  'cipher', 'token', 'tokens', 'masked', 'mask', 'redacted', 'obfuscated', 'anonymized', 'domain', 'domains',
  'count', 'counts', 'valid', 'invalid', 'validate', 'validation', 'validator', 'verified', 'verify',
  'verification', 'confirmed', 'enabled', 'enable', 'disabled', 'label', 'placeholder', 'error', 'errors',
  'template', 'templates', 'type', 'types', 'regex', 'regexp', 'pattern', 'schema', 'length', 'key', 'keys',
  'field', 'input', 'ref', 'element', 'status', 'opt', 'optin', 'consent', 'subscribed', 'notification',
  'notifications', 'settings', 'setting', 'config', 'provider', 'service', 'subject', 'sent', 'message',
  'link', 'url', 'icon', 'button', 'class', 'style', 'prefix', 'suffix', 'visible', 'required', 'exists',
  'unique', 'mode', 'step', 'tab', 'modal', 'dialog', 'form', 'component', 'view', 'screen', 'page',
  'section', 'column', 'index', 'size', 'width', 'max', 'min', 'policy', 'preferences', 'frequency',
  'channel', 'campaign', 'campaigns', 'marketing', 'newsletter', 'menu', 'version', 'changed', 'change',
  'list', 'options', 'option', 'format', 'formats', 'mac', 'server', 'host', 'remote', 'wallet', 'contract',
  'memory', 'web', 'network', 'machine', 'ipv4', 'ipv6', 'range', 'ranges', 'mismatch', 'match', 'fallback',
  'support', 'manager', 'store',
], (language) => language.notPii);

/** Leading words that turn a name into a predicate or an action (`isMobile`, `hasEmail`, `validateEmail`). */
export const PREDICATE_PREFIXES: ReadonlySet<string> = withLanguages([
  'is', 'has', 'have', 'should', 'can', 'did', 'was', 'will', 'show', 'hide', 'allow', 'needs', 'must',
  'validate', 'check', 'on', 'handle', 'render', 'use', 'set', 'update', 'send', 'with', 'no', 'num', 'total',
  'toggle', 'mask', 'hash', 'encrypt', 'redact', 'count',
], (language) => language.predicates);

/**
 * Objects that are people: their bare `name` is a person's name (`customer.name`, `lead.name`,
 * `userData.name`, `billing_details.name`), and a `name` qualified by one of them is too
 * (`customerName`, `buyer_name`). A lead in a lead form is the person who filled it in; `account` is not
 * here (a SaaS account is an organisation), nor are `child`, `parent`, `driver` or `consumer` (DOM nodes,
 * database drivers, queue consumers).
 */
export const PERSON_WORDS: ReadonlySet<string> = withLanguages([
  'user', 'users', 'customer', 'customers', 'client', 'clients', 'member', 'members', 'patient', 'patients',
  'buyer', 'buyers', 'shopper', 'shoppers', 'person', 'people', 'contact', 'contacts', 'lead', 'leads',
  'subscriber', 'subscribers', 'recipient', 'applicant', 'guest', 'guests', 'passenger', 'traveler',
  'traveller', 'employee', 'student', 'visitor', 'cardholder', 'holder', 'sender', 'me', 'viewer',
  'payer', 'purchaser', 'attendee', 'donor', 'claimant', 'owner', 'billing', 'shipping', 'participant',
  'registrant', 'respondent', 'prospect', 'spouse', 'baby', 'tenant', 'homeowner', 'resident',
  'policyholder', 'beneficiary',
], (language) => language.people);

/**
 * People a page shows rather than the visitor who browses it: a book's author, a course's instructor, an
 * event's speaker, a listing's agent. Their names are catalogue data (`book.author.fullName`,
 * `course.instructor.firstName`, `authorFullName`); their email or phone would still be contact data.
 */
export const CATALOGUE_PEOPLE_WORDS: ReadonlySet<string> = new Set([
  'author', 'authors', 'instructor', 'instructors', 'teacher', 'teachers', 'speaker', 'speakers', 'artist',
  'artists', 'performer', 'performers', 'organizer', 'organiser', 'seller', 'vendor', 'realtor', 'broker',
  'agent', 'doctor', 'physician', 'dentist', 'therapist', 'coach', 'trainer', 'creator', 'designer',
  'director', 'actor', 'writer', 'publisher', 'host', 'chef',
]);

/** The kinds that are a person's name, which a catalogue person's may be. */
export const NAME_KINDS: ReadonlySet<PiiKind> = new Set(['firstName', 'lastName', 'fullName']);

/**
 * Words before `name` that leave whose name it is to the object: `customer.displayName` is a person's,
 * `product.displayName` is not. Any other qualifier names a thing (`content_name`, `productName`,
 * `serviceName`, `planName`, `formName`), whatever object it is read from.
 */
export const NAME_QUALIFIER_WORDS: ReadonlySet<string> = new Set(['display', 'real', 'legal', 'nick', 'preferred', 'public']);

/**
 * Objects that only hold or carry other objects: skipped when looking for whose a value is, so
 * `userData.name` and `req.body.customer.name` belong to the user and the customer, and `req.body.name`
 * or `values.name` (a form's data, a DOM input's name) to no one in particular.
 */
export const CONTAINER_WORDS: ReadonlySet<string> = withLanguages([
  'data', 'info', 'information', 'details', 'detail', 'record', 'profile', 'obj', 'object', 'payload', 'props',
  'attributes', 'attrs', 'json', 'dto', 'entity', 'model', 'doc', 'document', 'raw', 'response', 'result',
  'results', 'body', 'req', 'request', 'params', 'query', 'values', 'fields', 'form', 'input', 'current',
  'selected', 'this', 'self',
], (language) => language.containers);

/**
 * Evidence that a weak kind (city, state, postal code, country, user agent) belongs to a person: a person,
 * an address that is a person's (`shipping`, `billing`, `home`), or what a visitor typed (`req.body.zip`,
 * `values.city`, `checkout.zip`). Found in the name itself (`billingCity`) or in the nearest object that is
 * not a container or an address (`customer.address.city`); `store.address.city`, `hotel.city` and
 * `session.state` are not a person's.
 */
export const WEAK_KIND_OWNER_WORDS: ReadonlySet<string> = new Set([
  ...PERSON_WORDS,
  ...withLanguages([
    'delivery', 'home', 'mailing', 'residential', 'body', 'req', 'request', 'form', 'values', 'input', 'fields', 'query',
    'params', 'checkout', 'signup', 'registration', 'account',
  ], (language) => language.owners),
]);

/** Objects that are an address or a place, skipped when looking for whose city or zip it is. */
export const PLACE_WORDS: ReadonlySet<string> = withLanguages(
  ['address', 'addresses', 'addr', 'location', 'locations', 'geo', 'place'],
  (language) => language.places,
);

/**
 * Words that say "name" without saying whose (`name`, `nome`, `nombre`, `nom`, `naam`): a person's only on
 * person evidence. Head-last ones take their owner before them (`customerName`, `musteri_adi`), head-first
 * ones after them, past a preposition (`nome_do_cliente`; `nome_produto`, `nombre_evento` are things').
 */
export const HEAD_LAST_NAMES: ReadonlySet<string> = new Set(HEAD_LAST_NAME_WORDS);
export const HEAD_FIRST_NAMES: ReadonlySet<string> = new Set(HEAD_FIRST_NAME_WORDS);
export const NAME_PREPOSITION_WORDS: ReadonlySet<string> = new Set(NAME_PREPOSITIONS);

/** Words in a name that say the value is already hashed (`hashedEmail`, `email_sha256`). */
export const HASHED_NAME_WORDS: ReadonlySet<string> = new Set([
  'hash', 'hashed', 'hashes', 'sha256', 'sha', 'digest', 'md5', 'sha1', 'sha512',
]);
