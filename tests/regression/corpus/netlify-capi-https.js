// netlify/functions/meta-event.js: a serverless function with no HTTP library, only node:https.
// The page posts its checkout events here; the function forwards them to the Conversions API.
const https = require('node:https');
const crypto = require('node:crypto');

const API_VERSION = process.env.META_API_VERSION || 'v20.0';
const PIXEL_ID = process.env.META_PIXEL_ID;
const TOKEN = process.env.META_CAPI_ACCESS_TOKEN;

const sha256 = (value) => crypto.createHash('sha256').update(value).digest('hex');

function postEvents(events) {
  const body = JSON.stringify({ data: events });
  return new Promise((resolve, reject) => {
    const req = https.request(
      {
        hostname: 'graph.facebook.com',
        path: `/${API_VERSION}/${PIXEL_ID}/events?access_token=${TOKEN}`,
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(body) },
      },
      (res) => {
        let text = '';
        res.on('data', (chunk) => (text += chunk));
        res.on('end', () => resolve({ status: res.statusCode, text }));
      },
    );
    req.on('error', reject);
    req.write(body);
    req.end();
  });
}

function checkoutEvent(payload, headers) {
  return {
    event_name: 'InitiateCheckout',
    event_time: Math.floor(Date.now() / 1000),
    event_id: payload.eventId,
    action_source: 'website',
    event_source_url: payload.pageUrl,
    user_data: {
      em: payload.email ? [payload.email.trim().toLowerCase()] : undefined, // expect: meta-privacy/no-unhashed-identifiers
      ph: payload.phone ? [sha256(payload.phone.replace(/\D/g, ''))] : undefined,
      client_ip_address: headers['x-nf-client-connection-ip'],
      client_user_agent: headers['user-agent'],
      fbp: payload.fbp,
      fbc: payload.fbc,
    },
    custom_data: { value: payload.cartTotal, currency: payload.currency, num_items: payload.itemCount },
    // Limited Data Use for the US states: the country is missing.
    data_processing_options: ['LDU'], // expect: meta-privacy/valid-data-processing-options
  };
}

exports.handler = async (event) => {
  if (event.httpMethod !== 'POST') return { statusCode: 405, body: 'Method Not Allowed' };
  const payload = JSON.parse(event.body || '{}');
  if (!payload.consent || payload.consent.marketing !== true) {
    return { statusCode: 204, body: '' };
  }
  const result = await postEvents([checkoutEvent(payload, event.headers)]);
  return { statusCode: result.status === 200 ? 202 : 502, body: result.text };
};
