/**
 * App Events: the SDKs that send them from apps and web pages, the App Events API over HTTP, and
 * the App Tracking Transparency (ATT) APIs whose answer `advertiser_tracking_enabled` must carry.
 * Sources: reference/meta-business-tools.md §5.2, §5b (S-RNFB, S-ANDSDK, S-IOSSDK, S-GDPR, S-ATE,
 * S-AEAPI), and each package's public source where the reference is silent (cited per entry).
 */

/** Which SDK a call goes through. `javascript-sdk` is the web SDK (`FB.AppEvents`); the others run in apps. */
export type AppSdk = 'react-native-fbsdk-next' | 'capacitor' | 'cordova' | 'javascript-sdk';

/**
 * What a call does with data:
 * - `event`: sends an event (its name and parameters reach Meta in clear; no SDK hashes them, §5b.2);
 * - `userData`: advanced-matching user data, which the native SDKs normalize and SHA-256 hash on the device;
 * - `userId`: `setUserID`, sent raw as `app_user_id` (never hashed, §5b.1);
 * - `userProperties`: `updateUserProperties`, sent raw;
 * - `start`: starts the SDK (which then sends automatic events, §5b.3);
 * - `autoLog` / `advertiserIdCollection`: switches automatic event logging / the advertising ID on;
 * - `trackingFlag`: `advertiser_tracking_enabled`, which must be the device's ATT answer (§5b.4);
 * - `dataProcessing`: Limited Data Use options;
 * - `clientToken`: sets the app's client token, public by design (§5b.9).
 */
export type AppCallKind =
  | 'event'
  | 'userData'
  | 'userId'
  | 'userProperties'
  | 'start'
  | 'autoLog'
  | 'advertiserIdCollection'
  | 'trackingFlag'
  | 'dataProcessing'
  | 'clientToken';

/** Where an argument is: its position, or a key of the options object passed first (Capacitor plugins). */
export type ArgumentAt = number | string;

/** The parameters of RN `logEvent(name, valueToSum?, params?)`: the object after the name and an optional number. */
export const AFTER_VALUE_TO_SUM = 'afterValueToSum';

export interface AppMethod {
  readonly kind: AppCallKind;
  readonly eventName?: ArgumentAt;
  /** The event a dedicated method logs (`logPurchase` → `fb_mobile_purchase`). */
  readonly fixedEventName?: string;
  readonly params?: ArgumentAt | typeof AFTER_VALUE_TO_SUM;
  /** The user data, user ID, flag or token argument. */
  readonly value?: ArgumentAt;
  /** A flag fixed by the method (`enableAdvertiserTracking()` is `true`). */
  readonly fixedFlag?: boolean;
  readonly dpo?: { readonly modes: ArgumentAt; readonly country: ArgumentAt; readonly state: ArgumentAt };
}

/** The events dedicated methods log (Android `AppEventsConstants.kt`, S-ANDSDK). */
const PURCHASE = 'fb_mobile_purchase';

const START: AppMethod = { kind: 'start' };
const FLAG_0: AppMethod = { kind: 'trackingFlag', value: 0 };
const DPO_0_1_2: AppMethod = { kind: 'dataProcessing', dpo: { modes: 0, country: 1, state: 2 } };

/**
 * react-native-fbsdk-next `AppEventsLogger`, `Settings`, `AEMReporterIOS` (S-RNFB
 * `src/{FBAppEventsLogger,FBSettings,FBAEMReporter}.ts`, v13.4.3).
 */
const REACT_NATIVE: Readonly<Record<string, Readonly<Record<string, AppMethod>>>> = {
  AppEventsLogger: {
    logEvent: { kind: 'event', eventName: 0, params: AFTER_VALUE_TO_SUM },
    logPurchase: { kind: 'event', fixedEventName: PURCHASE, params: 2 },
    // The native SDK keeps only the campaign of the push payload (S-ANDSDK AppEventsLoggerImpl.kt).
    logPushNotificationOpen: { kind: 'event', fixedEventName: 'fb_mobile_push_opened' },
    logProductItem: { kind: 'event', fixedEventName: 'fb_mobile_catalog_update', params: 12 },
    setUserData: { kind: 'userData', value: 0 },
    setUserID: { kind: 'userId', value: 0 },
  },
  Settings: {
    // Android: `FacebookSdk.fullyInitialize()`; iOS: `ApplicationDelegate.initializeSDK` (S-RNFB FBSettings.ts).
    initializeSDK: START,
    setAutoLogAppEventsEnabled: { kind: 'autoLog', value: 0 },
    setAdvertiserIDCollectionEnabled: { kind: 'advertiserIdCollection', value: 0 },
    setAdvertiserTrackingEnabled: FLAG_0,
    // Missing country / state become 0 ("let Meta geolocate") in the bridge (S-RNFB FBSettings.ts).
    setDataProcessingOptions: DPO_0_1_2,
    setClientToken: { kind: 'clientToken', value: 0 },
  },
  AEMReporterIOS: {
    logAEMEvent: { kind: 'event', eventName: 0, params: 3 },
  },
};

