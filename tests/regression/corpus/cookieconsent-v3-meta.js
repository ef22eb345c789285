// corpus: clean
// src/consent.js of a magazine site using orestbida/cookieconsent v3: the Meta pixel is a service of
// the "ads" category; it starts when the category is accepted (on the first choice or a later
// change) and the pixel's consent is revoked again if the visitor withdraws it.
import * as CookieConsent from 'vanilla-cookieconsent';

const PIXEL_ID = '1122334455667788';
let pixelStarted = false;

function loadMetaPixel() {
  if (pixelStarted) return;
  pixelStarted = true;
  !(function (f, b, e, v, n, t, s) {
    if (f.fbq) return;
    n = f.fbq = function () {
      n.callMethod ? n.callMethod.apply(n, arguments) : n.queue.push(arguments);
    };
    if (!f._fbq) f._fbq = n;
    n.push = n;
    n.loaded = !0;
    n.version = '2.0';
    n.queue = [];
    t = b.createElement(e);
    t.async = !0;
    t.src = v;
    s = b.getElementsByTagName(e)[0];
    s.parentNode.insertBefore(t, s);
  })(window, document, 'script', 'https://connect.facebook.net/en_US/fbevents.js');
  window.fbq('init', PIXEL_ID);
  window.fbq('track', 'PageView');
}

function applyAdsChoice() {
  if (CookieConsent.acceptedCategory('ads')) {
    if (pixelStarted) window.fbq('consent', 'grant');
    else loadMetaPixel();
  } else if (pixelStarted) {
    window.fbq('consent', 'revoke');
  }
}

CookieConsent.run({
  categories: {
    necessary: { enabled: true, readOnly: true },
    analytics: {},
    ads: {},
  },
  onConsent: applyAdsChoice,
  onChange: applyAdsChoice,
  language: {
    default: 'en',
    translations: {
      en: {
        consentModal: { title: 'We use cookies', acceptAllBtn: 'Accept all', acceptNecessaryBtn: 'Reject all' },
        preferencesModal: { title: 'Cookie preferences', sections: [] },
      },
    },
  },
});

export function trackArticleRead(article) {
  if (!pixelStarted) return;
  window.fbq('trackCustom', 'ArticleRead', { content_category: article.section, content_ids: [article.id] });
}
