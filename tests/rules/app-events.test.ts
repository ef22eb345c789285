// App Events in every SDK (react-native-fbsdk-next, Capacitor, Cordova, FB.AppEvents), the App
// Events API over HTTP, Expo config and Conversions API app events, rule by rule, with the correct
// twins that must stay quiet. Cases are written in the shapes found in public app code.
import noExposedAccessToken from '../../src/rules/no-exposed-access-token.js';
import noRawPii from '../../src/rules/no-raw-pii.js';
import noSensitiveEventData from '../../src/rules/no-sensitive-event-data.js';
import noUnhashedIdentifiers from '../../src/rules/no-unhashed-identifiers.js';
import requireConsent from '../../src/rules/require-consent.js';
import validDataProcessingOptions from '../../src/rules/valid-data-processing-options.js';
import { createJsRuleTester, createTsRuleTester } from '../rule-tester.js';

const ruleTester = createJsRuleTester();
const tsRuleTester = createTsRuleTester();

const RN = "import { AppEventsLogger, Settings } from 'react-native-fbsdk-next';\n";
const CAP = "import { FacebookAnalytics } from '@capgo/capacitor-facebook-analytics';\n";

/** The removal suggestion of a property: the code without it (and the comma and space that separated it). */
function removal(code: string, property: string, key: string) {
  const output = [`${property}, `, `, ${property}`, ` ${property} `, property].map((text) => code.replace(text, '')).find((text) => text !== code)!;
  return [{ messageId: 'removeProperty' as const, data: { key }, output }];
}

const RN_EMAIL = `${RN}AppEventsLogger.logEvent('AnxietyCheckInDone', { mail: user.email });`;
const RN_PURCHASE = `${RN}AppEventsLogger.logPurchase(total, 'USD', { phone: form.phone });`;
const RN_WRAPPER = `${RN}export const logCustomEvent = (eventName, parameters = {}) => AppEventsLogger.logEvent(eventName, parameters);\nlogCustomEvent('signup', { email: form.email });`;
const CAP_PARAMS = `${CAP}await FacebookAnalytics.logEvent({ event: 'lead', params: { customer_name: customer.fullName } });`;
const WEB_PROPERTIES = 'FB.AppEvents.updateUserProperties({ email: profile.email, plan: profile.plan });';
const RN_INHERITED_CONSTANT = `${RN}AppEventsLogger.logEvent('Lead', { [AppEventsLogger.AppEventParams.constructor]: user.email });`;
const API_EVENT =
  "fetch(`https://graph.facebook.com/v19.0/${APP_ID}/activities`, { method: 'POST', body: new URLSearchParams({ event: 'CUSTOM_APP_EVENTS', custom_events: JSON.stringify([{ _eventName: 'lead', email: user.email }]) }) });";

