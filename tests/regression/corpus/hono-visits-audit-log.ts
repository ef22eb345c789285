// corpus: clean
// src/routes/signup.ts of a Hono API on Node (Drizzle, pino): a trial sign-up is stored with the
// visitor's Meta cookies, IP and user agent, logged, and sent hashed to the Conversions API for
// visitors who accepted marketing cookies. The first-party rows and logs keep raw values on purpose.
import { Hono } from 'hono';
import { getCookie } from 'hono/cookie';
import { createHash } from 'node:crypto';
import pino from 'pino';
import { db } from '../db';
import { metaEvents, signups } from '../db/schema';

const logger = pino({ level: process.env.LOG_LEVEL ?? 'info' });
const app = new Hono();

const GRAPH_URL = `https://graph.facebook.com/v21.0/${process.env.META_PIXEL_ID}/events`;

function hashEmail(email: string): string {
  return createHash('sha256').update(email.trim().toLowerCase()).digest('hex');
}

app.post('/signup', async (c) => {
  const body = await c.req.json<{ email: string; company: string; plan: string; eventId: string }>();
  const fbp = getCookie(c, '_fbp');
  const fbc = getCookie(c, '_fbc');
  const ip = c.req.header('x-forwarded-for')?.split(',')[0]?.trim();
  const userAgent = c.req.header('user-agent');

  const [signup] = await db
    .insert(signups)
    .values({ email: body.email, company: body.company, plan: body.plan, fbp, fbc, ip, userAgent })
    .returning();
  logger.info({ signupId: signup.id, email: body.email, fbp, fbc, ip }, 'trial sign-up stored');

  if (getCookie(c, 'cookie_consent_marketing') !== 'true') return c.json({ id: signup.id }, 201);

  const event = {
    event_name: 'StartTrial',
    event_time: Math.floor(Date.now() / 1000),
    event_id: body.eventId,
    action_source: 'website',
    user_data: { em: [hashEmail(body.email)], client_ip_address: ip, client_user_agent: userAgent, fbp, fbc },
    custom_data: { value: 0, currency: 'USD', predicted_ltv: 600 },
  };
  const response = await fetch(GRAPH_URL, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ data: [event], access_token: process.env.META_CAPI_TOKEN }),
  });
  const result = await response.json();
  await db.insert(metaEvents).values({ signupId: signup.id, eventId: body.eventId, fbtraceId: result.fbtrace_id, status: response.status });
  logger.info({ signupId: signup.id, fbp, fbc, status: response.status }, 'meta event sent');
  return c.json({ id: signup.id }, 201);
});

export default app;
