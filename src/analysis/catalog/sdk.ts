/**
 * facebook-nodejs-business-sdk server-side classes (reference/meta-business-tools.md §4).
 * `UserData` setters hash at send time, except the pass-through ones listed as `raw`.
 */

export const SDK_MODULE = 'facebook-nodejs-business-sdk';

export type SdkClass = 'UserData' | 'ServerEvent' | 'CustomData' | 'Content' | 'EventRequest' | 'FacebookAdsApi' | 'AppData';
export const SDK_CLASSES: readonly SdkClass[] = [
  'UserData',
  'ServerEvent',
  'CustomData',
  'Content',
  'EventRequest',
  'FacebookAdsApi',
  // Conversions API app events: `ServerEvent.setAppData(new AppData().setAdvertiserTrackingEnabled(…))` (§5b.8).
  'AppData',
];

/** `UserData` setters: the user_data key each writes and whether the SDK hashes it. */
export const USER_DATA_SETTERS: Readonly<Record<string, { key: string; sdkHashes: boolean }>> = Object.freeze({
  setEmail: { key: 'em', sdkHashes: true },
  setEmails: { key: 'em', sdkHashes: true },
  setPhone: { key: 'ph', sdkHashes: true },
  setPhones: { key: 'ph', sdkHashes: true },
  setGender: { key: 'ge', sdkHashes: true },
  setGenders: { key: 'ge', sdkHashes: true },
  setDateOfBirth: { key: 'db', sdkHashes: true },
  setDatesOfBirth: { key: 'db', sdkHashes: true },
  setFirstName: { key: 'fn', sdkHashes: true },
  setFirstNames: { key: 'fn', sdkHashes: true },
  setLastName: { key: 'ln', sdkHashes: true },
  setLastNames: { key: 'ln', sdkHashes: true },
  setCity: { key: 'ct', sdkHashes: true },
  setCities: { key: 'ct', sdkHashes: true },
  setState: { key: 'st', sdkHashes: true },
  setStates: { key: 'st', sdkHashes: true },
  setZip: { key: 'zp', sdkHashes: true },
  setZips: { key: 'zp', sdkHashes: true },
  setCountry: { key: 'country', sdkHashes: true },
  setCountries: { key: 'country', sdkHashes: true },
  setExternalId: { key: 'external_id', sdkHashes: false },
  setExternalIds: { key: 'external_id', sdkHashes: false },
  setClientIpAddress: { key: 'client_ip_address', sdkHashes: false },
  setClientUserAgent: { key: 'client_user_agent', sdkHashes: false },
  setFbc: { key: 'fbc', sdkHashes: false },
  setFbp: { key: 'fbp', sdkHashes: false },
  setSubscriptionId: { key: 'subscription_id', sdkHashes: false },
  setFbLoginId: { key: 'fb_login_id', sdkHashes: false },
  setLeadId: { key: 'lead_id', sdkHashes: false },
  setMadid: { key: 'madid', sdkHashes: false },
  setAnonId: { key: 'anon_id', sdkHashes: false },
  setCtwaClid: { key: 'ctwa_clid', sdkHashes: false },
  setPageId: { key: 'page_id', sdkHashes: false },
});

/** Positional parameters of `new UserData(...)`, by user_data key. */
export const USER_DATA_CONSTRUCTOR_KEYS: readonly string[] = [
  'em', 'ph', 'ge', 'fn', 'ln', 'db', 'ct', 'st', 'zp', 'country', 'external_id', 'client_ip_address',
  'client_user_agent', 'fbp', 'fbc', 'subscription_id', 'fb_login_id', 'lead_id', 'dobd', 'dobm', 'doby',
  'madid', 'anon_id', 'app_user_id', 'ctwa_clid', 'page_id',
];

/** Setters whose argument Meta receives in clear as event data (`custom_data` / contents). */
export const CLEAR_TEXT_SETTERS: Readonly<Record<string, Readonly<Record<string, string>>>> = Object.freeze({
  CustomData: {
    setContentName: 'content_name',
    setContentCategory: 'content_category',
    setSearchString: 'search_string',
    setStatus: 'status',
    setOrderId: 'order_id',
    setItemNumber: 'item_number',
    setCustomProperties: 'custom_properties',
  },
  Content: {
    setTitle: 'title',
    setDescription: 'description',
    setCategory: 'category',
    setBrand: 'brand',
  },
});

/** Positional parameters of `new EventRequest(...)`. */
export const EVENT_REQUEST_CONSTRUCTOR_PARAMS: readonly string[] = [
  'access_token', 'pixel_id', 'events', 'partner_agent', 'test_event_code', 'namespace_id', 'upload_id',
  'upload_tag', 'upload_source', 'debug_mode', 'http_service', 'app_secret',
];
