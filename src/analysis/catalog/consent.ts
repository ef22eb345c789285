/**
 * Consent signals and consent-management-platform (CMP) APIs, as data. A condition whose test
 * mentions one of these (an identifier, a property name or a string) is a consent check; a
 * function passed to one of these APIs is a consent callback.
 * Source: Meta pixel GDPR doc and the CMP developer docs (reference/meta-business-tools.md §8.1, §8.3).
 */

export interface ConsentPlatform {
  readonly name: string;
  /** Identifiers, property names and strings that belong to the platform. */
  readonly pattern: RegExp;
  /** Example guards, for documentation. */
  readonly examples: readonly string[];
  /**
   * The objects its script defines in the page (`window.Cookiebot`): testing one says the banner's
   * script loaded, not what the visitor chose (it is there after "decline" too).
   */
  readonly scriptObjects?: readonly string[];
}

/** Where a consent decision can come from, most specific first. Adding a CMP is a data change. */
export const CONSENT_PLATFORMS: readonly ConsentPlatform[] = Object.freeze([
  {
    name: 'OneTrust',
    pattern: /onetrust|optanon/i,
    examples: ["OnetrustActiveGroups.includes('C0004')", 'OneTrust.OnConsentChanged(cb)', 'function OptanonWrapper() {…}'],
    scriptObjects: ['OneTrust', 'Optanon'],
  },
  {
    name: 'Cookiebot',
    pattern: /cookiebot/i,
    examples: ['Cookiebot.consent.marketing', "addEventListener('CookiebotOnAccept', cb)", 'function CookiebotCallback_OnAccept() {…}'],
    scriptObjects: ['Cookiebot', 'CookieConsent'],
  },
  {
    name: 'IAB TCF',
    pattern: /__tcfapi|\btc_?data\b|^tcf/i,
    examples: ["__tcfapi('addEventListener', 2, cb)", 'tcData.purpose.consents[1]'],
    scriptObjects: ['__tcfapi'],
  },
  {
    name: 'Google Consent Mode',
    pattern: /ad_storage|ad_user_data|ad_personalization|analytics_storage|functionality_storage|personalization_storage/i,
    examples: ["consentState.ad_storage === 'granted'"],
  },
  {
    name: 'Osano',
    pattern: /osano/i,
    examples: ['Osano.cm.marketing', "Osano.cm.addEventListener('osano-cm-consent-saved', cb)"],
    scriptObjects: ['Osano'],
  },
  {
    name: 'Usercentrics',
    pattern: /usercentrics|uc_ui|__uccmp|^ucEvent$/i,
    examples: ['UC_UI.getServicesBaseInfo()', "addEventListener('ucEvent', cb)"],
    scriptObjects: ['UC_UI', '__ucCmp'],
  },
  {
    name: 'Klaro',
    pattern: /klaro/i,
    examples: ["klaro.getManager().getConsent('facebook')"],
    scriptObjects: ['klaro'],
  },
  {
    name: 'c15t',
    pattern: /c15t|useConsentManager/i,
    examples: ["has('marketing')", 'consents.marketing'],
  },
  {
    name: 'react-cookie-consent',
    pattern: /getCookieConsentValue|CookieConsent/i,
    examples: ["getCookieConsentValue() === 'true'"],
  },
  {
    name: 'Shopify Customer Privacy',
    pattern: /customerPrivacy|userCanBeTracked|(?:analytics|preferences)ProcessingAllowed|saleOfDataAllowed/i,
    examples: ['window.Shopify.customerPrivacy.marketingAllowed()', "document.addEventListener('visitorConsentCollected', cb)"],
  },
  {
    name: 'home-grown',
    pattern: /consent|gdpr|marketing|advertising|targeting|opt_?in|do_?not_?track|global_?privacy_?control/i,
    examples: ['hasMarketingConsent()', "localStorage.getItem('fbPixelConsent') === 'granted'", 'navigator.globalPrivacyControl'],
  },
]);

/** The platforms' script objects (see `ConsentPlatform.scriptObjects`). */
export const CONSENT_SCRIPT_OBJECTS: ReadonlySet<string> = new Set(CONSENT_PLATFORMS.flatMap((platform) => platform.scriptObjects ?? []));

/** Any consent signal of any platform, in one pattern (the hot path tests this once per name). */
export const CONSENT_SIGNAL: RegExp = new RegExp(CONSENT_PLATFORMS.map((platform) => platform.pattern.source).join('|'), 'i');

/**
 * Words that make a callback registration mean refusal, not consent: a function run on
 * `CookiebotOnDecline` is no consent callback.
 */
export const REFUSAL_SIGNAL = /declin|deny|denied|reject|revok|withdraw|opt_?out/i;

