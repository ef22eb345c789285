// Issue 12 point 4: `.name` is not always a person. A bare `name` is a person's name only on person
// evidence (the object is a user, customer, lead…, or the key says first / last / full name); weak kinds
// (city, state, postal code) need an owner too. Cases across the rules that judge values by their names.
import { describe, expect, it } from 'vitest';
import { PII_KIND_LABELS } from '../../src/analysis/catalog/pii-vocabulary.js';
import { classifyName } from '../../src/analysis/values/names.js';
import { readSettings } from '../../src/settings.js';
import noPiiInUrl from '../../src/rules/no-pii-in-url.js';
import noRawPii from '../../src/rules/no-raw-pii.js';
import { createJsRuleTester } from '../rule-tester.js';

const settings = readSettings({});
const verdict = (name: string, context = '') => {
  const found = classifyName(name, settings, context ? context.split(' ') : []);
  return found?.kind === 'pii' ? `${found.pii}${found.weak ? ' (weak)' : ''}` : (found?.kind ?? 'unknown');
};

describe('classifyName: whose name it is', () => {
  it.each([
    // the object is a person (nearest word first, past containers such as data, body, details)
    ['name', 'user', 'fullName'],
    ['name', 'lead', 'fullName'],
    ['name', 'current user', 'fullName'],
    ['name', 'user data', 'fullName'],
    ['name', 'req body customer', 'fullName'],
    ['name', 'billing details', 'fullName'],
    ['name', 'order shipping', 'fullName'],
    ['displayName', 'customer', 'fullName'],
    // the key says whose
    ['customerName', '', 'fullName'],
    ['customerDisplayName', 'order', 'fullName'],
    ['buyer_name', 'order', 'fullName'],
    ['first_name', 'checkout', 'firstName'],
    ['fullName', 'plan', 'fullName'],
  ])('%s of `%s` is a person: %s', (name, context, expected) => {
    expect(verdict(name, context)).toBe(expected);
  });

  it.each([
    // the cases: product, form and service names
    ['name', 'checkout'],
    ['content_name', 'lead'],
    ['content_name', 'body'],
    ['content_name', 'req body'],
    ['productName', ''],
    ['serviceName', 'customer'],
    ['leadSourceName', ''],
    ['shipping_method_name', 'order'],
    ['memberTierName', 'user'],
    ['name', 'plan'],
    // objects that hold a thing the person has, or nothing in particular
    ['name', 'user company'],
    ['name', 'order shipping method'],
    ['name', 'account'],
    ['name', 'req body'],
    ['name', 'values'],
    ['name', 'input'],
    ['name', 'form'],
    ['displayName', 'product'],
  ])('%s of `%s` is not a person', (name, context) => {
    expect(verdict(name, context)).toBe('unknown');
  });

  it.each([
    // weak kinds: strong with an owner in the name or the nearest object past containers and addresses
    ['city', 'customer address', 'city'],
    ['city', 'shipping address', 'city'],
    ['zip', 'req body', 'zip'],
    ['billingCity', '', 'city'],
    ['city', 'values', 'city'],
    ['city', 'store address', 'city (weak)'],
    ['city', 'hotel', 'city (weak)'],
    ['state', 'session', 'state (weak)'],
    ['state', 'auth', 'state (weak)'],
    ['hotelCity', '', 'city (weak)'],
    ['zip', 'data', 'zip (weak)'],
  ])('%s of `%s`: %s', (name, context, expected) => {
    expect(verdict(name, context)).toBe(expected);
  });
});

const NAME = PII_KIND_LABELS.fullName;
const removal = (key: string, output: string) => [{ messageId: 'removeProperty' as const, data: { key }, output }];

