// Checkout funnel tracking for the React storefront, through react-facebook-pixel.
import ReactPixel from 'react-facebook-pixel';

export interface Customer {
  id: string;
  email: string;
  phone?: string;
}

export interface CartItem {
  sku: string;
  title: string;
  price: number;
  quantity: number;
}

export interface Order {
  id: string;
  total: number;
  currency: 'EUR' | 'USD';
  items: CartItem[];
}

// ✅ a pixel id is public; it is not an access token even though it comes from NEXT_PUBLIC_*
const PIXEL_ID = process.env.NEXT_PUBLIC_META_PIXEL_ID ?? '';

/** Called once from the checkout app's entry point. */
export function initCheckoutPixel(customer: Customer): void {
  // ❌ require-consent: init fires before revokeConsent(), so the first hits go out without consent
  ReactPixel.init(PIXEL_ID, { em: customer.email, external_id: customer.id }, { autoConfig: true, debug: false });
  ReactPixel.revokeConsent();
  ReactPixel.pageView();
}

/** Called by the cookie banner. */
export function onConsentChange(preferences: { marketing: boolean }): void {
  // ✅ consent granted only after the visitor accepted marketing cookies
  if (preferences.marketing) ReactPixel.grantConsent();
}

export function trackAddToCart(item: CartItem, currency: Order['currency']): void {
  // ✅ product data only
  ReactPixel.track('AddToCart', {
    content_ids: [item.sku],
    content_name: item.title,
    content_type: 'product',
    value: item.price * item.quantity,
    currency,
  });
}

export function trackCouponApplied(couponCode: string): void {
  // ✅ a coupon code is not personal data
  ReactPixel.trackCustom('CouponApplied', { coupon_code: couponCode });
}

/** Called on the order confirmation page. */
export function trackPurchase(order: Order, customer: Customer): void {
  // Same id as the server-side CAPI event (server/capi-route.js) so Meta can deduplicate.
  const eventID = `purchase-${order.id}`;

  // react-facebook-pixel's track() has no options argument, so the dedup id goes through fbq().
  ReactPixel.fbq(
    'track',
    'Purchase',
    // ✅ standard purchase parameters
    {
      value: order.total,
      currency: order.currency,
      content_ids: order.items.map((item) => item.sku),
      content_type: 'product',
      num_items: order.items.reduce((sum, item) => sum + item.quantity, 0),
    },
    // ❌ no-raw-pii: the options object is for eventID only; `em` here is sent unhashed
    { eventID, em: customer.email },
  );
}
