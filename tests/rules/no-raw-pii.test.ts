import rule from '../../src/rules/no-raw-pii.js';
import { createJsRuleTester, createTsRuleTester, createVueRuleTester } from '../rule-tester.js';

const ruleTester = createJsRuleTester();

ruleTester.run('no-raw-pii', rule, {
  valid: [
    { name: 'a parameter name chosen at run time with a value that is no one\'s', code: "fbq('track', 'ViewContent', { [attribute]: product.name, [slot]: getValue(slot) });" },
    { name: 'standard event parameters', code: "fbq('track', 'Purchase', { value: 42, currency: 'EUR', content_ids: ['sku-1'] });" },
    { name: 'advanced matching in init is hashed by the pixel', code: "fbq('init', '123', { em: user.email, ph: user.phone });" },
    { name: 'hashed values in event parameters', code: "import { sha256 } from 'js-sha256';\nfbq('track', 'Lead', { em: sha256(user.email) });" },
    { name: 'eventID in the options object', code: "fbq('track', 'Purchase', { value: 1 }, { eventID: order.id });" },
    {
      name: 'event IDs built from orders, counters and random IDs (pixel and Conversions API)',
      code: "fbq('track', 'Purchase', { value: 1 }, { eventID: `purchase-${order.id}-${Date.now()}` });\nconst event = { event_name: 'Purchase', event_id: crypto.randomUUID(), user_data: { em: h }, custom_data: { value: 1 } };\nimport { ServerEvent } from 'facebook-nodejs-business-sdk';\nnew ServerEvent().setEventId(`order-${order.id}`);\nnew ServerEvent('Purchase', now, url, userData, customData, undefined, `order-${order.id}`);\nnew ServerEvent(...base, user.email);\nnew ServerEvent(...base, a, b, c, d, e, user.email);\nnew ServerEvent('Lead', now, url, userData, customData, appData);",
    },
    { name: 'a static event name', code: "fbq('trackCustom', 'NewsletterSignup');" },
    {
      name: "a server event's other fields are not its event ID: a page address built from the email is no-pii-in-url's to report",
      code: "const event = { event_name: 'Lead', event_id: order.id, event_source_url: `https://shop.example/thanks?email=${user.email}`, user_data: { em: h } };",
    },
    { name: 'a product name that merely has "name"', code: "fbq('track', 'ViewContent', { content_name: product.name });" },
    { name: 'a hotel city in custom data', code: "fbq('track', 'Search', { city: hotel.city, checkin_date: d });" },
    {
      name: "the listing's country, a dynamic ads parameter",
      code: "fbq('track', 'ViewContent', { content_type: 'home_listing', city: listing.city, country: listing.country });\nfbq('track', 'Search', { content_type: 'hotel', country: search.destinationCountry });",
    },
    { name: 'a static literal under a PII-looking key', code: "fbq('track', 'Lead', { email: 'yes', phone: true });" },
    { name: 'gtag is not Meta', code: "gtag('event', 'purchase', { email: user.email });" },
    { name: 'a locally defined fbq', code: "const fbq = (...args) => console.log(args);\nfbq('track', 'Lead', { email: user.email });" },
    { name: "an app's own state object with user_data", code: 'const state = { user_data: { email: user.email, name: user.name } };' },
    { name: 'custom_data without PII', code: "const event = { event_name: 'Purchase', user_data: { em: h }, custom_data: { value: 10, currency: 'EUR' } };" },
    { name: 'SDK UserData setters (hashed by the SDK)', code: "import { UserData } from 'facebook-nodejs-business-sdk';\nnew UserData().setEmail(user.email);" },
    { name: 'SDK content name that is not personal', code: "import { CustomData } from 'facebook-nodejs-business-sdk';\nnew CustomData().setContentName(product.title);" },
    {
      name: "SDK constructors and methods every object inherits are no clear-text setters",
      code: "import { CustomData, Content } from 'facebook-nodejs-business-sdk';\nnew CustomData(user.email);\nnew Content(user.email);\nnew CustomData().toString(user.email);\nnew Content().hasOwnProperty(user.email);",
    },
    { name: 'an allowed parameter', code: "fbq('track', 'Search', { zip: user.zip });", options: [{ requireHashedAdvancedMatching: false, allowParameters: ['zip'] }] },
    { name: 'an image pixel without custom PII', code: 'const src = `https://www.facebook.com/tr?id=1&ev=Purchase&cd[value]=${total}`;' },
    { name: 'a file with no Meta sinks', code: 'export const user = { email: input.email, phone: input.phone };' },
    { name: 'a sent object whose email is read, then deleted', code: "export function track(name, params) {\n  const email = params.email;\n  delete params.email;\n  fbq('track', name, params);\n}" },
    { name: 'a sent object reassigned after its email is read', code: "export function track(name, params) {\n  if (params.email) identify(params.email);\n  params = withoutContact(params);\n  fbq('track', name, params);\n}" },
    { name: 'an email read to decide, and a new object sent', code: "export function track(name, params) {\n  if (params.email) fbq('track', name, { value: params.value });\n}" },
    { name: 'a spread whose email the literal overrides', code: "form.onSubmit((values) => {\n  if (!values.email) return;\n  fbq('track', 'Lead', { ...values, email: undefined });\n});" },
    { name: 'an email tested, and the object sent where the test failed', code: "export const track = (event, params) => {\n  if (params && params.email) identify(params.email);\n  else fbq('track', event, params);\n};" },
    { name: 'the name of a person the page shows (a book\'s author, a course\'s instructor) is catalogue data', code: "fbq('track', 'ViewContent', { content_name: book.title, author: book.author.fullName, teacher: `${course.instructor.firstName} ${course.instructor.lastName}`, by: authorFullName });" },
    { name: 'a product whose name is read', code: "products.forEach((product) => {\n  show(product.name);\n  fbq('track', 'ViewContent', product);\n});" },
    { name: 'advanced matching `ud[em]` in an image-pixel URL is not custom data (no-unhashed-identifiers judges it)', code: 'const src = `https://www.facebook.com/tr?id=1&ev=Lead&ud[em]=${user.email}`;' },
    { name: 'a local helper whose callers are all in view', code: "function trackEvent(name, params) {\n  if (params.email) identify(params.email);\n  fbq('track', name, params);\n}\ntrackEvent('Lead', { value: 1 });" },
  ],
  invalid: [
    {
      name: 'raw email in event parameters',
      code: "fbq('track', 'Lead', { email: user.email, value: 10 });",
      errors: [
        {
          messageId: 'eventParameter',
          line: 1,
          column: 24,
          endColumn: 41,
          data: { key: 'email', kind: 'an email address', call: "fbq('track')", origin: '`user.email`' },
          suggestions: [{ messageId: 'removeProperty', data: { key: 'email' }, output: "fbq('track', 'Lead', { value: 10 });" }],
        },
      ],
    },
    {
      name: 'window.fbq with a value from a form field',
      code: "const email = form.email.value;\nwindow.fbq('track', 'CompleteRegistration', { contact: email });",
      errors: [
        {
          messageId: 'eventParameter',
          line: 2,
          column: 47,
          data: { key: 'contact', kind: 'an email address', call: "window.fbq('track')", origin: '`email` ← `form.email.value` (line 1)' },
          suggestions: [{ messageId: 'removeProperty', data: { key: 'contact' }, output: "const email = form.email.value;\nwindow.fbq('track', 'CompleteRegistration', {});" }],
        },
      ],
    },
    {
      name: 'an email under a parameter name chosen at run time',
      code: "fbq('track', 'Lead', { [field.name]: user.email, source: 'form' });",
      errors: [
        {
          messageId: 'eventParameter',
          line: 1,
          column: 24,
          data: { key: '[field.name]', kind: 'an email address', call: "fbq('track')", origin: '`user.email`' },
          suggestions: [{ messageId: 'removeProperty', data: { key: '[field.name]' }, output: "fbq('track', 'Lead', { source: 'form' });" }],
        },
      ],
    },
    {
      name: 'an email under an option name chosen at run time: reported like a parameter',
      code: "fbq('track', 'Lead', {}, { eventID: id, [field.name]: user.email });",
      errors: [{ messageId: 'eventOption', line: 1, column: 41, data: { key: '[field.name]', kind: 'an email address', call: "fbq('track')", origin: '`user.email`' }, suggestions: [{ messageId: 'removeProperty', data: { key: '[field.name]' }, output: "fbq('track', 'Lead', {}, { eventID: id });" }] }],
    },
    {
      name: 'a PII key with an unknown value',
      code: "fbq('trackCustom', 'Quiz', { phone: getValue('#phone') });",
      errors: [{ messageId: 'eventParameter', line: 1, column: 30, data: { key: 'phone', kind: 'a phone number', call: "fbq('trackCustom')", origin: "`getValue('#phone')`" }, suggestions: [{ messageId: 'removeProperty', data: { key: 'phone' }, output: "fbq('trackCustom', 'Quiz', {});" }] }],
    },
    {
      name: 'an email literal in parameters',
      code: "fbq('track', 'Lead', { contact: 'jane@example.com' });",
      errors: [{ messageId: 'eventParameter', line: 1, column: 24, suggestions: [{ messageId: 'removeProperty', data: { key: 'contact' }, output: "fbq('track', 'Lead', {});" }] }],
    },
    {
      name: 'parameters built in a variable, reported at the property',
      code: "const params = { value: 1, first_name: customer.firstName };\nfbq('track', 'Purchase', params);",
      errors: [{ messageId: 'eventParameter', line: 1, column: 28, suggestions: [{ messageId: 'removeProperty', data: { key: 'first_name' }, output: "const params = { value: 1 };\nfbq('track', 'Purchase', params);" }] }],
    },
    {
      name: 'parameters spread from another object',
      code: "const base = { phone: user.phone };\nfbq('track', 'Lead', { ...base, value: 1 });",
      errors: [{ messageId: 'eventParameter', line: 1, column: 16, suggestions: [{ messageId: 'removeProperty', data: { key: 'phone' }, output: "const base = {};\nfbq('track', 'Lead', { ...base, value: 1 });" }] }],
    },
    {
      name: 'trackSingle parameters are the fourth argument',
      code: "fbq('trackSingle', '123', 'Lead', { mail: user.email });",
      errors: [{ messageId: 'eventParameter', line: 1, column: 37, suggestions: [{ messageId: 'removeProperty', data: { key: 'mail' }, output: "fbq('trackSingle', '123', 'Lead', {});" }] }],
    },
    {
      name: 'PII in the event options object',
      code: "fbq('track', 'Lead', {}, { eventID: id, em: user.email });",
      errors: [{ messageId: 'eventOption', line: 1, column: 41, data: { key: 'em', kind: 'an email address', call: "fbq('track')", origin: '`user.email`' }, suggestions: [{ messageId: 'removeProperty', data: { key: 'em' }, output: "fbq('track', 'Lead', {}, { eventID: id });" }] }],
    },
    {
      name: "an event ID built from the visitor's email (pixel eventID, Conversions API event_id)",
      code: "fbq('track', 'Lead', {}, { eventID: user.email });\nconst event = { event_name: 'Lead', event_id: `${customer.email}-${Date.now()}`, user_data: { em: h } };",
      errors: [
        { messageId: 'eventId', line: 1, column: 37, data: { call: "fbq('track')", kind: 'an email address', origin: '`user.email`' } },
        { messageId: 'eventId', line: 2, column: 47, data: { call: 'a Conversions API event', kind: 'an email address', origin: '`customer.email`' } },
      ],
    },
    {
      name: "an event ID from the visitor's email set through the business SDK",
      code: "import { ServerEvent } from 'facebook-nodejs-business-sdk';\nnew ServerEvent().setEventName('Lead').setEventId(user.email);",
      errors: [{ messageId: 'eventId', line: 2, column: 51, data: { call: 'ServerEvent.setEventId()', kind: 'an email address', origin: '`user.email`' } }],
    },
    {
      name: "an event ID from the visitor's email passed by position to new ServerEvent() (seventh since SDK v16.0.2, sixth before it; a spread after it leaves it in place)",
      code: "import { ServerEvent } from 'facebook-nodejs-business-sdk';\nnew ServerEvent('Lead', now, url, userData, customData, appData, user.email, false, actionSource);\nnew ServerEvent('Lead', now, url, userData, customData, `${buyer.email}-1`, false, 'website', [LDU], 1, 1000);\nnew ServerEvent('Lead', now, url, userData, customData, appData, user.email, ...rest);",
      errors: [
        { messageId: 'eventId', line: 2, column: 66, data: { call: 'new ServerEvent()', kind: 'an email address', origin: '`user.email`' } },
        { messageId: 'eventId', line: 3, column: 57, data: { call: 'new ServerEvent()', kind: 'an email address', origin: '`buyer.email`' } },
        { messageId: 'eventId', line: 4, column: 66, data: { call: 'new ServerEvent()', kind: 'an email address', origin: '`user.email`' } },
      ],
    },
    {
      name: 'an event name built from PII',
      code: 'fbq(\'trackCustom\', `Viewed_${user.email}`);',
      errors: [{ messageId: 'eventName', line: 1, column: 20, data: { kind: 'an email address', call: "fbq('trackCustom')", origin: '`user.email`' } }],
    },
    {
      name: 'a local helper: reported at its caller',
      code: "export const event = (name, options = {}) => {\n  window.fbq('track', name, options);\n};\nevent('Lead', { email: user.email });",
      errors: [{ messageId: 'eventParameter', line: 4, column: 17, suggestions: [{ messageId: 'removeProperty', data: { key: 'email' }, output: "export const event = (name, options = {}) => {\n  window.fbq('track', name, options);\n};\nevent('Lead', {});" }] }],
    },
    {
      name: 'react-facebook-pixel track',
      code: "import ReactPixel from 'react-facebook-pixel';\nReactPixel.track('Lead', { email: user.email });",
      errors: [{ messageId: 'eventParameter', line: 2, column: 28, data: { key: 'email', kind: 'an email address', call: 'ReactPixel.track()', origin: '`user.email`' }, suggestions: [{ messageId: 'removeProperty', data: { key: 'email' }, output: "import ReactPixel from 'react-facebook-pixel';\nReactPixel.track('Lead', {});" }] }],
    },
    {
      name: 'a wrapper from settings',
      code: "import { trackEvent } from '@acme/analytics';\ntrackEvent('Lead', { phone: user.phone });",
      settings: { 'meta-privacy': { pixelWrappers: [{ name: 'trackEvent', command: 'track', module: '@acme/analytics' }] } },
      errors: [{ messageId: 'eventParameter', line: 2, column: 22, suggestions: [{ messageId: 'removeProperty', data: { key: 'phone' }, output: "import { trackEvent } from '@acme/analytics';\ntrackEvent('Lead', {});" }] }],
    },
    {
      name: 'CAPI custom_data',
      code: "const event = {\n  event_name: 'Purchase',\n  user_data: { em: hashed },\n  custom_data: { value: 10, customer_email: req.body.email },\n};",
      errors: [{ messageId: 'customData', line: 4, column: 29, data: { key: 'customer_email', kind: 'an email address', origin: '`req.body.email`' }, suggestions: [{ messageId: 'removeProperty', data: { key: 'customer_email' }, output: "const event = {\n  event_name: 'Purchase',\n  user_data: { em: hashed },\n  custom_data: { value: 10 },\n};" }] }],
    },
    {
      name: 'SDK setCustomProperties',
      code: "import { CustomData } from 'facebook-nodejs-business-sdk';\nnew CustomData().setCustomProperties({ email: customer.email });",
      errors: [{ messageId: 'sdkSetter', line: 2, column: 40, data: { key: 'email', setter: 'setCustomProperties', kind: 'an email address', origin: '`customer.email`' }, suggestions: [{ messageId: 'removeProperty', data: { key: 'email' }, output: "import { CustomData } from 'facebook-nodejs-business-sdk';\nnew CustomData().setCustomProperties({});" }] }],
    },
    {
      name: 'react-facebook-pixel required with the CommonJS globals configured (as `sourceType: commonjs` does)',
      code: "const ReactPixel = require('react-facebook-pixel');\nReactPixel.track('Lead', { email: user.email });",
      languageOptions: { globals: { require: 'readonly', module: 'writable', exports: 'writable' } },
      errors: [{ messageId: 'eventParameter', line: 2, column: 28, data: { key: 'email', kind: 'an email address', call: 'ReactPixel.track()', origin: '`user.email`' }, suggestions: [{ messageId: 'removeProperty', data: { key: 'email' }, output: "const ReactPixel = require('react-facebook-pixel');\nReactPixel.track('Lead', {});" }] }],
    },
    {
      name: 'SDK setCustomProperties, the SDK required with Node globals configured',
      code: "const { CustomData } = require('facebook-nodejs-business-sdk');\nnew CustomData().setCustomProperties({ email: customer.email });",
      languageOptions: { globals: { require: 'readonly', module: 'writable' } },
      errors: [{ messageId: 'sdkSetter', line: 2, column: 40, data: { key: 'email', setter: 'setCustomProperties', kind: 'an email address', origin: '`customer.email`' }, suggestions: [{ messageId: 'removeProperty', data: { key: 'email' }, output: "const { CustomData } = require('facebook-nodejs-business-sdk');\nnew CustomData().setCustomProperties({});" }] }],
    },
    {
      name: 'SDK Content setter',
      code: "const { Content } = require('facebook-nodejs-business-sdk');\nconst item = new Content();\nitem.setDescription(user.fullName);",
      errors: [{ messageId: 'sdkSetter', line: 3, column: 21, data: { setter: 'setDescription', kind: "a person's name", origin: '`user.fullName`' } }],
    },
    {
      name: 'SDK setter on an instance constructed with the same value: only the setter',
      code: "import { CustomData } from 'facebook-nodejs-business-sdk';\nnew CustomData(user.email).setContentName(user.email);",
      errors: [{ messageId: 'sdkSetter', line: 2, column: 43, data: { setter: 'setContentName', kind: 'an email address', origin: '`user.email`' } }],
    },
    {
      name: 'image pixel cd[...]',
      code: 'const src = `https://www.facebook.com/tr?id=1&ev=Lead&cd[email]=${user.email}`;',
      errors: [{ messageId: 'imagePixelParameter', line: 1, column: 67, data: { key: 'cd[email]', kind: 'an email address', origin: '`user.email`' } }],
    },
    {
      name: 'an IP address in pixel parameters: never told to hash it',
      code: "fbq('track', 'Lead', { value: 1, ip: visitor.ip });",
      errors: [
        {
          messageId: 'connectionData',
          line: 1,
          column: 34,
          data: { key: 'ip', kind: 'an IP address', place: "the event parameters of fbq('track')", origin: '`visitor.ip`', metaKey: 'client_ip_address' },
          suggestions: [{ messageId: 'removeProperty', data: { key: 'ip' }, output: "fbq('track', 'Lead', { value: 1 });" }],
        },
      ],
    },
    {
      name: 'an IP address in CAPI custom_data: it belongs in user_data, in clear',
      code: "const event = { event_name: 'Lead', user_data: { em: hashed }, custom_data: { ip_address: req.ip } };",
      errors: [
        {
          messageId: 'connectionData',
          line: 1,
          column: 79,
          data: { key: 'ip_address', kind: 'an IP address', place: 'CAPI custom_data', origin: '`req.ip`', metaKey: 'client_ip_address' },
          suggestions: [{ messageId: 'removeProperty', data: { key: 'ip_address' }, output: "const event = { event_name: 'Lead', user_data: { em: hashed }, custom_data: {} };" }],
        },
      ],
    },
    {
      name: 'an IP address passed to an SDK setter',
      code: "import { Content } from 'facebook-nodejs-business-sdk';\nnew Content().setDescription(req.ip);",
      errors: [{ messageId: 'connectionData', line: 2, column: 30, data: { key: 'req.ip', kind: 'an IP address', place: 'setDescription()', origin: '`req.ip`', metaKey: 'client_ip_address' } }],
    },
    {
      name: 'form values sent whole after their email is read',
      code: "form.handleSubmit((values) => {\n  saveLead(values.email);\n  fbq('track', 'Lead', values);\n});",
      errors: [{ messageId: 'eventParameter', line: 3, column: 24, data: { key: 'email', kind: 'an email address', call: "fbq('track')", origin: '`values.email` (line 2)' } }],
    },
    {
      name: 'an exported helper forwarding params whose phone it reads',
      code: "export function trackEvent(name, params = {}) {\n  const { telefone } = params;\n  if (telefone) crm.update(telefone);\n  window.fbq('track', name, params);\n}",
      errors: [{ messageId: 'eventParameter', line: 4, column: 29, data: { key: 'telefone', kind: 'a phone number', call: "window.fbq('track')", origin: '`telefone` (line 2)' } }],
    },
    {
      name: 'params hashed for CAPI in a local function, and sent whole to the pixel',
      code: "export function track(name, params) {\n  sendToCapi(name, params);\n  fbq('track', name, params);\n}\nfunction sendToCapi(name, data) {\n  return post('/api/events', { event_name: name, em: sha256(data.email) });\n}",
      errors: [{ messageId: 'eventParameter', line: 3, column: 22, data: { key: 'email', kind: 'an email address', call: "fbq('track')", origin: '`data.email` (line 6)' } }],
    },
    {
      name: 'a catalogue person\'s email is still contact data',
      code: "fbq('track', 'Contact', { content_name: listing.title, agent_email: listing.agent.email });",
      errors: [{ messageId: 'eventParameter', line: 1, column: 56, data: { key: 'agent_email', kind: 'an email address', call: "fbq('track')", origin: '`listing.agent.email`' }, suggestions: [{ messageId: 'removeProperty', data: { key: 'agent_email' }, output: "fbq('track', 'Contact', { content_name: listing.title });" }] }],
    },
    {
      name: 'an email copied under another key beside the spread that carries it: one report, where it is written',
      code: "export const track = (event, params) => {\n  if (params.email) fbq('track', event, { ...params, em: params.email });\n};",
      errors: [{ messageId: 'eventParameter', line: 2, column: 54, data: { key: 'em', kind: 'an email address', call: "fbq('track')", origin: '`params.email`' }, suggestions: [{ messageId: 'removeProperty', data: { key: 'em' }, output: "export const track = (event, params) => {\n  if (params.email) fbq('track', event, { ...params });\n};" }] }],
    },
    {
      name: 'form values spread into the parameters',
      code: "form.onSubmit((values) => {\n  if (!values.email) return;\n  fbq('track', 'Lead', { ...values, value: 1 });\n});",
      errors: [{ messageId: 'eventParameter', line: 3, column: 26, data: { key: 'email', kind: 'an email address', call: "fbq('track')", origin: '`values.email` (line 2)' } }],
    },
    {
      name: 'an object merged in by Object.assign: reported at the merge',
      code: "const contact = { em: user.email };\nconst params = { value: 1 };\nObject.assign(params, contact);\nfbq('track', 'Lead', params);",
      errors: [{ messageId: 'eventParameter', line: 3, column: 1, data: { key: 'em', kind: 'an email address', call: "fbq('track')", origin: '`user.email` (line 1)' } }],
    },
    {
      name: 'a literal merged in by Object.assign: reported at its property',
      code: "const params = { value: 1 };\nObject.assign(params, { phone: user.phone });\nfbq('track', 'Lead', params);",
      errors: [{ messageId: 'eventParameter', line: 2, column: 25, suggestions: [{ messageId: 'removeProperty', data: { key: 'phone' }, output: "const params = { value: 1 };\nObject.assign(params, {});\nfbq('track', 'Lead', params);" }] }],
    },
    {
      name: 'a street address: Meta has no user_data key for it, so the place\'s own message',
      code: "fbq('track', 'Purchase', { value: 10, shipping_address: order.shippingAddress });",
      errors: [{ messageId: 'eventParameter', line: 1, column: 39, data: { key: 'shipping_address', kind: 'a street address', call: "fbq('track')", origin: '`order.shippingAddress`' }, suggestions: [{ messageId: 'removeProperty', output: "fbq('track', 'Purchase', { value: 10 });" }] }],
    },
    {
      name: 'an event name built from an IP address: the event-name message, not user_data advice',
      code: 'fbq(\'trackCustom\', `Visit_${visitor.ipAddress}`);',
      errors: [{ messageId: 'eventName', line: 1, column: 20, data: { kind: 'an IP address', call: "fbq('trackCustom')", origin: '`visitor.ipAddress`' } }],
    },
    {
      name: 'an event ID built from an IP address: the event-ID message, not user_data advice',
      code: "fbq('track', 'Lead', {}, { eventID: `${visitor.ipAddress}-${Date.now()}` });",
      errors: [{ messageId: 'eventId', line: 1, column: 37, data: { kind: 'an IP address', call: "fbq('track')", origin: '`visitor.ipAddress`' } }],
    },
    {
      name: 'one event name a helper sends to two pixels: one report, at the caller',
      code: "function trackBoth(name) {\n  fbq('trackSingleCustom', PIXEL_A, name);\n  fbq('trackSingleCustom', PIXEL_B, name);\n}\ntrackBoth(`quiz_${user.email}`);",
      errors: [{ messageId: 'eventName', line: 5, column: 11, data: { kind: 'an email address', call: "fbq('trackSingleCustom')", origin: '`user.email`' } }],
    },
    {
      name: 'a property assigned to the parameters: reported at the assignment, with no removal to suggest',
      code: "const params = { value: 1 };\nparams.email = user.email;\nfbq('track', 'Lead', params);",
      errors: [{ messageId: 'eventParameter', line: 2, column: 1, data: { key: 'email', kind: 'an email address', call: "fbq('track')", origin: '`user.email`' }, suggestions: [] }],
    },
    {
      name: 'an allowed key does not hide the email the spread beside it carries',
      code: "export const track = (event, params) => {\n  if (params.email) fbq('track', event, { ...params, em: params.email });\n};",
      options: [{ requireHashedAdvancedMatching: false, allowParameters: ['em'] }],
      errors: [{ messageId: 'eventParameter', line: 2, column: 43, data: { key: 'email', kind: 'an email address', call: "fbq('track')", origin: '`params.email`' } }],
    },
    {
      name: 'an IP address in the event options: named as their place',
      code: "fbq('track', 'Lead', { value: 1 }, { eventID: id, ip: visitor.ip });",
      errors: [{ messageId: 'connectionData', line: 1, column: 51, data: { key: 'ip', kind: 'an IP address', origin: '`visitor.ip`', place: "the event options of fbq('track')", metaKey: 'client_ip_address' }, suggestions: [{ messageId: 'removeProperty', output: "fbq('track', 'Lead', { value: 1 }, { eventID: id });" }] }],
    },
    {
      name: 'an IP address in an image-pixel URL: named as its place',
      code: 'const src = `https://www.facebook.com/tr?id=1&ev=Lead&cd[ip]=${visitor.ip}`;',
      errors: [{ messageId: 'connectionData', line: 1, column: 64, data: { key: 'cd[ip]', kind: 'an IP address', place: 'an image-pixel URL', origin: '`visitor.ip`', metaKey: 'client_ip_address' } }],
    },
    {
      name: 'an IP address in advanced matching with requireHashedAdvancedMatching: never told to hash it',
      code: "fbq('init', '123', { em: hashedEmail, client_ip_address: visitor.ip });",
      options: [{ requireHashedAdvancedMatching: true, allowParameters: [] }],
      errors: [{ messageId: 'connectionData', line: 1, column: 39, data: { key: 'client_ip_address', kind: 'an IP address', origin: '`visitor.ip`', place: "the advanced matching of fbq('init')", metaKey: 'client_ip_address' }, suggestions: [{ messageId: 'removeProperty', output: "fbq('init', '123', { em: hashedEmail });" }] }],
    },
    {
      name: 'an IP address in React Native event parameters: named as their place',
      code: "import { AppEventsLogger } from 'react-native-fbsdk-next';\nAppEventsLogger.logEvent('Login', { device_ip: device.ipAddress });",
      errors: [{ messageId: 'connectionData', line: 2, column: 37, data: { key: 'device_ip', kind: 'an IP address', origin: '`device.ipAddress`', place: 'the app event parameters of AppEventsLogger.logEvent()', metaKey: 'client_ip_address' }, suggestions: [{ messageId: 'removeProperty', output: "import { AppEventsLogger } from 'react-native-fbsdk-next';\nAppEventsLogger.logEvent('Login', {});" }] }],
    },
    {
      name: 'an IP address as the app user ID: named as its place',
      code: "import { AppEventsLogger } from 'react-native-fbsdk-next';\nAppEventsLogger.setUserID(device.ipAddress);",
      errors: [{ messageId: 'connectionData', line: 2, column: 27, data: { key: 'device.ipAddress', kind: 'an IP address', origin: '`device.ipAddress`', place: 'the app user ID of AppEventsLogger.setUserID()', metaKey: 'client_ip_address' } }],
    },
    {
      name: 'an App Events API event name built from an email',
      code: "fetch(`https://graph.facebook.com/v19.0/${APP_ID}/activities`, { method: 'POST', body: new URLSearchParams({ event: 'CUSTOM_APP_EVENTS', custom_events: JSON.stringify([{ _eventName: `quiz_${user.email}`, fb_currency: 'EUR' }]) }) });",
      errors: [{ messageId: 'eventName', line: 1, column: 183, data: { kind: 'an email address', call: 'an App Events API request (custom_events)', origin: '`user.email`' } }],
    },
    {
      name: 'an App Events API event whose name comes from a spread: its parameters are still checked',
      code: "fetch(`https://graph.facebook.com/v19.0/${APP_ID}/activities`, { method: 'POST', body: new URLSearchParams({ event: 'CUSTOM_APP_EVENTS', custom_events: JSON.stringify([{ ...baseEvent(), email: user.email }]) }) });",
      errors: [{ messageId: 'appEventParameter', line: 1, column: 187, data: { key: 'email', kind: 'an email address', call: 'an App Events API request (custom_events)', origin: '`user.email`' }, suggestions: [{ messageId: 'removeProperty', output: "fetch(`https://graph.facebook.com/v19.0/${APP_ID}/activities`, { method: 'POST', body: new URLSearchParams({ event: 'CUSTOM_APP_EVENTS', custom_events: JSON.stringify([{ ...baseEvent() }]) }) });" }] }],
    },
    {
      name: 'advanced matching with requireHashedAdvancedMatching',
      code: "fbq('init', '123', { em: user.email });",
      options: [{ requireHashedAdvancedMatching: true, allowParameters: [] }],
      errors: [{ messageId: 'advancedMatching', line: 1, column: 22, suggestions: [{ messageId: 'removeProperty', data: { key: 'em' }, output: "fbq('init', '123', {});" }] }],
    },
  ],
});

