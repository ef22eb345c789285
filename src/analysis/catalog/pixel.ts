/**
 * The Meta pixel's `fbq()` API: commands and what each positional argument after the command holds.
 * Source: Meta pixel reference, advanced matching and data-processing-options docs
 * (reference/meta-business-tools.md §3, §7, §8).
 */

export type PixelSlot =
  | 'pixelId'
  | 'eventName'
  | 'params'
  | 'options'
  | 'advancedMatching'
  | 'consent'
  | 'dpoModes'
  | 'dpoCountry'
  | 'dpoState'
  | 'setting';

export type PixelCommand =
  | 'init'
  | 'track'
  | 'trackCustom'
  | 'trackSingle'
  | 'trackSingleCustom'
  | 'consent'
  | 'dataProcessingOptions'
  | 'set';

/** Slots of the arguments that follow the command string, in order. */
export const FBQ_COMMAND_SLOTS: Readonly<Record<PixelCommand, readonly PixelSlot[]>> = Object.freeze({
  init: ['pixelId', 'advancedMatching', 'options'],
  track: ['eventName', 'params', 'options'],
  trackCustom: ['eventName', 'params', 'options'],
  trackSingle: ['pixelId', 'eventName', 'params', 'options'],
  trackSingleCustom: ['pixelId', 'eventName', 'params', 'options'],
  consent: ['consent'],
  dataProcessingOptions: ['dpoModes', 'dpoCountry', 'dpoState'],
  set: ['setting'],
});

export const PIXEL_COMMANDS: ReadonlySet<string> = new Set(Object.keys(FBQ_COMMAND_SLOTS));

/** Commands that send an event (and its parameters) to Meta. */
export const TRACKING_COMMANDS: ReadonlySet<PixelCommand> = new Set([
  'track',
  'trackCustom',
  'trackSingle',
  'trackSingleCustom',
]);

/** The event ID in the options object (`{ eventID }`): it pairs a pixel event with its Conversions API twin, and Meta receives it as-is. */
export const PIXEL_EVENT_ID_OPTION = 'eventID';

/** The only key Meta documents for the options object (4th argument of `track`). */
export const EVENT_OPTION_KEYS: ReadonlySet<string> = new Set([PIXEL_EVENT_ID_OPTION]);

/** Global names under which the pixel function lives. */
export const PIXEL_GLOBALS = ['fbq', '_fbq'] as const;
/** Global objects through which browser code reaches the pixel (`window.fbq`). */
export const GLOBAL_OBJECTS = ['window', 'globalThis', 'self', 'top', 'parent'] as const;

/** Standard events of the pixel and the Conversions API (§2.3). */
export const STANDARD_EVENTS: ReadonlySet<string> = new Set([
  'AddPaymentInfo',
  'AddToCart',
  'AddToWishlist',
  'CompleteRegistration',
  'Contact',
  'CustomizeProduct',
  'Donate',
  'FindLocation',
  'InitiateCheckout',
  'Lead',
  'PageView',
  'Purchase',
  'Schedule',
  'Search',
  'StartTrial',
  'SubmitApplication',
  'Subscribe',
  'ViewContent',
]);

/** Text that identifies the pixel base code loader (the fbevents.js script). */
export const PIXEL_LOADER_PATTERN = /connect\.facebook\.net\/[\w-]+\/fbevents\.js/;

/** Text of a call that starts the pixel: `fbq('init', …)`, `window.fbq("init", …)`. */
export const PIXEL_INIT_PATTERN = /\bfbq\s*\(\s*(['"`])init\1/;

/** Text that identifies an image-pixel (noscript) URL: `https://www.facebook.com/tr?id=…&ev=…` (§3.3). */
export const IMAGE_PIXEL_PATTERN = /facebook\.com\/tr\b/;
