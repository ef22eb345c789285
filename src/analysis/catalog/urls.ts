/**
 * Where URLs go: APIs that navigate or link to a page (its address is what the Meta pixel reports,
 * query string, fragment and referrer included: reference/meta-business-tools.md §3.1), and HTTP
 * clients that only request one. Matched on the names as written; a receiver or element matches by
 * its last name (`this.$router.push`, `<Link>`).
 */

/** The part of a URL a value is placed in. */
export type UrlPartName = 'path' | 'query' | 'fragment';

/** Expressions that stand for the page's location. */
export const LOCATION_PATHS: ReadonlySet<string> = new Set([
  'location',
  'window.location',
  'document.location',
  'globalThis.location',
  'self.location',
  'top.location',
]);

/** Assigning these properties of a location navigates; each sets one part of the URL. */
export const LOCATION_SETTERS: Readonly<Record<string, UrlPartName>> = Object.freeze({
  href: 'path',
  pathname: 'path',
  search: 'query',
  hash: 'fragment',
});

/**
 * Receivers whose methods can navigate (`router.push`, `location.assign`, `window.open`,
 * `useRouter().push`), as regular-expression sources matched in any case.
 */
export const NAVIGATING_RECEIVERS: readonly string[] = ['\\$?router', 'history', 'navigation', 'location', 'window', 'globalThis', 'self', 'top', '\\)'];
/** Methods that navigate when called on such a receiver (`list.push(` is in most files and never navigates). */
export const NAVIGATING_RECEIVER_METHODS: readonly string[] = ['push', 'replace', 'assign'];

/** Location methods that navigate to their first argument. */
export const LOCATION_METHODS: ReadonlySet<string> = new Set(['assign', 'replace']);

/** `history.pushState(state, title, url)`: the argument index of the URL. */
export const HISTORY_PATHS: ReadonlySet<string> = new Set(['history', 'window.history', 'globalThis.history']);
export const HISTORY_METHODS: Readonly<Record<string, number>> = Object.freeze({ pushState: 2, replaceState: 2 });

/** `window.open(url)`. */
export const WINDOW_OPEN_PATHS: ReadonlySet<string> = new Set(['window.open', 'globalThis.open', 'self.open']);

/**
 * Router methods that navigate to their first argument (a string or a route object), on a receiver
 * named like a router: Next.js `router.push`, Vue Router `this.$router.push`, React Router v5
 * `history.push`, Angular `router.navigateByUrl`, the Navigation API `navigation.navigate`.
 */
export const ROUTER_METHODS: ReadonlySet<string> = new Set(['push', 'replace', 'navigate', 'navigateByUrl']);
export const ROUTER_RECEIVER = /^(?:\$?router|history|navigation|use(?:Router|History|Navigation))$/i;

/**
 * Functions that navigate or redirect to their first argument (after an optional status code):
 * Next.js `redirect` / `permanentRedirect`, React Router `navigate` (from `useNavigate()`) and
 * `redirect`, Nuxt `navigateTo`, SvelteKit `goto` / `redirect(303, url)`.
 */
export const NAVIGATION_FUNCTIONS: ReadonlySet<string> = new Set(['redirect', 'permanentRedirect', 'navigate', 'navigateTo', 'goto']);

/** Methods that redirect on any receiver: Express / Koa / Fastify `res.redirect([status,] url)`, `NextResponse.redirect(url)`. */
export const REDIRECT_METHODS: ReadonlySet<string> = new Set(['redirect', 'permanentRedirect']);

/** Link elements and the attributes that hold their target (`<a href>`, `<Link href | to>`). */
export const LINK_ATTRIBUTES: Readonly<Record<string, readonly string[]>> = Object.freeze({
  a: ['href'],
  area: ['href'],
  Link: ['href', 'to', 'as'],
  NavLink: ['to'],
  Navigate: ['to'],
  Redirect: ['to'],
  NuxtLink: ['to', 'href'],
  RouterLink: ['to'],
});

/**
 * Keys of a route object (`router.push({ pathname, query })`, `<Link href={{ pathname, query }}>`,
 * Vue `{ path, query, hash, params }`, React Router `{ pathname, search, hash }`, Angular extras
 * `{ queryParams, fragment }`) and what each holds: a part of the URL as text, or an object of values.
 */
export const ROUTE_OBJECT_KEYS: Readonly<Record<string, { readonly part: UrlPartName; readonly holds: 'text' | 'object' }>> = Object.freeze({
  pathname: { part: 'path', holds: 'text' },
  path: { part: 'path', holds: 'text' },
  params: { part: 'path', holds: 'object' },
  search: { part: 'query', holds: 'text' },
  query: { part: 'query', holds: 'object' },
  queryParams: { part: 'query', holds: 'object' },
  hash: { part: 'fragment', holds: 'text' },
  fragment: { part: 'fragment', holds: 'text' },
});

/** Functions and constructors that request the URL given as their first argument. */
export const HTTP_CLIENT_FUNCTIONS: ReadonlySet<string> = new Set([
  'fetch',
  '$fetch',
  'ofetch',
  'ky',
  'got',
  'axios',
  'superagent',
  'needle',
  'Request',
]);

/** Objects whose methods request a URL given first: `axios.get(url)`, `http.request(url)`, `$.ajax(url)`. */
export const HTTP_CLIENT_OBJECTS: ReadonlySet<string> = new Set([
  'axios',
  'got',
  'ky',
  'ofetch',
  '$fetch',
  'superagent',
  'needle',
  'undici',
  'http',
  'https',
  '$',
  'jQuery',
]);

/** Method names that request a URL given first on any receiver (axios instances, API clients, `navigator.sendBeacon`). */
export const HTTP_METHODS: ReadonlySet<string> = new Set([
  'get',
  'post',
  'put',
  'patch',
  'delete',
  'head',
  'request',
  'fetch',
  'ajax',
  'getJSON',
  'sendBeacon',
]);

/** `xhr.open(method, url)`: an `open` whose first argument is one of these requests its second. */
export const HTTP_VERBS: ReadonlySet<string> = new Set(['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS']);

/** Request options whose object becomes the query string: axios `params`, got / ky `searchParams`, superagent `query`. */
export const REQUEST_QUERY_OPTIONS: ReadonlySet<string> = new Set(['params', 'searchParams', 'query', 'qs']);

/** Request options and properties that hold a body: a value there is not in any URL. */
export const REQUEST_BODY_OPTIONS: ReadonlySet<string> = new Set(['body', 'data', 'json', 'form']);

/**
 * Modules whose exports turn an object into a query string, for calls through an import or
 * `require()` whatever the local name (`import { stringify } from 'query-string'`).
 */
export const QUERY_STRING_MODULE_EXPORTS: Readonly<Record<string, readonly string[]>> = Object.freeze({
  qs: ['stringify'],
  querystring: ['stringify', 'encode'],
  'node:querystring': ['stringify', 'encode'],
  'query-string': ['stringify'],
});

/** Calls that turn an object into a query string, by the names such modules are usually held under. */
export const QUERY_STRING_BUILDERS: ReadonlySet<string> = new Set([
  'qs.stringify',
  'querystring.stringify',
  'querystring.encode',
  'queryString.stringify',
]);

/** `URLSearchParams` methods that add a key and value. */
export const SEARCH_PARAM_SETTERS: ReadonlySet<string> = new Set(['set', 'append']);

/** URLs with these schemes are not page addresses (`mailto:` links carry an address by design). */
export const NON_PAGE_SCHEME = /^\s*(?:mailto|tel|sms|data|blob|javascript|about|file):/i;
