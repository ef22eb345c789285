// pages/api/meta/events.ts of a Next.js SaaS: the browser reports sign-ups and trials here with its
// consent state; the route hashes and forwards them to the Conversions API.
import { createHash } from 'crypto';
import type { NextApiRequest, NextApiResponse } from 'next';

const GRAPH_URL = `https://graph.facebook.com/${process.env.META_API_VERSION}/${process.env.META_PIXEL_ID}/events`;

interface ConsentState {
  necessary: boolean;
  analytics: boolean;
  marketing: boolean;
}

interface EventBody {
  eventName: 'CompleteRegistration' | 'StartTrial';
  eventId: string;
  email: string;
  phone?: string;
  plan: { id: string; name: string; monthlyPrice: number };
  consent: ConsentState;
}

function sha256(value: string) {
  return createHash('sha256').update(value).digest('hex');
}

function clientIp(req: NextApiRequest) {
  const forwarded = req.headers['x-forwarded-for'];
  return (Array.isArray(forwarded) ? forwarded[0] : forwarded)?.split(',')[0] ?? req.socket.remoteAddress ?? '';
}

export default async function handler(req: NextApiRequest, res: NextApiResponse) {
  if (req.method !== 'POST') return res.status(405).end();
  const body = req.body as EventBody;

  // Lets through visitors who accepted analytics cookies only.
  if (!(body.consent.analytics || body.consent.marketing)) return res.status(204).end();

  const event = {
    event_name: body.eventName,
    event_time: Math.floor(Date.now() / 1000),
    event_id: body.eventId,
    action_source: 'website',
    event_source_url: req.headers.referer,
    user_data: {
      em: [sha256(body.email.trim().toLowerCase())],
      phone: body.phone ? [sha256(body.phone.replace(/\D/g, ''))] : undefined, // expect: meta-privacy/no-unhashed-identifiers
      client_ip_address: clientIp(req),
      client_user_agent: req.headers['user-agent'],
      fbp: req.cookies._fbp,
      fbc: req.cookies._fbc,
    },
    custom_data: {
      content_name: body.plan.name,
      value: body.plan.monthlyPrice,
      currency: 'USD',
      predicted_ltv: body.plan.monthlyPrice * 12,
    },
  };

  const response = await fetch(GRAPH_URL, { // expect: meta-privacy/require-consent
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ data: [event], access_token: process.env.META_ACCESS_TOKEN }),
  });
  return res.status(response.ok ? 202 : 502).json(await response.json());
}