ruleTester.run('no-raw-pii (App Events)', noRawPii, {
  valid: [
    { name: 'standard parameters, valueToSum and currency', code: `${RN}AppEventsLogger.logEvent('fb_mobile_add_to_cart', 19.99, { fb_currency: 'USD', fb_content_id: sku });` },
    { name: 'logPurchase amount and currency', code: `${RN}AppEventsLogger.logPurchase(order.total, order.currency, { fb_order_id: order.id });` },
    { name: 'setUserData is hashed by the SDK', code: `${RN}AppEventsLogger.setUserData({ email: user.email, phone: user.phone });` },
    { name: 'an opaque user ID', code: `${RN}AppEventsLogger.setUserID(user.id);` },
    { name: 'Capacitor registration method', code: `${CAP}FacebookAnalytics.logEvent({ event: 'fb_mobile_complete_registration', params: { fb_registration_method: 'email' } });` },
    { name: 'Cordova page name and duration', code: "facebookConnectPlugin.logEvent('current_page', { page: currentPage, duration: seconds }, null, ok, fail);" },
    { name: 'Cordova setUserData (hashed by the native SDK)', code: "facebookConnectPlugin.setUserData({ em: user.email, ph: user.phone }, ok, fail);" },
    { name: 'web registration method constant', code: 'var params = {};\nparams[FB.AppEvents.ParameterNames.REGISTRATION_METHOD] = method;\nFB.AppEvents.logEvent(FB.AppEvents.EventNames.COMPLETED_REGISTRATION, null, params);' },
    { name: 'Firebase logEvent is not Meta', code: "import analytics from '@react-native-firebase/analytics';\nanalytics().logEvent('sign_up', { email: user.email });" },
    {
      name: 'App Events API custom event without personal data',
      code: "axios.post(`https://graph.facebook.com/${APP_ID}/activities`, new URLSearchParams({ event: 'CUSTOM_APP_EVENTS', custom_events: JSON.stringify([{ _eventName: 'fb_mobile_purchase', _valueToSum: total, fb_currency: 'EUR' }]) }));",
    },
  ],
  invalid: [
    {
      name: 'raw email in RN event parameters',
      code: RN_EMAIL,
      errors: [
        {
          messageId: 'appEventParameter',
          line: 2,
          column: 50,
          data: { key: 'mail', kind: 'an email address', call: 'AppEventsLogger.logEvent()', origin: '`user.email`' },
          suggestions: removal(RN_EMAIL, 'mail: user.email', 'mail'),
        },
      ],
    },
    { name: 'phone number in logPurchase parameters', code: RN_PURCHASE, errors: [{ messageId: 'appEventParameter', line: 2, column: 45, suggestions: removal(RN_PURCHASE, 'phone: form.phone', 'phone') }] },
    {
      name: 'an email as the user ID',
      code: `${RN}const normalizedEmail = user.email.trim().toLowerCase();\nAppEventsLogger.setUserID(normalizedEmail);`,
      errors: [{ messageId: 'appUserId', line: 3, column: 27, data: { call: 'AppEventsLogger.setUserID()', kind: 'an email address', origin: '`user.email` (line 2)' } }],
    },
    { name: 'a wrapper whose callers pass PII (reported at the caller)', code: RN_WRAPPER, errors: [{ messageId: 'appEventParameter', line: 3, column: 28, suggestions: removal(RN_WRAPPER, 'email: form.email', 'email') }] },
    { name: 'Capacitor params', code: CAP_PARAMS, errors: [{ messageId: 'appEventParameter', line: 2, column: 61, suggestions: removal(CAP_PARAMS, 'customer_name: customer.fullName', 'customer_name') }] },
    {
      name: 'an event name built from an email (Cordova)',
      code: 'facebookConnectPlugin.logEvent(`signup_${user.email}`, {}, 0, ok, fail);',
      errors: [{ messageId: 'eventName', line: 1, column: 32, data: { call: 'facebookConnectPlugin.logEvent()', kind: 'an email address', origin: '`user.email`' } }],
    },
    { name: 'web updateUserProperties with an email', code: WEB_PROPERTIES, errors: [{ messageId: 'appEventParameter', line: 1, column: 37, suggestions: removal(WEB_PROPERTIES, 'email: profile.email', 'email') }] },
    {
      name: 'a parameter constant named like a member every object inherits is no SDK constant: the key as written',
      code: RN_INHERITED_CONSTANT,
      errors: [
        {
          messageId: 'appEventParameter',
          line: 2,
          column: 36,
          data: { key: '[AppEventsLogger.AppEventParams.constructor]', kind: 'an email address', call: 'AppEventsLogger.logEvent()', origin: '`user.email`' },
          suggestions: removal(RN_INHERITED_CONSTANT, '[AppEventsLogger.AppEventParams.constructor]: user.email', '[AppEventsLogger.AppEventParams.constructor]'),
        },
      ],
    },
    { name: 'App Events API custom event parameter', code: API_EVENT, errors: [{ messageId: 'appEventParameter', line: 1, column: 191, suggestions: removal(API_EVENT, 'email: user.email', 'email') }] },
  ],
});

