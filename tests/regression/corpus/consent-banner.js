// corpus: clean
// A home-grown cookie banner: nothing from Meta loads until the visitor accepts marketing cookies;
// the choice is kept in a cookie and re-applied on every page.
const CONSENT_COOKIE = 'cookie_consent';
const PIXEL_ID = '1234567890123456';

function getCookie(name) {
  const parts = `; ${document.cookie}`.split(`; ${name}=`);
  return parts.length === 2 ? parts.pop().split(';').shift() : undefined;
}

function setCookie(name, value, days) {
  const expires = new Date(Date.now() + days * 864e5).toUTCString();
  document.cookie = `${name}=${value}; expires=${expires}; path=/; SameSite=Lax`;
}

function readConsent() {
  try {
    return JSON.parse(decodeURIComponent(getCookie(CONSENT_COOKIE) || '')) || null;
  } catch {
    return null;
  }
}

function loadFacebookPixel() {
  if (window.fbq) return;
  const script = document.createElement('script');
  script.async = true;
  script.src = 'https://connect.facebook.net/en_US/fbevents.js';
  document.head.appendChild(script);
  window.fbq = function () {
    window.fbq.callMethod ? window.fbq.callMethod.apply(window.fbq, arguments) : window.fbq.queue.push(arguments);
  };
  window.fbq.push = window.fbq;
  window.fbq.loaded = true;
  window.fbq.version = '2.0';
  window.fbq.queue = [];
  window.fbq('init', PIXEL_ID);
  window.fbq('track', 'PageView');
}

function applyConsent(consent) {
  if (consent && consent.marketing) {
    loadFacebookPixel();
  } else if (window.fbq) {
    window.fbq('consent', 'revoke');
  }
}

function saveConsent(consent) {
  setCookie(CONSENT_COOKIE, encodeURIComponent(JSON.stringify({ ...consent, savedAt: Date.now() })), 180);
  document.getElementById('cookie-banner').hidden = true;
  applyConsent(consent);
}

function showBanner() {
  const banner = document.getElementById('cookie-banner');
  banner.hidden = false;
  banner.querySelector('[data-consent="accept-all"]').addEventListener('click', () => {
    saveConsent({ necessary: true, analytics: true, marketing: true });
  });
  banner.querySelector('[data-consent="reject-all"]').addEventListener('click', () => {
    saveConsent({ necessary: true, analytics: false, marketing: false });
  });
  banner.querySelector('[data-consent="save"]').addEventListener('click', () => {
    saveConsent({
      necessary: true,
      analytics: banner.querySelector('#consent-analytics').checked,
      marketing: banner.querySelector('#consent-marketing').checked,
    });
  });
}

document.addEventListener('DOMContentLoaded', () => {
  const consent = readConsent();
  if (consent) applyConsent(consent);
  else showBanner();
});
