import type { TSESTree } from '@typescript-eslint/utils';
import type { PixelCommand, PixelSlot } from '../catalog/pixel.js';
import type { SdkClass } from '../catalog/sdk.js';
import type { AppCallKind, AppSdk } from '../catalog/app-events.js';
import type { Destination } from './destination.js';

/** How the pixel was reached: `fbq` itself, react-facebook-pixel, or a wrapper named in settings. */
export type PixelChannel = 'fbq' | 'react-facebook-pixel' | 'wrapper';

/** A call that issues a pixel command. */
export interface PixelCall {
  readonly node: TSESTree.CallExpression;
  readonly channel: PixelChannel;
  readonly command: PixelCommand;
  /** The call as messages name it: `fbq('track')`, `window.fbq('init')`, `ReactPixel.track()`. */
  readonly label: string;
  /** The argument node of each slot present in the call. */
  readonly slots: Readonly<Partial<Record<PixelSlot, TSESTree.Node>>>;
  /** An event name fixed by the API (`ReactPixel.pageView()` → PageView). */
  readonly fixedEventName?: string;
  /** A consent action fixed by the API (`ReactPixel.grantConsent()`). */
  readonly fixedConsent?: 'grant' | 'revoke';
}

/** Where a Conversions API object was recognised. */
export type PayloadOrigin = 'request' | 'shape' | 'event';

/** A server event object (`{ event_name, user_data, custom_data, … }`). */
export interface ServerEventPayload {
  readonly node: TSESTree.ObjectExpression;
  readonly origin: PayloadOrigin;
  /**
   * Known to be Meta's wire format: in a Conversions API request body, or an object this file sends
   * there. Not when only a name or a helper whose body is elsewhere makes it Meta-bound (such a
   * helper may take its own input format, and map and hash it before sending).
   */
  readonly wireFormat: boolean;
}

/** An object Meta receives as `user_data` (or an offline event's `match_keys`). */
export interface UserDataPayload {
  readonly node: TSESTree.ObjectExpression;
  readonly origin: PayloadOrigin;
  readonly format: 'user_data' | 'match_keys';
  /** As for {@link ServerEventPayload.wireFormat}; a user_data object of a wire-format event is one too. */
  readonly wireFormat: boolean;
}

/** An object Meta receives as `custom_data`. */
export interface CustomDataPayload {
  readonly node: TSESTree.ObjectExpression;
  readonly origin: PayloadOrigin;
}

/** An HTTP call to a Conversions API events endpoint (or, in `audienceRequests`, to a Custom Audience's users). */
export interface CapiRequest {
  readonly node: TSESTree.CallExpression | TSESTree.NewExpression;
  readonly url: TSESTree.Node;
  /** The request body objects found (`{ data: […], access_token }`, `{ payload: { schema, data } }`). */
  readonly bodies: readonly TSESTree.ObjectExpression[];
}

/** A customer-list Custom Audience upload `{ schema, data }`. */
export interface AudiencePayload {
  readonly node: TSESTree.ObjectExpression;
  /** The schema fields in column order. */
  readonly schema: readonly string[];
  readonly data: TSESTree.Node;
}

/** A constructor or method call on a facebook-nodejs-business-sdk class or instance. */
export interface SdkCall {
  readonly node: TSESTree.CallExpression | TSESTree.NewExpression;
  readonly className: SdkClass;
  /** `constructor`, a setter name, `execute`, or a static method (`init`). */
  readonly method: string;
  readonly args: readonly TSESTree.Node[];
}

/** A parameter of an image-pixel URL (`https://www.facebook.com/tr?id=…&ev=…&ud[em]=…`). */
export interface UrlParameter {
  readonly key: string;
  /** The static text of the value, when it has no interpolation. */
  readonly text?: string;
  /** The interpolated expression that makes up the value. */
  readonly value?: TSESTree.Node;
}

export interface ImagePixelUrl {
  readonly node: TSESTree.Node;
  readonly parameters: readonly UrlParameter[];
}

/** Where App Events leave from: an SDK in an app, or the Facebook JavaScript SDK on a web page. */
export type AppEventsChannel = 'app-sdk' | 'web-sdk';

/** The arguments of an App Events SDK call, by role. */
export type AppSlot = 'eventName' | 'params' | 'value' | 'modes' | 'country' | 'state';

/** A call of an App Events SDK: react-native-fbsdk-next, a Capacitor plugin, Cordova, `FB.AppEvents`. */
export interface AppEventsCall {
  readonly node: TSESTree.CallExpression;
  readonly sdk: AppSdk;
  readonly channel: AppEventsChannel;
  readonly kind: AppCallKind;
  readonly method: string;
  /** The call as messages name it: `AppEventsLogger.logEvent()`. */
  readonly label: string;
  readonly slots: Readonly<Partial<Record<AppSlot, TSESTree.Node>>>;
  /** The event a dedicated method logs (`logPurchase()` → `fb_mobile_purchase`). */
  readonly fixedEventName?: string;
  /** A flag fixed by the method (`enableAdvertiserTracking()`). */
  readonly fixedFlag?: boolean;
}

/** The options of react-native-fbsdk-next's Expo config plugin (`['react-native-fbsdk-next', { … }]`). */
export interface AppConfigPlugin {
  readonly node: TSESTree.ObjectExpression;
}

/** A field of a request body or query string: `event`, `ud[em]`, `custom_events`. */
export interface RequestField {
  readonly key: string;
  /** The expression sent, or undefined for static text in a URL or form string. */
  readonly value?: TSESTree.Node;
  readonly text?: string;
  /** What a report about the field points at: its property, `append()` call, or the URL. */
  readonly node: TSESTree.Node;
  /** The object literal the field is a property of, when it is one. */
  readonly container?: TSESTree.ObjectExpression;
}

/** An HTTP call to the App Events API (`POST /{app-id}/activities`). */
export interface AppEventsRequest {
  readonly node: TSESTree.CallExpression | TSESTree.NewExpression;
  readonly url: TSESTree.Node;
  /** The fields of its body and query string, in the order written. */
  readonly fields: readonly RequestField[];
  /** The objects of `custom_events`. */
  readonly events: readonly TSESTree.ObjectExpression[];
}

/** Every place in one file where data leaves for Meta. Computed once per file, shared by all rules. */
export interface FileSinks {
  readonly pixelCalls: readonly PixelCall[];
  /** Nodes that load the pixel base code (the fbevents.js URL). */
  readonly pixelLoaders: readonly TSESTree.Node[];
  readonly requests: readonly CapiRequest[];
  readonly serverEvents: readonly ServerEventPayload[];
  readonly userData: readonly UserDataPayload[];
  readonly customData: readonly CustomDataPayload[];
  readonly audiences: readonly AudiencePayload[];
  /** HTTP calls to `/{audience-id}/users`: their uploads are in `audiences`. */
  readonly audienceRequests: readonly CapiRequest[];
  readonly sdkCalls: readonly SdkCall[];
  readonly imagePixels: readonly ImagePixelUrl[];
  readonly appEvents: readonly AppEventsCall[];
  readonly appConfigs: readonly AppConfigPlugin[];
  readonly appEventsRequests: readonly AppEventsRequest[];
  /** Where the value of an expression goes: to Meta, into a pixel call, first-party, or unknown. */
  destinationOf(node: TSESTree.Node): Destination;
}
