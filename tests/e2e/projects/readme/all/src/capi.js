// A consented server event with external_id in clear and no data processing options: only
// configs.all (hashExternalId, requireLdu) reports it.
export async function send(user, req, consent) {
  if (!consent.marketing) return;
  const url = `https://graph.facebook.com/v21.0/${process.env.PIXEL_ID}/events`;
  const event = {
    event_name: 'Purchase', // ❌ valid-data-processing-options
    action_source: 'website',
    user_data: {
      external_id: user.id, // ❌ no-unhashed-identifiers
      client_ip_address: req.ip,
    },
  };
  await fetch(url, { method: 'POST', body: JSON.stringify({ data: [event] }) });
}
