import rule from '../../src/rules/no-pii-in-url.js';
import type { MessageIds } from '../../src/rules/no-pii-in-url.js';
import { createJsRuleTester, createTsRuleTester, createVueRuleTester } from '../rule-tester.js';

const EMAIL = 'An email address';
const PHONE = 'A phone number';
const QUERY = 'query string';

interface Expected {
  readonly kind: string;
  readonly origin: string;
  readonly part: string;
  readonly url: string;
  /** The code after the removal suggestion, when there is one. */
  readonly output?: string;
  readonly key?: string;
}

/** An error with its full message data (and the removal suggestion when `output` is given). */
const error = (messageId: MessageIds, line: number, column: number, expected: Expected) => ({
  messageId,
  line,
  column,
  data: { what: `${expected.kind} (from ${expected.origin})`, verb: 'is', it: 'it', part: expected.part, url: expected.url },
  ...(expected.output === undefined
    ? {}
    : { suggestions: [{ messageId: 'removeParameter' as const, data: { key: expected.key ?? 'email' }, output: expected.output }] }),
});
const pageError = (line: number, column: number, expected: Expected) => error('pageUrl', line, column, expected);
/** One pageUrl report for several values of one URL, with a removal suggestion per `[key, output]`. */
const severalError = (line: number, column: number, what: string, part: string, url: string, removals: readonly (readonly [string, string])[]) => ({
  messageId: 'pageUrl' as const,
  line,
  column,
  data: { what, verb: 'are', it: 'them', part, url },
  suggestions: removals.map(([key, output]) => ({ messageId: 'removeParameter' as const, data: { key }, output })),
});

const BUILT = 'a URL built here';
const given = (api: string) => `the URL given to \`${api}\``;

