// src/server/tracking.ts of a DTC brand's Node API: one checkout event fanned out to the
// server-side APIs of Meta, Pinterest, TikTok and Snapchat. Each platform has its own format and
// hashing rules; only the Meta request is Meta's to judge.
import { createHash } from 'node:crypto';
import type { Request } from 'express';

export interface CheckoutEvent {
  eventId: string;
  email: string;
  phone?: string;
  zip?: string;
  orderId: string;
  value: number;
  currency: string;
  skus: string[];
  marketingConsent: boolean;
}

const sha256 = (value: string) => createHash('sha256').update(value.trim().toLowerCase()).digest('hex');
const now = () => Math.floor(Date.now() / 1000);

function clientIp(req: Request): string {
  return (req.headers['x-forwarded-for'] as string | undefined)?.split(',')[0]?.trim() ?? req.socket.remoteAddress ?? '';
}

async function sendMeta(event: CheckoutEvent, req: Request) {
  await fetch(`https://graph.facebook.com/v21.0/${process.env.META_PIXEL_ID}/events`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      access_token: process.env.META_ACCESS_TOKEN,
      data: [
        {
          event_name: 'Purchase',
          event_time: now(),
          event_id: event.eventId,
          action_source: 'website',
          user_data: {
            em: [sha256(event.email)],
            ph: event.phone ? [sha256(event.phone.replace(/\D/g, ''))] : [],
            zp: event.zip ? [event.zip] : [], // expect: meta-privacy/no-unhashed-identifiers
            client_ip_address: clientIp(req),
            client_user_agent: req.get('user-agent'),
            fbp: req.cookies?._fbp,
          },
          custom_data: { value: event.value, currency: event.currency, content_ids: event.skus, order_id: event.orderId },
        },
      ],
    }),
  });
}

async function sendPinterest(event: CheckoutEvent, req: Request) {
  // Pinterest's Conversions API copies Meta's field names; it is still not Meta.
  await fetch(`https://api.pinterest.com/v5/ad_accounts/${process.env.PINTEREST_AD_ACCOUNT}/events`, {
    method: 'POST',
    headers: { Authorization: `Bearer ${process.env.PINTEREST_TOKEN}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      data: [
        {
          event_name: 'checkout',
          action_source: 'web',
          event_time: now(),
          event_id: event.eventId,
          user_data: { em: [sha256(event.email)], client_ip_address: clientIp(req), client_user_agent: req.get('user-agent') },
          custom_data: { currency: event.currency, value: String(event.value), order_id: event.orderId },
        },
      ],
    }),
  });
}

async function sendTikTok(event: CheckoutEvent, req: Request) {
  await fetch('https://business-api.tiktok.com/open_api/v1.3/event/track/', {
    method: 'POST',
    headers: { 'Access-Token': process.env.TIKTOK_ACCESS_TOKEN ?? '', 'Content-Type': 'application/json' },
    body: JSON.stringify({
      event_source: 'web',
      event_source_id: process.env.TIKTOK_PIXEL_CODE,
      data: [
        {
          event: 'CompletePayment',
          event_time: now(),
          event_id: event.eventId,
          user: { email: sha256(event.email), ip: clientIp(req), user_agent: req.get('user-agent'), ttclid: req.cookies?.ttclid },
          properties: { currency: event.currency, value: event.value, content_type: 'product' },
        },
      ],
    }),
  });
}

async function sendSnapchat(event: CheckoutEvent, req: Request) {
  // Snapchat wants the IP address hashed too.
  await fetch(`https://tr.snapchat.com/v3/${process.env.SNAP_PIXEL_ID}/events?access_token=${process.env.SNAP_TOKEN}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      data: [
        {
          event_name: 'PURCHASE',
          action_source: 'WEB',
          event_time: Date.now(),
          user_data: { em: [sha256(event.email)], client_ip_address: sha256(clientIp(req)), client_user_agent: req.get('user-agent') },
          custom_data: { currency: event.currency, value: event.value },
        },
      ],
    }),
  });
}

export async function trackCheckout(event: CheckoutEvent, req: Request) {
  if (!event.marketingConsent) return;
  await Promise.allSettled([sendMeta(event, req), sendPinterest(event, req), sendTikTok(event, req), sendSnapchat(event, req)]);
}
