import type { PiiKind } from './pii-vocabulary.js';

/**
 * The Conversions API payload model. Source: Meta "Customer Information Parameters",
 * "Server Event Parameters", "Custom Data" (reference/meta-business-tools.md §1, §2).
 */

/** `required`: SHA-256 after normalization; `recommended`: hashing advised; `forbidden`: must never be hashed. */
export type Hashing = 'required' | 'recommended' | 'forbidden';

export interface UserDataKey {
  readonly hashing: Hashing;
  /** What the value holds, when it is personal data Meta wants normalized and hashed. */
  readonly pii?: PiiKind;
}

const required = (pii?: PiiKind): UserDataKey => ({ hashing: 'required', pii });
const forbidden: UserDataKey = { hashing: 'forbidden' };

/** Keys of CAPI `user_data`, the image pixel's `ud[...]` and App Events' `ud[...]`. */
export const USER_DATA_KEYS: Readonly<Record<string, UserDataKey>> = Object.freeze({
  em: required('email'),
  ph: required('phone'),
  fn: required('firstName'),
  ln: required('lastName'),
  db: required('birthDate'),
  ge: required('gender'),
  ct: required('city'),
  st: required('state'),
  zp: required('zip'),
  country: required('country'),
  cn: required('country'), // App Events API spelling of country
  f5first: required('firstName'),
  f5last: required('lastName'),
  fi: required('firstName'),
  dobd: required('birthDate'),
  dobm: required('birthDate'),
  doby: required('birthDate'),
  app_user_id: required(),
  external_id: { hashing: 'recommended' },
  client_ip_address: forbidden,
  client_user_agent: forbidden,
  fbc: forbidden,
  fbp: forbidden,
  subscription_id: forbidden,
  fb_login_id: forbidden,
  lead_id: forbidden,
  anon_id: forbidden,
  madid: forbidden,
  page_id: forbidden,
  page_scoped_user_id: forbidden,
  ctwa_clid: forbidden,
  ig_account_id: forbidden,
  ig_sid: forbidden,
});

/**
 * Keys whose presence (two or more, not only `country`) makes an object a `user_data` payload even
 * without a `user_data` parent: `{ em, ph }`, `{ client_ip_address, fbp }`.
 */
export const USER_DATA_SHAPE_KEYS: ReadonlySet<string> = new Set(
  Object.keys(USER_DATA_KEYS).filter((key) => key !== 'country' && key !== 'cn'),
);

/** Siblings that make an object with `user_data` / `custom_data` a server event. */
export const SERVER_EVENT_KEYS: ReadonlySet<string> = new Set([
  'event_name',
  'event_time',
  'action_source',
  'event_source_url',
  'event_id',
  'opt_out',
  'referrer_url',
  'data_processing_options',
  'data_processing_options_country',
  'data_processing_options_state',
  'app_data',
  'original_event_data',
]);

/** Top-level fields of a CAPI request body. */
export const REQUEST_BODY_KEYS: ReadonlySet<string> = new Set([
  'data',
  'access_token',
  'test_event_code',
  'partner_agent',
  'namespace_id',
  'upload_id',
  'upload_tag',
  'upload_source',
  'appsecret_proof',
]);

/** Standard `custom_data` keys (pixel object properties and CAPI standard parameters). */
export const CUSTOM_DATA_STANDARD_KEYS: ReadonlySet<string> = new Set([
  'value',
  'currency',
  'content_name',
  'content_category',
  'content_ids',
  'content_type',
  'contents',
  'num_items',
  'predicted_ltv',
  'search_string',
  'status',
  'delivery_category',
  'order_id',
  'net_revenue',
  'item_number',
  'checkin_date',
  'checkout_date',
  'city',
  'country',
  'region',
  'postal_code',
  'dma_code',
  'num_adults',
  'num_children',
  'destination_airport',
  'origin_airport',
  'make',
  'model',
  'vin',
  'listing_type',
  'property_type',
  'preferred_price_range',
  'user_bucket',
  'lead_event_source',
]);

/** URL of a Conversions API (or Offline Conversions / App Events) events endpoint. */
export const CAPI_ENDPOINT_PATTERN = /graph\.facebook\.com\/(?:v\d+(?:\.\d+)?\/)?[^/?#\s]+\/events\b/;

/** Offline Conversions `match_keys` (§5.1): every key is hashed except these. */
export const MATCH_KEY_PII: Readonly<Record<string, PiiKind | undefined>> = Object.freeze({
  email: 'email',
  phone: 'phone',
  gen: 'gender',
  doby: 'birthDate',
  dobm: 'birthDate',
  dobd: 'birthDate',
  ln: 'lastName',
  fn: 'firstName',
  fi: 'firstName',
  ct: 'city',
  st: 'state',
  zip: 'zip',
  country: 'country',
});
export const MATCH_KEYS_NOT_HASHED: ReadonlySet<string> = new Set(['lead_id', 'madid', 'extern_id']);

/** Customer-list Custom Audience schema fields: moved to `audiences.ts`, re-exported for existing readers. */
export { AUDIENCE_SCHEMA_FIELDS } from './audiences.js';

/** Normalization Meta requires before hashing, by kind (§1.1): every listed step must be applied. */
export const REQUIRED_NORMALIZATION: Readonly<Partial<Record<PiiKind, readonly Normalization[]>>> = Object.freeze({
  email: ['trim', 'lowercase'],
  phone: ['digitsOnly'],
  firstName: ['lowercase'],
  lastName: ['lowercase'],
  fullName: ['lowercase'],
  city: ['lowercase'],
  state: ['lowercase'],
  country: ['lowercase'],
  gender: ['lowercase'],
});

/** String operations the classifier tracks on the way to a hash. */
export type Normalization = 'trim' | 'lowercase' | 'digitsOnly' | 'replace';

export const NORMALIZATION_LABELS: Readonly<Record<Normalization, string>> = Object.freeze({
  trim: 'trim()',
  lowercase: 'toLowerCase()',
  digitsOnly: "replace(/\\D/g, '')",
  replace: 'replace()',
});
