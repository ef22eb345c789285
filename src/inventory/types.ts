/**
 * The data inventory report, version 1: every place in the linted files where data leaves for Meta,
 * what is sent, how each value is classified, and the consent and Limited Data Use state there.
 * This is the JSON schema `meta-privacy inventory --format json` prints; docs/inventory.md documents
 * it field by field. Any change that removes or renames a field, or changes a value's meaning, bumps
 * INVENTORY_SCHEMA_VERSION; new fields and new enum values do not.
 */
import type { HashAlgorithm } from '../analysis/catalog/hashing.js';
import type { PiiKind } from '../analysis/catalog/pii-vocabulary.js';

export const INVENTORY_SCHEMA_VERSION = 1;

/** How the data reaches Meta. */
export type Channel = 'pixel' | 'wrapper' | 'image-pixel' | 'capi-http' | 'capi-sdk' | 'app-sdk' | 'web-sdk' | 'app-events-api' | 'audience-upload';
export const CHANNELS: readonly Channel[] = ['pixel', 'wrapper', 'image-pixel', 'capi-http', 'capi-sdk', 'app-sdk', 'web-sdk', 'app-events-api', 'audience-upload'];

/** What a value is when it leaves: personal data in clear, a SHA-256 digest, another digest, harmless, or not known. */
export type ValueClass = 'raw' | 'hashed' | 'wrong-hash' | 'safe' | 'unknown';

export interface Classification {
  readonly kind: ValueClass;
  /** `raw`: the kind of personal data; `hashed` / `wrong-hash`: what was hashed, when known. */
  readonly pii: PiiKind | null;
  /** `hashed` / `wrong-hash`: the algorithm (`unknown` when the hash is recognised but its algorithm is not visible). */
  readonly algorithm: HashAlgorithm | null;
  /** A SHA-256 digest of known personal data: whether Meta's normalization was applied first (null: not known). */
  readonly normalized: boolean | null;
  /** The normalization steps missing before the hash (`trim`, `lowercase`, `digitsOnly`). */
  readonly missingNormalization: readonly string[];
  /** The hash is recognised from a name only (`hashedEmail`, an imported `hashEmail()`), not seen. */
  readonly assumed: boolean;
}

/**
 * What a reviewer should take a field to be, one label each: `secret` (a credential in source or
 * shipped to browsers: a finding of no-exposed-access-token at the value or where it came from),
 * `sensitive` (reveals a sensitive category: a finding of no-sensitive-event-data there), `raw`
 * (personal data in clear: a leak), `hashed-by-meta` (sent in clear by the code, hashed by the pixel
 * or the SDK before it leaves: fine), `hashed` (SHA-256, normalized where Meta requires it, or not
 * judged), `hashed-not-normalized` (SHA-256 without the normalization Meta requires: fails to
 * match), `wrong-hash`, `unknown`, `safe`.
 */
export type FieldLabel = 'secret' | 'sensitive' | 'raw' | 'hashed-by-meta' | 'hashed' | 'hashed-not-normalized' | 'wrong-hash' | 'unknown' | 'safe';
export const FIELD_LABELS: readonly FieldLabel[] = ['raw', 'hashed-by-meta', 'hashed', 'hashed-not-normalized', 'wrong-hash', 'secret', 'sensitive', 'unknown', 'safe'];

/** One step of where a value came from. */
export interface TrailStep {
  readonly text: string;
  readonly line: number;
}

/** One value sent to Meta at a site. */
export interface Field {
  /** Where the value goes: `em`, `user_data.em`, `custom_data.value`, `options.eventID`, `cd[email]`, `setEventTime()`. */
  readonly key: string;
  /** What the key (Meta's own keys first) or the value says the data is; null when it is not personal data as far as is known. */
  readonly data: PiiKind | null;
  /** The value as written (shortened). */
  readonly value: string;
  readonly line: number;
  readonly column: number;
  readonly classification: Classification;
  /** What the field is, for a reviewer: see FieldLabel. */
  readonly label: FieldLabel;
  /** Sent in clear by the code but hashed before it leaves the device or server: by the JS pixel (advanced matching) or the SDK (`UserData`). */
  readonly hashedBy: 'pixel' | 'sdk' | null;
  /** Where the value came from, as the rules' messages say it: "`email` ← `req.body.email` (line 12)". */
  readonly provenance: string;
  readonly trail: readonly TrailStep[];
}

/** `outside-consent`: a Custom Audience upload, governed by Meta's Custom Audience terms rather than per-visit consent. */
export type ConsentStatus = 'guarded' | 'revoke-first' | 'unguarded' | 'outside-consent';

