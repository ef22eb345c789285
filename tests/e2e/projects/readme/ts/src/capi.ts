interface Shopper {
  email: string;
  ip: string;
}

export async function sendLead(shopper: Shopper, consented: boolean): Promise<void> {
  if (!consented) return;
  const body = {
    data: [{ event_name: 'Lead', action_source: 'website', user_data: { em: shopper.email, client_ip_address: shopper.ip } }], // ❌ no-unhashed-identifiers
  };
  await fetch(`https://graph.facebook.com/v21.0/${process.env.PIXEL_ID}/events`, { method: 'POST', body: JSON.stringify(body) });
}
