// App Events in every SDK (react-native-fbsdk-next, Capacitor, Cordova, FB.AppEvents), the App
// Events API over HTTP, Expo config and Conversions API app events, rule by rule, with the correct
// twins that must stay quiet. Cases are written in the shapes found in public app code.
import noRawPii from '../../src/rules/no-raw-pii.js';
import noSensitiveEventData from '../../src/rules/no-sensitive-event-data.js';
import noUnhashedIdentifiers from '../../src/rules/no-unhashed-identifiers.js';
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
