// The shop's React Native app (Expo): its order confirmation screen reports the purchase to Meta
// through react-native-fbsdk-next's App Events.
import { useEffect } from 'react';
import { Text } from 'react-native';
import { AppEventsLogger, Settings } from 'react-native-fbsdk-next';
import { requestTrackingPermissionsAsync } from 'expo-tracking-transparency';

export interface Order {
  id: string;
  total: number;
  currency: string;
  email: string;
  sku: string;
}

export interface Consent {
  marketing: boolean;
}

/** Run once at launch, before the consent screen has been answered. */
export async function bootMetaSdk(): Promise<void> {
  // ❌ require-consent: advertiser tracking switched on whatever the user answers to App Tracking Transparency
  await Settings.setAdvertiserTrackingEnabled(true);
  // ❌ require-consent: the SDK starts (and sends install and launch events) before the user is asked
  Settings.initializeSDK();
}

/** The correct twin: the ATT answer sets the flag, and the SDK starts only after consent. */
export async function startMetaSdk(consent: Consent): Promise<void> {
  const { status } = await requestTrackingPermissionsAsync();
  // ✅ the flag is the user's App Tracking Transparency answer
  await Settings.setAdvertiserTrackingEnabled(status === 'granted');
  if (!consent.marketing) return;
  // ✅ started, and automatic events switched on, only after consent
  Settings.initializeSDK();
  Settings.setAutoLogAppEventsEnabled(true);
}

export function OrderConfirmed({ order, consent }: { order: Order; consent: Consent }) {
  useEffect(() => {
    if (!consent.marketing) return;
    // ✅ setUserData() is normalized and SHA-256 hashed by the SDK on the device
    AppEventsLogger.setUserData({ email: order.email });
    // ❌ no-raw-pii: setUserID() sends the email in clear as `app_user_id`
    AppEventsLogger.setUserID(order.email);
    // ✅ amount, currency and the product id only
    AppEventsLogger.logPurchase(order.total, order.currency, { fb_content_id: order.sku });
    // ❌ no-sensitive-event-data: the event name tells Meta the customer is trying to conceive
    AppEventsLogger.logEvent('FertilityKitPurchased', { fb_content_id: order.sku });
  }, [order, consent]);
  return <Text>Thank you for your order!</Text>;
}

