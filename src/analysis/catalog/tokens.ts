import { EVENT_REQUEST_CONSTRUCTOR_PARAMS } from './sdk.js';
import type { SdkClass } from './sdk.js';

/**
 * Meta access tokens, client-exposed environment variables, test-event codes and the checks that
 * keep them out of production (reference/meta-business-tools.md §2, §4.2, §9, §10).
 */

/** What a leaked credential is, as messages name it. */
export type SecretKind = 'access token' | 'app access token' | 'app secret' | 'app secret proof';

/**
 * A user or system-user access token: `EAA` then a long base-62 run. Real tokens run 150–250
 * characters; 60 after `EAA` keeps truncated copies (`EAAB…`, `EAAxxxx`) out. A run inside base64
 * text (a `data:` URI, an embedded font) has `+`, `/` or `=` around it and is not a token.
 */
export const USER_TOKEN_PATTERN = /(?<![A-Za-z0-9+/])EAA[A-Za-z0-9]{60,}(?![A-Za-z0-9+/=])/;

/**
 * An app access token `{app_id}|{app_secret}` (or `{app_id}|{client_token}`): a numeric app id, a
 * pipe, and a 32-hex secret or a long base64url run (one run of 24+ `[\w-]` covers both).
 */
export const APP_TOKEN_PATTERN = /(?<![\w|])\d{6,20}\|[\w-]{24,}(?![\w-])/;

/** The shortest string either token pattern can match: strings shorter than this are skipped at once. */
export const MIN_TOKEN_SHAPE_LENGTH = 31;

/**
 * Character classes a real token run mixes (upper, lower, digit): an `EAA` token has all three,
 * an app secret at least two. `EAAAAAAA…` and `123456|aaaaaaaa…` are not credentials.
 */
export const MIN_CLASSES = { user: 3, app: 2 } as const;

/** A hard-coded value in a token slot counts as a credential from this length (shorter ones are stubs). */
export const MIN_SLOT_SECRET_LENGTH = 16;

/** Characters a credential is made of; anything else (spaces, quotes, `${`) says it is prose or a template. */
export const SECRET_CHARACTERS = /^[\w\-.~+/=|]+$/;

/** Values that stand for a token in docs and samples, never a token themselves. */
export const PLACEHOLDER_PATTERNS: readonly RegExp[] = [
  /^\s*$/,
  /^<.*>$/, // <ACCESS_TOKEN>
  /^\{.*\}$/, // {{token}}, {token}
  /^\$\{.*\}$/, // ${TOKEN}
  /^\[.*\]$/, // [ACCESS_TOKEN]
  /^%.*%$/, // %ACCESS_TOKEN%
  /^:\w+$/, // :token
  /^x+$/i, // xxx
  /(?:^|[_\-.\s])(?:your|my|the)(?:[_\-.\s]|$)|^your[A-Z]|^YOUR/, // YOUR_TOKEN, your-access-token, yourToken
  /placeholder|replace|change[_-]?me|dummy|example|sample|redacted|insert[_-]?here|todo|fixme/i,
  /x{4,}|\*{3,}|\.{3}|…/i, // EAAxxxx…, ****, EAAB...
  /^(?:test|testing|token|secret|access[_-]?token|app[_-]?secret|none|null|undefined|changeit)$/i,
];

/** Names of properties, variables and form fields that hold a credential, by their last words. */
export const SECRET_NAMES: readonly { readonly words: readonly string[]; readonly kind: SecretKind }[] = [
  { words: ['access', 'token'], kind: 'access token' },
  { words: ['app', 'secret'], kind: 'app secret' },
];

/** A quick text test for a token-like name anywhere in a file (`access_token`, `accessToken`, `APP_SECRET`). */
export const TOKEN_NAME_HINT = /access_?token|app_?secret/i;

/**
 * The SDK calls whose argument is a credential, by class, method and argument position
 * (`new EventRequest(access_token, pixel_id, …, app_secret)`, `FacebookAdsApi.init(token)`).
 */
