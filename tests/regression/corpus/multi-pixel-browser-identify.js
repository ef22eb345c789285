// corpus: clean
// src/tracking/identify.js of a fashion shop's storefront: after login every ad platform's browser
// tag gets the customer's details for its own matching — Meta's advanced matching in init,
// Google's user_data, Pinterest's em, TikTok's identify, Snap's user_email. Each tag hashes in the
// browser; consent is checked once for all of them.
import { hasConsent } from './consent';

const META_PIXEL_ID = '5566778899001122';
const PINTEREST_TAG_ID = '2612345678901';
const SNAP_PIXEL_ID = '9a8b7c6d-1234-4cde-9f00-abcdef123456';

function normalizedPhone(phone) {
  return phone ? phone.replace(/[^\d+]/g, '') : undefined;
}

export function identifyCustomer(customer) {
  if (!hasConsent('marketing')) return;
  const email = customer.email.trim().toLowerCase();
  const phone = normalizedPhone(customer.phone);

  window.fbq('init', META_PIXEL_ID, { em: email, ph: phone, fn: customer.firstName, ln: customer.lastName, external_id: customer.id });

  window.gtag('set', 'user_data', {
    email,
    phone_number: phone,
    address: { first_name: customer.firstName, last_name: customer.lastName, postal_code: customer.zip, country: customer.country },
  });

  window.pintrk('load', PINTEREST_TAG_ID, { em: email });
  window.pintrk('page');

  window.ttq.identify({ email, phone_number: phone, external_id: customer.id });

  window.snaptr('init', SNAP_PIXEL_ID, { user_email: email, user_phone_number: phone });
}

export function trackAddToCart(product, quantity) {
  window.fbq('track', 'AddToCart', { content_ids: [product.sku], content_type: 'product', value: product.price * quantity, currency: 'EUR' });
  window.pintrk('track', 'addtocart', { value: product.price * quantity, order_quantity: quantity, currency: 'EUR' });
  window.ttq.track('AddToCart', { content_id: product.sku, quantity, price: product.price, currency: 'EUR' });
}
