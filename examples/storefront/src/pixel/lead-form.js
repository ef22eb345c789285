// "Get a free consultation" and "Call me back" forms on the landing pages.
// The pixel itself is loaded by layout.tsx; this file only fires events.

const LEADS_ENDPOINT = '/api/leads';

async function saveLead(form) {
  const response = await fetch(LEADS_ENDPOINT, { method: 'POST', body: new FormData(form) });
  if (!response.ok) throw new Error(`lead not saved: ${response.status}`);
  return response.json();
}

/** Wires the consultation form (`<form id="consultation">`). */
export function attachConsultationForm(form) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const email = form.email.value.trim();
    const { leadId } = await saveLead(form);

    // ❌ no-raw-pii: raw email and phone number in the event parameters (custom data is sent as-is)
    fbq(
      'track',
      'Lead',
      {
        content_name: 'Free consultation',
        email: form.email.value,
        phone: form.phone.value.replace(/\s+/g, ''),
      },
      { eventID: `lead-${leadId}` },
    );

    // ❌ no-pii-in-url: the thank-you page URL carries the email, and the pixel reports page URLs to Meta
    window.location.href = `/thanks?email=${encodeURIComponent(email)}`;
  });
}

/** Wires the call-back form (`<form id="callback">`). */
export function attachCallbackForm(form) {
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const { leadId } = await saveLead(form);

    // ✅ neutral parameters only; the event id lets Meta deduplicate with the server-side Lead
    fbq('track', 'Lead', { content_name: 'Call back', value: 10, currency: 'EUR' }, { eventID: `lead-${leadId}` });

    // ✅ the redirect carries an opaque lead id and a static source, no contact details
    window.location.assign(`/thanks?lead=${leadId}&source=email`);
  });
}

/** Newsletter box in the footer. */
export function attachNewsletterBox(input, button) {
  button.addEventListener('click', async () => {
    const email = input.value.trim();
    if (!email.includes('@')) return;
    // ✅ the address goes to our own API, not to Meta
    await fetch('/api/newsletter', { method: 'POST', body: JSON.stringify({ email }) });
    // ✅ only static values reach Meta
    fbq('track', 'Subscribe', { content_category: 'newsletter', value: 0, currency: 'EUR' });
  });
}
