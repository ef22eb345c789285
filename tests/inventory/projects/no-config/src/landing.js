/* global fbq */
// Fixture for tests/inventory: a project without any ESLint config (the command uses its built-in one).
export function onSignup(form) {
  fbq('init', '1234567890123456');
  fbq('track', 'Lead', { email: form.email });
}
