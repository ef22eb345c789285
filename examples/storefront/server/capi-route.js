// Express API of the storefront: checkout and lead routes that also report conversions to Meta
// through the Conversions API (server-side, deduplicated with the browser pixel by event_id).
import crypto, { createHash } from 'node:crypto';
import express from 'express';
import cookieParser from 'cookie-parser';
import { createOrder, saveLead } from './db.js';

const PIXEL_ID = process.env.META_PIXEL_ID;
const SHOP_ORIGIN = 'https://shop.example.com';
const CAPI_URL = `https://graph.facebook.com/v21.0/${PIXEL_ID}/events`;

const sha256 = (value) => crypto.createHash('sha256').update(value).digest('hex');

const normalizePhone = (phone) => phone.replace(/\D/g, '').replace(/^0+/, '');

export const app = express();
app.use(express.json());
app.use(cookieParser());

app.post('/api/checkout', async (req, res) => {
  const { email, firstName, cart } = req.body;
  const order = await createOrder(cart, email);
  const value = order.total;

  const payload = {
    data: [
      {
        event_name: 'Purchase',
        event_time: Math.floor(Date.now() / 1000),
        event_id: `purchase-${order.id}`,
        action_source: 'website',
        // ✅ a static page address
        event_source_url: `${SHOP_ORIGIN}/checkout/complete`,
        user_data: {
          // ✅ trimmed, lower-cased and SHA-256 hashed
          em: sha256(email.trim().toLowerCase()),
          // ❌ no-unhashed-identifiers: the phone number is sent in clear
          ph: req.body.phone,
          // ❌ no-unhashed-identifiers: MD5 is the wrong algorithm, Meta only matches SHA-256
          fn: createHash('md5').update(firstName).digest('hex'),
          // ❌ no-unhashed-identifiers: the IP address must NOT be hashed
          client_ip_address: sha256(req.ip),
          // ✅ sent as-is, as Meta requires
          client_user_agent: req.get('user-agent'),
          fbp: req.cookies._fbp,
        },
        custom_data: {
          value,
          currency: 'EUR',
          // ❌ no-raw-pii: custom_data is never hashed; this is the customer's email in clear
          customer_email: email,
        },
      },
    ],
    // ❌ no-test-event-code: a hard-coded test code routes production events to the Test Events tool
    test_event_code: 'TEST12345',
  };

  // ❌ require-consent: the Conversions API call is made whether or not the shopper consented
  const response = await fetch('https://graph.facebook.com/v21.0/' + PIXEL_ID + '/events?access_token=' + process.env.META_TOKEN, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(payload),
  });
  if (!response.ok) console.error('CAPI Purchase failed', response.status, await response.text());

  res.json({ orderId: order.id });
});

app.post('/api/leads', async (req, res) => {
  const { email, phone, marketingConsent } = req.body;
  const lead = await saveLead({ email, phone });
  res.json({ leadId: lead.id });

  // Conversions are only reported for visitors who gave marketing consent.
  if (!marketingConsent) return;

  const event = {
    event_name: 'Lead',
    event_time: Math.floor(Date.now() / 1000),
    event_id: `lead-${lead.id}`,
    action_source: 'website',
    event_source_url: `${SHOP_ORIGIN}/consultation`,
    // ✅ hashed where Meta requires it, raw where Meta forbids hashing
    user_data: {
      em: [sha256(email.trim().toLowerCase())],
      ph: [sha256(normalizePhone(phone))],
      external_id: lead.id,
      client_ip_address: req.ip,
      client_user_agent: req.get('user-agent'),
      fbc: req.cookies._fbc,
      fbp: req.cookies._fbp,
    },
  };
  // ✅ sent only with consent (early return above); the token stays on the server
  await fetch(CAPI_URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ data: [event], access_token: process.env.META_TOKEN }),
  });
});
