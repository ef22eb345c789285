// A Next.js route handler (app/api/lead/route.ts): the lead is stored in Supabase with the Meta
// cookies, then sent to the Conversions API when the visitor accepted marketing cookies.
import { createClient } from '@supabase/supabase-js';
import { cookies, headers } from 'next/headers';
import { NextResponse } from 'next/server';

const supabase = createClient(process.env.NEXT_PUBLIC_SUPABASE_URL!, process.env.SUPABASE_SERVICE_ROLE_KEY!);

const PIXEL_ID = process.env.META_PIXEL_ID;
const ACCESS_TOKEN = process.env.META_ACCESS_TOKEN;
const API_VERSION = process.env.META_API_VERSION ?? 'v20.0';

interface LeadBody {
  email: string;
  phone?: string;
  firstName?: string;
  lastName?: string;
  city?: string;
  service: string;
  eventId: string;
}

async function sha256(value: string): Promise<string> {
  const bytes = new TextEncoder().encode(value);
  const digest = await crypto.subtle.digest('SHA-256', bytes);
  return Array.from(new Uint8Array(digest), (byte) => byte.toString(16).padStart(2, '0')).join('');
}

const normalize = (value: string) => value.trim().toLowerCase();

async function saveLead(body: LeadBody, fbp: string | undefined, fbc: string | undefined, ip: string | null) {
  const { data, error } = await supabase
    .from('leads')
    .insert({
      email: body.email,
      phone: body.phone,
      first_name: body.firstName,
      last_name: body.lastName,
      service: body.service,
      fbp,
      fbc,
      ip_address: ip,
    })
    .select('id')
    .single();
  if (error) throw error;
  return data.id as string;
}

async function sendLeadEvent(body: LeadBody, fbp: string | undefined, fbc: string | undefined, ip: string | null, userAgent: string | null) {
  const userData = {
    em: [await sha256(normalize(body.email))],
    ph: body.phone ? [await sha256(body.phone.replace(/\D/g, ''))] : undefined,
    fn: body.firstName ? [await sha256(normalize(body.firstName))] : undefined,
    ln: body.lastName ? [await sha256(normalize(body.lastName))] : undefined,
    ct: body.city ? [normalize(body.city)] : undefined, // expect: meta-privacy/no-unhashed-identifiers
    client_ip_address: ip ?? undefined,
    client_user_agent: userAgent ?? undefined,
    fbp,
    fbc,
  };
  const res = await fetch(`https://graph.facebook.com/${API_VERSION}/${PIXEL_ID}/events?access_token=${ACCESS_TOKEN}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
      data: [
        {
          event_name: 'Lead',
          event_time: Math.floor(Date.now() / 1000),
          event_id: body.eventId,
          action_source: 'website',
          user_data: userData,
          custom_data: { content_name: body.service },
        },
      ],
    }),
  });
  return res.ok;
}

export async function POST(request: Request) {
  const body = (await request.json()) as LeadBody;
  const cookieStore = await cookies();
  const headerList = await headers();
  const fbp = cookieStore.get('_fbp')?.value;
  const fbc = cookieStore.get('_fbc')?.value;
  const ip = headerList.get('x-forwarded-for')?.split(',')[0] ?? null;

  const leadId = await saveLead(body, fbp, fbc, ip);
  console.log('lead saved', { leadId, email: body.email, fbp });

  if (cookieStore.get('cookie_consent_marketing')?.value === 'true') {
    await sendLeadEvent(body, fbp, fbc, ip, headerList.get('user-agent'));
  }
  return NextResponse.json({ leadId }, { status: 201 });
}