createJsRuleTester().run('no-pii-in-url', rule, {
  valid: [
    {
      // No URL is built or navigated to (the check returns at once): only a request, not asked for.
      name: 'a request URL with personal data in a file that builds no URL, without includeRequests',
      code: "await axios({ method: 'get', url: 'https://api.example/users', params: { email: user.email } });",
    },
    {
      name: 'a relative file path built from a name (not a page)',
      code: "const name = global.__vite_profile_name;\nfs.writeFileSync(path.resolve(`./${name}.cpuprofile`), data);",
    },
    { name: 'static values are not personal data', code: 'const next = `/thanks?lead=${leadId}&source=email&ref=email&channel=sms&via=email-digest`;' },
    { name: 'a static value in a template hole', code: "router.push(`/thanks?channel=${'sms'}`);" },
    { name: 'ids, slugs and search queries', code: 'router.push(`/orders/${order.id}?user=${user.id}&q=${query}`);\nnavigate(`/products/${product.slug}`);' },
    { name: 'a hashed value', code: 'router.push(`/thanks?e=${sha256(email)}`);' },
    { name: 'a product name is not a person\'s name', code: 'router.push(`/search?name=${product.name}`);' },
    { name: 'a city alone is too weak to report', code: 'router.push(`/stores?city=${city}`);' },
    { name: 'fetch is a request, not a page address', code: 'fetch(`/api/users?email=${email}`);' },
    { name: 'a request URL built in a variable', code: 'const url = `/api/lookup?phone=${phone}`;\nconst response = await fetch(url);' },
    { name: 'axios params and XMLHttpRequest.open', code: "axios.get('/api/x', { params: { email } });\nxhr.open('GET', `/api/x?email=${email}`);" },
    { name: 'a request URL returned by a helper', code: 'const endpoint = (e) => `/api/users?email=${e}`;\nfetch(endpoint(user.email));' },
    { name: 'URLSearchParams as a POST body', code: "fetch('/api/leads', { method: 'POST', body: new URLSearchParams({ email: user.email, phone: user.phone }) });" },
    { name: 'URLSearchParams in a variable used as a body', code: "const form = new URLSearchParams();\nform.set('email', user.email);\nawait fetch('/api/leads', { method: 'POST', body: form });" },
    { name: 'mailto and tel links carry an address by design', code: 'const a = <a href={`mailto:${user.email}`}>Mail</a>;\nconst b = <a href={`tel:${user.phone}`}>Call</a>;' },
    { name: 'text that is not a URL', code: 'const greeting = `Hello ${user.firstName}`;\nconst full = `${user.firstName} ${user.lastName}`;\nconsole.log(`email=${user.email}`);' },
    { name: 'a stringify of another module is no query string', code: "import { stringify } from 'csv-stringify/sync';\nimport { parse } from 'qs';\nexport const row = (user) => stringify([{ email: user.email }]) + parse(user.query);" },
    { name: 'a Map is not a URLSearchParams', code: "const cache = new Map();\ncache.set('email', user.email);" },
    { name: 'string replace is not a location replace', code: "const text = template.replace('{email}', user.email);" },
    { name: 'a static route object', code: "router.push({ pathname: '/account', query: { tab: 'email' } });" },
    { name: 'a table of routes without personal data', code: "const routes = { thanks: { pathname: '/thanks', query: { source: 'ad' } } };\nrouter.push(routes.thanks);\nrouter.push(routes.missing);" },
    { name: 'a list push is no navigation', code: "items.push({ pathname: '/thanks', query: { email: user.email } });" },
    { name: 'reading a search parameter', code: "const email = new URL(location.href).searchParams.get('email');" },
    { name: 'a link with a static href', code: 'const link = <a href="/thanks?source=email">Thanks</a>;' },
    { name: 'an array push is not a router', code: 'lines.push(`/thanks?email=${user.email} was sent`);' },
    { name: 'new URL with a base and a static path', code: "router.push(new URL('/thanks?source=email', location.origin));" },
    { name: 'a Conversions API request URL with the token in its query', code: "const url = new URL(`https://graph.facebook.com/v19.0/${PIXEL}/events`);\nurl.searchParams.set('access_token', TOKEN);\nawait fetch(url, { method: 'POST', body: JSON.stringify({ data: [event] }) });" },
  ],
  invalid: [
    {
      name: 'template literal judged by key',
      code: 'export function thanksUrl(entered) {\n  return `/thanks?email=${entered}&source=ad`;\n}',
      errors: [pageError(2, 27, { kind: EMAIL, origin: '`entered`', part: QUERY, url: BUILT, output: 'export function thanksUrl(entered) {\n  return `/thanks?source=ad`;\n}' })],
    },
    {
      name: 'the last parameter of a template literal: its `&` goes, the rest of the URL stays',
      code: 'router.push(`/thanks?source=ad&email=${user.email}`);\nrouter.push(`/thanks?source=ad&email=${user.email}#top`);',
      errors: [
        pageError(1, 40, { kind: EMAIL, origin: '`user.email`', part: QUERY, url: given('router.push()'), output: 'router.push(`/thanks?source=ad`);\nrouter.push(`/thanks?source=ad&email=${user.email}#top`);' }),
        pageError(2, 40, { kind: EMAIL, origin: '`user.email`', part: QUERY, url: given('router.push()'), output: 'router.push(`/thanks?source=ad&email=${user.email}`);\nrouter.push(`/thanks?source=ad#top`);' }),
      ],
    },
    {
      name: 'template literal judged by value',
      code: 'const next = `/welcome?e=${user.email}&n=${user.firstName}`;',
      errors: [
        severalError(1, 28, 'An email address (from `user.email`) and a first name (from `user.firstName`)', QUERY, BUILT, [
          ['e', 'const next = `/welcome?n=${user.firstName}`;'],
          ['n', 'const next = `/welcome?e=${user.email}`;'],
        ]),
      ],
    },
    {
      name: 'one URL with three personal parameters: one report naming each',
      code: 'export function quote(email, phone, birthDate) {\n  return `/api/quote?email=${email}&phone=${phone}&dob=${birthDate}&plan=basic`;\n}',
      errors: [
        severalError(2, 30, 'An email address (from `email`), a phone number (from `phone`) and a date of birth (from `birthDate`)', QUERY, BUILT, [
          ['email', 'export function quote(email, phone, birthDate) {\n  return `/api/quote?phone=${phone}&dob=${birthDate}&plan=basic`;\n}'],
          ['phone', 'export function quote(email, phone, birthDate) {\n  return `/api/quote?email=${email}&dob=${birthDate}&plan=basic`;\n}'],
          ['dob', 'export function quote(email, phone, birthDate) {\n  return `/api/quote?email=${email}&phone=${phone}&plan=basic`;\n}'],
        ]),
      ],
    },
    {
      name: 'personal data in the path and the query of one URL',
      code: 'router.push(`/users/${user.email}/welcome?phone=${user.phone}`);',
      errors: [
        severalError(1, 23, 'An email address (from `user.email`) and a phone number (from `user.phone`)', 'path and query string', given('router.push()'), [
          ['phone', 'router.push(`/users/${user.email}/welcome`);'],
        ]),
      ],
    },
    {
      name: 'two URLs: one report each',
      code: 'const a = `/thanks?email=${form.email}`;\nconst b = `/thanks?phone=${form.phone}`;',
      errors: [
        pageError(1, 28, { kind: EMAIL, origin: '`form.email`', part: QUERY, url: BUILT, output: 'const a = `/thanks`;\nconst b = `/thanks?phone=${form.phone}`;' }),
        pageError(2, 28, { kind: PHONE, origin: '`form.phone`', part: QUERY, url: BUILT, key: 'phone', output: 'const a = `/thanks?email=${form.email}`;\nconst b = `/thanks`;' }),
      ],
    },
    {
      name: 'concatenation',
      code: "const next = '/thanks?phone=' + phone + '&ok=1';",
      errors: [pageError(1, 33, { kind: PHONE, origin: '`phone`', part: QUERY, url: BUILT })],
    },
    {
      name: 'personal data in the path',
      code: 'const profile = `/users/${user.email}/orders`;',
      errors: [pageError(1, 27, { kind: EMAIL, origin: '`user.email`', part: 'path', url: BUILT })],
    },
    {
      name: 'personal data in the fragment, by key',
      code: 'const back = `/account#email=${entered}`;',
      errors: [pageError(1, 32, { kind: EMAIL, origin: '`entered`', part: 'fragment', url: BUILT })],
    },
    {
      name: 'a value through a variable, with its origin',
      code: 'const email = req.body.email;\nres.redirect(`/thanks?e=${email}`);',
      errors: [pageError(2, 27, { kind: EMAIL, origin: '`req.body.email` (line 1)', part: QUERY, url: given('res.redirect()'), key: 'e', output: 'const email = req.body.email;\nres.redirect(`/thanks`);' })],
    },
    {
      name: 'new URL with searchParams.set and append, then router.push',
      code: [
        "const url = new URL('/thanks', location.origin);",
        "url.searchParams.set('email', form.email.value);",
        "url.searchParams.append('mobile', form.mobile.value);",
        "url.searchParams.set('source', 'form');",
        'router.push(url.toString());',
      ].join('\n'),
      errors: [
        severalError(2, 31, 'An email address (from `form.email.value`) and a phone number (from `form.mobile.value`)', QUERY, given('router.push()'), [
          ['email', "const url = new URL('/thanks', location.origin);\nurl.searchParams.append('mobile', form.mobile.value);\nurl.searchParams.set('source', 'form');\nrouter.push(url.toString());"],
          ['mobile', "const url = new URL('/thanks', location.origin);\nurl.searchParams.set('email', form.email.value);\nurl.searchParams.set('source', 'form');\nrouter.push(url.toString());"],
        ]),
      ],
    },
    {
      name: 'searchParams.set judged by key',
      code: "const url = new URL(location.href);\nurl.searchParams.set('phone', value);\nhistory.replaceState(null, '', url);",
      errors: [pageError(2, 31, { kind: PHONE, origin: '`value`', part: QUERY, url: given('history.replaceState()'), key: 'phone', output: "const url = new URL(location.href);\nhistory.replaceState(null, '', url);" })],
    },
    {
      name: 'removing a searchParams.set statement keeps the comment after it',
      code: "const url = new URL(location.href);\nurl.searchParams.set('phone', value); // for the callback\nhistory.replaceState(null, '', url);",
      errors: [
        pageError(2, 31, {
          kind: PHONE,
          origin: '`value`',
          part: QUERY,
          url: given('history.replaceState()'),
          key: 'phone',
          output: "const url = new URL(location.href);\n// for the callback\nhistory.replaceState(null, '', url);",
        }),
      ],
    },
    {
      name: 'new URLSearchParams object, placed in a navigation',
      code: "const params = new URLSearchParams({ email: user.email, source: 'ad' });\nwindow.location.assign(`/thanks?${params}`);",
      errors: [
        pageError(1, 45, {
          kind: EMAIL,
          origin: '`user.email`',
          part: QUERY,
          url: given('window.location.assign()'),
          output: "const params = new URLSearchParams({ source: 'ad' });\nwindow.location.assign(`/thanks?${params}`);",
        }),
      ],
    },
    {
      name: 'a query-string builder called through a named import or a destructured require',
      code: "import { stringify } from 'query-string';\nexport const thanksUrl = (user) => '/thanks?' + stringify({ email: user.email });",
      errors: [
        pageError(2, 68, {
          kind: EMAIL,
          origin: '`user.email`',
          part: QUERY,
          url: BUILT,
          key: 'email',
          output: "import { stringify } from 'query-string';\nexport const thanksUrl = (user) => '/thanks?' + stringify({});",
        }),
      ],
    },
    {
      name: "Node's querystring.encode destructured from require('node:querystring')",
      code: "const { encode: toQuery } = require('node:querystring');\nmodule.exports = (user) => toQuery({ phone: user.phone });",
      errors: [
        pageError(2, 45, {
          kind: PHONE,
          origin: '`user.phone`',
          part: QUERY,
          url: BUILT,
          key: 'phone',
          output: "const { encode: toQuery } = require('node:querystring');\nmodule.exports = (user) => toQuery({});",
        }),
      ],
    },
    {
      name: "a query string built with Node's querystring.encode, in a file with no other URL text",
      code: "const querystring = require('querystring');\nexport const link = (user) => querystring.encode({ email: user.email });",
      errors: [
        pageError(2, 59, {
          kind: EMAIL,
          origin: '`user.email`',
          part: QUERY,
          url: BUILT,
          key: 'email',
          output: "const querystring = require('querystring');\nexport const link = (user) => querystring.encode({});",
        }),
      ],
    },
    {
      name: 'URLSearchParams set, and a query string built with qs',
      code: "const params = new URLSearchParams();\nparams.set('email', entered);\nconst next = '/thanks?' + params.toString() + '&' + qs.stringify({ phone: user.phone });",
      errors: [
        pageError(2, 21, { kind: EMAIL, origin: '`entered`', part: QUERY, url: BUILT, output: "const params = new URLSearchParams();\nconst next = '/thanks?' + params.toString() + '&' + qs.stringify({ phone: user.phone });" }),
        pageError(3, 75, { kind: PHONE, origin: '`user.phone`', part: QUERY, url: BUILT, key: 'phone', output: "const params = new URLSearchParams();\nparams.set('email', entered);\nconst next = '/thanks?' + params.toString() + '&' + qs.stringify({});" }),
      ],
    },
    {
      name: 'location.href, location and location.hash assignments',
      code: 'location.href = `/thanks?email=${entered}`;\ndocument.location = "/welcome?phone=" + phoneNumber;\nwindow.location.hash = user.email;',
      errors: [
        pageError(1, 34, { kind: EMAIL, origin: '`entered`', part: QUERY, url: '`location.href`', output: 'location.href = `/thanks`;\ndocument.location = "/welcome?phone=" + phoneNumber;\nwindow.location.hash = user.email;' }),
        pageError(2, 41, { kind: PHONE, origin: '`phoneNumber`', part: QUERY, url: '`document.location`' }),
        pageError(3, 24, { kind: EMAIL, origin: '`user.email`', part: 'fragment', url: '`window.location.hash`' }),
      ],
    },
    {
      name: 'members every object inherits are no location setters, link elements or route keys: URLs built here',
      code: 'location.constructor = `/thanks?email=${entered}`;\nconst link = <constructor href={`/thanks?email=${entered}`}>Thanks</constructor>;\nrouter.push({ toString: `/thanks?email=${entered}` });',
      errors: [
        pageError(1, 41, { kind: EMAIL, origin: '`entered`', part: QUERY, url: BUILT, output: 'location.constructor = `/thanks`;\nconst link = <constructor href={`/thanks?email=${entered}`}>Thanks</constructor>;\nrouter.push({ toString: `/thanks?email=${entered}` });' }),
        pageError(2, 50, { kind: EMAIL, origin: '`entered`', part: QUERY, url: BUILT, output: 'location.constructor = `/thanks?email=${entered}`;\nconst link = <constructor href={`/thanks`}>Thanks</constructor>;\nrouter.push({ toString: `/thanks?email=${entered}` });' }),
        pageError(3, 42, { kind: EMAIL, origin: '`entered`', part: QUERY, url: BUILT, output: 'location.constructor = `/thanks?email=${entered}`;\nconst link = <constructor href={`/thanks?email=${entered}`}>Thanks</constructor>;\nrouter.push({ toString: `/thanks` });' }),
      ],
    },
    {
      name: 'location.replace and window.open',
      code: 'location.replace(`/done?email=${user.email}`);\nwindow.open(`https://share.example/?u=${user.email}`);',
      errors: [
        pageError(1, 33, { kind: EMAIL, origin: '`user.email`', part: QUERY, url: given('location.replace()'), output: 'location.replace(`/done`);\nwindow.open(`https://share.example/?u=${user.email}`);' }),
        pageError(2, 41, { kind: EMAIL, origin: '`user.email`', part: QUERY, url: given('window.open()'), key: 'u', output: 'location.replace(`/done?email=${user.email}`);\nwindow.open(`https://share.example/`);' }),
      ],
    },
    {
      name: 'history.pushState',
      code: "history.pushState({}, '', '/profile/' + customer.phone);",
      errors: [pageError(1, 41, { kind: PHONE, origin: '`customer.phone`', part: 'path', url: given('history.pushState()') })],
    },
    {
      name: 'Next.js router.push with a string and with a route object',
      code: [
        "import { useRouter } from 'next/router';",
        'export function useNext(user) {',
        '  const router = useRouter();',
        '  router.push(`/thanks?email=${user.email}`);',
        "  router.replace({ pathname: '/thanks', query: { phone: user.phone, step: 2 } });",
        '}',
      ].join('\n'),
      errors: [
        pageError(4, 32, { kind: EMAIL, origin: '`user.email`', part: QUERY, url: given('router.push()'), output: "import { useRouter } from 'next/router';\nexport function useNext(user) {\n  const router = useRouter();\n  router.push(`/thanks`);\n  router.replace({ pathname: '/thanks', query: { phone: user.phone, step: 2 } });\n}" }),
        pageError(5, 57, { kind: PHONE, origin: '`user.phone`', part: QUERY, url: given('router.replace()'), key: 'phone', output: "import { useRouter } from 'next/router';\nexport function useNext(user) {\n  const router = useRouter();\n  router.push(`/thanks?email=${user.email}`);\n  router.replace({ pathname: '/thanks', query: { step: 2 } });\n}" }),
      ],
    },
    {
      name: 'a route object in a variable',
      code: "const route = { path: '/thanks', query: { email: lead.email } };\nthis.$router.push(route);",
      errors: [pageError(1, 50, { kind: EMAIL, origin: '`lead.email`', part: QUERY, url: given('this.$router.push()'), output: "const route = { path: '/thanks', query: {} };\nthis.$router.push(route);" })],
    },
    {
      name: 'a route object read from a table of routes',
      code: "const routes = { thanks: { pathname: '/thanks', query: { email: lead.email } } };\nrouter.push(routes.thanks);",
      errors: [pageError(1, 65, { kind: EMAIL, origin: '`lead.email`', part: QUERY, url: given('router.push()'), output: "const routes = { thanks: { pathname: '/thanks', query: {} } };\nrouter.push(routes.thanks);" })],
    },
    {
      name: 'a query value assigned to the route object after it is built: no removal suggestion (removing the assignment is not offered)',
      code: "const query = { source: 'ad' };\nquery.email = lead.email;\nrouter.push({ pathname: '/thanks', query });",
      errors: [{ ...pageError(2, 15, { kind: EMAIL, origin: '`lead.email`', part: QUERY, url: given('router.push()') }), suggestions: [] }],
    },
    {
      name: 'a route object given to the router a hook returns (the only URL-shaped text of the file is the call)',
      code: "useRouter().push({ pathname: '/thanks', query: { email: user.email } });",
      errors: [pageError(1, 57, { kind: EMAIL, origin: '`user.email`', part: QUERY, url: given('useRouter().push()'), output: "useRouter().push({ pathname: '/thanks', query: {} });" })],
    },
    {
      name: 'React Router navigate and Next.js redirect',
      code: 'navigate(`/done/${user.email}`);\nredirect(`/welcome?phone=${user.phone}`);',
      errors: [
        pageError(1, 19, { kind: EMAIL, origin: '`user.email`', part: 'path', url: given('navigate()') }),
        pageError(2, 28, { kind: PHONE, origin: '`user.phone`', part: QUERY, url: given('redirect()'), key: 'phone', output: 'navigate(`/done/${user.email}`);\nredirect(`/welcome`);' }),
      ],
    },
    {
      name: 'Express res.redirect with a status code',
      code: "app.post('/signup', (req, res) => {\n  res.redirect(303, '/welcome?name=' + req.body.firstName);\n});",
      errors: [pageError(2, 40, { kind: 'A first name', origin: '`req.body.firstName`', part: QUERY, url: given('res.redirect()') })],
    },
    {
      name: 'a URL builder used by a navigation',
      code: 'const thanksUrl = (e) => `/thanks?e=${e}`;\nrouter.push(thanksUrl(customer.email));',
      errors: [pageError(1, 39, { kind: EMAIL, origin: '`customer.email` (line 2)', part: QUERY, url: given('router.push()'), key: 'e', output: 'const thanksUrl = (e) => `/thanks`;\nrouter.push(thanksUrl(customer.email));' })],
    },
    {
      name: 'JSX a href and Link href object',
      code: 'const a = <a href={`/profile?email=${user.email}`}>Profile</a>;\nconst b = <Link href={{ pathname: \'/p\', query: { mobile: user.mobile } }}>P</Link>;',
      errors: [
        pageError(1, 38, { kind: EMAIL, origin: '`user.email`', part: QUERY, url: 'a `<a href>` link', output: 'const a = <a href={`/profile`}>Profile</a>;\nconst b = <Link href={{ pathname: \'/p\', query: { mobile: user.mobile } }}>P</Link>;' }),
        pageError(2, 58, { kind: PHONE, origin: '`user.mobile`', part: QUERY, url: 'a `<Link href>` link', key: 'mobile', output: 'const a = <a href={`/profile?email=${user.email}`}>Profile</a>;\nconst b = <Link href={{ pathname: \'/p\', query: {} }}>P</Link>;' }),
      ],
    },
    {
      name: 'a component href that is not a known link is still a URL built here',
      code: 'const el = <Button href={`/thanks?email=${user.email}`}>x</Button>;',
      errors: [pageError(1, 43, { kind: EMAIL, origin: '`user.email`', part: QUERY, url: BUILT, output: 'const el = <Button href={`/thanks`}>x</Button>;' })],
    },
    {
      name: 'React Router Link to',
      code: 'const c = <Link to={"/account/" + user.email}>Account</Link>;',
      errors: [pageError(1, 35, { kind: EMAIL, origin: '`user.email`', part: 'path', url: 'a `<Link to>` link' })],
    },
    {
      name: 'CAPI event_source_url',
      code: [
        'const event = {',
        "  event_name: 'Lead',",
        "  action_source: 'website',",
        '  event_source_url: `https://shop.example/thanks?email=${email}`,',
        '  user_data: { em: hashed },',
        '};',
      ].join('\n'),
      errors: [
        error('metaUrl', 4, 58, {
          kind: EMAIL,
          origin: '`email`',
          part: QUERY,
          url: '`event_source_url`',
          output: "const event = {\n  event_name: 'Lead',\n  action_source: 'website',\n  event_source_url: `https://shop.example/thanks`,\n  user_data: { em: hashed },\n};",
        }),
      ],
    },
    {
      name: 'CAPI referrer_url through a variable',
      code: "const referrer = `https://shop.example/cart?phone=${phone}`;\nconst event = { event_name: 'AddToCart', referrer_url: referrer, user_data: { fbp } };",
      errors: [error('metaUrl', 1, 53, { kind: PHONE, origin: '`phone`', part: QUERY, url: '`referrer_url`', key: 'phone', output: "const referrer = `https://shop.example/cart`;\nconst event = { event_name: 'AddToCart', referrer_url: referrer, user_data: { fbp } };" })],
    },
    {
      name: 'location.search assignment',
      code: "window.location.search = '?email=' + encodeURIComponent(entered);",
      errors: [pageError(1, 38, { kind: EMAIL, origin: '`encodeURIComponent(entered)`', part: QUERY, url: '`window.location.search`' })],
    },
    {
      name: 'SDK setEventSourceUrl and setReferrerUrl',
      code: "import { ServerEvent } from 'facebook-nodejs-business-sdk';\nnew ServerEvent().setEventSourceUrl('https://shop.example/u/' + req.body.email).setReferrerUrl(`https://shop.example/?p=${req.body.phone}`);",
      errors: [
        error('metaUrl', 2, 65, { kind: EMAIL, origin: '`req.body.email`', part: 'path', url: '`ServerEvent.setEventSourceUrl()`' }),
        error('metaUrl', 2, 123, { kind: PHONE, origin: '`req.body.phone`', part: QUERY, url: '`ServerEvent.setReferrerUrl()`', key: 'p', output: "import { ServerEvent } from 'facebook-nodejs-business-sdk';\nnew ServerEvent().setEventSourceUrl('https://shop.example/u/' + req.body.email).setReferrerUrl(`https://shop.example/`);" }),
      ],
    },
    {
      name: 'image-pixel URL parameters other than ud[] and cd[]',
      code: 'const img = `https://www.facebook.com/tr?id=1&ev=Lead&ud[em]=${raw}&email=${user.email}`;',
      errors: [error('metaUrl', 1, 77, { kind: EMAIL, origin: '`user.email`', part: QUERY, url: 'an image-pixel URL', output: 'const img = `https://www.facebook.com/tr?id=1&ev=Lead&ud[em]=${raw}`;' })],
    },
    {
      name: 'includeRequests: fetch, axios params, XMLHttpRequest and http.request',
      code: [
        'fetch(`/api/users?email=${email}`);',
        "axios.get('/api/x', { params: { phone: user.phone } });",
        "xhr.open('GET', '/api/lookup?email=' + entered);",
        'http.request(`http://internal/users/${user.email}`);',
      ].join('\n'),
      options: [{ includeRequests: true }],
      errors: [
        error('requestUrl', 1, 27, { kind: EMAIL, origin: '`email`', part: QUERY, url: 'the URL requested by `fetch()`', output: 'fetch(`/api/users`);\naxios.get(\'/api/x\', { params: { phone: user.phone } });\nxhr.open(\'GET\', \'/api/lookup?email=\' + entered);\nhttp.request(`http://internal/users/${user.email}`);' }),
        error('requestUrl', 2, 40, { kind: PHONE, origin: '`user.phone`', part: QUERY, url: 'the URL requested by `axios.get()`', key: 'phone', output: 'fetch(`/api/users?email=${email}`);\naxios.get(\'/api/x\', { params: {} });\nxhr.open(\'GET\', \'/api/lookup?email=\' + entered);\nhttp.request(`http://internal/users/${user.email}`);' }),
        error('requestUrl', 3, 40, { kind: EMAIL, origin: '`entered`', part: QUERY, url: 'the URL requested by `xhr.open()`' }),
        error('requestUrl', 4, 39, { kind: EMAIL, origin: '`user.email`', part: 'path', url: 'the URL requested by `http.request()`' }),
      ],
    },
    {
      name: 'includeRequests: axios called with one options object',
      code: "await axios({ method: 'get', url: 'https://api.example/users', params: { email: user.email } });",
      options: [{ includeRequests: true }],
      errors: [error('requestUrl', 1, 81, { kind: EMAIL, origin: '`user.email`', part: QUERY, url: 'the URL requested by `axios()`', output: "await axios({ method: 'get', url: 'https://api.example/users', params: {} });" })],
    },
    {
      name: 'includeRequests: a request URL through a variable',
      code: 'const url = `/api/lookup?phone=${phone}`;\nawait got(url);',
      options: [{ includeRequests: true }],
      errors: [error('requestUrl', 1, 34, { kind: PHONE, origin: '`phone`', part: QUERY, url: 'the URL requested by `got()`', key: 'phone', output: 'const url = `/api/lookup`;\nawait got(url);' })],
    },
    {
      // The token scan reads names from the text, unless a `\u` escape spells one: then from the token's value.
      name: 'a navigation method written with a unicode escape (found by its name alone: a route object)',
      code: "// Sends the user to the thanks page (a new location).\nrouter.\\u0070ush({ pathname: '/thanks', query: { email: user.email } });",
      errors: [pageError(2, 57, { kind: EMAIL, origin: '`user.email`', part: QUERY, url: given('router.\\u0070ush()'), key: 'email', output: "// Sends the user to the thanks page (a new location).\nrouter.\\u0070ush({ pathname: '/thanks', query: {} });" })],
    },
    {
      name: 'a value reported once although two navigations use it',
      code: 'const next = `/thanks?email=${entered}`;\nrouter.push(next);\nwindow.location.href = next;',
      errors: [pageError(1, 31, { kind: EMAIL, origin: '`entered`', part: QUERY, url: given('router.push()'), output: 'const next = `/thanks`;\nrouter.push(next);\nwindow.location.href = next;' })],
    },
    {
      name: 'CAPI event_source_url built from the request\'s protocol and host (no path or query start to read it by)',
      code: "const event = {\n  event_name: 'Lead',\n  action_source: 'website',\n  event_source_url: `${req.protocol}://${req.get('host')}/thanks/${req.body.email}`,\n};",
      errors: [error('metaUrl', 4, 68, { kind: EMAIL, origin: '`req.body.email`', part: 'path', url: '`event_source_url`' })],
    },
    {
      name: 'new URL(path, base): the path is read against its base',
      code: 'router.push(new URL(`/thanks?email=${user.email}`, location.origin));',
      errors: [pageError(1, 38, { kind: EMAIL, origin: '`user.email`', part: QUERY, url: given('router.push()'), output: 'router.push(new URL(`/thanks`, location.origin));' })],
    },
  ],
});

