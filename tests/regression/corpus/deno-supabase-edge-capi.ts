// corpus: clean
// supabase/functions/meta-capi/index.ts: a Supabase Edge Function (Deno) the site calls after a
// booking; it sends the hashed event to Meta and keeps an audit row of what was sent.
import { serve } from 'https://deno.land/std@0.224.0/http/server.ts';
import { createClient } from 'https://esm.sh/@supabase/supabase-js@2';

const corsHeaders = {
  'Access-Control-Allow-Origin': '*',
  'Access-Control-Allow-Headers': 'authorization, x-client-info, apikey, content-type',
};

const FACEBOOK_PIXEL_ID = '2170098570154640';
const FACEBOOK_ACCESS_TOKEN = Deno.env.get('FACEBOOK_ACCESS_TOKEN');
const supabase = createClient(Deno.env.get('SUPABASE_URL')!, Deno.env.get('SUPABASE_SERVICE_ROLE_KEY')!);

interface BookingEvent {
  bookingId: string;
  email: string;
  phone?: string;
  serviceName: string;
  price: number;
  fbp?: string;
  fbc?: string;
  marketingConsent: boolean;
}

async function hashData(value: string): Promise<string> {
  const buffer = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(value.toLowerCase().trim()));
  return Array.from(new Uint8Array(buffer))
    .map((byte) => byte.toString(16).padStart(2, '0'))
    .join('');
}

async function buildScheduleEvent(booking: BookingEvent, req: Request) {
  return {
    event_name: 'Schedule',
    event_time: Math.floor(Date.now() / 1000),
    event_id: `booking-${booking.bookingId}`,
    action_source: 'website',
    user_data: {
      em: [await hashData(booking.email)],
      ph: booking.phone ? [await hashData(booking.phone.replace(/\D/g, ''))] : [],
      client_ip_address: req.headers.get('x-forwarded-for')?.split(',')[0],
      client_user_agent: req.headers.get('user-agent'),
      fbp: booking.fbp,
      fbc: booking.fbc,
    },
    custom_data: { content_name: booking.serviceName, value: booking.price, currency: 'EUR' },
  };
}

serve(async (req) => {
  if (req.method === 'OPTIONS') return new Response('ok', { headers: corsHeaders });
  const booking = (await req.json()) as BookingEvent;
  if (!booking.marketingConsent) {
    return new Response(JSON.stringify({ skipped: true }), { headers: { ...corsHeaders, 'Content-Type': 'application/json' } });
  }

  const event = await buildScheduleEvent(booking, req);
  const response = await fetch(`https://graph.facebook.com/v20.0/${FACEBOOK_PIXEL_ID}/events?access_token=${FACEBOOK_ACCESS_TOKEN}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ data: [event] }),
  });
  const result = await response.json();

  await supabase.from('conversions_log').insert({ booking_id: booking.bookingId, event_name: event.event_name, status: response.status, response: result });
  return new Response(JSON.stringify(result), { status: response.status, headers: { ...corsHeaders, 'Content-Type': 'application/json' } });
});