const TS_CONSTANT_KEY =
  "import { FacebookAnalytics, FacebookEventParameterName } from '@capgo/capacitor-facebook-analytics';\nvoid FacebookAnalytics.logEvent({ event: 'x', params: { [FacebookEventParameterName.Description]: user.email as string } });";

tsRuleTester.run('no-raw-pii (App Events, TypeScript)', noRawPii, {
  valid: [],
  invalid: [
    {
      name: 'a parameter constant key read as fb_description',
      code: TS_CONSTANT_KEY,
      errors: [{ messageId: 'appEventParameter', line: 2, column: 57, suggestions: removal(TS_CONSTANT_KEY, '[FacebookEventParameterName.Description]: user.email as string', 'fb_description') }],
    },
  ],
});

const RN_DESCRIPTION = `${RN}AppEventsLogger.logEvent('fb_mobile_content_view', { fb_content_type: 'product', fb_description: 'HIV self-test kit' });`;
const CORDOVA_KEY = "facebookConnectPlugin.logEvent('week_logged', { pregnancy_week: week }, null, ok, fail);";

ruleTester.run('no-sensitive-event-data (App Events)', noSensitiveEventData, {
  valid: [
    {
      name: 'SDK event constants, standard parameters and a visitor-typed search string',
      code: `${RN}AppEventsLogger.logEvent(AppEventsLogger.AppEvents.Purchased, { fb_search_string: query, fb_registration_method: 'email' });`,
    },
    { name: 'a neutral custom event', code: `${RN}AppEventsLogger.logEvent('BlackFridaySale');` },
    { name: 'Capacitor standard event', code: `${CAP}await FacebookAnalytics.logEvent({ event: 'fb_mobile_add_to_cart', valueToSum: 19.99, currency: 'USD', params: { fb_content_id: 'sku-123' } });` },
  ],
  invalid: [
    {
      name: 'a mental-health event name (RN)',
      code: `${RN}AppEventsLogger.logEvent('AnxietyCheckInDone', { mail: user.email });`,
      errors: [{ messageId: 'eventName', line: 2, column: 26, data: { text: "'AnxietyCheckInDone'", where: '', sink: 'AppEventsLogger.logEvent()', category: 'mental health or addiction', term: 'anxiety' } }],
    },
    { name: 'a health event name (Capacitor)', code: `${CAP}await FacebookAnalytics.logEvent({ event: 'DiabetesScreeningBooked', valueToSum: 30 });`, errors: [{ messageId: 'eventName', line: 2, column: 43 }] },
    {
      name: 'a health fb_description',
      code: RN_DESCRIPTION,
      errors: [{ messageId: 'eventData', line: 2, column: 98, suggestions: removal(RN_DESCRIPTION, "fb_description: 'HIV self-test kit'", 'fb_description') }],
    },
    { name: 'a sensitive custom parameter name (Cordova)', code: CORDOVA_KEY, errors: [{ messageId: 'parameterName', line: 1, column: 49, suggestions: removal(CORDOVA_KEY, 'pregnancy_week: week', 'pregnancy_week') }] },
    {
      name: 'a description set through FB.AppEvents.ParameterNames',
      code: "const params = {};\nparams[FB.AppEvents.ParameterNames.DESCRIPTION] = 'Depression screening';\nFB.AppEvents.logEvent('createdScreening', null, params);",
      errors: [{ messageId: 'eventData', line: 2, column: 51 }],
    },
    {
      name: 'an App Events API _eventName',
      code: "axios.post(`https://graph.facebook.com/${APP_ID}/activities`, new URLSearchParams({ event: 'CUSTOM_APP_EVENTS', custom_events: JSON.stringify([{ _eventName: 'RehabIntakeBooked', fb_currency: 'USD' }]) }));",
      errors: [{ messageId: 'eventName', line: 1, column: 158 }],
    },
  ],
});

