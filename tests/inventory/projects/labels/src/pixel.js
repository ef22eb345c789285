/* global fbq */
// Advanced matching in clear: the pixel hashes it before it leaves (fine).
export function start(customer) {
  fbq('init', '1234567890', { em: customer.email });
  // An event parameter in clear: a leak.
  fbq('track', 'Lead', { email: customer.email, content_category: 'HIV testing', currency: 'EUR' });
}
