// corpus: clean
// src/privacy/TrackingConsent.tsx of a React Native shopping app (react-native-fbsdk-next with
// isAutoInitEnabled: false in app.json): the SDK starts only once the in-app privacy sheet says yes,
// and iOS advertiser tracking follows the ATT answer.
import { useEffect } from 'react';
import { Platform } from 'react-native';
import AsyncStorage from '@react-native-async-storage/async-storage';
import { AppEventsLogger, Settings } from 'react-native-fbsdk-next';
import { getTrackingPermissionsAsync } from 'expo-tracking-transparency';

const CONSENT_KEY = 'privacy.marketingConsent';

export async function applyMarketingConsent(granted: boolean) {
  await AsyncStorage.setItem(CONSENT_KEY, granted ? 'granted' : 'denied');
  if (!granted) {
    Settings.setAutoLogAppEventsEnabled(false);
    return;
  }
  if (Platform.OS === 'ios') {
    const { granted: attGranted } = await getTrackingPermissionsAsync();
    await Settings.setAdvertiserTrackingEnabled(attGranted);
  }
  Settings.setDataProcessingOptions(['LDU']);
  Settings.initializeSDK();
}

export function useRestoredConsent() {
  useEffect(() => {
    AsyncStorage.getItem(CONSENT_KEY).then((value) => {
      if (value === 'granted') applyMarketingConsent(true);
    });
  }, []);
}

export async function logOrderPlaced(order: { id: string; total: number; currency: string; skus: string[] }) {
  if ((await AsyncStorage.getItem(CONSENT_KEY)) !== 'granted') return;
  AppEventsLogger.logPurchase(order.total, order.currency, {
    fb_content_id: JSON.stringify(order.skus),
    fb_content_type: 'product',
    fb_order_id: order.id,
  });
}
