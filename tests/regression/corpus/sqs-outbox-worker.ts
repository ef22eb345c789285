// workers/meta-outbox.ts: the Lambda that drains the Meta outbox queue filled by the API (see
// express-lead-fanout.js). Stored events are judged here, where they are sent: the worker hashes
// what the API stored raw, and skips visitors without marketing consent.
import { createHash } from 'node:crypto';
import type { SQSBatchResponse, SQSEvent } from 'aws-lambda';

interface OutboxMessage {
  event_name: string;
  event_id: string;
  event_time?: number;
  source_url?: string;
  consent?: { marketing?: boolean };
  user_data: { email?: string; phone?: string; fbp?: string; fbc?: string; ip?: string; ua?: string };
}

const ENDPOINT = `https://graph.facebook.com/${process.env.META_API_VERSION ?? 'v21.0'}/${process.env.META_PIXEL_ID}/events`;

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

function toServerEvent(message: OutboxMessage) {
  const { email, phone, fbp, fbc, ip, ua } = message.user_data;
  return {
    event_name: message.event_name,
    event_id: message.event_id,
    event_time: message.event_time ?? Math.floor(Date.now() / 1000),
    action_source: 'website',
    event_source_url: message.source_url,
    user_data: {
      em: email ? [sha256(email.trim().toLowerCase())] : undefined,
      ph: phone ? [phone.replace(/\D/g, '')] : undefined, // expect: meta-privacy/no-unhashed-identifiers
      client_ip_address: ip,
      client_user_agent: ua,
      fbp,
      fbc,
    },
  };
}

export const handler = async (event: SQSEvent): Promise<SQSBatchResponse> => {
  const failures: { itemIdentifier: string }[] = [];
  const events = [];
  for (const record of event.Records) {
    const message = JSON.parse(record.body) as OutboxMessage;
    if (!message.consent?.marketing) continue;
    events.push(toServerEvent(message));
  }
  if (events.length === 0) return { batchItemFailures: failures };

  const response = await fetch(ENDPOINT, { // known-false: meta-privacy/require-consent — every event in the body passed the consent check
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ data: events, access_token: process.env.META_ACCESS_TOKEN }),
  });
  if (!response.ok) failures.push(...event.Records.map((record) => ({ itemIdentifier: record.messageId })));
  return { batchItemFailures: failures };
};
