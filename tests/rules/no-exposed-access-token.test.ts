import rule from '../../src/rules/no-exposed-access-token.js';
import type { Options } from '../../src/rules/no-exposed-access-token.js';
import { TEST_FILE_OPTION_DEFAULTS } from '../../src/analysis/facts/environment.js';
import { createJsRuleTester, createTsRuleTester } from '../rule-tester.js';

const withOptions = (options: Partial<Options[0]>): Options => [{ ...TEST_FILE_OPTION_DEFAULTS, ignoreTestFiles: false, ...options }];

// Fake credentials, shaped like real ones: an `EAA` system-user token (95 base-62 characters after
// `EAA`), an app token `{app_id}|{32-hex secret}` and a generic secret-looking value.
const TOKEN = `EAA${'FakeToken0123456789'.repeat(5)}`;
const APP_TOKEN = `1234567890123456|${'0123456789abcdef'.repeat(2)}`;
const SECRET = 'fake0secret1for2tests3';

const SDK = "import { EventRequest, FacebookAdsApi } from 'facebook-nodejs-business-sdk';\n";
const GRAPH = 'https://graph.facebook.com/v21.0/1234567890/events';
const OAUTH = 'https://graph.facebook.com/oauth/access_token';
const HEX_SECRET = '0f1e2d3c4b5a69788796a5b4c3d2e1f0';

const hardCoded = (line: number, column: number, what = 'access token') => ({ messageId: 'hardCodedToken' as const, line, column, data: { what } });
const exposed = (line: number, column: number, name: string, prefix: string, what = 'access token') => ({
  messageId: 'clientExposedToken' as const,
  line,
  column,
  data: { name, prefix, what },
});