ruleTester.run('no-unhashed-identifiers (App Events)', noUnhashedIdentifiers, {
  valid: [
    { name: 'setUserData: the SDK hashes on the device', code: `${RN}AppEventsLogger.setUserData({ email: user.email, phone: user.phone, city: user.city });` },
    {
      name: 'setUserData with Meta keys in a file that also sends server events: the SDK\'s, not a CAPI user_data payload',
      code: `${RN}AppEventsLogger.setUserData({ em: user.email, ph: user.phone });\nawait fetch(\`https://graph.facebook.com/v21.0/\${APP_ID}/activities\`, { method: 'POST', body: new URLSearchParams({ event: 'MOBILE_APP_INSTALL' }) });`,
    },
    {
      name: 'App Events API ud[…] hashed with SHA-256 after normalization',
      code: "import crypto from 'crypto';\nconst hash = (v) => crypto.createHash('sha256').update(v.toLowerCase().trim()).digest('hex');\nconst params = new URLSearchParams({ event: 'CUSTOM_APP_EVENTS' });\nif (user.email) params.append('ud[em]', hash(user.email));\naxios.post(`https://graph.facebook.com/${APP_ID}/activities`, params.toString());",
    },
  ],
  invalid: [
    {
      name: 'the issue example: ud[em] in clear',
      code: "await fetch(`https://graph.facebook.com/v19.0/${APP_ID}/activities`, {\n  method: 'POST',\n  body: new URLSearchParams({ event: 'CUSTOM_APP_EVENTS', 'ud[em]': user.email }),\n});",
      errors: [{ messageId: 'unhashed', line: 3, column: 69, data: { key: 'em', kind: 'an email address', origin: '`user.email`' } }],
    },
    {
      name: 'ud[ph] hashed with MD5 through append()',
      code: "const params = new URLSearchParams({ event: 'CUSTOM_APP_EVENTS' });\nparams.append('ud[ph]', md5(user.phone));\naxios.post(`https://graph.facebook.com/${APP_ID}/activities`, params);",
      errors: [{ messageId: 'wrongAlgorithm', line: 2, column: 25 }],
    },
    {
      name: 'a raw email in the query string',
      code: "fetch(`https://graph.facebook.com/${APP_ID}/activities?event=CUSTOM_APP_EVENTS&ud[em]=${encodeURIComponent(user.email)}`, { method: 'POST' });",
      errors: [{ messageId: 'unhashed', line: 1, column: 89 }],
    },
  ],
});

const RN_BOOT_OK = [
  "import { Settings } from 'react-native-fbsdk-next';",
  "import { requestTrackingPermissionsAsync } from 'expo-tracking-transparency';",
  'export async function boot(consent) {',
  '  const { status } = await requestTrackingPermissionsAsync();',
  "  if (status === 'granted') await Settings.setAdvertiserTrackingEnabled(true);",
  '  if (!consent.marketing) return;',
  '  Settings.initializeSDK();',
  '  Settings.setAutoLogAppEventsEnabled(true);',
  '}',
].join('\n');

