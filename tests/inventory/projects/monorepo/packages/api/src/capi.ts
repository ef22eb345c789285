// API package: a consent-checked Conversions API send whose user_data comes from a builder, and a
// Custom Audience upload.
import { createHash } from 'node:crypto';

const sha256 = (value: string): string => createHash('sha256').update(value).digest('hex');

export interface Shopper {
  email: string;
  phone: string;
  ip: string;
  consented: boolean;
}

export function userData(shopper: Shopper) {
  return { em: sha256(shopper.email.trim().toLowerCase()), ph: shopper.phone, client_ip_address: shopper.ip };
}

export async function sendLead(shopper: Shopper, token: string): Promise<void> {
  if (!shopper.consented) return;
  const event = { event_name: 'Lead', event_time: 1700000000, action_source: 'website', user_data: userData(shopper) };
  await fetch('https://graph.facebook.com/v21.0/1234567890/events', {
    method: 'POST',
    body: JSON.stringify({ data: [event], access_token: token }),
  });
}

export const audienceUpload = { schema: ['EMAIL_SHA256'], data: [[sha256('someone@example.com')]] };
