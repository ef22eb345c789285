// js/meta-pixel.js of a US retailer: the visitor's privacy choice (a "Do not sell or share" link,
// Global Privacy Control) decides consent, and Limited Data Use is set before the pixel starts.
var PIXEL_ID = '2468013579246801';

function readCookie(name) {
  var match = document.cookie.match('(^|;)\\s*' + name + '\\s*=\\s*([^;]+)');
  return match ? match.pop() : '';
}

function visitorOptedOut() {
  return navigator.globalPrivacyControl === true || readCookie('us_privacy_opt_out') === '1';
}

function isCaliforniaVisitor() {
  return readCookie('geo_region') === 'US-CA';
}

function applyPrivacyChoice() {
  fbq('consent', visitorOptedOut() ? 'revoke' : 'grant');
  if (isCaliforniaVisitor()) {
    fbq('dataProcessingOptions', ['LDU'], 1, 1000);
  } else {
    fbq('dataProcessingOptions', ['LDU']); // expect: meta-privacy/valid-data-processing-options
  }
}

function noscriptFallbackUrl() {
  return 'https://www.facebook.com/tr?id=' + PIXEL_ID + '&ev=PageView&noscript=1&dpo=LDU&dpoco=0&dpost=0';
}

applyPrivacyChoice();
fbq('init', PIXEL_ID);
fbq('track', 'PageView');

document.addEventListener('click', function (event) {
  var link = event.target.closest('[data-do-not-sell]');
  if (!link) return;
  document.cookie = 'us_privacy_opt_out=1; path=/; max-age=31536000';
  fbq('consent', 'revoke');
});

window.metaPixelFallback = noscriptFallbackUrl;
