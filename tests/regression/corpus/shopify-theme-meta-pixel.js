// assets/meta-pixel.js of a Shopify theme: the pixel starts only once Shopify's Customer Privacy API
// says marketing is allowed; cart and order-status events come from the theme's own markup.
(function () {
  var PIXEL_ID = window.themeSettings && window.themeSettings.metaPixelId;
  var started = false;

  function loadMetaPixel() {
    if (started || !PIXEL_ID) return;
    started = true;
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
    fbq('init', PIXEL_ID);
    fbq('track', 'PageView');
  }

  function moneyFromCents(cents) {
    return Math.round(cents) / 100;
  }

  function trackAddToCart(item) {
    if (!started) return;
    fbq('track', 'AddToCart', {
      content_ids: [String(item.variant_id)],
      content_name: item.product_title,
      content_type: 'product_group',
      value: moneyFromCents(item.final_line_price),
      currency: window.Shopify.currency.active,
    });
  }

  function trackOrderStatus(checkout) {
    if (!started || !checkout) return;
    fbq(
      'track',
      'Purchase',
      {
        value: Number(checkout.total_price),
        currency: checkout.currency,
        content_ids: checkout.line_items.map(function (line) { return String(line.variant_id); }),
        customer_email: checkout.email, // expect: meta-privacy/no-raw-pii
      },
      { eventID: 'order-' + checkout.order_id },
    );
  }

  window.Shopify.loadFeatures([{ name: 'consent-tracking-api', version: '0.1' }], function (error) {
    if (error) return;
    if (window.Shopify.customerPrivacy.marketingAllowed()) {
      loadMetaPixel();
      trackOrderStatus(window.Shopify.checkout);
    }
  });

  document.addEventListener('visitorConsentCollected', function (event) {
    if (event.detail.marketingAllowed) loadMetaPixel();
  });

  document.addEventListener('cart:item-added', function (event) {
    trackAddToCart(event.detail.item);
  });
})();