ruleTester.run('require-consent (App Events)', requireConsent, {
  valid: [
    { name: 'ATT-derived flag, SDK started and auto-logging switched on after consent', code: RN_BOOT_OK },
    { name: 'flags switched off, and a flag computed from the ATT answer', code: `${RN}Settings.setAutoLogAppEventsEnabled(false);\nSettings.setAdvertiserTrackingEnabled(trackingAuthorized);` },
    { name: 'the ATT answer tested with &&', code: `${RN}async function att(consent) {\n  const { status } = await requestTrackingPermissionsAsync();\n  status === 'granted' && (await Settings.setAdvertiserTrackingEnabled(true));\n}` },
    { name: 'the flag switched on under the app\'s stored ATT answer', code: `${RN}const adTrackingEnabled = analytics.adTrackingEnabled.get();\nif (adTrackingEnabled) Settings.setAdvertiserTrackingEnabled(true);` },
    { name: 'events logged under a consent check', code: `${RN}export function track(name, params) {\n  if (!hasMarketingConsent()) return;\n  AppEventsLogger.logEvent(name, params);\n}` },
    { name: 'Cordova activateApp under a consent check', code: 'if (prefs.consent) facebookConnectPlugin.activateApp();' },
    { name: 'Expo config with the switches off (Meta\'s GDPR recipe)', code: "export default { expo: { plugins: [['react-native-fbsdk-next', { appID: '1', autoLogAppEventsEnabled: false, isAutoInitEnabled: false, advertiserIDCollectionEnabled: false }]] } };" },
    { name: 'App Events API send after consent, forwarding the app\'s ATT value', code: "export async function send(req) {\n  if (!req.body.marketingConsent) return;\n  await axios.post(`https://graph.facebook.com/${APP_ID}/activities`, new URLSearchParams({ event: 'CUSTOM_APP_EVENTS', advertiser_tracking_enabled: req.body.ate ? '1' : '0' }));\n}" },
    { name: 'CAPI app event forwarding the device value', code: "const event = { event_name: 'Purchase', action_source: 'app', app_data: { advertiser_tracking_enabled: device.ate, extinfo } };" },
    { name: 'FB.AppEvents on the web: left to the JavaScript SDK\'s consent', code: "function logFbCreatedPresentationEvent(name) {\n  FB.AppEvents.logEvent('createdPresentation', null, { fb_description: name });\n}" },
    { name: 'clearing the user on sign-out sends nothing', code: `${RN}export function signOut() {\n  AppEventsLogger.setUserID(null);\n  AppEventsLogger.setUserData({});\n}` },
    { name: 'audience uploads are outside consent', code: "await audience.createUser([], { payload: { schema: ['EMAIL_SHA256'], data: rows } });" },
    { name: 'checkAppEvents off', code: `${RN}export const logCustomEvent = (eventName, parameters = {}) => AppEventsLogger.logEvent(eventName, parameters);`, options: [{ checkTrackCalls: false, checkAppEvents: false }] },
  ],
  invalid: [
    {
      name: 'the issue example: hard-coded ATT flag, SDK started and an event logged with no consent check',
      code: `${RN}Settings.setAdvertiserTrackingEnabled(true);\nSettings.initializeSDK();\nAppEventsLogger.logEvent('AnxietyCheckInDone', { mail: user.email });`,
      errors: [
        { messageId: 'constantTrackingFlag', line: 2, column: 39, data: { where: 'Settings.setAdvertiserTrackingEnabled()' } },
        { messageId: 'unguardedAppStart', line: 3, column: 1, data: { call: 'Settings.initializeSDK()' } },
      ],
    },
    {
      name: 'the README pattern: only the ATT flag is gated, the SDK starts for everyone',
      code: `${RN}const req = async () => {\n  const { status } = await requestTrackingPermissionsAsync();\n  Settings.initializeSDK();\n  status === 'granted' && await Settings.setAdvertiserTrackingEnabled(true);\n};`,
      errors: [{ messageId: 'unguardedAppStart', line: 4, column: 3 }],
    },
    {
      name: 'advertising ID collection switched on before consent',
      code: `${RN}Settings.setAdvertiserIDCollectionEnabled(true);`,
      errors: [{ messageId: 'unguardedAppSwitch', line: 2, column: 1, data: { call: 'Settings.setAdvertiserIDCollectionEnabled()', what: 'advertising ID collection' } }],
    },
    {
      name: 'Expo config switches on',
      code: "export default { expo: { plugins: [['react-native-fbsdk-next', { appID: '1', autoLogAppEventsEnabled: true, isAutoInitEnabled: true }]] } };",
      errors: [
        { messageId: 'configSwitchOn', line: 1, column: 78, data: { key: 'autoLogAppEventsEnabled', what: 'log automatic events' } },
        { messageId: 'configSwitchOn', line: 1, column: 109, data: { key: 'isAutoInitEnabled', what: 'start' } },
      ],
    },
    {
      name: 'App Events API: hard-coded flag, no consent check',
      code: "const params = new URLSearchParams({ event: 'CUSTOM_APP_EVENTS', advertiser_tracking_enabled: '1' });\nawait axios.post(`https://graph.facebook.com/${APP_ID}/activities`, params.toString());",
      errors: [
        { messageId: 'constantTrackingFlag', line: 1, column: 95, data: { where: '`advertiser_tracking_enabled`' } },
        { messageId: 'unguardedAppEventsApi', line: 2, column: 7, data: { call: 'axios.post()' } },
      ],
    },
    {
      name: 'Conversions API app event with a constant flag',
      code: "const event = { event_name: 'Purchase', action_source: 'app', user_data: { madid }, app_data: { advertiser_tracking_enabled: 1, extinfo } };",
      errors: [{ messageId: 'constantTrackingFlag', line: 1, column: 126, data: { where: '`app_data.advertiser_tracking_enabled`' } }],
    },
    {
      name: 'Node SDK AppData with a constant flag',
      code: "import { AppData } from 'facebook-nodejs-business-sdk';\nconst appData = new AppData().setAdvertiserTrackingEnabled(true);",
      errors: [{ messageId: 'constantTrackingFlag', line: 2, column: 60 }],
    },
    {
      name: 'Capacitor: tracking enabled unconditionally and App Events started without consent',
      code: `${CAP}await FacebookAnalytics.enableAdvertiserTracking();\nawait FacebookAnalytics.initAppEvents();`,
      errors: [
        { messageId: 'constantTrackingFlag', line: 2, column: 7 },
        { messageId: 'unguardedAppStart', line: 3, column: 7 },
      ],
    },
    {
      name: 'a condition that is not the ATT answer',
      code: `${RN}if (attachment.ready) Settings.setAdvertiserTrackingEnabled(true);`,
      errors: [{ messageId: 'constantTrackingFlag', line: 2, column: 61 }],
    },
    { name: 'Cordova event with no consent check', code: "facebookConnectPlugin.logEvent('x', {}, null, ok, fail);", errors: [{ messageId: 'unguardedAppEvent', line: 1, column: 1 }] },
    {
      name: 'a wrapper file (no SDK start in it) sending events and user data with no consent check',
      code: `${RN}export const logCustomEvent = (eventName, parameters = {}) => AppEventsLogger.logEvent(eventName, parameters);\nexport const identify = (user) => AppEventsLogger.setUserData({ email: user.email });`,
      errors: [
        { messageId: 'unguardedAppEvent', line: 2, column: 63, data: { call: 'AppEventsLogger.logEvent()' } },
        { messageId: 'unguardedAppEvent', line: 3, column: 35, data: { call: 'AppEventsLogger.setUserData()' } },
      ],
    },
  ],
});

