export async function sendPurchase(req, consent) {
  if (!consent.marketing) return;
  const event = { event_name: 'Purchase', event_time: Math.floor(Date.now() / 1000), action_source: 'website' };
  await fetch(`https://graph.facebook.com/v21.0/${process.env.META_PIXEL_ID}/events?access_token=${process.env.META_TOKEN}`, {
    method: 'POST',
    body: JSON.stringify({
      data: [{ ...event, user_data: { em: req.body.email } }], // ❌ no-unhashed-identifiers
    }),
  });
}