createJsRuleTester().run('no-raw-pii: person names', noRawPii, {
  valid: [
    { name: 'a checkout name is the product', code: "fbq('track', 'InitiateCheckout', { content_name: checkout.name, value: checkout.total });" },
    { name: "a lead form's content_name, with a form name fallback", code: "fbq('track', 'Lead', { content_name: lead.content_name || 'Lead Form' });" },
    {
      name: 'content_name relayed from the request body to CAPI custom_data',
      code: [
        'const event = {',
        "  event_name: 'Contact',",
        "  action_source: 'website',",
        '  user_data: { em: hashedEmail },',
        '  custom_data: { content_name: body.content_name, label: req.body.name },',
        '};',
      ].join('\n'),
    },
    { name: 'product, service and plan names', code: "fbq('track', 'Subscribe', { content_name: productName, service: serviceName, plan: plan.name, company: user.company.name });" },
    {
      name: "a form's name and a form-name parameter (DOM forms, tracking helpers)",
      code: "form.addEventListener('submit', () => fbq('track', 'Lead', { content_name: form.name }));\nfunction trackConversion(formName) {\n  fbq('track', 'Lead', { content_name: formName });\n}",
    },
    { name: "a store's city on a store locator", code: "fbq('track', 'FindLocation', { content_name: store.name, city: store.address.city });" },
    { name: 'a session state is not a region', code: "fbq('trackCustom', 'AuthReturned', { status: session.state });" },
  ],
  invalid: [
    {
      name: "a lead's name",
      code: "fbq('track', 'Lead', { contact: lead.name });",
      errors: [{ messageId: 'eventParameter', line: 1, column: 24, data: { key: 'contact', kind: NAME, origin: '`lead.name`', call: "fbq('track')" }, suggestions: removal('contact', "fbq('track', 'Lead', {});") }],
    },
    {
      name: 'a key that says full name, whatever the object',
      code: "fbq('track', 'Purchase', { full_name: checkout.name });",
      errors: [{ messageId: 'eventParameter', line: 1, column: 28, data: { key: 'full_name', kind: NAME, origin: '`checkout.name`', call: "fbq('track')" }, suggestions: removal('full_name', "fbq('track', 'Purchase', {});") }],
    },
    {
      name: "a person's name through a container, in CAPI custom_data",
      code: "const event = { event_name: 'Purchase', action_source: 'website', custom_data: { buyer: userData.name, receiver: order.customer.displayName } };",
      errors: [
        {
          messageId: 'customData',
          line: 1,
          column: 82,
          data: { key: 'buyer', kind: NAME, origin: '`userData.name`' },
          suggestions: removal('buyer', "const event = { event_name: 'Purchase', action_source: 'website', custom_data: { receiver: order.customer.displayName } };"),
        },
        {
          messageId: 'customData',
          line: 1,
          column: 104,
          data: { key: 'receiver', kind: NAME, origin: '`order.customer.displayName`' },
          suggestions: removal('receiver', "const event = { event_name: 'Purchase', action_source: 'website', custom_data: { buyer: userData.name } };"),
        },
      ],
    },
    {
      name: "a customer's city and a typed-in postal code",
      code: "fbq('track', 'Purchase', { city: customer.address.city, zip: req.body.zip });",
      errors: [
        {
          messageId: 'eventParameter',
          line: 1,
          column: 28,
          data: { key: 'city', kind: PII_KIND_LABELS.city, origin: '`customer.address.city`', call: "fbq('track')" },
          suggestions: removal('city', "fbq('track', 'Purchase', { zip: req.body.zip });"),
        },
        {
          messageId: 'eventParameter',
          line: 1,
          column: 57,
          data: { key: 'zip', kind: PII_KIND_LABELS.zip, origin: '`req.body.zip`', call: "fbq('track')" },
          suggestions: removal('zip', "fbq('track', 'Purchase', { city: customer.address.city });"),
        },
      ],
    },
  ],
});

createJsRuleTester().run('no-pii-in-url: person names', noPiiInUrl, {
  valid: [{ name: 'a product name in a link', code: 'window.location.href = `/thanks?product=${checkout.name}`;' }],
  invalid: [
    {
      name: "a lead's name in a link",
      code: 'window.location.href = `/thanks?who=${lead.name}`;',
      errors: [{ messageId: 'pageUrl', line: 1, column: 39, suggestions: [{ messageId: 'removeParameter', data: { key: 'who' }, output: 'window.location.href = `/thanks`;' }] }],
    },
  ],
});
