// TypeScript in a project without an ESLint config: parsed with @typescript-eslint/parser when it is installed.
export async function report(token: string, phone: string): Promise<void> {
  const payload = { data: [{ event_name: 'Contact', action_source: 'website', user_data: { ph: phone, fbp: 'fb.1.1.1' } }], access_token: token };
  await fetch('https://graph.facebook.com/v21.0/1234567890/events', { method: 'POST', body: JSON.stringify(payload) });
}
