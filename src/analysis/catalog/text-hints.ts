/**
 * Text a file must hold before a check can find anything in it: the cheap test every rule starts
 * with, so a file that never talks to Meta costs one pass over its text (`sinks/text-hints.ts` scans
 * for all of them at once). Each pattern's anchors are generated into `text-hint-anchors.ts` by
 * `node scripts/text-hint-anchors.mjs` (after `npm run build`); a test fails when they are out of date.
 * Run them only through `textHints()`, which tries a pattern where its anchors allow: the lookbehinds
 * below would be quadratic tried at every position of a long run of white space.
 *
 * A match starts where the scan first tests it, at its first two characters, so words whose first
 * two are frequent in code (`re`, `se`, `te`, `pe`: `return`, `self`, `test`, `type`) are matched
 * from a rarer pair on, what comes before it a lookbehind (`(?<=\bred)irect\b` for `\bredirect\b`):
 * the same texts match, and the scan tries far fewer positions.
 */
import { AUDIENCE_SCHEMA_FIELDS } from './audiences.js';
import { NAVIGATING_RECEIVER_METHODS, NAVIGATING_RECEIVERS, QUERY_STRING_BUILDERS, QUERY_STRING_MODULE_EXPORTS } from './urls.js';
import { APP_BUNDLE_ENV_MODULES, CLIENT_ENV_PREFIXES, CREDENTIAL_QUERY_HINT, TOKEN_NAME_HINT, TOKEN_SLOT_HINT } from './tokens.js';

export const TEXT_HINTS = Object.freeze({
  /**
   * Words without which a file cannot reach Meta: `fbq`, `facebook` (pixel URLs, SDK, wrappers), the
   * payload keys (Meta-only event keys included), the short user_data keys as object keys or members
   * (`{ em: …`, `, ph }`, `ud.fbp =`, a key on its own line after a comment; not a variable
   * `const ph = …`); the App Events SDKs (`react-native-fbsdk-next`, `FB.AppEvents`), the ATT flag.
   * The short keys are matched from the key on, with what comes before them as a lookbehind: the
   * same texts match, but a match starts at `em`, not at any `{`, `,` or line break.
   */
  metaSink:
    /fbq|facebook|fbsdk|AppEvents|advertiser_tracking_enabled|CustomAudience|user_?data|custom_?data|(?<=matc)h_keys|client_ip_address|(?<=data)_processing_options|action_source|(?<=[{,.]\s*)(?:em|ph|fbp|fbc)\s*[:,}=]|(?<=\n[ \t]*)(?:em|ph|fbp|fbc)\s*:/i,
  /** Custom Audience schema names as strings (case matters: `'st'` is not a schema column). */
  audienceSchema: new RegExp(`['"](?:${Object.keys(AUDIENCE_SCHEMA_FIELDS).join('|')})['"]`),
  /**
   * Text a file needs before it can put a value in a URL: a `key=` after `?`, `&` or `#` (a key of one
   * character at least: `a &= b`, `x ??= y` and a regular expression's `(?=` are no query), a path
   * concatenation, the name of a navigation, link or URL API, a query-string builder call
   * (`qs.stringify(`, not `JSON.stringify(`). (An absolute URL with a value is looked for separately,
   * in `facts/urls.ts`.)
   */
  urlBuilding: new RegExp(
    [
      /[?&#][\w.[\]%-]+=|\/\$\{|\/['"`]\s*\+/.source,
      /\b(?:URL|URLSearchParams|location|navigate|navigateTo|navigateByUrl|goto)\b/.source,
      /(?<=\bred)irect\b|(?<=\bpermanent)Redirect\b|(?<=\bpus)hState\b|(?<=\breplac)eState\b|(?<=\bsearc)hParams\b/.source,
      /(?<=\bevent_source)_url\b|(?<=\breferrer)_url\b|(?<=\bsetEventSource)Url\b|(?<=\bsetReferrer)Url\b/.source,
      /\b(?:href|to|as)=|\.open\s*\(/.source,
      `\\b(?:${[...QUERY_STRING_BUILDERS].map((path) => path.replace('.', String.raw`\s*\??\.\s*`)).join('|')})\\b`,
    ].join('|'),
  ),
  /**
   * A call of a method that navigates, on a receiver that can (`router.push(`, `location.replace(`,
   * `useRouter().push(`). The receiver is a lookbehind, so a match starts at the call's `.` or `?.`.
   */
  navigatingCall: new RegExp(`(?<=(?:${NAVIGATING_RECEIVERS.join('|')})\\s*)\\??\\.\\s*(?:${NAVIGATING_RECEIVER_METHODS.join('|')})\\s*\\(`, 'i'),
  /** A query-string module imported or required by name (`from 'qs'`, `require('query-string')`). */
  queryStringModule: new RegExp(`['"](?:${Object.keys(QUERY_STRING_MODULE_EXPORTS).join('|')})['"]`),
  /** Names without which a file sends no URL to Meta itself. */
  metaUrlField: /(?<=event_source)_url|(?<=referrer)_url|(?<=setEventSource)Url|(?<=setReferrer)Url/,
  /** A file without one of these words sets no test event code. */
  testEventCode: /(?<=test)_event_code|(?<=setTes)tEventCode|EventRequest/,
  /** The shapes of an access token (`EAA…`) and of an app token (`{app-id}|{secret}`). */
  tokenShape: /EAA[A-Za-z0-9]{20}|\d\|[\w-]{24}/,
  /** Environment variables that bundlers inline into browser code. */
  clientEnv: new RegExp([...new Set(Object.values(CLIENT_ENV_PREFIXES).flat())].join('|')),
  tokenName: TOKEN_NAME_HINT,
  credentialQuery: CREDENTIAL_QUERY_HINT,
  tokenSlot: TOKEN_SLOT_HINT,
  /** Modules that compile environment values into a React Native bundle. */
  bundledEnv: new RegExp([...APP_BUNDLE_ENV_MODULES].map((module) => module.replace(/^react-/, '(?<=react)-')).join('|')),
});

export type TextHintName = keyof typeof TEXT_HINTS;
