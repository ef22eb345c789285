// Subscription events sent with Meta's official Node SDK (facebook-nodejs-business-sdk).
import { createHash } from 'node:crypto';
import { Content, CustomData, EventRequest, ServerEvent, UserData } from 'facebook-nodejs-business-sdk';

export interface Subscriber {
  id: string;
  email: string;
  phone: string;
  plan: 'monthly' | 'yearly';
  price: number;
  marketingConsent: boolean;
}

export interface RequestContext {
  ip: string;
  userAgent: string;
  fbp?: string;
  fbc?: string;
}

// ❌ no-exposed-access-token: a Conversions API system-user token committed to source.
// (FAKE: random characters shaped like a token, not a real credential.)
const ACCESS_TOKEN =
  'EAAgEtL2uvplbRTjaVIaDFJFbX5ZkWik2PjPWVUDmaUmKftuKto5OfALXHI27FJqEgFZzJ23XHuzvM2sQSnsTdyyuUI7RlLaRXmvozG6elcfd4FIAk7ouvuDsPz2RPSaalTQwq4CMtsGHxRQmeXG2pcxM';
const PIXEL_ID = '1234567890123456';

function sha256(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

export async function sendSubscribeEvent(subscriber: Subscriber, context: RequestContext): Promise<void> {
  const { email, phone } = subscriber;

  const userData = new UserData()
    // ✅ the SDK normalises and hashes emails and phone numbers itself at send time
    .setEmails([email])
    .setPhones([phone])
    .setExternalId(subscriber.id)
    // ❌ no-unhashed-identifiers: the client IP address must be sent as-is, never hashed
    .setClientIpAddress(sha256(context.ip))
    // ✅ user agent and browser id are sent as-is
    .setClientUserAgent(context.userAgent)
    .setFbp(context.fbp ?? '');

  // ✅ product data only
  const content = new Content().setId(`plan-${subscriber.plan}`).setQuantity(1).setItemPrice(subscriber.price);

  const customData = new CustomData()
    .setValue(subscriber.price)
    .setCurrency('usd')
    .setContents([content])
    // ❌ no-raw-pii: custom properties are copied verbatim into custom_data, unhashed
    .setCustomProperties({ email });

  const serverEvent = new ServerEvent()
    .setEventName('Subscribe')
    .setEventTime(Math.floor(Date.now() / 1000))
    .setEventId(`subscribe-${subscriber.id}`)
    .setUserData(userData)
    .setCustomData(customData)
    .setEventSourceUrl('https://shop.example.com/account/subscription')
    .setActionSource('website');

  // Only subscribers who opted in to marketing are reported to Meta.
  if (!subscriber.marketingConsent) return;

  // ✅ sent only with consent (early return above)
  const response = await new EventRequest(ACCESS_TOKEN, PIXEL_ID).setEvents([serverEvent]).execute();
  console.info('CAPI Subscribe', response.events_received);
}
