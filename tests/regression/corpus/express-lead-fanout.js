// corpus: clean
// routes/leads.js of an agency's Express API: one lead goes to five places — the database, the CRM
// webhook, the Meta outbox queue (a worker sends it later), the response and, hashed, the
// Conversions API. Only the last one is Meta's, and it is right.
const express = require('express');
const axios = require('axios');
const crypto = require('crypto');
const { SQSClient, SendMessageCommand } = require('@aws-sdk/client-sqs');
const Lead = require('../models/Lead');
const requireConsent = require('../middleware/requireConsent');

const router = express.Router();
const sqs = new SQSClient({ region: process.env.AWS_REGION });
const crm = axios.create({ baseURL: process.env.CRM_API_URL, headers: { Authorization: `Bearer ${process.env.CRM_API_KEY}` } });

const sha256 = (value) => crypto.createHash('sha256').update(String(value).trim().toLowerCase()).digest('hex');
const digits = (value) => String(value).replace(/\D/g, '');

function metaUserData(lead, req) {
  return {
    em: [sha256(lead.email)],
    ph: lead.phone ? [sha256(digits(lead.phone))] : undefined,
    fn: lead.firstName ? [sha256(lead.firstName)] : undefined,
    client_ip_address: req.ip,
    client_user_agent: req.get('user-agent'),
    fbp: lead.fbp,
    fbc: lead.fbc,
  };
}

router.post('/leads', requireConsent, async (req, res) => {
  const { email, phone, firstName, lastName, fbp, fbc, eventId } = req.body;
  const lead = await Lead.create({ email, phone, firstName, lastName, fbp, fbc, ip: req.ip });

  await crm.post('/contacts', { email, phone, first_name: firstName, last_name: lastName, source: 'website', fbp, fbc });

  await sqs.send(
    new SendMessageCommand({
      QueueUrl: process.env.META_OUTBOX_QUEUE_URL,
      MessageBody: JSON.stringify({ event_name: 'Lead', event_id: eventId, user_data: { em: email, ph: phone, fbp, fbc } }),
    }),
  );

  await axios.post(
    `https://graph.facebook.com/${process.env.META_API_VERSION}/${process.env.META_PIXEL_ID}/events`,
    { data: [{ event_name: 'Lead', event_time: Math.floor(Date.now() / 1000), event_id: eventId, action_source: 'website', user_data: metaUserData(lead, req) }] },
    { params: { access_token: process.env.META_ACCESS_TOKEN } },
  );

  res.status(201).json({ id: lead.id, email, fbp, fbc });
});

router.get('/leads/:id/debug', async (req, res) => {
  const lead = await Lead.findById(req.params.id);
  res.json({ user_data: { em: lead.email, ph: lead.phone, fbp: lead.fbp } });
});

module.exports = router;
