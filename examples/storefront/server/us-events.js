// Conversions API events for orders shipped to the US, with Limited Data Use (LDU) for the US
// states whose privacy laws Meta's "Data Processing Options" cover.
import crypto from 'node:crypto';

const CAPI_URL = `https://graph.facebook.com/v21.0/${process.env.META_PIXEL_ID}/events`;

const sha256 = (value) => crypto.createHash('sha256').update(value).digest('hex');

export async function sendUsPurchase(order, shopper) {
  // ✅ require-consent: nothing is sent for shoppers who declined marketing cookies
  if (!shopper.marketingConsent) return;

  const event = {
    event_name: 'Purchase',
    event_time: Math.floor(Date.now() / 1000),
    event_id: `purchase-${order.id}`,
    action_source: 'website',
    event_source_url: 'https://shop.example.com/checkout/complete',
    user_data: {
      em: [sha256(shopper.email.trim().toLowerCase())],
      client_ip_address: shopper.ip,
      client_user_agent: shopper.userAgent,
    },
    custom_data: { value: order.total, currency: 'USD' },
    // ❌ valid-data-processing-options: LDU without data_processing_options_country, which Meta requires
    data_processing_options: ['LDU'],
  };

  const californiaEvent = {
    ...event,
    event_id: `purchase-${order.id}-ca`,
    data_processing_options: [],
    data_processing_options_country: 1,
    // ❌ valid-data-processing-options: 'CA' is not a state code; California is 1000
    data_processing_options_state: 'CA',
  };

  await fetch(CAPI_URL, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ data: [shopper.state === 'CA' ? californiaEvent : event], access_token: process.env.META_TOKEN }),
  });
}