/** Modules that export the React Native SDK: the maintained fork and its unmaintained original (same API). */
export const REACT_NATIVE_MODULES: readonly string[] = ['react-native-fbsdk-next', 'react-native-fbsdk'];

/**
 * The Capacitor App Events plugin family, all exporting `FacebookAnalytics` with options objects.
 * - SpellChucker `capacitor-plugin-facebook-analytics` (README): `logEvent({ event, valueToSum?, params? })`,
 *   `logPurchase({ amount, currency, params })`, `logAddToCart`, `logCompleteRegistration({ params })`,
 *   `logInitiatedCheckout({ amount, params })`, `logAddPaymentInfo({ success })`.
 * - Cap-go `@capgo/capacitor-facebook-analytics` `src/definitions.ts` (and its `@captive` predecessor):
 *   `initAppEvents()` ("call this after your consent / ATT flow"), `logEvent({ event, valueToSum?,
 *   currency?, params? })`, `logPurchase`, `enableAdvertiserTracking()` / `disableAdvertiserTracking()`
 *   (iOS ≤ 16: `Settings.isAdvertiserTrackingEnabled`; Android: advertiser ID collection).
 * - `capacitor-plugin-meta-analytics`: `setAdvertiserTrackingEnabled({ enabled })`.
 * - `@capacitor-community/facebook-analytics`: the name proposed in capacitor-community/proposals #52
 *   for this plugin family; no published source was found, so the same API is assumed (unconfirmed).
 * No plugin of the family has a user-data or user-ID setter.
 */
const CAPACITOR_ANALYTICS: Readonly<Record<string, AppMethod>> = {
  logEvent: { kind: 'event', eventName: 'event', params: 'params' },
  logPurchase: { kind: 'event', fixedEventName: PURCHASE, params: 'params' },
  logAddToCart: { kind: 'event', fixedEventName: 'fb_mobile_add_to_cart', params: 'params' },
  logCompleteRegistration: { kind: 'event', fixedEventName: 'fb_mobile_complete_registration', params: 'params' },
  logInitiatedCheckout: { kind: 'event', fixedEventName: 'fb_mobile_initiated_checkout', params: 'params' },
  logAddPaymentInfo: { kind: 'event', fixedEventName: 'fb_mobile_add_payment_info' },
  initAppEvents: START,
  enableAdvertiserTracking: { kind: 'trackingFlag', fixedFlag: true },
  disableAdvertiserTracking: { kind: 'trackingFlag', fixedFlag: false },
  setAdvertiserTrackingEnabled: { kind: 'trackingFlag', value: 'enabled' },
};

export const CAPACITOR_ANALYTICS_MODULES: readonly string[] = [
  '@capacitor-community/facebook-analytics',
  'capacitor-plugin-facebook-analytics',
  '@capgo/capacitor-facebook-analytics',
  '@captive/capacitor-facebook-analytics',
  '@jonit-dev/capacitor-plugin-facebook-analytics',
  'capacitor-plugin-meta-analytics',
];
/** The export (and the Capacitor 2 `Plugins` member) the family registers. */
export const CAPACITOR_ANALYTICS_EXPORT = 'FacebookAnalytics';
/** Capacitor 2: `const { FacebookAnalytics } = Plugins` from `@capacitor/core`. */
export const CAPACITOR_CORE = { module: '@capacitor/core', registry: 'Plugins' } as const;

/**
 * `@capacitor-community/facebook-login` `FacebookLogin` (its `src/definitions.ts`, §5b.5). Its
 * `initialize({ appId, autoLogAppEvents })` also serves Facebook Login, so only `autoLogAppEvents` counts.
 */
const CAPACITOR_LOGIN: Readonly<Record<string, AppMethod>> = {
  initialize: { kind: 'autoLog', value: 'autoLogAppEvents' },
  logEvent: { kind: 'event', eventName: 'eventName' },
  setAutoLogAppEventsEnabled: { kind: 'autoLog', value: 'enabled' },
  setAdvertiserTrackingEnabled: { kind: 'trackingFlag', value: 'enabled' },
  setAdvertiserIDCollectionEnabled: { kind: 'advertiserIdCollection', value: 'enabled' },
};
export const CAPACITOR_LOGIN_MODULE = { module: '@capacitor-community/facebook-login', export: 'FacebookLogin' } as const;