createTsRuleTester().run('no-raw-pii (TypeScript)', rule, {
  valid: [{ name: 'typed hashed parameters', code: "declare function sha256Hex(v: string): string;\nfbq('track', 'Lead', { em: sha256Hex(user.email) });" }],
  invalid: [
    {
      name: 'through a TS cast',
      code: "(window as any).fbq('track', 'Lead', { email: (user as User).email! });",
      errors: [{ messageId: 'eventParameter', line: 1, column: 40, suggestions: [{ messageId: 'removeProperty', data: { key: 'email' }, output: "(window as any).fbq('track', 'Lead', {});" }] }],
    },
  ],
});

/** A Vue single-file component: `template` inside `<template>`, `script` inside `<script setup>`. */
function sfc(template: string, script = ''): string {
  return `<template>\n${template}\n</template>\n<script setup>\n${script}\n</script>\n`;
}

createVueRuleTester().run('no-raw-pii (Vue templates)', rule, {
  valid: [
    {
      name: 'a template without Meta calls (the script mentions facebook)',
      filename: 'Share.vue',
      code: sfc(`  <button @click="track('Lead', { email: form.email })">Share</button>\n  <p>{{ form.email }}</p>`, "const FACEBOOK_PAGE = 'https://facebook.com/shop';"),
    },
    { name: 'hashed advanced matching in a template init', filename: 'Boot.vue', code: sfc(`  <button @click="fbq('init', '123', { em: user.email })">Go</button>`) },
    {
      name: 'a value <script setup> hashes',
      filename: 'Hashed.vue',
      code: sfc(`  <button @click="fbq('track', 'Lead', { email: contact })">Go</button>`, "import { sha256 } from 'js-sha256';\nconst contact = sha256(form.email);"),
    },
  ],
  invalid: [
    {
      name: 'raw email in event parameters of an @click handler',
      filename: 'Signup.vue',
      code: sfc(`  <button @click="fbq('track', 'Lead', { email: form.email, value: 10 })">Send</button>`),
      errors: [
        {
          messageId: 'eventParameter',
          line: 2,
          column: 42,
          endColumn: 59,
          data: { key: 'email', kind: 'an email address', call: "fbq('track')", origin: '`form.email`' },
          suggestions: [{ messageId: 'removeProperty', data: { key: 'email' }, output: sfc(`  <button @click="fbq('track', 'Lead', { value: 10 })">Send</button>`) }],
        },
      ],
    },
    {
      name: 'the nuxt pixel in a v-on:submit handler with several statements',
      filename: 'Contact.vue',
      code: sfc(`  <form v-on:submit.prevent="sent = true; $fb.track('Contact', { phone: form.phone })"></form>`),
      errors: [
        {
          messageId: 'eventParameter',
          line: 2,
          column: 66,
          data: { key: 'phone', kind: 'a phone number', call: '$fb.track()', origin: '`form.phone`' },
          suggestions: [{ messageId: 'removeProperty', output: sfc(`  <form v-on:submit.prevent="sent = true; $fb.track('Contact', {})"></form>`) }],
        },
      ],
    },
    {
      name: 'a payload <script setup> builds, reported where it is written',
      filename: 'Payload.vue',
      code: sfc(`  <button @click="fbq('track', 'Lead', payload)">Go</button>`, 'const payload = { value: 10, email: form.email };'),
      errors: [{ messageId: 'eventParameter', line: 5, column: 30, data: { key: 'email', kind: 'an email address', call: "fbq('track')", origin: '`form.email`' }, suggestions: [{ messageId: 'removeProperty', output: sfc(`  <button @click="fbq('track', 'Lead', payload)">Go</button>`, 'const payload = { value: 10 };') }] }],
    },
    {
      name: 'an arrow bound as :onClick',
      filename: 'Cta.vue',
      code: sfc(`  <button :onClick="() => fbq('trackCustom', 'Quote', { email: customer.email })" />`),
      errors: [
        {
          messageId: 'eventParameter',
          line: 2,
          column: 57,
          suggestions: [{ messageId: 'removeProperty', output: sfc(`  <button :onClick="() => fbq('trackCustom', 'Quote', {})" />`) }],
        },
      ],
    },
  ],
});