createTsRuleTester().run('no-pii-in-url (TypeScript)', rule, {
  valid: [
    {
      name: 'ts: typed request with PII stays quiet without includeRequests',
      code: 'const res: Response = await fetch(`/api/users?email=${user.email as string}`);',
    },
  ],
  invalid: [
    {
      name: 'ts: Next.js App Router redirect in a server action',
      code: "import { redirect } from 'next/navigation';\nexport async function signup(data: FormData) {\n  const email = data.get('email') as string;\n  redirect(`/welcome?email=${encodeURIComponent(email)}`);\n}",
      errors: [pageError(4, 30, { kind: EMAIL, origin: '`email`', part: QUERY, url: given('redirect()'), output: "import { redirect } from 'next/navigation';\nexport async function signup(data: FormData) {\n  const email = data.get('email') as string;\n  redirect(`/welcome`);\n}" })],
    },
    {
      name: 'tsx: Link with a typed user',
      code: "interface User { email: string }\nexport const Profile = ({ user }: { user: User }) => <Link href={`/u?email=${user.email}`}>Me</Link>;",
      filename: 'file.tsx',
      errors: [pageError(2, 78, { kind: EMAIL, origin: '`user.email`', part: QUERY, url: 'a `<Link href>` link', output: "interface User { email: string }\nexport const Profile = ({ user }: { user: User }) => <Link href={`/u`}>Me</Link>;" })],
    },
    {
      name: 'ts: Angular navigation extras held in a variable',
      code: "export class SignupComponent {\n  constructor(private router: Router) {}\n  done(form: { email: string }) {\n    const navigationExtras: NavigationExtras = { queryParams: { email: form.email } };\n    this.router.navigate(['/thanks'], navigationExtras);\n  }\n}",
      errors: [pageError(4, 72, { kind: EMAIL, origin: '`form.email`', part: QUERY, url: given('this.router.navigate()'), output: "export class SignupComponent {\n  constructor(private router: Router) {}\n  done(form: { email: string }) {\n    const navigationExtras: NavigationExtras = { queryParams: {} };\n    this.router.navigate(['/thanks'], navigationExtras);\n  }\n}" })],
    },
    {
      name: 'ts: searchParams on a Next.js middleware URL',
      code: "export function middleware(request: NextRequest) {\n  const url = request.nextUrl.clone();\n  url.searchParams.set('email', request.cookies.get('email')!.value);\n  return NextResponse.redirect(url);\n}",
      errors: [pageError(3, 33, { kind: EMAIL, origin: "`request.cookies.get('email')!.value`", part: QUERY, url: given('NextResponse.redirect()'), output: "export function middleware(request: NextRequest) {\n  const url = request.nextUrl.clone();\n  return NextResponse.redirect(url);\n}" })],
    },
  ],
});

