import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { STANDARD_EVENTS } from '../../src/analysis/catalog/pixel.js';
import rule from '../../src/rules/no-sensitive-event-data.js';
import type { Options } from '../../src/rules/no-sensitive-event-data.js';
import { createJsRuleTester, createTsRuleTester } from '../rule-tester.js';

const defaults: Options[0] = { allow: [] };
const withOptions = (options: Partial<Options[0]>): Options => [{ ...defaults, ...options }];

type Hit = { text: string; term: string; category: string; sink?: string; where?: string };

/** An `eventName` error with its full message data. */
const nameError = (line: number, column: number, hit: Hit) => ({
  messageId: 'eventName' as const,
  line,
  column,
  data: { key: '', text: `'${hit.text}'`, term: hit.term, category: hit.category, sink: hit.sink ?? "fbq('trackCustom')", where: hit.where ?? '' },
});

/** An `eventData` error with its full message data, and the removal suggestion when `output` is given. */
const dataError = (line: number, column: number, hit: Hit & { key: string }, output?: string) => ({
  messageId: 'eventData' as const,
  line,
  column,
  data: { key: hit.key, text: `'${hit.text}'`, term: hit.term, category: hit.category, sink: hit.sink ?? "fbq('track')", where: hit.where ?? '' },
  ...(output === undefined ? {} : { suggestions: [{ messageId: 'removeProperty' as const, data: { key: hit.key }, output }] }),
});

/** A `parameterName` error with its full message data. */
const keyError = (line: number, column: number, hit: { key: string; term: string; category: string; sink?: string }) => ({
  messageId: 'parameterName' as const,
  line,
  column,
  data: { key: hit.key, term: hit.term, category: hit.category, sink: hit.sink ?? "fbq('track')" },
});

const SDK = "import { ServerEvent, CustomData, Content } from 'facebook-nodejs-business-sdk';\n";
const REACT_PIXEL = "import ReactPixel from 'react-facebook-pixel';\n";

/** Ordinary words the lexicon must leave alone, as custom event names. */
const LOOK_ALIKES = [
  'BlackTieGalaTickets',
  'TransferCompleted',
  'PrepCourseViewed',
  'TestRideBooked',
  'yoga-mats',
  'UnionStationTickets',
  'RaceEntryPaid',
  'BlackFridaySale',
  'CreditUnionMembership',
  'LoanCalculatorViewed',
  'HomeRehabQuoteRequested',
];

