// server/meta.js of a small shop's API, as it was left after setting up the Conversions API: the
// token pasted from Events Manager and the test mode switched on by hand.
const axios = require('axios');
const crypto = require('crypto');

const PIXEL_ID = '1122334455667788';
const API_VERSION = 'v19.0';
const ACCESS_TOKEN = 'EAAGm0PX4ZCpsBAFakeToken7ZBw3xQ9LrT2vYcN8uJ5eKdH1fG6sA0pWmZiOjXbR4tUyVnE3cL7qD2kFhS9gM1aZBx'; // expect: meta-privacy/no-exposed-access-token
const TEST_MODE = true;
const TEST_EVENT_CODE = 'TEST51234';

function hash(value) {
  return crypto.createHash('sha256').update(String(value).trim().toLowerCase()).digest('hex');
}

function eventsUrl() {
  return 'https://graph.facebook.com/' + API_VERSION + '/' + PIXEL_ID + '/events?access_token=' + ACCESS_TOKEN;
}

function purchaseEvent(order, req) {
  return {
    event_name: 'Purchase',
    event_time: Math.floor(Date.now() / 1000),
    event_id: 'order-' + order.id,
    action_source: 'website',
    user_data: {
      em: [hash(order.email)],
      ph: [hash(String(order.phone).replace(/\D/g, ''))],
      client_ip_address: req.ip,
      client_user_agent: req.headers['user-agent'],
    },
    custom_data: { value: order.total, currency: 'EUR', content_ids: order.items.map((item) => item.sku) },
  };
}

async function sendPurchase(order, req) {
  if (!order.consents.includes('marketing')) return null;
  const body = {
    data: [purchaseEvent(order, req)],
    ...(TEST_MODE ? { test_event_code: TEST_EVENT_CODE } : {}), // expect: meta-privacy/no-test-event-code
  };
  const { data } = await axios.post(eventsUrl(), body);
  return data;
}

module.exports = { sendPurchase };
