// Shopify admin → Settings → Customer events → "Meta pixel (custom)": a custom pixel pasted by the
// agency. It runs in Shopify's pixel sandbox, loads the base code itself and maps Shopify's
// standard customer events to Meta's.
const META_PIXEL_ID = '4455667788990011';

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

fbq('init', META_PIXEL_ID); // expect: meta-privacy/require-consent

const lineItemIds = (checkout) => checkout.lineItems.map((item) => item.variant.product.id);

analytics.subscribe('page_viewed', () => {
  fbq('track', 'PageView');
});

analytics.subscribe('product_viewed', (event) => {
  const variant = event.data.productVariant;
  fbq('track', 'ViewContent', {
    content_ids: [variant.product.id],
    content_name: variant.product.title,
    content_type: 'product_group',
    value: variant.price.amount,
    currency: variant.price.currencyCode,
  });
});

analytics.subscribe('checkout_started', (event) => {
  const checkout = event.data.checkout;
  fbq('track', 'InitiateCheckout', {
    content_ids: lineItemIds(checkout),
    num_items: checkout.lineItems.length,
    value: checkout.totalPrice.amount,
    currency: checkout.currencyCode,
  });
});

analytics.subscribe('checkout_completed', (event) => {
  const checkout = event.data.checkout;
  fbq(
    'track',
    'Purchase',
    {
      content_ids: lineItemIds(checkout),
      content_type: 'product_group',
      value: checkout.totalPrice.amount,
      currency: checkout.currencyCode,
      order_id: checkout.order.id,
      customer_email: checkout.email, // expect: meta-privacy/no-raw-pii
    },
    { eventID: checkout.order.id },
  );
});
