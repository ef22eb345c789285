import type { Hashing } from './capi.js';
import type { PiiKind } from './pii-vocabulary.js';

/**
 * Customer-list Custom Audiences (reference/meta-business-tools.md §5.3, §5b.10): rows uploaded with
 * `POST /{audience_id}/users` (`DELETE` removes, `/usersreplace` replaces) as `payload: { schema,
 * data }`, or through the Node SDK's `CustomAudience.createUser(fields, { payload })`,
 * `deleteUsers({ payload })`, `createUsersReplace(fields, { payload })` — which hash nothing
 * (S-NODESDK v26.0.0 `src/objects/custom-audience.js`).
 */

/** A schema column: whether Meta wants its cells SHA-256 hashed, and what they hold. */
export interface AudienceColumn {
  readonly hashing: Hashing;
  readonly pii?: PiiKind;
}

/**
 * The schema fields and their hashing. Meta: SHA-256 "is required for all keys except EXTERN_ID, App
 * User IDs, Page-Scoped User IDs and MADID" (S-CA). EXTERN_ID is the advertiser's own ID (hashing
 * recommended, as for CAPI `external_id`); MADID is sent lowercase with hyphens, never hashed; `UID`,
 * `APPUID` and `PAGEUID` are Meta's own IDs. The single-key schemas `MOBILE_ADVERTISER_ID` and `UID` are
 * spelled as in Meta's Python SDK (`CustomAudienceMixin.Schema`), which sends both unhashed. The data processing columns and `LOOKALIKE_VALUE` (a
 * number, S-NODESDK `examples/custom_audience_users_post.js`) are not personal data and never hashed.
 */
export const AUDIENCE_SCHEMA_FIELDS: Readonly<Record<string, AudienceColumn>> = Object.freeze({
  EMAIL: { hashing: 'required', pii: 'email' },
  EMAIL_SHA256: { hashing: 'required', pii: 'email' },
  PHONE: { hashing: 'required', pii: 'phone' },
  PHONE_SHA256: { hashing: 'required', pii: 'phone' },
  GEN: { hashing: 'required', pii: 'gender' },
  DOBY: { hashing: 'required', pii: 'birthDate' },
  DOBM: { hashing: 'required', pii: 'birthDate' },
  DOBD: { hashing: 'required', pii: 'birthDate' },
  LN: { hashing: 'required', pii: 'lastName' },
  FN: { hashing: 'required', pii: 'firstName' },
  FI: { hashing: 'required', pii: 'firstName' },
  CT: { hashing: 'required', pii: 'city' },
  ST: { hashing: 'required', pii: 'state' },
  ZIP: { hashing: 'required', pii: 'zip' },
  COUNTRY: { hashing: 'required', pii: 'country' },
  MADID: { hashing: 'forbidden' },
  MOBILE_ADVERTISER_ID: { hashing: 'forbidden' },
  EXTERN_ID: { hashing: 'recommended' },
  UID: { hashing: 'forbidden' },
  APPUID: { hashing: 'forbidden' },
  PAGEUID: { hashing: 'forbidden' },
  LOOKALIKE_VALUE: { hashing: 'forbidden' },
  DATA_PROCESSING_OPTIONS: { hashing: 'forbidden' },
  DATA_PROCESSING_OPTIONS_COUNTRY: { hashing: 'forbidden' },
  DATA_PROCESSING_OPTIONS_STATE: { hashing: 'forbidden' },
});

/** `/{audience-id}/users` and `/usersreplace` on the Graph API host (an interpolated version or id fits too). */
export const AUDIENCE_USERS_PATTERN = /graph\.facebook\.com\/(?:v\d+(?:\.\d+)?\/)?[^/?#\s]+\/users(?:replace)?\b/;

/** The body key that carries `{ schema, data }` in the Graph API and the Node SDK. */
export const AUDIENCE_PAYLOAD_KEY = 'payload';

/** Array methods that keep the rows of their receiver (batching and filtering before an upload). */
export const ROW_KEEPING_METHODS: ReadonlySet<string> = new Set(['slice', 'filter', 'concat', 'reverse', 'sort', 'toSorted', 'splice']);
/** Array methods whose callback returns one row per element. */
export const ROW_MAPPING_METHODS: ReadonlySet<string> = new Set(['map', 'flatMap']);