/** Whether the site runs only with the visitor's consent (in this file), and what says so. */
export interface ConsentState {
  readonly status: ConsentStatus;
  /** `check`: a condition or early return mentions consent; `callback`: inside a consent API's callback; `callers`: every call of the enclosing function is covered; `revoke`: after `fbq('consent', 'revoke')`. */
  readonly via: 'check' | 'callback' | 'callers' | 'revoke' | null;
  readonly line: number | null;
  /** The guard as written (shortened). */
  readonly text: string | null;
}

/** `on`: `['LDU']`; `off`: `[]`; `invalid`: something Meta does not accept as modes; `dynamic`: decided at run time; `not-set`: none here. */
export type LduStatus = 'on' | 'off' | 'invalid' | 'dynamic' | 'not-set';

/** The Limited Data Use decision that applies at the site. */
export interface LduState {
  readonly status: LduStatus;
  /** Modes, country and state as written, or null when not given. */
  readonly modes: string | null;
  readonly country: string | null;
  readonly state: string | null;
  /** Where the decision is written. */
  readonly line: number | null;
}

/** A finding of a meta-privacy rule, as ESLint reported it. */
export interface Finding {
  readonly ruleId: string;
  readonly messageId: string | null;
  /** 1 = warning, 2 = error (the severity the ESLint config gives the rule). */
  readonly severity: 1 | 2;
  readonly line: number;
  readonly column: number;
  readonly endLine: number | null;
  readonly endColumn: number | null;
  readonly message: string;
}

/** One place where data leaves for Meta. */
export interface Site {
  /** Relative to the working directory, `/`-separated. */
  readonly file: string;
  readonly line: number;
  readonly column: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly channel: Channel;
  /** Pixel command (`init`, `track`, `consent`, …, `load` for the base code), `event` (a CAPI server event), `user_data`, `custom_data`, `match_keys`, `audience`, `request`, `image`, or the SDK class. */
  readonly command: string;
  /** The code as a reviewer would name it: `fbq('track')`, `ReactPixel.init()`, `new UserData()`, `server event`. */
  readonly call: string;
  /** The URL the data goes to, interpolations written `{}` (CAPI requests, image pixels). */
  readonly endpoint: string | null;
  /** The event name: static text (alternatives joined by ` | `, unknown parts `…`), or the expression in backticks. */
  readonly eventName: string | null;
  /** Pixel consent commands: what they do. */
  readonly action: 'grant' | 'revoke' | 'runtime' | null;
  /** Payloads sent by a call elsewhere in the file: that call. */
  readonly send: { readonly line: number; readonly call: string } | null;
  readonly fields: readonly Field[];
  readonly consent: ConsentState;
  /** Null where Limited Data Use does not apply (user data builders, consent commands). */
  readonly ldu: LduState | null;
  /** The rule findings located at this site (its call, payload objects or field values). */
  readonly findings: readonly Finding[];
}

export interface FileFinding extends Finding {
  readonly file: string;
}

/** A file that did not parse, or whose sites could not be collected: its data flows are missing from the report. */
export interface FileError {
  readonly file: string;
  readonly line: number | null;
  readonly column: number | null;
  readonly message: string;
}

/** Per kind of personal data: how many fields send it, by classification and by label. */
export interface DataSummary {
  readonly data: PiiKind;
  readonly fields: number;
  readonly sites: number;
  readonly byClass: Readonly<Record<ValueClass, number>>;
  readonly byLabel: Readonly<Record<FieldLabel, number>>;
}

/** The fields that are not personal data (event parameters, tokens, descriptive values), by label. */
export interface OtherFieldsSummary {
  readonly fields: number;
  readonly sites: number;
  readonly byLabel: Readonly<Record<FieldLabel, number>>;
}

export interface InventoryReport {
  readonly version: typeof INVENTORY_SCHEMA_VERSION;
  readonly tool: { readonly name: string; readonly version: string };
  readonly eslint: {
    readonly version: string;
    /** `project`: the project's own ESLint config; `default`: none was found, the built-in one was used; otherwise the `--config` file. */
    readonly config: string;
  };
  /** The meta-privacy rules the config enables for the files with sites. */
  readonly rules: readonly string[];
  readonly summary: {
    readonly files: number;
    readonly filesWithSites: number;
    readonly sites: number;
    readonly findings: number;
    readonly byChannel: Readonly<Record<Channel, number>>;
    readonly data: readonly DataSummary[];
    readonly otherFields: OtherFieldsSummary;
  };
  readonly sites: readonly Site[];
  /** Rule findings not located at any site (a token in a constant, a page URL carrying PII). */
  readonly otherFindings: readonly FileFinding[];
  readonly errors: readonly FileError[];
}
