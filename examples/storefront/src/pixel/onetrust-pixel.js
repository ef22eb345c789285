// Landing pages served through the marketing CMS: the Meta pixel behind the OneTrust cookie banner.
// OneTrust calls OptanonWrapper() once the banner script has run and again whenever the visitor
// saves their choices; C0004 is OneTrust's "targeting cookies" group, the one the pixel belongs to.

const PIXEL_ID = '1234567890123456';
let pixelLoaded = false;

/** Meta's base code: defines the `fbq` queue and loads fbevents.js. */
function loadMetaPixel() {
  if (pixelLoaded) return;
  pixelLoaded = true;
  const fbq = (...args) => fbq.queue.push(args);
  fbq.queue = [];
  window.fbq = fbq;
  const script = document.createElement('script');
  script.async = true;
  // ✅ require-consent: loadMetaPixel() is only ever called inside OneTrust's consent check below
  script.src = 'https://connect.facebook.net/en_US/fbevents.js';
  document.head.appendChild(script);
  // ✅ Limited Data Use set before init, with a country and a state code Meta accepts (geolocated)
  window.fbq('dataProcessingOptions', ['LDU'], 0, 0);
  window.fbq('init', PIXEL_ID);
  window.fbq('track', 'PageView');
}

window.OptanonWrapper = function OptanonWrapper() {
  // ✅ require-consent: the pixel starts only when the targeting group is active
  if (window.OnetrustActiveGroups.includes('C0004')) loadMetaPixel();
};

/** Campaign landing pages opened from a Meta ad: the ad click should be attributed. */
export function startCampaignTracking(params) {
  if (params.has('fbclid')) {
    // ❌ require-consent: arriving from an ad is not consent; this grants it before the visitor chose
    window.fbq('consent', 'grant');
  }
}
