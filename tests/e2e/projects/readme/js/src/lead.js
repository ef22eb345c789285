export function onSubmit(form) {
  fbq('track', 'Lead', { email: form.email }); // ❌ no-raw-pii
}
