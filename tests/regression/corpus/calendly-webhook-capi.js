// api/webhooks/calendly.js of a coaching business (Vercel serverless): Calendly calls it when a
// call is booked; the function checks the signature and reports a Schedule event to the
// Conversions API. The booking form asked for marketing consent as a custom question.
import crypto from 'node:crypto';

const PIXEL_ID = process.env.META_PIXEL_ID;
const CAPI_TOKEN = process.env.META_CAPI_TOKEN;
const SIGNING_KEY = process.env.CALENDLY_WEBHOOK_SIGNING_KEY;

const hash = (value) => crypto.createHash('sha256').update(String(value).trim().toLowerCase()).digest('hex');

function verifySignature(req) {
  const header = req.headers['calendly-webhook-signature'] || '';
  const [t, v1] = header.split(',').map((part) => part.split('=')[1]);
  const expected = crypto.createHmac('sha256', SIGNING_KEY).update(`${t}.${JSON.stringify(req.body)}`).digest('hex');
  return v1 === expected;
}

function answerTo(invitee, question) {
  return invitee.questions_and_answers?.find((qa) => qa.question === question)?.answer;
}

export default async function handler(req, res) {
  if (req.method !== 'POST' || !verifySignature(req)) return res.status(401).end();
  if (req.body.event !== 'invitee.created') return res.status(200).end();

  const invitee = req.body.payload;
  if (answerTo(invitee, 'May we use your details for marketing?') !== 'Yes') return res.status(200).end();

  const userData = { external_id: [hash(invitee.uri)] };
  if (invitee.email) userData.em = [invitee.email]; // expect: meta-privacy/no-unhashed-identifiers
  if (invitee.first_name) userData.fn = [hash(invitee.first_name)];
  if (invitee.last_name) userData.ln = [hash(invitee.last_name)];
  const phone = answerTo(invitee, 'Phone number');
  if (phone) userData.ph = [hash(phone.replace(/\D/g, ''))];

  const event = {
    event_name: 'Schedule',
    event_time: Math.floor(new Date(invitee.created_at).getTime() / 1000),
    event_id: invitee.uri,
    action_source: 'website',
    user_data: userData,
    custom_data: { content_name: req.body.payload.scheduled_event?.name ?? 'Discovery call' },
  };

  const response = await fetch(`https://graph.facebook.com/v21.0/${PIXEL_ID}/events`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ data: [event], access_token: CAPI_TOKEN }),
  });
  return res.status(response.ok ? 200 : 502).json({ forwarded: response.ok });
}
