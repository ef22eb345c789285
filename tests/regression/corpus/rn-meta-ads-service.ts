// src/services/metaAds.ts of a React Native (Expo) women's fitness app: the Facebook SDK starts at
// launch for ad attribution, and the screens log their milestones through these helpers.
import { Platform } from 'react-native';
import { AppEventsLogger, Settings } from 'react-native-fbsdk-next';
import { requestTrackingPermissionsAsync } from 'expo-tracking-transparency';

type Plan = { id: string; name: string; price: number; currency: string };
type Member = { id: string; email: string; firstName: string };

let started = false;

/** Called from App.tsx once the splash screen hides. */
export async function startMetaSdk(): Promise<void> {
  if (started) return;
  started = true;
  if (Platform.OS === 'ios') {
    const { status } = await requestTrackingPermissionsAsync();
    await Settings.setAdvertiserTrackingEnabled(status === 'granted');
  }
  Settings.initializeSDK(); // expect: meta-privacy/require-consent — the SDK starts for everyone; the ATT answer is not consent
  Settings.setAutoLogAppEventsEnabled(true); // expect: meta-privacy/require-consent — automatic events switched on with no consent check
}

export function logSignUp(member: Member, method: 'email' | 'apple' | 'google') {
  // setUserData is hashed on the device by the SDK; setUserID is sent as it is.
  AppEventsLogger.setUserData({ email: member.email, firstName: member.firstName });
  AppEventsLogger.setUserID(member.email); // expect: meta-privacy/no-raw-pii — setUserID goes to Meta raw as app_user_id
  AppEventsLogger.logEvent(AppEventsLogger.AppEvents.CompletedRegistration, {
    [AppEventsLogger.AppEventParams.RegistrationMethod]: method,
  });
}

export function logProgramStarted(programSlug: string) {
  AppEventsLogger.logEvent('ProgramStarted', { program: programSlug });
}

export function logPregnancyWeek(week: number) {
  AppEventsLogger.logEvent('PregnancyWeekLogged', { week }); // expect: meta-privacy/no-sensitive-event-data — a pregnancy event name is health data
}

export function logSubscribed(plan: Plan) {
  AppEventsLogger.logPurchase(plan.price, plan.currency, { fb_content_id: plan.id, fb_content_type: 'subscription' });
}

export function logInviteSent(friend: { name: string; phone: string }) {
  AppEventsLogger.logEvent('InviteSent', { invitee_phone: friend.phone }); // expect: meta-privacy/no-raw-pii — a friend's phone number in clear in event parameters
}

export function logSignOut() {
  AppEventsLogger.setUserID(null);
  AppEventsLogger.clearUserData();
}
