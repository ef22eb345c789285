// fast-check arbitraries for random Meta-shaped programs: pixel calls with random commands and
// arguments, CAPI payloads with random keys, values and nesting sent through HTTP clients or the
// business SDK, URL templates and navigations, consent guards around any of them, local wrappers.
import fc from 'fast-check';

const META_KEYS = [
  'em', 'ph', 'fn', 'ln', 'db', 'ge', 'ct', 'st', 'zp', 'country', 'external_id', 'client_ip_address',
  'client_user_agent', 'fbc', 'fbp', 'user_data', 'custom_data', 'event_name', 'event_time', 'event_id',
  'action_source', 'event_source_url', 'referrer_url', 'data_processing_options', 'data_processing_options_country',
  'data_processing_options_state', 'test_event_code', 'access_token', 'value', 'currency', 'content_name',
  'content_category', 'content_ids', 'contents', 'search_string', 'email', 'phone', 'eventID', 'data', 'match_keys',
];
const NAMES = [
  'email', 'userEmail', 'phone', 'firstName', 'zip', 'user', 'order', 'token', 'ACCESS_TOKEN', 'hashed', 'id', 'x',
  'params', 'payload', 'ev', 'consent', 'hasMarketingConsent', 'privacyChoices', 'url', 'query', 'data',
];
const COMMANDS = ['init', 'track', 'trackCustom', 'trackSingle', 'trackSingleCustom', 'consent', 'dataProcessingOptions', 'set', 'grant', ''];
const STRINGS = [
  'Purchase', 'HIVTestBooked', 'therapy session', 'a@b.co', '+14155550123', 'LDU', 'ldu', 'US', 'CA', 'grant',
  'revoke', 'TEST123', 'EAABsbCS1iHgBAKZBZCVkZAZBZC5ZBZBZA9ZB0ZB8ZB4ZBZB2ZBZB9ZBZB1ZBZBZB3ZBZB7ZBZBZB6ZBZBZB5ZBZB', '123456789|abcdefABCDEF0123456789abcd',
  'https://graph.facebook.com/v21.0/1/events', 'https://www.facebook.com/tr?id=1&ev=PageView&ud[em]=x', '/thanks?email=', '', 'website',
  'b94d27b9934d3e08a52e52d7da7dabfac484efe37a5380ee9088f7ace2efcde9',
];

const identifier = fc.constantFrom(...NAMES);
const stringLiteral = fc.oneof(fc.constantFrom(...STRINGS), fc.string({ maxLength: 12 })).map((text) => JSON.stringify(text));
const numberLiteral = fc.constantFrom('0', '1', '1000', '1013', '-1', '1.5', '1e3');
const member = fc.tuple(identifier, fc.constantFrom('email', 'body.email', 'phone', 'value', 'id', 'trim()', 'toLowerCase()')).map(([a, b]) => `${a}.${b}`);

/** Expressions, nested up to a small depth: literals, names, templates, hash calls, objects, arrays… */
const { value } = fc.letrec<{ value: string; object: string }>((tie) => ({
  value: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    identifier,
    stringLiteral,
    numberLiteral,
    member,
    fc.tuple(fc.constantFrom('/thanks?email=', 'https://shop.example/p?ph=', '#', 'https://www.facebook.com/tr?ud[em]='), identifier).map(([head, name]) => `\`${head}\${${name}}\``),
    fc.tuple(fc.constantFrom('sha256', 'hashEmail', 'sha256Hex', 'privacy.hashEmail', 'md5', 'String', 'encodeURIComponent'), tie('value')).map(([fn, arg]) => `${fn}(${arg})`),
    fc.tuple(tie('value'), tie('value')).map(([a, b]) => `${a} + ${b}`),
    fc.tuple(identifier, tie('value'), tie('value')).map(([test, a, b]) => `${test} ? ${a} : ${b}`),
    fc.tuple(tie('value'), tie('value')).map(([a, b]) => `${a} ?? ${b}`),
    fc.array(tie('value'), { maxLength: 3 }).map((items) => `[${items.join(', ')}]`),
    tie('object'),
    tie('value').map((inner) => `await ${inner}`),
    identifier.map((name) => `process.env.${name === 'x' ? 'NEXT_PUBLIC_FB_ACCESS_TOKEN' : `META_${name.toUpperCase()}`}`),
  ),
  object: fc
    .array(
      fc.oneof(
        fc.tuple(fc.constantFrom(...META_KEYS), tie('value')).map(([key, inner]) => `${key}: ${inner}`),
        fc.tuple(fc.constantFrom(...META_KEYS), tie('value')).map(([key, inner]) => `['${key}']: ${inner}`),
        identifier.map((name) => `...${name}`),
        fc.constantFrom(...META_KEYS).filter((key) => /^[a-z_]+$/i.test(key)),
      ),
      { maxLength: 5 },
    )
    .map((properties) => `{ ${properties.join(', ')} }`),
}));

