export function startPixel(user) {
  fbq('init', '1234567890');
  fbq('track', 'Purchase', { email: user.email, value: 10, currency: 'EUR' });
}
