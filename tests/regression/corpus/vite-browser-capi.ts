// src/lib/metaTracker.ts of a Vite single-page app that calls the Conversions API straight from the
// browser (no server of its own), hashing with crypto-js before sending.
import CryptoJS from 'crypto-js';
import { hasMarketingConsent } from './consent';

interface LeadForm {
  email: string;
  phone: string;
  firstName: string;
  interest: string;
}

function cookie(name: string): string | undefined {
  return document.cookie
    .split('; ')
    .find((entry) => entry.startsWith(`${name}=`))
    ?.split('=')[1];
}

export const metaTracker = {
  pixelId: import.meta.env.VITE_META_PIXEL_ID as string,
  token: import.meta.env.VITE_META_ACCESS_TOKEN as string, // expect: meta-privacy/no-exposed-access-token
  version: 'v21.0',

  async _send(event: Record<string, unknown>) {
    const url = `https://graph.facebook.com/${this.version}/${this.pixelId}/events?access_token=${this.token}`;
    await fetch(url, { // expect: meta-privacy/require-consent
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ data: [event] }),
    });
  },

  baseEvent(name: string) {
    return {
      event_name: name,
      event_time: Math.floor(Date.now() / 1000),
      action_source: 'website',
      event_source_url: window.location.href,
    };
  },

  trackPageView() {
    return this._send({ ...this.baseEvent('PageView'), user_data: { client_user_agent: navigator.userAgent, fbp: cookie('_fbp') } });
  },

  trackLead(form: LeadForm) {
    if (!hasMarketingConsent()) return Promise.resolve();
    return this._send({
      ...this.baseEvent('Lead'),
      user_data: {
        em: [CryptoJS.SHA256(form.email.trim().toLowerCase()).toString()],
        ph: [CryptoJS.SHA256(form.phone.replace(/\D/g, '')).toString()],
        fn: [CryptoJS.SHA256(form.firstName.trim().toLowerCase()).toString()],
        client_user_agent: navigator.userAgent,
        fbp: cookie('_fbp'),
        fbc: cookie('_fbc'),
      },
      custom_data: { content_name: form.interest },
    });
  },
};

window.addEventListener('load', () => {
  void metaTracker.trackPageView();
});