export interface TokenSlot {
  readonly className: SdkClass;
  /** `constructor`, a setter or a static method, as in `SdkCall.method`. */
  readonly method: string;
  readonly index: number;
  readonly kind: SecretKind;
}
export const TOKEN_SLOTS: readonly TokenSlot[] = [
  { className: 'EventRequest', method: 'constructor', index: EVENT_REQUEST_CONSTRUCTOR_PARAMS.indexOf('access_token'), kind: 'access token' },
  { className: 'EventRequest', method: 'constructor', index: EVENT_REQUEST_CONSTRUCTOR_PARAMS.indexOf('app_secret'), kind: 'app secret' },
  { className: 'EventRequest', method: 'setAccessToken', index: 0, kind: 'access token' },
  { className: 'EventRequest', method: 'setAppSecret', index: 0, kind: 'app secret' },
  { className: 'FacebookAdsApi', method: 'init', index: 0, kind: 'access token' },
];

/**
 * Words of the SDK methods above, for a cheap text test before the sink analysis runs. The setters
 * match from their `tA` on (`se` before it a lookbehind), so that the text scan tries them after
 * that rare pair, not after every `se` (see TEXT_HINTS).
 */
export const TOKEN_SLOT_HINT = /EventRequest|FacebookAdsApi|(?<=se)tAccessToken|(?<=se)tAppSecret/;

/**
 * URL query parameters that carry a credential (§9): the token of `…/events?access_token=…`, the app
 * secret of `/oauth/access_token?client_id=…&client_secret=…` (the app-token and code-exchange
 * grants), and the `appsecret_proof` Graph API calls add when "Require App Secret" is on (an
 * HMAC-SHA256 of the token keyed with the app secret, valid as long as the token; Graph API
 * "Securing Requests"). `client_secret` is every OAuth server's name: it counts only in a URL that
 * points at facebook.com, the others also in a file that talks to Meta.
 */
export const CREDENTIAL_QUERY_PARAMETERS: Readonly<Record<string, { readonly kind: SecretKind; readonly metaName: boolean }>> = Object.freeze({
  access_token: { kind: 'access token', metaName: true },
  client_secret: { kind: 'app secret', metaName: false },
  app_secret: { kind: 'app secret', metaName: true },
  appsecret_proof: { kind: 'app secret proof', metaName: true },
});

/** A credential query parameter in a string (`?access_token=`, `&client_secret=`). */
export const CREDENTIAL_QUERY_HINT = new RegExp(`(?:${Object.keys(CREDENTIAL_QUERY_PARAMETERS).join('|')})=`);

/**
 * Environment-variable prefixes that bundlers inline into browser code: whatever they hold ships to
 * every visitor. `process.env.*` (Next.js, Create React App, Vite `define`, Expo, Gatsby, Vue CLI,
 * Nuxt, SvelteKit/Astro) and `import.meta.env.*` (Vite, Astro, SvelteKit).
 */
export const CLIENT_ENV_PREFIXES: Readonly<Record<'process.env' | 'import.meta.env', readonly string[]>> = Object.freeze({
  'process.env': ['NEXT_PUBLIC_', 'REACT_APP_', 'VITE_', 'PUBLIC_', 'EXPO_PUBLIC_', 'GATSBY_', 'VUE_APP_', 'NUXT_PUBLIC_'],
  'import.meta.env': ['VITE_', 'PUBLIC_'],
});

/** Words that make a token / secret variable's name a Meta one (`NEXT_PUBLIC_FB_ACCESS_TOKEN`). */
export const META_NAME_WORDS: ReadonlySet<string> = new Set(['meta', 'fb', 'facebook', 'capi', 'conversions', 'graph', 'pixel']);

/** Words in an environment variable's name that say it holds a credential. */
export const SECRET_ENV_WORDS: Readonly<Record<string, SecretKind>> = Object.freeze({
  token: 'access token',
  secret: 'app secret',
});

/**
 * Text that ties a file to Meta (so a bare `accessToken` or `NEXT_PUBLIC_…_TOKEN` there is a Meta
 * token, and not, say, a Mapbox public token).
 */
