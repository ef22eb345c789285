// corpus: clean
// The tag-manager script of a site using OneTrust: the pixel (category C0004, targeting cookies)
// starts in OptanonWrapper, which OneTrust calls on load and whenever the visitor saves a choice.
(function (window, document) {
  var PIXEL_ID = '5566778899001122';
  var TARGETING = 'C0004';
  var pixelStarted = false;

  function hasTargetingConsent() {
    return typeof window.OnetrustActiveGroups === 'string' && window.OnetrustActiveGroups.indexOf(',' + TARGETING + ',') !== -1;
  }

  function startPixel() {
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

  function trackNewsletterSignup(form) {
    if (!pixelStarted) return;
    window.fbq('track', 'Subscribe', { content_name: form.getAttribute('data-list-name'), value: 0, currency: 'GBP' });
  }

  window.OptanonWrapper = function () {
    if (hasTargetingConsent()) {
      startPixel();
    } else if (pixelStarted) {
      window.fbq('consent', 'revoke');
    }
  };

  document.addEventListener('submit', function (event) {
    if (event.target.matches('form.newsletter')) trackNewsletterSignup(event.target);
  });
})(window, document);