const args = fc.array(value, { maxLength: 4 });

const fbqCall = fc
  .tuple(fc.constantFrom('fbq', 'window.fbq', 'fbq?.', "window['fbq']", '_fbq', 'ReactPixel.track', 'fpixel.event', 'trackIt'), fc.constantFrom(...COMMANDS), args)
  .map(([callee, command, rest]) => `${callee}(${[JSON.stringify(command), ...rest].join(', ')});`);

const capiSend = fc
  .tuple(fc.constantFrom('fetch', 'axios.post', 'got.post', 'ky.post'), value, value, fc.boolean())
  .map(([client, url, body, stringify]) => `${client}(\`https://graph.facebook.com/v21.0/\${${url}}/events\`, { method: 'POST', body: ${stringify ? `JSON.stringify(${body})` : body} });`);

const sdkChain = fc
  .tuple(fc.subarray(['setEmail', 'setPhone', 'setClientIpAddress', 'setFbp', 'setExternalId'], { maxLength: 3 }), value, value, value)
  .map(
    ([setters, a, b, c]) =>
      `new EventRequest(${a}, ${b}).setTestEventCode(${c}).setEvents([new ServerEvent().setEventName(${b}).setEventSourceUrl(${c}).setDataProcessingOptions(${a}).setUserData(new UserData()${setters.map((setter) => `.${setter}(${a})`).join('')}).setCustomData(new CustomData().setContentName(${c}).setCustomProperties(${a}))]).execute();`,
  );

const urlUse = fc.oneof(
  value.map((url) => `location.href = ${url};`),
  fc.tuple(fc.constantFrom('router.push', 'res.redirect', 'window.open', 'redirect', 'navigate'), value).map(([fn, url]) => `${fn}(${url});`),
  fc.tuple(fc.constantFrom('email', 'ph', 'q', 'source'), value).map(([key, inner]) => `const u = new URL(location.href); u.searchParams.set('${key}', ${inner}); history.pushState({}, '', u);`),
  value.map((inner) => `const qs = new URLSearchParams(${inner}).toString();`),
  value.map((inner) => `new Image().src = \`https://www.facebook.com/tr?id=1&ev=Lead&cd[email]=\${${inner}}&dpo=LDU&dpoco=\${${inner}}\`;`),
);

const declaration = fc.tuple(fc.constantFrom('const', 'let', 'var'), identifier, value).map(([kind, name, init]) => `${kind} ${name}_${kind} = ${init};`);

const sink = fc.oneof(fbqCall, capiSend, sdkChain, urlUse, value.map((inner) => `const payload = ${inner};`), declaration);

/** A statement, maybe under a consent guard or inside a local wrapper, a callback or a CMP hook. */
const statement = fc.oneof(
  sink,
  fc.tuple(fc.constantFrom('hasMarketingConsent()', 'privacyChoices.ads', "consent === 'granted'", 'isProduction', "OnetrustActiveGroups.includes('C0004')", '!consent'), sink).map(
    ([test, body]) => `if (${test}) { ${body} }`,
  ),
  sink.map((body) => `function guard() { if (!hasMarketingConsent()) return; ${body} }`),
  sink.map((body) => `OneTrust.OnConsentChanged(() => { ${body} });`),
  sink.map((body) => `async function handler(req, res) { const { email, phone } = req.body; ${body} }`),
  fc.constant("fbq('consent', 'revoke');"),
  fc.constant('function track(name, data) { fbq("track", name, data); }\ntrack("HIVTestBooked", { email });'),
);

const IMPORTS = `import ReactPixel from 'react-facebook-pixel';
import { trackIt } from '@acme/analytics';
import bizSdk from 'facebook-nodejs-business-sdk';
const { EventRequest, ServerEvent, UserData, CustomData } = bizSdk;`;

/** A whole program: a few statements, each in its own block (names repeat), maybe with the usual imports. */
export const metaProgram = fc
  .tuple(fc.boolean(), fc.array(statement, { minLength: 1, maxLength: 6 }))
  .map(([imports, statements]) => [imports ? IMPORTS : '', ...statements.map((body) => `{\n${body}\n}`)].join('\n'));

/** Random JSX around a link or a Next.js `<Script>`: URL attributes and inline pixel code. */
export const jsxProgram = fc
  .tuple(value, fc.constantFrom('a', 'Link', 'NavLink'), fc.constantFrom('href', 'to'))
  .map(([url, tag, attribute]) => `export const Page = ({ email }) => <main><${tag} ${attribute}={${url}}>x</${tag}><Script id="p">{\`fbq('init', '1', { em: '\${email}' })\`}</Script></main>;`);