createJsRuleTester().run('no-sensitive-event-data', rule, {
  valid: [
    ...LOOK_ALIKES.map((name) => ({ name: `look-alike custom event ${name}`, code: `fbq('trackCustom', '${name}');` })),
    ...[...STANDARD_EVENTS].map((name) => ({ name: `standard event ${name}`, code: `fbq('track', '${name}', { value: 1, currency: 'EUR' });` })),
    {
      name: 'a BMI calculator page and a car diagnosis named in event names and values',
      code: "fbq('trackCustom', 'BmiCalculatorUsed', { content_name: 'Calculadora de IMC', servico: 'diagnóstico' });",
    },
    {
      name: 'look-alike descriptive values',
      code: "fbq('track', 'ViewContent', { content_name: 'Black tie gala', content_category: 'yoga-mats', race_distance: '10k' });",
    },
    {
      name: 'an imported constant is not resolved',
      code: "import { EVENTS } from './events.js';\nfbq('trackCustom', EVENTS.rehab);",
    },
    {
      name: 'a dynamic search_string is the visitor\'s own text',
      code: "fbq('track', 'Search', { search_string: `${query} diabetes` });",
    },
    {
      name: 'standard non-descriptive keys are not read as text',
      code: "fbq('track', 'Purchase', { content_ids: ['hiv-test-kit'], content_type: 'product', value: 20, currency: 'USD' });",
    },
    {
      name: 'a function that is not the pixel',
      code: "function track(name) { console.log(name); }\ntrack('CancerSupportSignup');",
    },
    {
      name: 'a locally declared fbq is not the pixel',
      code: "const fbq = (...args) => args;\nfbq('trackCustom', 'CancerSupportSignup');",
    },
    {
      name: 'an app object that is not a server event',
      code: "const state = { event_name: 'CancerSupportSignup', attendees: 3 };",
    },
    {
      name: 'init and consent commands carry no event name',
      code: "fbq('init', '123');\nfbq('consent', 'grant');",
    },
    {
      name: 'option categories turns a category off',
      code: "fbq('trackCustom', 'ChurchDonationMade');",
      options: withOptions({ categories: { religion: false } }),
    },
    {
      name: 'option allow takes a whole event name',
      code: "fbq('trackCustom', 'TherapySessionBooked');",
      options: withOptions({ allow: ['TherapySessionBooked'] }),
    },
    {
      name: 'option allow takes a term',
      code: "fbq('track', 'Lead', { content_category: 'physical therapy' });",
      options: withOptions({ allow: ['physical therapy'] }),
    },
    {
      name: 'setting allowEventNames is shared with the inventory',
      code: "fbq('trackCustom', 'AnxietyQuizStarted');",
      settings: { 'meta-privacy': { allowEventNames: ['AnxietyQuizStarted'] } },
    },
    {
      name: 'image pixel with a neutral event name',
      code: "const img = 'https://www.facebook.com/tr?id=1&ev=PrepCourseViewed&cd[content_name]=Race%20entry&noscript=1';",
    },
    {
      name: 'other languages: appointments, plates, detox and bone-health products are not sensitive',
      code: [
        "fbq('trackCustom', 'AgendarConsulta', { content_name: 'Consulta de Placa' });",
        "fbq('trackCustom', 'Terminbuchung');",
        "fbq('track', 'ViewContent', { content_name: 'Protocolo Detox 21 Dias', content_category: 'Saúde' });",
        "fbq('track', 'InitiateCheckout', { content_name: 'Protocolo Anti-Células', content_category: 'Saúde Óssea' });",
        "fbq('track', 'ViewContent', { content_name: 'Enceinte Bluetooth', content_category: 'Audio' });",
      ].join('\n'),
    },
    {
      name: 'a CAPI consultation with a dynamic specialty and a neutral fallback',
      code: [
        'const payload = { data: [{',
        "  event_name: 'AgendarConsulta',",
        "  action_source: 'website',",
        '  user_data: { em: hashedEmail },',
        "  custom_data: { content_name: ctx.especialidade || 'Consulta médica', content_category: 'Saúde' },",
        '}] };',
      ].join('\n'),
    },
    {
      name: 'due dates of invoices and payments, and shipping estimates',
      code: "fbq('track', 'Purchase', { invoice_due_date: invoice.dueDate, payment_due_date: date, expected_delivery_date: eta, value: 10, currency: 'EUR' });",
    },
    {
      name: 'contents items with ids, quantities, prices and a brand',
      code: "fbq('track', 'Purchase', { contents: [{ id: 'hiv-test-kit', quantity: 1, item_price: 20, brand: 'Ozempic Pharma' }], value: 20, currency: 'USD' });",
    },
    {
      name: 'an App Events API event whose name comes from a spread',
      code: "fetch(`https://graph.facebook.com/v19.0/${APP_ID}/activities`, { method: 'POST', body: new URLSearchParams({ event: 'CUSTOM_APP_EVENTS', custom_events: JSON.stringify([{ ...baseEvent(), fb_currency: 'EUR' }]) }) });",
    },
    {
      name: 'SDK user data, IDs and values are not descriptive text',
      code: "import { UserData, CustomData, EventRequest } from 'facebook-nodejs-business-sdk';\nconst userData = new UserData().setEmail(user.email).setCity('Lourdes');\nconst customData = new CustomData().setContentIds(['hiv-self-test-kit']).setValue(20);\nawait new EventRequest(token, pixelId).setEvents(events).execute();",
    },
    {
      name: 'SDK setters with neutral text',
      code: `${SDK}new ServerEvent().setEventName('TestRideBooked');\nnew CustomData().setContentName('Union Station tour').setSearchString(query);\nnew Content().setTitle('Yoga mat');`,
    },
  ],
  invalid: [
    {
      name: 'custom event name literal',
      code: "fbq('trackCustom', 'HepatitisScreeningBooked');",
      errors: [nameError(1, 20, { text: 'HepatitisScreeningBooked', term: 'hepatitis', category: 'health' })],
    },
    {
      name: 'custom name through track, window.fbq and kebab case',
      code: "window.fbq('track', 'asthma-inhaler-refill');",
      errors: [nameError(1, 21, { text: 'asthma-inhaler-refill', term: 'asthma', category: 'health', sink: "window.fbq('track')" })],
    },
    {
      name: 'snake case name',
      code: "fbq('trackCustom', 'cancer_support_signup');",
      errors: [nameError(1, 20, { text: 'cancer_support_signup', term: 'cancer', category: 'health' })],
    },
    {
      name: 'trackSingleCustom names its event in the third argument',
      code: "fbq('trackSingleCustom', '1234', 'AnxietyQuizStarted');",
      errors: [nameError(1, 34, { text: 'AnxietyQuizStarted', term: 'anxiety', category: 'mental health or addiction', sink: "fbq('trackSingleCustom')" })],
    },
    {
      name: 'trackSingle',
      code: "fbq('trackSingle', '1234', 'EggFreezingConsultBooked');",
      errors: [nameError(1, 28, { text: 'EggFreezingConsultBooked', term: 'egg freezing', category: 'reproductive health', sink: "fbq('trackSingle')" })],
    },
    {
      name: 'constant object resolved, reported at the sink with the definition line',
      code: "const EVENTS = { rehab: 'RehabIntake', lead: 'Lead' };\n\nfbq('trackCustom', EVENTS.rehab);\nfbq('track', EVENTS.lead);",
      errors: [{ ...nameError(3, 20, { text: 'RehabIntake', term: 'rehab', category: 'mental health or addiction', where: ' (defined on line 1)' }), endColumn: 32 }],
    },
    {
      name: 'constant variable',
      code: "const NAME = 'GayDatingSignup';\nfbq('trackCustom', NAME);",
      errors: [nameError(2, 20, { text: 'GayDatingSignup', term: 'gay', category: 'sexual orientation or gender identity', where: ' (defined on line 1)' })],
    },
    {
      name: 'template literal with static parts',
      code: 'fbq(\'trackCustom\', `${brand}_ClinicalTrialSignup`);',
      errors: [nameError(1, 20, { text: '…_ClinicalTrialSignup', term: 'clinical trial', category: 'health' })],
    },
    {
      name: 'template literal assembled from constants',
      code: "const AREA = 'Oncology';\nconst STEP = 'Intake';\nfbq('trackCustom', `${AREA}${STEP}`);",
      errors: [nameError(3, 20, { text: 'OncologyIntake', term: 'oncology', category: 'health', where: ' (defined on line 1)' })],
    },
    {
      name: 'concatenation',
      code: "fbq('trackCustom', 'Debt' + 'ReliefQuote');",
      errors: [nameError(1, 20, { text: 'DebtReliefQuote', term: 'debt', category: 'financial hardship or credit' })],
    },
    {
      name: 'either branch of a conditional',
      code: "fbq('trackCustom', enrolled ? 'TrialEnrolled' : 'BankruptcyConsultBooked');",
      errors: [nameError(1, 20, { text: 'BankruptcyConsultBooked', term: 'bankruptcy', category: 'financial hardship or credit' })],
    },
    {
      name: 'a local helper reported at each caller',
      code: "function event(name, options) {\n  window.fbq('track', name, options);\n}\nevent('HIVTestBooked');\nevent('Purchase', { value: 1 });\nevent('DepressionScreening');",
      errors: [
        nameError(4, 7, { text: 'HIVTestBooked', term: 'hiv', category: 'health', sink: "window.fbq('track')" }),
        nameError(6, 7, { text: 'DepressionScreening', term: 'depression', category: 'mental health or addiction', sink: "window.fbq('track')" }),
      ],
    },
    {
      name: 'react-facebook-pixel',
      code: `${REACT_PIXEL}ReactPixel.trackCustom('PregnancyTestPurchased', { value: 5 });`,
      errors: [nameError(2, 24, { text: 'PregnancyTestPurchased', term: 'pregnancy', category: 'reproductive health', sink: 'ReactPixel.trackCustom()' })],
    },
    {
      name: 'react-facebook-pixel trackSingleCustom',
      code: `${REACT_PIXEL}ReactPixel.trackSingleCustom('1234', 'VoterRegistration');`,
      errors: [nameError(2, 38, { text: 'VoterRegistration', term: 'voter', category: 'political opinions or trade-union membership', sink: 'ReactPixel.trackSingleCustom()' })],
    },
    {
      name: 'a wrapper named in settings',
      code: "import analytics from '@acme/analytics';\nanalytics.track('CriminalRecordCheck');",
      settings: { 'meta-privacy': { pixelWrappers: [{ name: 'analytics.track', command: 'trackCustom', module: '@acme/analytics' }] } },
      errors: [nameError(2, 17, { text: 'CriminalRecordCheck', term: 'criminal record', category: 'criminal record', sink: 'analytics.track()' })],
    },
    {
      name: 'content_name and content_category',
      code: "fbq('track', 'Lead', { content_name: 'UC Study Lead', content_category: 'clinical_trial', value: 0 });",
      errors: [
        dataError(1, 38, { key: 'content_name', text: 'UC Study Lead', term: 'uc study', category: 'health' }, "fbq('track', 'Lead', { content_category: 'clinical_trial', value: 0 });"),
        dataError(1, 73, { key: 'content_category', text: 'clinical_trial', term: 'clinical trial', category: 'health' }, "fbq('track', 'Lead', { content_name: 'UC Study Lead', value: 0 });"),
      ],
    },
    {
      name: 'a static search_string',
      code: "fbq('track', 'Search', { search_string: 'payday loan' });",
      errors: [dataError(1, 41, { key: 'search_string', text: 'payday loan', term: 'payday loan', category: 'financial hardship or credit' }, "fbq('track', 'Search', {});")],
    },
    {
      name: 'a custom parameter key, and a custom static value',
      code: "fbq('trackCustom', 'QuizDone', { hiv_status: flag, topic: 'Bipolar disorder' });",
      errors: [
        {
          messageId: 'parameterName',
          line: 1,
          column: 34,
          data: { key: 'hiv_status', term: 'hiv', category: 'health', sink: "fbq('trackCustom')" },
          suggestions: [{ messageId: 'removeProperty', data: { key: 'hiv_status' }, output: "fbq('trackCustom', 'QuizDone', { topic: 'Bipolar disorder' });" }],
        },
        dataError(
          1,
          59,
          { key: 'topic', text: 'Bipolar disorder', term: 'bipolar', category: 'mental health or addiction', sink: "fbq('trackCustom')" },
          "fbq('trackCustom', 'QuizDone', { hiv_status: flag });",
        ),
      ],
    },
    {
      name: 'a sensitive key is reported once, not again for its value',
      code: "fbq('track', 'Lead', { diagnosis: 'Diabetes' });",
      options: withOptions({ additionalTerms: { health: ['diagnosis'] } }),
      errors: [
        {
          messageId: 'parameterName',
          line: 1,
          column: 24,
          data: { key: 'diagnosis', term: 'diagnosis', category: 'health', sink: "fbq('track')" },
          suggestions: [{ messageId: 'removeProperty', data: { key: 'diagnosis' }, output: "fbq('track', 'Lead', {});" }],
        },
      ],
    },
    {
      name: 'one parameters object sent by two pixel calls: its sensitive key reported once',
      code: "const params = { diagnosis: 'Diabetes' };\nfbq('trackCustom', 'QuizDone', params);\nfbq('trackSingleCustom', PARTNER_PIXEL, 'QuizDone', params);",
      options: withOptions({ additionalTerms: { health: ['diagnosis'] } }),
      errors: [{ ...keyError(1, 18, { key: 'diagnosis', term: 'diagnosis', category: 'health', sink: "fbq('trackCustom')" }), suggestions: [{ messageId: 'removeProperty', data: { key: 'diagnosis' }, output: "const params = {};\nfbq('trackCustom', 'QuizDone', params);\nfbq('trackSingleCustom', PARTNER_PIXEL, 'QuizDone', params);" }] }],
    },
    {
      name: 'one event name a helper sends to two pixels: one report, at the caller',
      code: "function trackBoth(name) {\n  fbq('trackCustom', name);\n  fbq('trackSingleCustom', PARTNER_PIXEL, name);\n}\ntrackBoth('RehabIntake');",
      errors: [nameError(5, 11, { text: 'RehabIntake', term: 'rehab', category: 'mental health or addiction' })],
    },
    {
      name: 'a pixel call and its noscript image in one component: both reported',
      code: "export const Pixel = () => {\n  useEffect(() => fbq('trackCustom', 'RehabIntake'), []);\n  return <noscript><img src=\"https://www.facebook.com/tr?id=1&ev=RehabIntake&noscript=1\" /></noscript>;\n};",
      errors: [nameError(2, 38, { text: 'RehabIntake', term: 'rehab', category: 'mental health or addiction' }), nameError(3, 29, { text: 'RehabIntake', term: 'rehab', category: 'mental health or addiction', sink: 'an image-pixel URL' })],
    },
    {
      name: 'a constant defined below the function that sends it',
      code: "export function onQuizDone() {\n  fbq('trackCustom', QUIZ_EVENT);\n}\nconst QUIZ_EVENT = 'OncologyQuizDone';",
      errors: [nameError(2, 22, { text: 'OncologyQuizDone', term: 'oncology', category: 'health', where: ' (defined on line 4)' })],
    },
    {
      name: 'an event name from two constants: the line of the one with the term',
      code: "const STEP = 'Intake';\nconst AREA = 'Oncology';\nfbq('trackCustom', `${STEP}${AREA}`);",
      errors: [nameError(3, 20, { text: 'IntakeOncology', term: 'oncology', category: 'health', where: ' (defined on line 2)' })],
    },
    {
      name: 'a CAPI event whose event_name is not its first key',
      code: "const event = { action_source: 'website', event_time: now, event_name: 'CancerSupportSignup', user_data: { em: hashedEmail } };",
      errors: [nameError(1, 72, { text: 'CancerSupportSignup', term: 'cancer', category: 'health', sink: 'a Conversions API event' })],
    },
    {
      name: 'web App Events user properties',
      code: 'FB.AppEvents.updateUserProperties({ plan: profile.plan, pregnancy_week: profile.week });',
      errors: [{ ...keyError(1, 57, { key: 'pregnancy_week', term: 'pregnancy', category: 'reproductive health', sink: 'FB.AppEvents.updateUserProperties()' }), suggestions: [{ messageId: 'removeProperty', data: { key: 'pregnancy_week' }, output: 'FB.AppEvents.updateUserProperties({ plan: profile.plan });' }] }],
    },
    {
      name: 'parameters through a variable',
      code: "const params = { content_category: 'Sexual health' };\nfbq('track', 'ViewContent', params);",
      errors: [
        dataError(1, 36, { key: 'content_category', text: 'Sexual health', term: 'sexual health', category: 'health' }, "const params = {};\nfbq('track', 'ViewContent', params);"),
      ],
    },
    {
      name: 'CAPI event_name and custom_data',
      code: [
        'const event = {',
        "  event_name: 'CancerSupportSignup',",
        "  action_source: 'website',",
        '  user_data: { em: hashedEmail },',
        "  custom_data: { content_name: 'Ozempic refill', value: 0 },",
        '};',
      ].join('\n'),
      errors: [
        nameError(2, 15, { text: 'CancerSupportSignup', term: 'cancer', category: 'health', sink: 'a Conversions API event' }),
        dataError(
          5,
          32,
          { key: 'content_name', text: 'Ozempic refill', term: 'ozempic', category: 'health', sink: 'Conversions API custom_data' },
          "const event = {\n  event_name: 'CancerSupportSignup',\n  action_source: 'website',\n  user_data: { em: hashedEmail },\n  custom_data: { value: 0 },\n};",
        ),
      ],
    },
    {
      name: 'CAPI request body with an event_name built by a helper',
      code: [
        'function serverEvent(name) {',
        "  return { event_name: name, event_time: now(), action_source: 'website', user_data: { fbp } };",
        '}',
        "fetch('https://graph.facebook.com/v19.0/123/events', { method: 'POST', body: JSON.stringify({ data: [serverEvent('IVFConsultBooked')] }) });",
      ].join('\n'),
      errors: [nameError(4, 114, { text: 'IVFConsultBooked', term: 'ivf', category: 'reproductive health', sink: 'a Conversions API event' })],
    },
    {
      name: 'SDK ServerEvent.setEventName',
      code: `${SDK}const event = new ServerEvent().setEventName('TransgenderCareBooked').setEventTime(now);`,
      errors: [nameError(2, 46, { text: 'TransgenderCareBooked', term: 'transgender', category: 'sexual orientation or gender identity', sink: 'ServerEvent.setEventName()' })],
    },
    {
      name: 'SDK CustomData and Content setters',
      code: [
        SDK.trimEnd(),
        "const data = new CustomData().setContentName('Insulin pump').setContentCategory('Weight loss medication').setSearchString('rehab near me');",
        "const item = new Content().setTitle('Pregnancy test').setCategory('Fertility').setDescription('HIV self test');",
      ].join('\n'),
      errors: [
        dataError(2, 46, { key: 'content_name', text: 'Insulin pump', term: 'insulin', category: 'health', sink: 'CustomData.setContentName()' }),
        dataError(2, 81, { key: 'content_category', text: 'Weight loss medication', term: 'weight loss medication', category: 'health', sink: 'CustomData.setContentCategory()' }),
        dataError(2, 123, { key: 'search_string', text: 'rehab near me', term: 'rehab', category: 'mental health or addiction', sink: 'CustomData.setSearchString()' }),
        dataError(3, 37, { key: 'title', text: 'Pregnancy test', term: 'pregnancy', category: 'reproductive health', sink: 'Content.setTitle()' }),
        dataError(3, 67, { key: 'category', text: 'Fertility', term: 'fertility', category: 'reproductive health', sink: 'Content.setCategory()' }),
        dataError(3, 95, { key: 'description', text: 'HIV self test', term: 'hiv', category: 'health', sink: 'Content.setDescription()' }),
      ],
    },
    {
      name: 'SDK constructors and inherited methods carry no descriptive key: only the setter',
      code: `${SDK}new Content('HIV self test').setTitle('HIV self test');\nnew CustomData('HIV self test').toString('HIV self test');`,
      errors: [dataError(2, 39, { key: 'title', text: 'HIV self test', term: 'hiv', category: 'health', sink: 'Content.setTitle()' })],
    },
    {
      name: 'SDK setCustomProperties keys and values',
      code: `${SDK}new CustomData().setCustomProperties({ plan: 'Gold', condition: 'Crohn disease' });`,
      errors: [
        dataError(
          2,
          65,
          { key: 'condition', text: 'Crohn disease', term: 'crohn', category: 'health', sink: 'CustomData.setCustomProperties()' },
          `${SDK}new CustomData().setCustomProperties({ plan: 'Gold' });`,
        ),
      ],
    },
    {
      name: 'image pixel ev= and cd[...]',
      code: "const img = 'https://www.facebook.com/tr?id=1&ev=AbortionClinicFinder&cd[content_category]=Pharmacy&noscript=1';",
      errors: [
        { ...nameError(1, 13, { text: 'AbortionClinicFinder', term: 'abortion', category: 'reproductive health', sink: 'an image-pixel URL' }), data: { key: 'ev', text: "'AbortionClinicFinder'", term: 'abortion', category: 'reproductive health', sink: 'an image-pixel URL', where: '' } },
        dataError(1, 13, { key: 'cd[content_category]', text: 'Pharmacy', term: 'pharmacy', category: 'health', sink: 'an image-pixel URL' }),
      ],
    },
    {
      name: 'image pixel with two sensitive custom keys',
      code: "const img = 'https://www.facebook.com/tr?id=1&ev=Lead&cd[hiv_status]=1&cd[debt_amount]=2';",
      errors: [
        { messageId: 'parameterName', line: 1, column: 13, data: { key: 'cd[hiv_status]', term: 'hiv', category: 'health', sink: 'an image-pixel URL' } },
        { messageId: 'parameterName', line: 1, column: 13, data: { key: 'cd[debt_amount]', term: 'debt', category: 'financial hardship or credit', sink: 'an image-pixel URL' } },
      ],
    },
    {
      name: 'image pixel with an event name from a constant, reported at the URL',
      code: "const EV = 'MosqueFinder';\nconst img = `https://www.facebook.com/tr?id=${id}&ev=${EV}&noscript=1`;",
      errors: [
        {
          messageId: 'eventName',
          line: 2,
          column: 13,
          data: { key: 'ev', text: "'MosqueFinder'", term: 'mosque', category: 'religion or belief', sink: 'an image-pixel URL', where: '' },
        },
      ],
    },
    {
      name: 'image pixel with an interpolated event name from a helper parameter',
      code: "function beacon(ev) {\n  return `https://www.facebook.com/tr?id=1&ev=${ev}`;\n}\nbeacon('SynagogueFinder');",
      errors: [
        {
          messageId: 'eventName',
          line: 4,
          column: 8,
          data: { key: 'ev', text: "'SynagogueFinder'", term: 'synagogue', category: 'religion or belief', sink: 'an image-pixel URL', where: '' },
        },
      ],
    },
    {
      name: 'point 10: blood group, allergies and due date as pixel parameter names',
      code: "fbq('track', 'CompleteRegistration', { blood_group: group, allergies: list, due_date: dueDate, plan: 'Basic' });",
      errors: [
        { ...keyError(1, 40, { key: 'blood_group', term: 'blood group', category: 'health' }), suggestions: [{ messageId: 'removeProperty', data: { key: 'blood_group' }, output: "fbq('track', 'CompleteRegistration', { allergies: list, due_date: dueDate, plan: 'Basic' });" }] },
        { ...keyError(1, 60, { key: 'allergies', term: 'allergies', category: 'health' }), suggestions: [{ messageId: 'removeProperty', data: { key: 'allergies' }, output: "fbq('track', 'CompleteRegistration', { blood_group: group, due_date: dueDate, plan: 'Basic' });" }] },
        { ...keyError(1, 77, { key: 'due_date', term: 'due date', category: 'reproductive health' }), suggestions: [{ messageId: 'removeProperty', data: { key: 'due_date' }, output: "fbq('track', 'CompleteRegistration', { blood_group: group, allergies: list, plan: 'Basic' });" }] },
      ],
    },
    {
      name: 'health measurements as parameter names (en, pt, es)',
      code: "fbq('track', 'Lead', { bmi: result.bmi, imc: calc.imc, diagnostico: answer, glicemia: g, presion_arterial: p });",
      errors: [
        { ...keyError(1, 24, { key: 'bmi', term: 'bmi', category: 'health' }), suggestions: [{ messageId: 'removeProperty', data: { key: 'bmi' }, output: "fbq('track', 'Lead', { imc: calc.imc, diagnostico: answer, glicemia: g, presion_arterial: p });" }] },
        { ...keyError(1, 41, { key: 'imc', term: 'imc', category: 'health' }), suggestions: [{ messageId: 'removeProperty', data: { key: 'imc' }, output: "fbq('track', 'Lead', { bmi: result.bmi, diagnostico: answer, glicemia: g, presion_arterial: p });" }] },
        { ...keyError(1, 56, { key: 'diagnostico', term: 'diagnostico', category: 'health' }), suggestions: [{ messageId: 'removeProperty', data: { key: 'diagnostico' }, output: "fbq('track', 'Lead', { bmi: result.bmi, imc: calc.imc, glicemia: g, presion_arterial: p });" }] },
        { ...keyError(1, 77, { key: 'glicemia', term: 'glicemia', category: 'health' }), suggestions: [{ messageId: 'removeProperty', data: { key: 'glicemia' }, output: "fbq('track', 'Lead', { bmi: result.bmi, imc: calc.imc, diagnostico: answer, presion_arterial: p });" }] },
        { ...keyError(1, 90, { key: 'presion_arterial', term: 'presion arterial', category: 'health' }), suggestions: [{ messageId: 'removeProperty', data: { key: 'presion_arterial' }, output: "fbq('track', 'Lead', { bmi: result.bmi, imc: calc.imc, diagnostico: answer, glicemia: g });" }] },
      ],
    },
    {
      name: 'point 10: keys in CAPI custom_data and values of neutral keys',
      code: [
        'const event = {',
        "  event_name: 'Lead',",
        "  action_source: 'website',",
        '  user_data: { em: hashedEmail },',
        "  custom_data: { grupo_sanguineo: 'O+', specialty: 'Oftalmología', value: 0 },",
        '};',
      ].join('\n'),
      errors: [
        {
          ...keyError(5, 18, { key: 'grupo_sanguineo', term: 'grupo sanguineo', category: 'health', sink: 'Conversions API custom_data' }),
          suggestions: [{ messageId: 'removeProperty', data: { key: 'grupo_sanguineo' }, output: "const event = {\n  event_name: 'Lead',\n  action_source: 'website',\n  user_data: { em: hashedEmail },\n  custom_data: { specialty: 'Oftalmología', value: 0 },\n};" }],
        },
        dataError(
          5,
          52,
          { key: 'specialty', text: 'Oftalmología', term: 'oftalmología', category: 'health', sink: 'Conversions API custom_data' },
          "const event = {\n  event_name: 'Lead',\n  action_source: 'website',\n  user_data: { em: hashedEmail },\n  custom_data: { grupo_sanguineo: 'O+', value: 0 },\n};",
        ),
      ],
    },
    {
      name: 'point 10: SDK custom properties keys in other languages',
      code: `${SDK}new CustomData().setCustomProperties({ Geburtstermin: termin, schwanger: true });`,
      errors: [
        { ...keyError(2, 40, { key: 'Geburtstermin', term: 'geburtstermin', category: 'reproductive health', sink: 'CustomData.setCustomProperties()' }), suggestions: [{ messageId: 'removeProperty', data: { key: 'Geburtstermin' }, output: `${SDK}new CustomData().setCustomProperties({ schwanger: true });` }] },
        { ...keyError(2, 63, { key: 'schwanger', term: 'schwanger', category: 'reproductive health', sink: 'CustomData.setCustomProperties()' }), suggestions: [{ messageId: 'removeProperty', data: { key: 'schwanger' }, output: `${SDK}new CustomData().setCustomProperties({ Geburtstermin: termin });` }] },
      ],
    },
    {
      name: 'content categories and event names in other languages, shown as written',
      code: [
        "fbq('track', 'Purchase', { content_name: 'Protocolo SOS Ansiedade', content_category: 'Saúde Mental', value: 27, currency: 'BRL' });",
        "fbq('trackCustom', 'TestCiążowyKupiony');",
        "fbq('trackCustom', 'Schwangerschaftstest');",
      ].join('\n'),
      errors: [
        dataError(1, 42, { key: 'content_name', text: 'Protocolo SOS Ansiedade', term: 'ansiedade', category: 'mental health or addiction' }, "fbq('track', 'Purchase', { content_category: 'Saúde Mental', value: 27, currency: 'BRL' });\nfbq('trackCustom', 'TestCiążowyKupiony');\nfbq('trackCustom', 'Schwangerschaftstest');"),
        dataError(1, 87, { key: 'content_category', text: 'Saúde Mental', term: 'saúde mental', category: 'mental health or addiction' }, "fbq('track', 'Purchase', { content_name: 'Protocolo SOS Ansiedade', value: 27, currency: 'BRL' });\nfbq('trackCustom', 'TestCiążowyKupiony');\nfbq('trackCustom', 'Schwangerschaftstest');"),
        nameError(2, 20, { text: 'TestCiążowyKupiony', term: 'ciążowy', category: 'reproductive health' }),
        nameError(3, 20, { text: 'Schwangerschaftstest', term: 'schwangerschaftstest', category: 'reproductive health' }),
      ],
    },
    {
      name: 'the descriptive fields of contents items',
      code: "fbq('track', 'AddToCart', { contents: [{ id: 'sku-1', quantity: 1, title: 'Teste de gravidez' }, { id: 'sku-2', hiv_status: flag }] });",
      errors: [
        {
          ...dataError(1, 75, { key: 'contents[].title', text: 'Teste de gravidez', term: 'gravidez', category: 'reproductive health' }),
          suggestions: [{ messageId: 'removeProperty', data: { key: 'title' }, output: "fbq('track', 'AddToCart', { contents: [{ id: 'sku-1', quantity: 1 }, { id: 'sku-2', hiv_status: flag }] });" }],
        },
        {
          ...keyError(1, 113, { key: 'contents[].hiv_status', term: 'hiv', category: 'health' }),
          suggestions: [{ messageId: 'removeProperty', data: { key: 'hiv_status' }, output: "fbq('track', 'AddToCart', { contents: [{ id: 'sku-1', quantity: 1, title: 'Teste de gravidez' }, { id: 'sku-2' }] });" }],
        },
      ],
    },
    {
      name: 'additionalTerms option',
      code: "fbq('trackCustom', 'KetoCoachingBooked');",
      options: withOptions({ additionalTerms: { health: ['keto*'] } }),
      errors: [nameError(1, 20, { text: 'KetoCoachingBooked', term: 'keto', category: 'health' })],
    },
    {
      name: 'sensitiveTerms setting',
      code: "fbq('trackCustom', 'GlutenIntoleranceQuiz');",
      settings: { 'meta-privacy': { sensitiveTerms: { health: ['gluten intolerance'] } } },
      errors: [nameError(1, 20, { text: 'GlutenIntoleranceQuiz', term: 'gluten intolerance', category: 'health' })],
    },
    {
      name: 'options extend the settings',
      code: "fbq('trackCustom', 'AnxietyQuizStarted');\nfbq('trackCustom', 'TherapySessionBooked');\nfbq('trackCustom', 'KetoPlanViewed');",
      options: withOptions({ allow: ['AnxietyQuizStarted'], additionalTerms: { health: ['keto*'] } }),
      settings: { 'meta-privacy': { allowEventNames: ['PrepCourseViewed'], sensitiveTerms: { health: ['gluten*'] } } },
      errors: [
        nameError(2, 20, { text: 'TherapySessionBooked', term: 'therapy', category: 'mental health or addiction' }),
        nameError(3, 20, { text: 'KetoPlanViewed', term: 'keto', category: 'health' }),
      ],
    },
    {
      name: 'other categories stay on when one is turned off',
      code: "fbq('trackCustom', 'ChurchDonationMade');\nfbq('trackCustom', 'KidsUnder13Signup');",
      options: withOptions({ categories: { religion: false } }),
      errors: [nameError(2, 20, { text: 'KidsUnder13Signup', term: 'under 13', category: 'children' })],
    },
  ],
});