/**
 * Names of handlers that say a consent decision arrived (`onConsentSaved`, `acceptCookies`,
 * `CookieBanner`). A function with such a name and no caller in the file is taken as the place the
 * banner calls once the visitor chose; one with callers is judged by its callers.
 */
export const CONSENT_HANDLER_NAME = /consent|gdpr|opt_?in|cookie|accept|agree|allow/i;

/**
 * Functions a CMP calls by name once its banner has run or the visitor accepted: declaring one is
 * registering a consent callback.
 */
export const CMP_CALLBACK_FUNCTIONS: ReadonlySet<string> = new Set(['OptanonWrapper', 'CookiebotCallback_OnAccept']);

/**
 * What a consent choice allows, as consent banners split it. Meta's pixel and Conversions API are
 * advertising: they need marketing consent ({@link META_PURPOSE}).
 */
export type ConsentPurpose = 'marketing' | 'analytics' | 'functional';

/** The purpose every Meta sink needs (Cookiebot, OneTrust and c15t file the Meta pixel under it). */
export const META_PURPOSE: ConsentPurpose = 'marketing';

/**
 * Words (split on camelCase / snake / kebab boundaries) that name the purpose of a consent flag:
 * `consent.marketing`, `Cookiebot.consent.statistics`, `ad_storage`, `has('measurement')`,
 * `OnetrustActiveGroups.includes('C0002')`. A flag that names no purpose (`hasConsent()`,
 * `cookieConsent === 'yes'`) is taken to cover them all.
 * Sources: Cookiebot categories (necessary, preferences, statistics, marketing); OneTrust default
 * groups (C0001 strictly necessary, C0002 performance, C0003 functional, C0004 targeting, C0005
 * social media); Google Consent Mode v2 types (ad_storage, ad_user_data, ad_personalization,
 * analytics_storage, functionality_storage, personalization_storage, security_storage); c15t
 * categories (necessary, functionality, measurement, experience, marketing); Osano categories
 * (ESSENTIAL, STORAGE, MARKETING, PERSONALIZATION, ANALYTICS); Shopify Customer Privacy API
 * (marketingAllowed, analyticsProcessingAllowed, preferencesProcessingAllowed, saleOfDataAllowed).
 */
export const CONSENT_PURPOSE_WORDS: ReadonlyMap<string, ConsentPurpose> = new Map([
  ...words('marketing', ['marketing', 'advertising', 'advertisement', 'ads', 'ad', 'targeting', 'retargeting', 'remarketing', 'social', 'sale']),
  ...words('marketing', ['c0004', 'c0005', 'facebook', 'meta', 'fb', 'pixel']),
  ...words('analytics', ['analytics', 'analytic', 'statistics', 'statistic', 'stats', 'performance', 'measurement', 'c0002']),
  ...words('functional', ['functional', 'functionality', 'necessary', 'essential', 'strictly', 'preferences', 'preference']),
  ...words('functional', ['personalization', 'security', 'c0001', 'c0003']),
]);

function words(purpose: ConsentPurpose, list: readonly string[]): [string, ConsentPurpose][] {
  return list.map((word) => [word, purpose]);
}

/**
 * Words that make a consent flag say whether consent is asked for, not what the visitor chose
 * (`consentRequired`, `gdprRequiresConsent`, `needsConsent()`): such a flag guards nothing by itself.
 * Not the imperative `require`: `requireConsent(req, res)` is a check.
 */
export const CONSENT_REQUIREMENT_WORDS: ReadonlySet<string> = new Set(['required', 'requires', 'needs', 'needed']);

/**
 * Words that make a consent flag say that the visitor answered the banner, not what they chose:
 * Cookiebot's `hasResponse` (true after "decline" too), OneTrust's `OptanonAlertBoxClosed` cookie,
 * `bannerDismissed`, `consentAnswered`. Such a flag guards nothing by itself either — unless the answer
 * is compared with a choice (`consentResponse === 'accepted'`).
 * Sources: Cookiebot JavaScript API (`Cookiebot.hasResponse`); OneTrust cookie list (`OptanonAlertBoxClosed`).
 */
export const CONSENT_RESPONSE_WORDS: ReadonlySet<string> = new Set(['response', 'responded', 'answered', 'dismissed', 'closed']);

/** The pixel's consent command values (`fbq('consent', value)`). */
export const CONSENT_GRANT = 'grant';
export const CONSENT_REVOKE = 'revoke';

/**
 * React's state hooks: a consent banner keeps the visitor's choice in state (`const [allowed, setAllowed]
 * = useState(false)`), so the state is what its setter is called with.
 */
export const STATE_HOOKS: ReadonlySet<string> = new Set(['useState', 'useReducer']);
