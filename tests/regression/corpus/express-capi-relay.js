// An Express server that relays the site's own lead and checkout events to the Conversions API:
// the browser posts raw form data here; the server hashes it and forwards it to Meta.
import crypto from 'node:crypto';
import express from 'express';
import cookieParser from 'cookie-parser';
import { MongoClient } from 'mongodb';
import pino from 'pino';

const logger = pino();
const app = express();
app.use(express.json());
app.use(cookieParser());

const GRAPH_VERSION = process.env.META_GRAPH_VERSION || 'v21.0';
const PIXEL_ID = process.env.META_PIXEL_ID;
const CAPI_URL = `https://graph.facebook.com/${GRAPH_VERSION}/${PIXEL_ID}/events`;

const mongo = new MongoClient(process.env.MONGO_URL);
const leads = mongo.db('site').collection('leads');

function sha256(value) {
  return crypto.createHash('sha256').update(value).digest('hex');
}

function hashEmail(email) {
  return sha256(email.trim().toLowerCase());
}

function hashPhone(phone) {
  return sha256(phone.replace(/\D/g, ''));
}

function clientIp(req) {
  return req.headers['x-forwarded-for']?.split(',')[0]?.trim() || req.socket.remoteAddress;
}

/** Stops the request unless the visitor accepted marketing cookies on the site's banner. */
function requireMarketingConsent(req, res, next) {
  if (req.cookies.consent_marketing !== 'granted') {
    return res.status(204).end();
  }
  next();
}

async function sendToMeta(events) {
  const response = await fetch(CAPI_URL, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ data: events, access_token: process.env.META_CAPI_TOKEN }),
  });
  if (!response.ok) logger.warn({ status: response.status }, 'Conversions API rejected the events');
  return response.json();
}

app.post('/api/lead', requireMarketingConsent, async (req, res) => {
  const { email, phone, firstName, fbp, fbc, eventId } = req.body;
  // The lead row and the log line keep the raw data on our side.
  await leads.insertOne({ email, phone, firstName, fbp, fbc, createdAt: new Date() });
  logger.info({ email, fbp, fbc, ip: clientIp(req) }, 'lead received');

  await sendToMeta([
    {
      event_name: 'Lead',
      event_time: Math.floor(Date.now() / 1000),
      event_id: eventId,
      action_source: 'website',
      event_source_url: req.get('referer'),
      user_data: {
        em: [hashEmail(email)],
        ph: [hashPhone(phone)],
        fn: [sha256(firstName.trim().toLowerCase())],
        client_ip_address: clientIp(req),
        client_user_agent: req.get('user-agent'),
        fbp,
        fbc,
      },
    },
  ]);
  res.status(201).json({ ok: true });
});

// Added later for the checkout page: no consent middleware, and the IP address hashed like the rest.
app.post('/api/purchase', async (req, res) => {
  const { order, fbp, fbc } = req.body;
  const events = [
    {
      event_name: 'Purchase',
      event_time: Math.floor(Date.now() / 1000),
      event_id: `order-${order.id}`,
      action_source: 'website',
      user_data: {
        em: [hashEmail(order.email)],
        external_id: order.customerId,
        client_ip_address: sha256(clientIp(req)), // expect: meta-privacy/no-unhashed-identifiers
        fbp,
        fbc,
      },
      custom_data: { value: order.total, currency: order.currency, order_id: order.id },
    },
  ];
  const response = await fetch(CAPI_URL, { // expect: meta-privacy/require-consent
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ data: events, access_token: process.env.META_CAPI_TOKEN }),
  });
  res.json({ ok: response.ok });
});

app.listen(process.env.PORT || 3000);