/**
 * cordova-plugin-facebook-connect (global `facebookConnectPlugin`, `www/facebook-native.js`, §5b.6) and
 * its predecessors cordova-plugin-facebook4 / cordova-plugin-fbsdk (same global): `logEvent(name,
 * params?, valueToSum?, s, f)`, `logPurchase(value, currency, params?, s, f)`; 3.1.0 added
 * `setUserData(userData, s, f)` (hashed by the native SDK, keys `em, fn, ln, ph, db, ge, ct, st, zp, cn`)
 * and `setDataProcessingOptions(options, country, state, s, f)`; facebook4 has `setUserID(id, s, f)` and
 * `updateUserProperties(params, s, f)`, sent raw.
 */
const CORDOVA: Readonly<Record<string, AppMethod>> = {
  logEvent: { kind: 'event', eventName: 0, params: 1 },
  logPurchase: { kind: 'event', fixedEventName: PURCHASE, params: 2 },
  setUserData: { kind: 'userData', value: 0 },
  setUserID: { kind: 'userId', value: 0 },
  updateUserProperties: { kind: 'userProperties', params: 0 },
  activateApp: START,
  setAutoLogAppEventsEnabled: { kind: 'autoLog', value: 0 },
  setAdvertiserIDCollectionEnabled: { kind: 'advertiserIdCollection', value: 0 },
  setAdvertiserTrackingEnabled: FLAG_0,
  setDataProcessingOptions: DPO_0_1_2,
};
export const CORDOVA_GLOBAL = 'facebookConnectPlugin';

/**
 * The Facebook JavaScript SDK's `FB.AppEvents` (S-JSREF, §5b.7): `logEvent(name, valueToSum | null,
 * params?)`, `logPurchase(amount, currency, params?)`, `setUserID`, `updateUserProperties`,
 * `activateApp()`, `logPageView()`. Meta deprecated it in July 2022; code that still calls it means to
 * send the data, so its calls are judged like the apps'. `FB.init({ autoLogAppEvents })` is not judged:
 * most `FB.init` calls serve Facebook Login and social plugins, and whether the deprecated web App
 * Events still transmit anything is unconfirmed.
 */
const WEB_APP_EVENTS: Readonly<Record<string, AppMethod>> = {
  logEvent: { kind: 'event', eventName: 0, params: 2 },
  logPurchase: { kind: 'event', fixedEventName: PURCHASE, params: 2 },
  logPageView: { kind: 'event', fixedEventName: 'fb_page_view' },
  setUserID: { kind: 'userId', value: 0 },
  updateUserProperties: { kind: 'userProperties', params: 0 },
  activateApp: START,
};
export const WEB_SDK_GLOBAL = { object: 'FB', property: 'AppEvents' } as const;

/** Every SDK's objects and methods, for the sink finder and the rules' labels. */
export const APP_SDK_METHODS = {
  reactNative: REACT_NATIVE,
  capacitorAnalytics: CAPACITOR_ANALYTICS,
  capacitorLogin: CAPACITOR_LOGIN,
  cordova: CORDOVA,
  web: WEB_APP_EVENTS,
} as const;

/**
 * App event parameters Meta defines (`AppEventsConstants.kt`, Cap-go `src/event.ts`): never judged
 * as custom keys. `fb_description`, `fb_content` (a JSON list of contents with their titles) and
 * `fb_search_string` are free text, judged like the pixel's `content_name` / `search_string`.
 */
export const APP_STANDARD_PARAMETERS: ReadonlySet<string> = new Set([
  'fb_currency', 'fb_registration_method', 'fb_content_type', 'fb_content_id', 'fb_success',
  'fb_max_rating_value', 'fb_payment_info_available', 'fb_num_items', 'fb_level', 'fb_mobile_launch_source',
  'ad_type', 'fb_order_id', '_valueToSum', 'fb_product_category', 'fb_push_campaign', 'fb_content',
  'fb_description', 'fb_search_string', 'event_id', '_eventName', '_logTime', '_implicitlyLogged',
  '_session_id', 'valueToSum', 'value', 'currency', 'content_ids', 'content_type', 'num_items',
]);
export const APP_DESCRIPTIVE_PARAMETERS: ReadonlySet<string> = new Set(['fb_description', 'fb_content', 'fb_search_string']);
export const APP_STATIC_ONLY_PARAMETERS: ReadonlySet<string> = new Set(['fb_search_string']);

/**
 * The parameter-name constants of the SDKs, by member name, so that `{ [AppEventParams.Description]: x }`
 * is read as `fb_description`: RN `AppEventsLogger.AppEventParams.*`, Capacitor
 * `FacebookEventParameterName.*`, web `FB.AppEvents.ParameterNames.*`.
 */
