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
 * The user_data key Meta reads each kind of personal data from (§1.1), for payloads that send it
 * under a key Meta does not define (`telefone_whatsapp`, `user_ip`). A person's name goes split in
 * two. Kinds without an entry have no user_data key at all (street address, SSN, card numbers).
 */
export const USER_DATA_KEYS_BY_KIND: Readonly<Partial<Record<PiiKind, readonly string[]>>> = Object.freeze({
  email: ['em'],
  phone: ['ph'],
  firstName: ['fn'],
  lastName: ['ln'],
  fullName: ['fn', 'ln'],
  birthDate: ['db'],
  gender: ['ge'],
  city: ['ct'],
  state: ['st'],
  zip: ['zp'],
  country: ['country'],
  ipAddress: ['client_ip_address'],
  userAgent: ['client_user_agent'],
});

/**
 * Keys real payloads put in user_data that Meta does not define and the name vocabulary does not
 * read (Portuguese and Spanish, short forms), with the kind of data each holds. Matched on the whole
 * key, lowercased, without `_` and `-`.
 */
export const FOREIGN_PII_KEYS: Readonly<Record<string, PiiKind>> = Object.freeze({
  telefone: 'phone',
  telefono: 'phone',
  celular: 'phone',
  movil: 'phone',
  fone: 'phone',
  correo: 'email',
  nome: 'fullName',
  nombre: 'fullName',
  sobrenome: 'lastName',
  apellido: 'lastName',
  apellidos: 'lastName',
  cidade: 'city',
  ciudad: 'city',
  estado: 'state',
  cep: 'zip',
  codigopostal: 'zip',
  pais: 'country',
  genero: 'gender',
  sexo: 'gender',
  nascimento: 'birthDate',
  datanascimento: 'birthDate',
  fechanacimiento: 'birthDate',
  ua: 'userAgent',
});

/** Non-personal keys with a Meta equivalent: an ID of the site's own, the pixel's cookies by their cookie names. */
export const FOREIGN_ID_KEYS: Readonly<Record<string, { readonly key: string; readonly holds: string }>> = Object.freeze({
  externalid: { key: 'external_id', holds: "the site's own ID for the person" },
  userid: { key: 'external_id', holds: "the site's own ID for the person" },
  customerid: { key: 'external_id', holds: "the site's own ID for the person" },
  memberid: { key: 'external_id', holds: "the site's own ID for the person" },
  fbp: { key: 'fbp', holds: 'the `_fbp` browser cookie' },
  fbc: { key: 'fbc', holds: 'the `_fbc` click cookie' },
});

/**
 * Keys whose presence (two or more, not only `country`) makes an object a `user_data` payload even
 * without a `user_data` parent: `{ em, ph }`, `{ client_ip_address, fbp }`.
 */
export const USER_DATA_SHAPE_KEYS: ReadonlySet<string> = new Set(
  Object.keys(USER_DATA_KEYS).filter((key) => key !== 'country' && key !== 'cn'),
);

/**
 * User_data keys that say who the person is, spelled Meta's way: every shape key but the two
 * cookies. `{ email, phone, fbp, fbc }` carries `_fbp` / `_fbc` like any first-party lead row does;
 * `{ em, fbp }` is written for Meta.
 */
export const USER_DATA_IDENTITY_KEYS: ReadonlySet<string> = new Set([...USER_DATA_SHAPE_KEYS].filter((key) => key !== 'fbp' && key !== 'fbc'));

/** A server event's ID (deduplication with the pixel's `eventID`), which Meta receives as-is. */
export const SERVER_EVENT_ID_KEY = 'event_id';

/** Siblings that make an object with `user_data` / `custom_data` a server event. */
export const SERVER_EVENT_KEYS: ReadonlySet<string> = new Set([
  'event_name',
  'event_time',
  'action_source',
  'event_source_url',
  SERVER_EVENT_ID_KEY,
  'opt_out',
  'referrer_url',
  'data_processing_options',
  'data_processing_options_country',
  'data_processing_options_state',
  'app_data',
  'original_event_data',
]);

/**
 * Server-event keys no other API uses: an object holding one is a Meta event wherever it goes
 * (`{ ...event, data_processing_options: ['LDU'] }` returned from a helper). `action_source` counts
 * only beside another event key or with one of Meta's values (§2.2), as the word is generic.
 */
export const META_ONLY_EVENT_KEYS: ReadonlySet<string> = new Set([
  'data_processing_options',
  'data_processing_options_country',
  'data_processing_options_state',
]);

/** The values of `action_source` (§2.2). */
export const ACTION_SOURCES: ReadonlySet<string> = new Set([
  'website',
  'app',
  'email',
  'phone_call',
  'chat',
  'physical_store',
  'system_generated',
  'business_messaging',
  'other',
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

/** The Graph API's host, which the URL of every Meta endpoint the plugin reads names (the patterns below, the App Events and audience ones). */
export const GRAPH_API_HOST = 'graph.facebook.com';

/** URL of a Conversions API (or Offline Conversions / App Events) events endpoint. */
export const CAPI_ENDPOINT_PATTERN = /graph\.facebook\.com\/(?:v\d+(?:\.\d+)?\/)?[^/?#\s]+\/events\b/;

/**
 * The same edge behind a base URL the file does not show (`${config.apiUrl}/${pixelId}/events`, a Stape or
 * other CAPI gateway `https://${host}/v21.0/${PIXEL_ID}/events`): after an interpolated base, optional path
 * segments, an optional Graph version (`v21.0`, with its dot: `/api/v1/…` is any API's) and the dataset id
 * (interpolated, or digits) before `/events`. Groups: the version, the id.
 */
export const CAPI_GATEWAY_PATTERN = /^(?:https?:)?(?:\/\/)?\{\}(?:\/[^/?#\s]+)*?\/(?:(v\d+\.\d+)\/)?(\{\}|\d{6,})\/events(?:[/?#]|$)/;
/** What stands for an interpolated value in the shape `CAPI_GATEWAY_PATTERN` is matched against. */
export const CAPI_GATEWAY_HOLE = '{}';

/**
 * Words that tie such a URL to Meta, in the name of its base or its id (`conversionApiBaseUrl`,
 * `config.facebook.apiUrl`, `PIXEL_ID`, `datasetId`): without one (or a Graph version) `${API}/${id}/events`
 * is any calendar's or analytics API's.
 */
export const CAPI_GATEWAY_NAME_WORDS: ReadonlySet<string> = new Set(['graph', 'facebook', 'fb', 'meta', 'capi', 'conversion', 'conversions', 'pixel', 'dataset']);

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