createJsRuleTester().run('no-exposed-access-token', rule, {
  valid: [
    { name: 'a token read from a server-only variable', code: `${SDK}new EventRequest(process.env.META_TOKEN, process.env.META_PIXEL_ID);` },
    { name: 'a server-only variable in the query string', code: `fetch('${GRAPH}?access_token=' + process.env.META_TOKEN, { method: 'POST' });` },
    { name: 'an angle-bracket placeholder', code: `${SDK}new EventRequest('<ACCESS_TOKEN>', '1234567890');` },
    { name: 'a YOUR_TOKEN placeholder', code: `${SDK}const api = FacebookAdsApi.init('YOUR_TOKEN');` },
    { name: 'a YOUR_ACCESS_TOKEN placeholder in a body', code: `fetch('${GRAPH}', { body: JSON.stringify({ data: [], access_token: 'YOUR_ACCESS_TOKEN' }) });` },
    { name: 'an xxx placeholder', code: `${SDK}new EventRequest('xxx', '1234567890');` },
    { name: 'an empty token', code: `${SDK}const request = new EventRequest('', '1234567890').setAccessToken('');` },
    { name: 'a placeholder in the query string', code: `const url = '${GRAPH}?access_token={TOKEN}';` },
    { name: 'a client_secret read from a server-only variable', code: `const url = \`${OAUTH}?client_id=\${appId}&client_secret=\${process.env.FB_APP_SECRET}&grant_type=client_credentials\`;` },
    { name: 'a placeholder client_secret', code: `const url = '${OAUTH}?client_id={app-id}&client_secret={app-secret}&grant_type=client_credentials';` },
    { name: "another OAuth server's client_secret", code: `const url = 'https://oauth2.googleapis.com/token?client_id=1&client_secret=${HEX_SECRET}';` },
    { name: "another OAuth server's client_secret in a Meta file", code: `fbq('init', '1');\nconst url = 'https://oauth2.googleapis.com/token?client_id=1&client_secret=${HEX_SECRET}';` },
    { name: 'an appsecret_proof computed at run time', code: `const url = \`${GRAPH}?access_token=\${token}&appsecret_proof=\${hmac(token, secret)}\`;` },
    { name: 'a truncated token in prose', code: "const help = 'Paste your token (it starts with EAAB...) here';" },
    { name: 'a masked token', code: `const masked = 'EAA${'x'.repeat(80)}';` },
    { name: 'EAA followed by a run without digits or lower case', code: `const header = 'EAA${'B'.repeat(80)}';` },
    { name: 'EAA followed by a short run', code: "const code = 'EAAbc123XYZ';" },
    { name: 'an EAA run inside base64 data', code: `const icon = 'data:image/png;base64,iVBORw0KGgo+${TOKEN}/AAAABJRU5ErkJggg==';` },
    { name: 'a pipe-separated value that is not an app token', code: "const label = '2024|summer-sale';" },
    {
      name: 'a token in a test file when the user skips test files',
      code: `const token = '${TOKEN}';`,
      filename: 'src/__tests__/capi.test.ts',
      options: withOptions({ ignoreTestFiles: true }),
    },
    { name: 'a token in a fixture when the user skips test files', code: `export const token = '${TOKEN}';`, filename: 'tests/fixtures/capi.js', options: withOptions({ ignoreTestFiles: true }) },
    { name: 'a token in a story when the user skips test files', code: `export const token = '${TOKEN}';`, filename: 'src/components/Pixel.stories.jsx', options: withOptions({ ignoreTestFiles: true }) },
    {
      name: 'a custom test-file glob',
      code: `const token = '${TOKEN}';`,
      filename: 'src/sandbox/capi.js',
      options: withOptions({ ignoreTestFiles: true, testFilePatterns: ['src/sandbox/**'] }),
    },
    {
      name: 'a custom glob without a slash matches the file name in any folder',
      code: `const token = '${TOKEN}';`,
      filename: 'src/checkout/capi.e2e.js',
      options: withOptions({ ignoreTestFiles: true, testFilePatterns: ['*.e2e.{js,ts}'] }),
    },
    {
      name: 'a default glob reaches into dot folders (.storybook), as ESLint globs do',
      code: `export const token = '${TOKEN}';`,
      filename: '.storybook/stories/Pixel.stories.js',
      options: withOptions({ ignoreTestFiles: true }),
    },
    {
      name: 'a custom glob with several stars in one segment',
      code: `const token = '${TOKEN}';`,
      filename: 'src/pixel/meta-capi-sandbox-test.js',
      options: withOptions({ ignoreTestFiles: true, testFilePatterns: ['./src/**/*-*-*-test.js'] }),
    },
    { name: 'a Mapbox public token outside Meta code', code: "mapboxgl.accessToken = 'pk.eyJ1IjoiZmFrZSIsImEiOiJjbDEyMyJ9.abc123DEF456';" },
    { name: 'a public Mapbox token variable outside Meta code', code: 'const map = new Map({ accessToken: process.env.NEXT_PUBLIC_MAPBOX_TOKEN });' },
    { name: 'a public pixel id', code: "fbq('init', process.env.NEXT_PUBLIC_META_PIXEL_ID);" },
    { name: 'a public non-secret variable', code: 'const site = import.meta.env.VITE_META_SITE_URL;' },
    { name: 'a token from a request', code: 'const facebookBody = { data: [], access_token: req.body.token };' },
    { name: 'a token from a function', code: 'const metaAccessToken = await loadSecret("meta/capi");' },
    { name: 'a generic secret-looking access token outside Meta code', code: `const client = new Client({ accessToken: '${SECRET}' });` },
    { name: 'a word that is not a credential name', code: `const facebook = { accessTokenExpiry: '${SECRET}' };` },
    { name: 'a form field with a placeholder', code: "const form = new FormData();\nform.append('access_token', '<TOKEN>');\nfetch('https://graph.facebook.com/v21.0/1/events', { body: form });" },
    { name: 'a file without any hint', code: 'export const add = (a, b) => a + b;' },
    {
      name: 'look-alikes of the token shapes: numeric ID pairs, dated labels, pipes in titles',
      code: "const orderRef = '1234567890123456|987654321098765432109876';\nconst banner = '20241201|black-friday-weekend-sale-banner';\nconst title = 'Checkout | Meta Pixel and Conversions API setup';\nconst timeoutMs = 5000;",
    },
    {
      name: 'the client access token stored, assigned, passed to its setter or concatenated into a URL',
      code: "import { Settings } from 'react-native-fbsdk-next';\nconst fbConfig = { appId: APP_ID, clientAccessToken: '1234567890123456|c5078631e4065b60d7544a95abcdef12' };\nSettings.clientToken = '1234567890123456|c5078631e4065b60d7544a95abcdef12';\nSettings.setClientToken('1234567890123456|c5078631e4065b60d7544a95abcdef12');\nconst APP_ID = '1234567890123456';\nconst CLIENT_TOKEN = 'c5078631e4065b60d7544a95abcdef12';\nfetch('https://graph.facebook.com/me?access_token=' + APP_ID + '|' + CLIENT_TOKEN);",
    },
    {
      name: 'placeholders, stubs and run-time values in SDK token slots',
      code: `${SDK}FacebookAdsApi.init(process.env.META_TOKEN || 'REPLACE_WITH_TOKEN_1234567890');\nnew EventRequest(process.env.META_TOKEN ?? 'dev-token-1234', PIXEL_ID).setPartnerAgent('acme-commerce-plugin-v2');\nnew EventRequest(\`\${TOKEN_PREFIX}\${suffix}\`, PIXEL_ID).setAppSecret(process.env.META_APP_SECRET ?? 'set-app-secret-in-env-file');\nnew EventRequest(token, PIXEL_ID).setAccessToken(process.env.META_TOKEN || 'missing META_TOKEN (step 2)');\nnew EventRequest(process.env.PIXEL_TOKEN || '12345678901234567890', PIXEL_ID).setAccessToken(readSecret('prod/meta-capi-token-v2'));`,
    },
    { name: 'environment reads by a computed name', code: "const site = process.env.NEXT_PUBLIC_SITE_URL;\nconst value = process.env[name];\nconst { [name]: other, NODE_ENV, ...rest } = process.env;" },
    {
      name: "a Meta file's other tokens: a declared slot, a CSRF token, a token read from the URL",
      code: "fbq('init', PIXEL_ID);\nlet accessToken;\nconst csrfToken = 'a1b2c3d4e5f6g7h8i9j0k1l2';\nconst token = new URL(location.href).searchParams.get('access_token');",
    },
    {
      name: 'a token cache that starts empty in a Meta file',
      code: "const GRAPH = 'https://graph.facebook.com/v21.0';\nlet accessToken = null;\nexport async function getToken() {\n  accessToken ??= await fetchToken();\n  return accessToken;\n}",
    },
    {
      name: 'a product ID passed to Content, whose first argument is no token slot',
      code: "import { Content, EventRequest } from 'facebook-nodejs-business-sdk';\nconst content = new Content('prod_NffrFeUfNV2Hib', 1);\nnew EventRequest(process.env.META_TOKEN, PIXEL_ID);",
    },
    {
      name: 'bundled env look-alikes: another module, a computed Config read',
      code: "import { FB_CLIENT_TOKEN } from '@env';\nimport { FB_ACCESS_TOKEN_STORAGE_KEY } from './storage-keys';\nimport Config from 'react-native-config';\nconst value = Config[key];",
    },
  ],
  invalid: [
    { name: 'an EAA token in a constant', code: `const ACCESS_TOKEN = '${TOKEN}';`, errors: [hardCoded(1, 22)] },
    { name: 'an EAA token in a static template', code: `const token = \`${TOKEN}\`;`, errors: [hardCoded(1, 15)] },
    { name: 'an EAA token in a template with interpolations', code: `const url = \`${GRAPH}?access_token=${TOKEN}&v=\${version}\`;`, errors: [hardCoded(1, 13)] },
    { name: 'an EAA token inside a URL string', code: `fetch('${GRAPH}?access_token=${TOKEN}', { method: 'POST' });`, errors: [hardCoded(1, 7)] },
    { name: 'an app token', code: `const appToken = '${APP_TOKEN}';`, errors: [hardCoded(1, 18, 'app access token')] },
    { name: 'an EAA token passed to EventRequest through a constant', code: `${SDK}const TOKEN = '${TOKEN}';\nnew EventRequest(TOKEN, '1234567890');`, errors: [hardCoded(2, 15)] },
    { name: 'a secret literal as the EventRequest token', code: `${SDK}new EventRequest('${SECRET}', '1234567890');`, errors: [hardCoded(2, 18)] },
    {
      name: 'a secret literal as the EventRequest app secret',
      code: `${SDK}new EventRequest(token, pixel, [], null, null, null, null, null, null, false, null, '${SECRET}');`,
      errors: [hardCoded(2, 85, 'app secret')],
    },
    { name: 'a secret literal in setAccessToken', code: `${SDK}new EventRequest(token, pixel).setAccessToken('${SECRET}');`, errors: [hardCoded(2, 47)] },
    { name: 'a secret literal in FacebookAdsApi.init', code: `${SDK}FacebookAdsApi.init('${SECRET}');`, errors: [hardCoded(2, 21)] },
    {
      name: 'a secret literal as access_token in a CAPI body',
      code: `fetch('${GRAPH}', { method: 'POST', body: JSON.stringify({ data: events, access_token: '${SECRET}' }) });`,
      errors: [hardCoded(1, 130)],
    },
    { name: 'a secret literal in the query string', code: `const url = '${GRAPH}?access_token=${SECRET}';`, errors: [hardCoded(1, 13)] },
    {
      name: 'an app secret in an app-token grant URL',
      code: `fetch('${OAUTH}?client_id=1234567890&client_secret=${HEX_SECRET}&grant_type=client_credentials');`,
      errors: [hardCoded(1, 7, 'app secret')],
    },
    {
      name: 'an app secret from an options object concatenated into a code-exchange URL',
      code: `const options = { clientId: '1234567890', clientSecret: '${HEX_SECRET}' };\nconst url = '${OAUTH}?client_id=' + options.clientId + '&redirect_uri=' + uri + '&client_secret=' + options.clientSecret + '&code=' + code;`,
      errors: [hardCoded(1, 57, 'app secret')],
    },
    {
      name: 'a public app secret variable, URL-encoded into the query string',
      code: `const url = \`${OAUTH}?client_id=\${id}&client_secret=\${encodeURIComponent(import.meta.env.VITE_FB_CLIENT_KEY)}\`;`,
      errors: [exposed(1, 111, 'VITE_FB_CLIENT_KEY', 'VITE_', 'app secret')],
    },
    {
      name: 'an app_secret in a Meta file',
      code: `fbq('init', '1');\nconst url = \`/api/capi?pixel=1&app_secret=${HEX_SECRET}\`;`,
      errors: [hardCoded(2, 13, 'app secret')],
    },
    {
      name: 'a hard-coded appsecret_proof',
      code: `const url = \`${GRAPH}?access_token=\${token}&appsecret_proof=${HEX_SECRET}${HEX_SECRET}\`;`,
      errors: [hardCoded(1, 85, 'app secret proof')],
    },
    { name: 'a secret literal assigned to a Meta token variable', code: `const META_ACCESS_TOKEN = '${SECRET}';`, errors: [hardCoded(1, 27)] },
    { name: 'a secret literal assigned to an accessToken property', code: `facebookClient.accessToken = '${SECRET}';`, errors: [hardCoded(1, 30)] },
    { name: 'a secret literal appended as a form field', code: `const form = new FormData();\nform.append('access_token', '${SECRET}');\nfetch('${GRAPH}', { body: form });`, errors: [hardCoded(2, 29)] },
    {
      name: 'a client-exposed Meta token variable',
      code: 'const token = process.env.NEXT_PUBLIC_META_ACCESS_TOKEN;',
      errors: [exposed(1, 15, 'NEXT_PUBLIC_META_ACCESS_TOKEN', 'NEXT_PUBLIC_')],
    },
    {
      name: 'a Vite app secret',
      code: 'const secret = import.meta.env.VITE_FB_APP_SECRET;',
      errors: [exposed(1, 16, 'VITE_FB_APP_SECRET', 'VITE_', 'app secret')],
    },
    {
      name: 'a Create React App token read with brackets',
      code: "const token = process.env['REACT_APP_FACEBOOK_TOKEN'];",
      errors: [exposed(1, 15, 'REACT_APP_FACEBOOK_TOKEN', 'REACT_APP_')],
    },
    { name: 'an Expo token', code: 'const token = process.env.EXPO_PUBLIC_CAPI_TOKEN;', errors: [exposed(1, 15, 'EXPO_PUBLIC_CAPI_TOKEN', 'EXPO_PUBLIC_')] },
    { name: 'a Gatsby token', code: 'const token = process.env.GATSBY_FB_TOKEN;', errors: [exposed(1, 15, 'GATSBY_FB_TOKEN', 'GATSBY_')] },
    { name: 'an Astro public token', code: 'const token = import.meta.env.PUBLIC_META_TOKEN;', errors: [exposed(1, 15, 'PUBLIC_META_TOKEN', 'PUBLIC_')] },
    {
      name: 'a generic public token name in Meta code',
      code: `fetch('${GRAPH}?access_token=' + process.env.NEXT_PUBLIC_ACCESS_TOKEN);`,
      errors: [exposed(1, 76, 'NEXT_PUBLIC_ACCESS_TOKEN', 'NEXT_PUBLIC_')],
    },
    {
      name: 'a public variable that flows into EventRequest through a constant',
      code: `${SDK}const key = process.env.NEXT_PUBLIC_PIXEL_KEY;\nnew EventRequest(key, '1234567890');`,
      errors: [exposed(2, 13, 'NEXT_PUBLIC_PIXEL_KEY', 'NEXT_PUBLIC_')],
    },
    {
      name: 'a public variable interpolated into the query string',
      code: `fetch(\`${GRAPH}?access_token=\${import.meta.env.VITE_CAPI_KEY}\`);`,
      errors: [exposed(1, 74, 'VITE_CAPI_KEY', 'VITE_')],
    },
    {
      name: 'a public variable destructured from process.env',
      code: 'const { NEXT_PUBLIC_FB_TOKEN, NODE_ENV } = process.env;',
      errors: [exposed(1, 9, 'NEXT_PUBLIC_FB_TOKEN', 'NEXT_PUBLIC_')],
    },
    {
      name: 'a destructured public variable used as the SDK token',
      code: `${SDK}const { NEXT_PUBLIC_KEY: key } = process.env;\nFacebookAdsApi.init(key);`,
      errors: [exposed(2, 9, 'NEXT_PUBLIC_KEY', 'NEXT_PUBLIC_')],
    },
    {
      name: 'a public token variable in a token slot is reported once',
      code: `${SDK}new EventRequest(process.env.NEXT_PUBLIC_META_ACCESS_TOKEN, '1234567890');`,
      errors: [exposed(2, 18, 'NEXT_PUBLIC_META_ACCESS_TOKEN', 'NEXT_PUBLIC_')],
    },
    {
      // The SDK argument is checked once ESLint has traversed the file, after the listener that reads
      // the variable's name: the report still names what the SDK takes there, not what the name says.
      name: 'a public variable named as a secret in the SDK token slot is reported as the token it is used as',
      code: `${SDK}new EventRequest(process.env.NEXT_PUBLIC_META_APP_SECRET, '1234567890');`,
      errors: [exposed(2, 18, 'NEXT_PUBLIC_META_APP_SECRET', 'NEXT_PUBLIC_')],
    },
    {
      name: 'a public fallback of a server-only token',
      code: `${SDK}new EventRequest(process.env.META_TOKEN ?? process.env.NEXT_PUBLIC_KEY, '1234567890');`,
      errors: [exposed(2, 44, 'NEXT_PUBLIC_KEY', 'NEXT_PUBLIC_')],
    },
    {
      name: 'two tokens in one file',
      code: `const a = '${TOKEN}';\nconst b = '${APP_TOKEN}';`,
      errors: [hardCoded(1, 11), hardCoded(2, 11, 'app access token')],
    },
    {
      name: 'a token constant interpolated into several URLs and a body is reported once, at the constant',
      code: [
        `export const FACEBOOK_ACCESS_TOKEN = '${TOKEN}';`,
        'export const ENDPOINT = `https://graph.facebook.com/v18.0/${PIXEL_ID}/events?access_token=${FACEBOOK_ACCESS_TOKEN}`;',
        "fetch(`${ENDPOINT}&debug=1`, { method: 'POST' });",
        'fetch(`https://graph.facebook.com/v18.0/${PIXEL_ID}/events?access_token=${FACEBOOK_ACCESS_TOKEN}`);',
        'const body = { data: events, access_token: FACEBOOK_ACCESS_TOKEN };',
      ].join('\n'),
      errors: [hardCoded(1, 38)],
    },
    {
      name: 'a token concatenated onto the query string is reported at its literal, not again at the URL',
      code: `const url = '${GRAPH}?access_token=' + '${TOKEN}';`,
      errors: [hardCoded(1, 82)],
    },
    {
      name: 'a secret constant used in a URL, a form field and a body is reported once, where it is written',
      code: [
        `const secret = '${SECRET}';`,
        `const url = \`${GRAPH}?access_token=\${secret}\`;`,
        "const form = new FormData();\nform.append('access_token', secret);",
        'const body = { access_token: secret };',
      ].join('\n'),
      errors: [hardCoded(1, 16)],
    },
    {
      name: 'a public token variable read once and used in several requests is reported once, at the read',
      code: [
        'const TOKEN = process.env.NEXT_PUBLIC_FB_TOKEN;',
        'fetch(`https://graph.facebook.com/v18.0/${PIXEL_ID}/events?access_token=${TOKEN}`);',
        "fetch(`https://graph.facebook.com/v18.0/${PIXEL_ID}/events`, { method: 'POST', body: JSON.stringify({ data, access_token: TOKEN }) });",
      ].join('\n'),
      errors: [exposed(1, 15, 'NEXT_PUBLIC_FB_TOKEN', 'NEXT_PUBLIC_')],
    },
    {
      name: 'an EAA token after an interpolation: reported at its part of the template',
      code: `const url = \`\${GRAPH_BASE}/events?access_token=${TOKEN}\`;`,
      errors: [hardCoded(1, 26)],
    },
    { name: 'a static template as the SDK token', code: `${SDK}FacebookAdsApi.init(\`${SECRET}\`);`, errors: [hardCoded(2, 21)] },
    {
      name: 'a secret in one branch of a conditional token',
      code: `${SDK}new EventRequest(isProduction ? process.env.META_TOKEN : '${SECRET}', PIXEL_ID);`,
      errors: [hardCoded(2, 58)],
    },
    { name: 'a 16-character app secret', code: `${SDK}new EventRequest(token, PIXEL_ID).setAppSecret('a1b2c3d4e5f6a7b8');`, errors: [hardCoded(2, 48, 'app secret')] },
    { name: 'a secret literal as the fallback of a token property', code: "fbq('init', '1');\nconfig.accessToken ??= 'fake0secret1for2tests3';", errors: [hardCoded(2, 24)] },
    {
      name: 'an app secret written in a grant URL that interpolates a numeric app ID',
      code: `const APP_ID = 1234567890;\nconst url = \`${OAUTH}?client_id=\${APP_ID}&client_secret=${HEX_SECRET}&grant_type=client_credentials\`;`,
      errors: [hardCoded(2, 78, 'app secret')],
    },
    {
      name: 'a development secret four steps from the SDK token slot',
      code: `${SDK}const devSecrets = { metaToken: '${SECRET}' };\nconst fallbackToken = devSecrets.metaToken;\nconst token = process.env.META_TOKEN ?? fallbackToken;\nnew EventRequest(token, PIXEL_ID);`,
      errors: [hardCoded(2, 33)],
    },
    { name: 'a token from react-native-dotenv in a file with no other hint', code: "import { FB_TOKEN } from '@env';", errors: [{ messageId: 'bundledSecret', line: 1, column: 10, data: { name: 'FB_TOKEN', module: '@env', what: 'access token' } }] },
    { name: 'a token in a test file, by default', code: `const token = '${TOKEN}';`, filename: 'src/__tests__/capi.test.ts', errors: [hardCoded(1, 15)] },
    { name: 'a token in a fixture, by default', code: `export const token = '${TOKEN}';`, filename: 'tests/fixtures/capi.js', errors: [hardCoded(1, 22)] },
    { name: 'a token in a story, by default', code: `export const token = '${TOKEN}';`, filename: 'src/components/Pixel.stories.jsx', errors: [hardCoded(1, 22)] },
    {
      name: 'custom test-file globs replace the defaults',
      code: `const token = '${TOKEN}';`,
      filename: 'src/__tests__/capi.test.js',
      options: withOptions({ ignoreTestFiles: true, testFilePatterns: ['e2e/**'] }),
      errors: [hardCoded(1, 15)],
    },
  ],
});

createTsRuleTester().run('no-exposed-access-token (TypeScript)', rule, {
  valid: [
    { name: 'a typed server-only token', code: `${SDK}const token: string = process.env.META_TOKEN!;\nnew EventRequest(token, pixelId);` },
    { name: 'a token type, not a token', code: 'type Credentials = { access_token: string; appSecret?: string };' },
  ],
  invalid: [
    { name: 'an asserted EAA token', code: `const token = '${TOKEN}' as const;`, errors: [hardCoded(1, 15)] },
    {
      name: 'a non-null public variable in the SDK',
      code: `${SDK}const api = FacebookAdsApi.init(import.meta.env.VITE_META_KEY!);`,
      errors: [exposed(2, 33, 'VITE_META_KEY', 'VITE_')],
    },
    {
      name: 'a token in a typed config object',
      code: `interface MetaConfig { accessToken: string }\nconst config: MetaConfig = { accessToken: '${SECRET}' };`,
      errors: [hardCoded(2, 43)],
    },
  ],
});
