// config: all
// A Cloudflare Worker in front of the Conversions API: the site's script posts its events here, the
// worker keeps a short log in KV and forwards the event with the token from its secrets.
const GRAPH = 'https://graph.facebook.com';

async function sha256Hex(value) {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(value));
  return [...new Uint8Array(digest)].map((byte) => byte.toString(16).padStart(2, '0')).join('');
}

function corsHeaders(origin) {
  return {
    'Access-Control-Allow-Origin': origin,
    'Access-Control-Allow-Methods': 'POST, OPTIONS',
    'Access-Control-Allow-Headers': 'Content-Type',
  };
}

async function logEvent(env, entry) {
  const key = `evt:${entry.event_id}`;
  await env.EVENT_LOG.put(key, JSON.stringify(entry), { expirationTtl: 60 * 60 * 24 * 7 });
}

async function buildEvent(body, request) {
  const email = body.email ? body.email.trim().toLowerCase() : undefined;
  return {
    event_name: body.event_name, // expect: meta-privacy/valid-data-processing-options
    event_time: Math.floor(Date.now() / 1000),
    event_id: body.event_id || crypto.randomUUID(),
    action_source: 'website',
    event_source_url: request.headers.get('referer') || undefined,
    user_data: {
      em: email ? [await sha256Hex(email)] : undefined,
      ct: body.city ? [body.city] : undefined, // expect: meta-privacy/no-unhashed-identifiers
      external_id: body.user_id, // expect: meta-privacy/no-unhashed-identifiers
      client_ip_address: request.headers.get('CF-Connecting-IP'),
      client_user_agent: request.headers.get('User-Agent'),
      fbp: body.fbp,
      fbc: body.fbc,
    },
    custom_data: body.value ? { value: body.value, currency: body.currency || 'EUR' } : undefined,
  };
}

export default {
  async fetch(request, env, ctx) {
    const origin = request.headers.get('Origin') || '*';
    if (request.method === 'OPTIONS') return new Response(null, { headers: corsHeaders(origin) });
    if (request.method !== 'POST') return new Response('Method not allowed', { status: 405 });

    const body = await request.json();
    // Google Consent Mode state mirrored by the site's banner.
    if (body.consent?.ad_storage !== 'granted') {
      return new Response(null, { status: 204, headers: corsHeaders(origin) });
    }

    const event = await buildEvent(body, request);
    ctx.waitUntil(logEvent(env, { event_id: event.event_id, fbp: body.fbp, fbc: body.fbc, email: body.email, ip: request.headers.get('CF-Connecting-IP') }));

    const response = await fetch(`${GRAPH}/${env.META_API_VERSION || 'v21.0'}/${env.META_PIXEL_ID}/events`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ data: [event], access_token: env.META_ACCESS_TOKEN }),
    });
    return new Response(await response.text(), { status: response.status, headers: corsHeaders(origin) });
  },
};
