// The app's analytics helpers, called from many screens. They send App Events to Meta through
// react-native-fbsdk-next; the SDK is started elsewhere (order-confirmed.tsx), after consent.
import { AppEventsLogger } from 'react-native-fbsdk-next';

export interface Consent {
  marketing: boolean;
}

/** Tapping "share" on a product. */
export function trackShare(sku: string): void {
  // ❌ require-consent: an event sent with no consent check (the SDK's auto-logging switches do not gate it)
  AppEventsLogger.logEvent('ProductShared', { fb_content_id: sku });
}

/** The correct twin: the user's choice is checked before anything is sent. */
export function trackWishlist(sku: string, consent: Consent): void {
  if (!consent.marketing) return;
  // ✅ sent only with consent
  AppEventsLogger.logEvent('fb_mobile_add_to_wishlist', { fb_content_id: sku });
}
