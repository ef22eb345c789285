export async function sendLead(lead) {
  await fetch('https://graph.facebook.com/v21.0/1234567890/events', {
    method: 'POST',
    body: JSON.stringify({ data: [{ event_name: 'Lead', action_source: 'website', user_data: { em: lead.email, ph: lead.phone } }] }),
  });
}