export const META_CONTEXT_HINT = /facebook|Facebook[A-Z]|fbsdk|\bfbq\b|\bfb[A-Z_]|\bFB_|\bmeta[A-Z_]|\bMeta[A-Z_]|\bMETA_|EventRequest|\bcapi|\bCAPI/;

/**
 * Names that hold the app's client token, which Meta says is public by design: "Because client
 * tokens are embedded in apps, they are not secret" (§5b.9, S-TOK). It shares the app secret's
 * 32-hex shape, and `{app-id}|{client-token}` the app access token's, so only the name tells them
 * apart: `clientToken`, `FacebookClientToken`, `CLIENT_TOKEN`, `clientAccessToken`, `setClientToken()`.
 */
export const CLIENT_TOKEN_NAME = /client_?(?:access_?)?token/i;

/**
 * Modules that compile environment values into a React Native app bundle: react-native-dotenv
 * (`import { X } from '@env'`) and react-native-config (`Config.X`). Whatever they hold ships in
 * every install, like `EXPO_PUBLIC_*` (§5b.9).
 */
export const APP_BUNDLE_ENV_MODULES: ReadonlySet<string> = new Set(['@env', 'react-native-dotenv', 'react-native-config']);

/** The CAPI request field that routes events to the Test Events tool (§2.1). */
export const TEST_EVENT_CODE_KEY = 'test_event_code';
/** SDK setter and constructor position of the test code (§4.2). */
export const TEST_EVENT_CODE_SETTER = 'setTestEventCode';
export const TEST_EVENT_CODE_PARAM_INDEX = EVENT_REQUEST_CONSTRUCTOR_PARAMS.indexOf(TEST_EVENT_CODE_KEY);
/** Methods that add a form or query field by name: `params.append('test_event_code', …)`. */
export const FIELD_SETTER_METHODS: ReadonlySet<string> = new Set(['append', 'set']);

/** Where environment variables are read from: `process.env.X` and `import.meta.env.X`. */
export type EnvSource = keyof typeof CLIENT_ENV_PREFIXES;

/** The last word of a name that holds the deployment environment (`NODE_ENV`, `import.meta.env.MODE`, `appEnv`). */
export const ENVIRONMENT_NAME_WORDS: ReadonlySet<string> = new Set(['env', 'environment', 'mode', 'stage']);
/** Values of such a name in production, and outside it. */
export const PRODUCTION_VALUES: ReadonlySet<string> = new Set(['production', 'prod']);
export const NON_PRODUCTION_VALUES: ReadonlySet<string> = new Set([
  'development', 'dev', 'test', 'testing', 'local', 'staging', 'preview', 'sandbox',
]);

/**
 * Words that make a flag a non-production (`isDev`, `__DEV__`, `import.meta.env.DEV`, `IS_TEST_MODE`,
 * `debug`) or a production one (`isProd`, `import.meta.env.PROD`); `not` / `non` turn it around.
 */
export const NON_PRODUCTION_FLAG_WORDS: ReadonlySet<string> = new Set([
  'dev', 'development', 'test', 'testing', 'staging', 'sandbox', 'debug',
]);
export const PRODUCTION_FLAG_WORDS: ReadonlySet<string> = new Set(['prod', 'production']);
export const NEGATING_FLAG_WORDS: ReadonlySet<string> = new Set(['not', 'non']);
/** Values a flag is compared with (`process.env.DEBUG === 'true'`). */
export const TRUE_VALUES: ReadonlySet<unknown> = new Set([true, 'true', '1', 1]);
export const FALSE_VALUES: ReadonlySet<unknown> = new Set([false, 'false', '0', 0]);

/**
 * Test, mock, fixture and story files, where a fake token or a test code is expected (globs over the
 * path relative to the working directory; `**`, `*`, `?` and `{a,b}` are understood).
 */
export const TEST_FILE_PATTERNS: readonly string[] = [
  '**/*.{test,spec}.*',
  '**/__tests__/**',
  '**/__mocks__/**',
  '**/test/**',
  '**/tests/**',
  '**/fixtures/**',
  '**/*.stories.*',
];