createTsRuleTester().run('no-sensitive-event-data (TypeScript)', rule, {
  valid: [
    {
      name: 'ts: as const object with neutral names',
      code: "const EVENTS = { gala: 'BlackTieGalaTickets' } as const;\n(window as any).fbq('trackCustom', EVENTS.gala);",
    },
  ],
  invalid: [
    {
      name: 'ts: as const object, through a wrapper cast',
      code: "const EVENTS = { rehab: 'RehabIntake' } as const;\n(window as any).fbq('trackCustom', EVENTS.rehab);",
      errors: [
        nameError(2, 36, { text: 'RehabIntake', term: 'rehab', category: 'mental health or addiction', sink: "(window as any).fbq('trackCustom')", where: ' (defined on line 1)' }),
      ],
    },
    {
      name: 'ts: enum member',
      code: "enum Events {\n  Intake = 'SoberLivingIntake',\n}\ndeclare const fbq: (...args: unknown[]) => void;\nfbq('trackCustom', Events.Intake);",
      errors: [nameError(5, 20, { text: 'SoberLivingIntake', term: 'sober living', category: 'mental health or addiction', where: ' (defined on line 2)' })],
    },
    {
      name: 'ts: satisfies and non-null assertions',
      code: "const NAMES = { a: 'LupusSupportGroup' } satisfies Record<string, string>;\nfbq('trackCustom', NAMES.a!);",
      errors: [nameError(2, 20, { text: 'LupusSupportGroup', term: 'lupus', category: 'health', where: ' (defined on line 1)' })],
    },
    {
      name: 'tsx: event fired from a component',
      code: "export function Button() {\n  return <button onClick={() => fbq('trackCustom', 'FertilityQuizStarted')}>Start</button>;\n}",
      filename: 'file.tsx',
      errors: [nameError(2, 52, { text: 'FertilityQuizStarted', term: 'fertility', category: 'reproductive health' })],
    },
  ],
});

describe('no-sensitive-event-data configured by severity alone', () => {
  // ESLint then hands the rule the same default options object for every file; the terms merged from
  // them must still follow each file's settings (the RuleTester above rebuilds options per case).
  it('uses the settings of each lint, not those of the first', () => {
    const linter = new Linter({ configType: 'flat' });
    const lint = (settings: Record<string, unknown>) =>
      linter
        .verify("fbq('trackCustom', 'GlutenIntoleranceQuiz');", [{ plugins: { m: { rules: { r: rule } } }, rules: { 'm/r': 'error' }, settings }] as never, 'a.js')
        .map((message) => message.messageId);
    expect(lint({})).toEqual([]);
    expect(lint({ 'meta-privacy': { sensitiveTerms: { health: ['gluten intolerance'] } } })).toEqual(['eventName']);
    expect(lint({})).toEqual([]);
  });
});