/** A Vue single-file component: `template` inside `<template>`, `script` inside `<script setup>`. */
function sfc(template: string, script = ''): string {
  return `<template>\n${template}\n</template>\n<script setup>\n${script}\n</script>\n`;
}

createVueRuleTester().run('no-pii-in-url (Vue templates)', rule, {
  valid: [
    { name: 'bound links without personal data', filename: 'Nav.vue', code: sfc("  <a :href=\"`/products/${product.slug}`\">See</a>\n  <RouterLink :to=\"{ name: 'thanks' }\">Go</RouterLink>") },
    { name: 'a static href is no bound target', filename: 'Contact.vue', code: sfc('  <a href="/contact?topic=email">Mail</a>') },
    { name: 'an element named like a member every object inherits is no link', filename: 'Odd.vue', code: sfc("  <constructor :href=\"`/thanks?email=${form.email}`\">Done</constructor>") },
  ],
  invalid: [
    {
      name: 'an email in the query of a bound href, followed into <script setup>',
      filename: 'Done.vue',
      code: sfc("  <a :href=\"`/thanks?email=${form.email}&plan=pro`\">Done</a>", "const form = reactive({ email: '' });"),
      errors: [
        {
          messageId: 'pageUrl',
          line: 2,
          column: 30,
          data: { what: 'An email address (from `form.email`)', verb: 'is', part: 'query string', it: 'it', url: 'a `<a :href>` link' },
          suggestions: [{ messageId: 'removeParameter', data: { key: 'email' }, output: sfc("  <a :href=\"`/thanks?plan=pro`\">Done</a>", "const form = reactive({ email: '' });") }],
        },
      ],
    },
    {
      name: 'a phone in the query object of a router-link, named as written',
      filename: 'Done.vue',
      code: sfc("  <router-link :to=\"{ path: '/done', query: { phone: user.phone } }\">Done</router-link>"),
      errors: [
        {
          messageId: 'pageUrl',
          line: 2,
          column: 54,
          data: { what: 'A phone number (from `user.phone`)', verb: 'is', part: 'query string', it: 'it', url: 'a `<router-link :to>` link' },
          suggestions: [{ messageId: 'removeParameter', data: { key: 'phone' }, output: sfc("  <router-link :to=\"{ path: '/done', query: {} }\">Done</router-link>") }],
        },
      ],
    },
  ],
});
