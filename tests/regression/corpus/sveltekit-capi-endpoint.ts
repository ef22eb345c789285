// config: strict
// src/routes/api/meta/+server.ts of a SvelteKit shop: the page posts its add-to-cart and purchase
// events here with the visitor's consent state; the endpoint forwards them to the Conversions API
// with SvelteKit's own fetch. The phone number is hashed as typed.
import { json, error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { env } from '$env/dynamic/private';
import { createHash } from 'node:crypto';

const sha256 = (value: string) => createHash('sha256').update(value).digest('hex');

interface ClientEvent {
  name: 'AddToCart' | 'Purchase';
  id: string;
  url: string;
  value: number;
  currency: string;
  contentIds: string[];
  email?: string;
  phone?: string;
  marketingConsent: boolean;
}

export const POST: RequestHandler = async ({ request, cookies, getClientAddress, fetch }) => {
  const event = (await request.json()) as ClientEvent;
  if (!event.marketingConsent) return json({ skipped: true });

  const userData = {
    em: event.email ? [sha256(event.email.trim().toLowerCase())] : undefined,
    ph: event.phone ? [sha256(event.phone)] : undefined, // expect: meta-privacy/no-unhashed-identifiers
    client_ip_address: getClientAddress(),
    client_user_agent: request.headers.get('user-agent') ?? undefined,
    fbp: cookies.get('_fbp'),
    fbc: cookies.get('_fbc'),
  };

  const response = await fetch(`https://graph.facebook.com/v21.0/${env.META_PIXEL_ID}/events?access_token=${env.META_CAPI_TOKEN}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      data: [
        {
          event_name: event.name,
          event_id: event.id,
          event_time: Math.floor(Date.now() / 1000),
          event_source_url: event.url,
          action_source: 'website',
          user_data: userData,
          custom_data: { value: event.value, currency: event.currency, content_ids: event.contentIds, content_type: 'product' },
        },
      ],
    }),
  });
  if (!response.ok) throw error(502, 'Meta rejected the event');
  return json({ sent: true });
};