export const APP_PARAMETER_CONSTANTS: Readonly<Record<string, string>> = Object.freeze({
  Currency: 'fb_currency',
  CURRENCY: 'fb_currency',
  ContentID: 'fb_content_id',
  ContentId: 'fb_content_id',
  CONTENT_ID: 'fb_content_id',
  Content: 'fb_content',
  ContentType: 'fb_content_type',
  CONTENT_TYPE: 'fb_content_type',
  SearchString: 'fb_search_string',
  SEARCH_STRING: 'fb_search_string',
  Description: 'fb_description',
  DESCRIPTION: 'fb_description',
  RegistrationMethod: 'fb_registration_method',
  REGISTRATION_METHOD: 'fb_registration_method',
  NumItems: 'fb_num_items',
  NUM_ITEMS: 'fb_num_items',
  OrderId: 'fb_order_id',
  Level: 'fb_level',
  LEVEL: 'fb_level',
  Success: 'fb_success',
  SUCCESS: 'fb_success',
});
/** The objects that hold those constants (the last name before the constant). */
export const APP_PARAMETER_CONSTANT_HOLDERS: ReadonlySet<string> = new Set([
  'AppEventParams',
  'FacebookEventParameterName',
  'ParameterNames',
]);

/**
 * react-native-fbsdk-next's Expo config plugin, `plugins: [['react-native-fbsdk-next', { … }]]` in
 * app.config.js / app.config.ts (S-RNFB `plugin/src/config.ts`). The booleans default to `false` and are
 * written to Info.plist / AndroidManifest as the SDK's start-up settings, read before any JS runs:
 * `true` there sends automatic events (install, launch, purchases) or the advertising ID from the first
 * launch, before the app can ask for consent. Meta's GDPR recipe sets them `false` and enables them at
 * run time after consent (S-GDPR).
 */
export const EXPO_PLUGIN = 'react-native-fbsdk-next';
export const EXPO_PLUGIN_FLAGS: Readonly<Record<string, AppCallKind>> = Object.freeze({
  autoLogAppEventsEnabled: 'autoLog',
  isAutoInitEnabled: 'start',
  advertiserIDCollectionEnabled: 'advertiserIdCollection',
});

/**
 * The App Events API (§5.2, S-AEAPI): `POST /{app-id}/activities` with form fields `event`
 * (`CUSTOM_APP_EVENTS`, `MOBILE_APP_INSTALL`), `custom_events` (a JSON list of events: `_eventName`,
 * `_valueToSum`, `fb_currency`, …, custom keys), `ud[…]` user data ("All user data must be SHA256
 * hashed"), `advertiser_id`, `advertiser_tracking_enabled`, `application_tracking_enabled`, and the
 * data processing options.
 */
export const APP_EVENTS_API_PATTERN = /graph\.facebook\.com\/(?:v\d+(?:\.\d+)?\/)?[^/?#\s]+\/activities\b/;
export const APP_EVENTS_API_FIELDS = {
  customEvents: 'custom_events',
  eventName: '_eventName',
  userData: 'ud',
  trackingFlag: 'advertiser_tracking_enabled',
} as const;

/** Key of the ATT flag in Conversions API `app_data` (§5b.8) and the Node SDK's `AppData` setter. */
export const APP_DATA_KEY = 'app_data';
export const APP_DATA_TRACKING_SETTER = 'setAdvertiserTrackingEnabled';

/**
 * App Tracking Transparency: the APIs and names that carry the device's answer (§5b.4): Expo
 * `requestTrackingPermissionsAsync` / `getTrackingPermissionsAsync` / `useTrackingPermissions`,
 * react-native-tracking-transparency `requestTrackingPermission` / `getTrackingStatus`, the Capacitor
 * plugins' `AppTrackingTransparency.requestPermission()` / `getStatus()`, iOS `ATTrackingManager`,
 * and variables named for it (`trackingAuthorized`, `attStatus`, or the app's stored copy of it:
 * `adTrackingEnabled`, `advertiserTrackingEnabled`, as analytics SDKs keep it). A flag set under a
 * condition that mentions one of them, or computed from one, is the user's answer.
 */
export const ATT_SIGNAL =
  /[Tt]racking(?:Permission|Status|Transparency)|[Tt]racking_?(?:[Aa]llowed|[Gg]ranted|[Aa]uthori[sz]|[Cc]onsent)|ATTrackingManager|^(?:att|ATT)(?:[A-Z_]|$)|[Ii]s_?[Tt]racking_?[Ee]nabled|^(?:ad|advertiser)_?[Tt]racking_?[Ee]nabled$/;

/** Values that switch a flag on: `true`, `1`, `'1'`, `'true'`. */
export const FLAG_ON_VALUES: ReadonlySet<unknown> = new Set([true, 1, '1', 'true']);
