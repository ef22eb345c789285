const axios = require('axios');

async function send(events, consent) {
  if (!consent.marketing) return;
  await axios.post(`https://graph.facebook.com/v21.0/${process.env.PIXEL_ID}/events`, {
    data: events,
    test_event_code: 'TEST48213', // ❌ no-test-event-code
    access_token: process.env.META_TOKEN,
  });
}

module.exports = { send };
