import type { PixelCommand, PixelSlot } from './pixel.js';

/** How a wrapper method maps onto an `fbq()` command. */
export interface WrapperMethod {
  readonly command: PixelCommand;
  /** Slots of the method's own arguments, in order. */
  readonly slots: readonly PixelSlot[];
  /** A fixed event name (`pageView()` tracks `PageView`). */
  readonly eventName?: string;
  /** A fixed consent action (`grantConsent()`). */
  readonly consent?: 'grant' | 'revoke';
}

/**
 * react-facebook-pixel (zsajjad): default export object. `fbq(...args)` passes through to the pixel
 * and is modelled separately (`passThrough`). Source: reference/meta-business-tools.md §9.
 */
export const REACT_FACEBOOK_PIXEL = Object.freeze({
  module: 'react-facebook-pixel',
  passThrough: 'fbq',
  methods: Object.freeze<Record<string, WrapperMethod>>({
    init: { command: 'init', slots: ['pixelId', 'advancedMatching'] },
    pageView: { command: 'track', slots: [], eventName: 'PageView' },
    track: { command: 'track', slots: ['eventName', 'params'] },
    trackCustom: { command: 'trackCustom', slots: ['eventName', 'params'] },
    trackSingle: { command: 'trackSingle', slots: ['pixelId', 'eventName', 'params'] },
    trackSingleCustom: { command: 'trackSingleCustom', slots: ['pixelId', 'eventName', 'params'] },
    grantConsent: { command: 'consent', slots: [], consent: 'grant' },
    revokeConsent: { command: 'consent', slots: [], consent: 'revoke' },
  }),
});

/**
 * nuxt-facebook-pixel-module / nuxt3-meta-pixel: the `Fb` instance injected as `$fb` (`this.$fb` in
 * components, `useNuxtApp().$fb`, `nuxtApp.$fb` in plugins, `const { $fb } = useNuxtApp()`).
 * `track(event, parameters)` tracks; `enable()` starts the pixel (init + PageView) and is the
 * module's consent switch (`disabled: true` in nuxt.config, then `$fb.enable()` after consent), so it
 * counts as a grant, and `disable()` as a revoke; `query(cmd, …)` passes through to `fbq`.
 * `init()`, `setPixelId()` and `setUserData()` only re-run the init the module config already made
 * (and do nothing while disabled), so they are not modelled. Source: reference/meta-business-tools.md §9
 * and the module's `lib/templates/plugin.js`.
 */
export const NUXT_FACEBOOK_PIXEL = Object.freeze({
  property: '$fb',
  passThrough: 'query',
  methods: Object.freeze<Record<string, WrapperMethod>>({
    track: { command: 'track', slots: ['eventName', 'params'] },
    enable: { command: 'consent', slots: [], consent: 'grant' },
    disable: { command: 'consent', slots: [], consent: 'revoke' },
  }),
});

/** Slots of a project wrapper configured in settings: the `fbq` arguments after the command. */
export { FBQ_COMMAND_SLOTS as WRAPPER_COMMAND_SLOTS } from './pixel.js';
