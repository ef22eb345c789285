// Reported only when settings['meta-privacy'].piiNames lists "loyalty handle".
export function trackLoyalty(customer) {
  fbq('track', 'Lead', { loyaltyHandle: customer.loyaltyHandle });
}