ruleTester.run('valid-data-processing-options (App Events)', validDataProcessingOptions, {
  valid: [
    { name: "RN: ['LDU'] alone lets Meta geolocate (missing numbers become 0)", code: `${RN}Settings.setDataProcessingOptions(['LDU']);\nSettings.setDataProcessingOptions(['LDU'], 1);` },
    { name: 'RN: California, and LDU off', code: `${RN}Settings.setDataProcessingOptions(['LDU'], 1, 1000);\nSettings.setDataProcessingOptions([]);` },
    { name: 'Cordova: LDU with geolocation', code: "facebookConnectPlugin.setDataProcessingOptions(['LDU'], 0, 0, ok, fail);" },
    {
      name: 'App Events API: JSON modes with country and state',
      code: "axios.post(`https://graph.facebook.com/${APP_ID}/activities`, new URLSearchParams({ event: 'CUSTOM_APP_EVENTS', data_processing_options: '[\"LDU\"]', data_processing_options_country: '1', data_processing_options_state: '1000' }));",
    },
    { name: 'App Events API: LDU off', code: "axios.post(`https://graph.facebook.com/${APP_ID}/activities`, new URLSearchParams({ data_processing_options: '[]' }));" },
  ],
  invalid: [
    { name: 'RN: a misspelled mode', code: `${RN}Settings.setDataProcessingOptions(['ldu'], 1, 1000);`, errors: [{ messageId: 'invalidMode', line: 2, column: 36 }] },
    {
      name: 'RN: country and state written as names',
      code: `${RN}Settings.setDataProcessingOptions(['LDU'], 'US', 'CA');`,
      errors: [
        { messageId: 'invalidCountry', line: 2, column: 44, data: { value: "'US'", hint: ' The United States is 1.' } },
        { messageId: 'invalidState', line: 2, column: 50, data: { value: "'CA'", hint: ' California is 1000.' } },
      ],
    },
    { name: 'RN: modes not a list', code: `${RN}Settings.setDataProcessingOptions('LDU');`, errors: [{ messageId: 'notArray', line: 2, column: 35 }] },
    { name: 'Cordova: LDU with a country and no state', code: "facebookConnectPlugin.setDataProcessingOptions(['LDU'], 1, undefined, ok, fail);", errors: [{ messageId: 'missingState', line: 1, column: 57 }] },
    {
      name: 'App Events API: LDU without a country',
      code: "axios.post(`https://graph.facebook.com/${APP_ID}/activities`, new URLSearchParams({ event: 'CUSTOM_APP_EVENTS', data_processing_options: JSON.stringify(['LDU']) }));",
      errors: [{ messageId: 'lduWithoutCountry', line: 1, column: 138, data: { where: 'This App Events API request' } }],
    },
    {
      name: 'App Events API: a country name',
      code: "axios.post(`https://graph.facebook.com/${APP_ID}/activities`, new URLSearchParams({ data_processing_options: '[\"LDU\"]', data_processing_options_country: 'US', data_processing_options_state: '0' }));",
      errors: [{ messageId: 'invalidCountry', line: 1, column: 154 }],
    },
  ],
});

