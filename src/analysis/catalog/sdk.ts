/**
 * facebook-nodejs-business-sdk server-side classes (reference/meta-business-tools.md §4).
 * `UserData` hashes at send time every key Meta does not want as-is (`USER_DATA_KEYS`; external_id
 * since v26) and passes the others through, so which setters hash follows from the key each writes.
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

/** `UserData` setters: the user_data key each writes. */
export const USER_DATA_SETTERS: Readonly<Record<string, { key: string }>> = Object.freeze({
  setEmail: { key: 'em' },
  setEmails: { key: 'em' },
  setPhone: { key: 'ph' },
  setPhones: { key: 'ph' },
  setGender: { key: 'ge' },
  setGenders: { key: 'ge' },
  setDateOfBirth: { key: 'db' },
  setDatesOfBirth: { key: 'db' },
  setFirstName: { key: 'fn' },
  setFirstNames: { key: 'fn' },
  setLastName: { key: 'ln' },
  setLastNames: { key: 'ln' },
  setCity: { key: 'ct' },
  setCities: { key: 'ct' },
  setState: { key: 'st' },
  setStates: { key: 'st' },
  setZip: { key: 'zp' },
  setZips: { key: 'zp' },
  setCountry: { key: 'country' },
  setCountries: { key: 'country' },
  // The offline-style name and birth-date parts and the app user id.
  setF5First: { key: 'f5first' },
  setF5Last: { key: 'f5last' },
  setFi: { key: 'fi' },
  setDobd: { key: 'dobd' },
  setDobm: { key: 'dobm' },
  setDoby: { key: 'doby' },
  setAppUserId: { key: 'app_user_id' },
  setExternalId: { key: 'external_id' },
  setExternalIds: { key: 'external_id' },
  setClientIpAddress: { key: 'client_ip_address' },
  setClientUserAgent: { key: 'client_user_agent' },
  setFbc: { key: 'fbc' },
  setFbp: { key: 'fbp' },
  setSubscriptionId: { key: 'subscription_id' },
  setFbLoginId: { key: 'fb_login_id' },
  setLeadId: { key: 'lead_id' },
  setMadid: { key: 'madid' },
  setAnonId: { key: 'anon_id' },
  setCtwaClid: { key: 'ctwa_clid' },
  setPageId: { key: 'page_id' },
});

/** Positional parameters of `new UserData(...)`, by user_data key. */
export const USER_DATA_CONSTRUCTOR_KEYS: readonly string[] = [
  'em', 'ph', 'ge', 'fn', 'ln', 'db', 'ct', 'st', 'zp', 'country', 'external_id', 'client_ip_address',
  'client_user_agent', 'fbp', 'fbc', 'subscription_id', 'fb_login_id', 'lead_id', 'dobd', 'dobm', 'doby',
  'madid', 'anon_id', 'app_user_id', 'ctwa_clid', 'page_id',
];

/** Setters of the event ID (`ServerEvent.setEventId`), which Meta receives as-is. */
export const EVENT_ID_SETTERS: Readonly<Record<string, string>> = Object.freeze({ ServerEvent: 'setEventId' });

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

/**
 * Positional parameters of `new ServerEvent(...)` since SDK v16.0.2 (March 2023, "Support app capi",
 * which put `app_data` sixth). Source: facebook-nodejs-business-sdk `src/objects/serverside/server-event.js`,
 * the constructor's signature (its JSDoc `@param` list is in another order and is wrong), same in
 * DefinitelyTyped's `server-event.d.ts`.
 */
export const SERVER_EVENT_CONSTRUCTOR_PARAMS: readonly string[] = [
  'event_name', 'event_time', 'event_source_url', 'user_data', 'custom_data', 'app_data', 'event_id', 'opt_out',
  'action_source', 'data_processing_options', 'data_processing_options_country', 'data_processing_options_state',
  'advanced_measurement_table', 'advertiser_tracking_enabled', 'messaging_channel', 'original_event_data',
  'attribution_data', 'referrer_url',
];

/**
 * Before v16.0.2 (SDK v7.0.2 "Adding LDU flags", 2020) there was no `app_data`: the data processing
 * options came one place earlier, right after `action_source`. Code written for it still runs.
 */
export const SERVER_EVENT_CONSTRUCTOR_PARAMS_BEFORE_APP_DATA: readonly string[] = SERVER_EVENT_CONSTRUCTOR_PARAMS.filter(
  (name) => name !== 'app_data',
).slice(0, 11);

/** Positional parameters of `new EventRequest(...)`. */
export const EVENT_REQUEST_CONSTRUCTOR_PARAMS: readonly string[] = [
  'access_token', 'pixel_id', 'events', 'partner_agent', 'test_event_code', 'namespace_id', 'upload_id',
  'upload_tag', 'upload_source', 'debug_mode', 'http_service', 'app_secret',
];
