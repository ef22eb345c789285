// The data inventory's App Events and Custom Audience sites, from the shared analysis: channels,
// fields with their classification (setUserData hashed by the SDK, setUserID raw), consent and LDU.
import { describe, expect, it } from 'vitest';
import { collectSites } from '../../src/inventory/collect.js';
import { probe } from '../analysis/probe.js';

const sitesOf = (code: string) => collectSites(probe(code).analysis).map((collected) => collected.site);

describe('App Events and audience sites', () => {
  it('lists RN SDK calls with their fields, hashing, consent and the file LDU', () => {
    const sites = sitesOf(
      [
        "import { AppEventsLogger, Settings } from 'react-native-fbsdk-next';",
        "Settings.setDataProcessingOptions(['LDU'], 1, 1000);",
        "AppEventsLogger.setUserData({ email: user.email });",
        'AppEventsLogger.setUserID(user.email);',
        "if (consent.marketing) AppEventsLogger.logEvent('Rated', { fb_content_id: sku });",
      ].join('\n'),
    );
    expect(sites.map((site) => `${site.channel}:${site.command}`)).toEqual(['app-sdk:setDataProcessingOptions', 'app-sdk:setUserData', 'app-sdk:setUserID', 'app-sdk:logEvent']);
    const [, userData, userId, event] = sites;
    expect(userData!.fields[0]).toMatchObject({ key: 'user_data.email', hashedBy: 'sdk', classification: { kind: 'raw', pii: 'email' } });
    expect(userId!.fields[0]).toMatchObject({ key: 'app_user_id', hashedBy: null, classification: { kind: 'raw', pii: 'email' } });
    expect(event).toMatchObject({ eventName: 'Rated', consent: { status: 'guarded' }, ldu: { status: 'on', country: '1', state: '1000' } });
  });

  it('lists FB.AppEvents as web-sdk and the Expo config options', () => {
    const sites = sitesOf("FB.AppEvents.logPurchase(9.99, 'USD');\nexport default { plugins: [['react-native-fbsdk-next', { clientToken: 'c5078631e4065b60d7544a95abcdef12', autoLogAppEventsEnabled: true }]] };");
    expect(sites.map((site) => `${site.channel}:${site.command}:${site.eventName}`)).toEqual(['web-sdk:logPurchase:fb_mobile_purchase', 'app-sdk:config:null']);
    expect(sites[1]!.fields.map((field) => field.key)).toEqual(['autoLogAppEventsEnabled']);
  });

  it('lists an App Events API request with its ud[…] fields, custom events and LDU', () => {
    const [site] = sitesOf(
      "fetch(`https://graph.facebook.com/v19.0/${APP_ID}/activities`, { method: 'POST', body: new URLSearchParams({ event: 'CUSTOM_APP_EVENTS', 'ud[em]': user.email, custom_events: JSON.stringify([{ _eventName: 'lead', fb_currency: 'EUR' }]), data_processing_options: '[]' }) });",
    );
    expect(site).toMatchObject({ channel: 'app-events-api', command: 'request', eventName: 'lead', endpoint: 'https://graph.facebook.com/v19.0/{}/activities', ldu: { status: 'off', modes: "'[]'" } });
    expect(site!.fields.map((field) => `${field.key}:${field.data ?? ''}:${field.classification.kind}`)).toEqual(['event::safe', 'ud[em]:email:raw', 'custom_events.fb_currency::safe']);
  });

  it('lists audience uploads on their own channel, judged on their cells', () => {
    const [site] = sitesOf("audience.createUser([], { payload: { schema: ['EMAIL_SHA256'], data: members.map((m) => [m.email]) } });");
    expect(site).toMatchObject({ channel: 'audience-upload', command: 'audience', consent: { status: 'outside-consent' } });
    expect(site!.fields[0]).toMatchObject({ key: 'EMAIL_SHA256', value: 'm.email', classification: { kind: 'raw', pii: 'email' } });
  });
});
