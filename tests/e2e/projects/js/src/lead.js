// Fixture: positions in this file are asserted exactly by tests/e2e/eslint-api.test.ts.
export function onLeadSubmit(user) {
  fbq('track', 'Lead', { email: user.email });
}

export function onQuoteSubmit(user) {
  fbq('track', 'Lead', { content_name: 'Quote', value: 10, currency: 'EUR' });
  // eslint-disable-next-line meta-privacy/no-raw-pii -- the suppression must work
  fbq('track', 'Lead', { email: user.email });
}