ruleTester.run('no-exposed-access-token (apps)', noExposedAccessToken, {
  valid: [
    {
      name: 'the client token is public by design (setter, client access token, Graph call with it)',
      code: `${RN}Settings.setClientToken('c5078631e4065b60d7544a95abcdef12');\nconst clientAccessToken = '1234567890123456|c5078631e4065b60d7544a95abcdef12';\nfetch(\`https://graph.facebook.com/me?access_token=\${clientAccessToken}\`);`,
    },
    { name: 'the client token in the Expo config', code: "export default { expo: { plugins: [['react-native-fbsdk-next', { appID: '1234567890123456', clientToken: 'c5078631e4065b60d7544a95abcdef12' }]] } };" },
    { name: 'bundled values that are not credentials', code: `${RN}import { FB_CLIENT_TOKEN, API_URL } from '@env';\nimport Config from 'react-native-config';\nconst url = Config.API_URL;` },
  ],
  invalid: [
    {
      name: 'an app secret and an app access token hard-coded in app code',
      code: `${RN}const appToken = '1234567890123456|e9c2b0f3a1d4c5b6a7f8e9d0c1b2a3f4';\nconst APP_SECRET = 'e9c2b0f3a1d4c5b6a7f8e9d0c1b2a3f4';`,
      errors: [
        { messageId: 'hardCodedToken', line: 2, column: 18, data: { what: 'app access token' } },
        { messageId: 'hardCodedToken', line: 3, column: 20, data: { what: 'app secret' } },
      ],
    },
    {
      name: 'credentials compiled into the bundle by react-native-dotenv and react-native-config',
      code: `${RN}import { FB_APP_SECRET } from '@env';\nimport Config from 'react-native-config';\nconst token = Config.META_ACCESS_TOKEN;`,
      errors: [
        { messageId: 'bundledSecret', line: 2, column: 10, data: { name: 'FB_APP_SECRET', module: '@env', what: 'app secret' } },
        { messageId: 'bundledSecret', line: 4, column: 15, data: { name: 'META_ACCESS_TOKEN', module: 'react-native-config', what: 'access token' } },
      ],
    },
    {
      name: 'an app secret in an EXPO_PUBLIC_ variable',
      code: 'const secret = process.env.EXPO_PUBLIC_FACEBOOK_APP_SECRET;',
      errors: [{ messageId: 'clientExposedToken', line: 1, column: 16 }],
    },
  ],
});
