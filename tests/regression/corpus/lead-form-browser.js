// corpus: clean
// The browser side of the relay: the quote form posts the visitor's details and the Meta cookies to
// the site's own /api/lead route (the server hashes and forwards them), and fires the pixel's Lead
// event with the same event id so Meta can deduplicate the two.

function getCookie(name) {
  const match = document.cookie.match(new RegExp('(?:^|; )' + name + '=([^;]*)'));
  return match ? decodeURIComponent(match[1]) : undefined;
}

function newEventId() {
  return `lead-${Date.now()}-${Math.random().toString(36).slice(2, 10)}`;
}

function readForm(form) {
  const data = new FormData(form);
  return {
    email: String(data.get('email') || '').trim(),
    phone: String(data.get('phone') || '').trim(),
    firstName: String(data.get('first_name') || '').trim(),
    message: String(data.get('message') || ''),
  };
}

async function submitLead(form) {
  const { email, phone, firstName, message } = readForm(form);
  const eventId = newEventId();

  const response = await fetch('/api/lead', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ email, phone, firstName, message, fbp: getCookie('_fbp'), fbc: getCookie('_fbc'), eventId }),
  });
  if (!response.ok) throw new Error(`Lead not saved (${response.status})`);
  const { leadId } = await response.json();

  if (typeof window.fbq === 'function') {
    window.fbq('track', 'Lead', { content_name: 'Quote request', value: 0, currency: 'EUR' }, { eventID: eventId });
  }
  sessionStorage.setItem('last_lead', JSON.stringify({ leadId, email, fbp: getCookie('_fbp') }));
  window.location.assign(`/quote/thank-you?lead=${encodeURIComponent(leadId)}&source=form`);
}

document.addEventListener('DOMContentLoaded', () => {
  const form = document.querySelector('#quote-form');
  if (!form) return;
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    submitLead(form).catch((error) => {
      console.error(error);
      form.querySelector('.form-error').hidden = false;
    });
  });
});
