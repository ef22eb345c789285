// Where a URL goes (src/analysis/facts/url-destinations.ts), as getUrls reads it for no-pii-in-url:
// the use (page, request, Meta, body) and how a message names the destination.
import { describe, expect, it } from 'vitest';
import type { Destination } from '../../src/analysis/facts/url-destinations.js';
import { callUse, UrlDestinationTracer } from '../../src/analysis/facts/url-destinations.js';
import type { TSESTree } from '@typescript-eslint/utils';
import { probe } from './probe.js';

const show = (destination: Destination | undefined) => (destination ? `${destination.use} | ${destination.via}` : 'nothing');

/** Where the value `u` (its last occurrence) in `code` goes. */
function destinationOf(code: string, expression = 'u'): string {
  const { analysis, node } = probe(code, { typescript: true });
  return show(new UrlDestinationTracer(analysis.sourceCode).of(node(expression)));
}

/** callUse of the call `call` (its source text) in `code`: `use | via | urlIndex`. */
function callUseOf(call: string): string {
  const { analysis, node } = probe(`${call};`, { typescript: true });
  const use = callUse(analysis.sourceCode, node(call) as TSESTree.CallExpression);
  return use ? `${show(use)} | ${use.urlIndex}` : 'nothing';
}

describe('UrlDestinationTracer', () => {
  it.each([
    ['through templates, operators and casts', 'location.href = `${(a ? await (u as string) : v)}` + x;', 'page | `location.href`'],
    ['a condition is no URL', 'location.href = u ? a : b;', 'nothing'],
    ['a URL read out goes on', 'fetch(u.toString());', 'request | the URL requested by `fetch()`'],
    ['a URL read out as a property goes on', 'fetch(u.href);', 'request | the URL requested by `fetch()`'],
    ['other reads say nothing', 'fetch(u.length);', 'nothing'],
    ['a called URL is none', 'u();', 'nothing'],
    ['another argument of a request is its body', 'fetch(x, u);', 'body | a request body'],
    ['another argument of a navigation is built', 'location.assign(x, u);', 'page | a URL built here'],
    ['a text wrapper passes the URL on', 'fetch(String(u));', 'request | the URL requested by `fetch()`'],
    ['a text wrapper whose result goes nowhere known', 'String(u).length;', 'page | a URL built here'],
    ['a method named like a wrapper is none', 'fetch(text.String(u));', 'page | a URL built here'],
    ['other calls', 'show(u);', 'page | a URL built here'],
    ['other calls end the way', 'fetch(show(u));', 'page | a URL built here'],
    ['an array element', 'list = [u];', 'page | a URL built here'],
    ['a request body option', 'fetch(x, { body: u });', 'body | a request body'],
    ['a CAPI URL field', 'send({ event_source_url: u });', 'meta | `event_source_url`'],
    ['a url option goes where its object goes', 'axios({ url: u });', 'request | the URL requested by `axios()`'],
    ['a route object key', 'router.push({ pathname: u });', 'page | the URL given to `router.push()`'],
    ['another key', 'router.push({ other: u });', 'page | a URL built here'],
    ['a computed key', 'router.push({ [key]: u });', 'page | a URL built here'],
    ['a URL used as a key', 'router.push({ [u]: 1 });', 'nothing'],
    ['an assignment to a location setter', 'window.location.search = u;', 'page | `window.location.search`'],
    ['an assignment to a body', 'request.body = u;', 'body | a request body'],
    ['an assignment to another member', 'state.next = u;', 'page | a URL built here'],
    ['an assignment to a member of a call', 'getLocation().href = u;', 'page | a URL built here'],
    ['an assignment to a variable', 'let v;\nv = u;\nfetch(v);', 'request | the URL requested by `fetch()`'],
    ['an assignment to an undeclared name', 'leaked = u;', 'nothing'],
    ['a destructured declaration', 'const { a } = u;', 'page | a URL built here'],
    ['a returned URL goes where the calls go', 'function make() { return u; }\nfetch(make());', 'request | the URL requested by `fetch()`'],
    ['a returned URL of an uncalled function', 'function make() { return u; }', 'page | a URL built here'],
    ['an arrow body', 'const make = () => u;\nlocation.assign(make());', 'page | the URL given to `location.assign()`'],
    ['a link attribute', 'const e = <a href={u}>x</a>;', 'page | a `<a href>` link'],
    ['a link of a namespace', 'const e = <UI.Link href={u}>x</UI.Link>;', 'page | a `<Link href>` link'],
    ['another attribute', 'const e = <a title={u}>x</a>;', 'page | a URL built here'],
    ['a JSX child', 'const e = <a>{u}</a>;', 'page | a URL built here'],
  ])('%s', (_name, code, expected) => {
    expect(destinationOf(code)).toBe(expected);
  });

  it('follows variables six steps deep', () => {
    const chain = (length: number) =>
      ['const v0 = u;', ...Array.from({ length }, (_, index) => `const v${index + 1} = v${index};`), `fetch(v${length});`].join('\n');
    expect(destinationOf(chain(5))).toBe('request | the URL requested by `fetch()`');
    expect(destinationOf(chain(6))).toBe('page | a URL built here');
  });

  it('takes a page use of any read first, then a request, then a body', () => {
    expect(destinationOf('const v = u;\nfetch(v);\nlocation.href = v;\nfetch(x, v);')).toBe('page | `location.href`');
    expect(destinationOf('const v = u;\nfetch(x, v);\nsend({ event_source_url: v });')).toBe('meta | `event_source_url`');
    expect(destinationOf('const v = u;\nfetch(x, v);\nfetch(v);')).toBe('request | the URL requested by `fetch()`');
    expect(destinationOf('const v = u;\nfetch(v);\nfetch(x, v);')).toBe('request | the URL requested by `fetch()`');
    expect(destinationOf('const v = u;\nfetch(v);\naxios.get(v);')).toBe('request | the URL requested by `fetch()`');
  });
});

describe('callUse', () => {
  it.each([
    ['location.replace(u)', 'page | the URL given to `location.replace()` | 0'],
    ['text.replace(u)', 'nothing'],
    ["history.pushState(null, '', u)", "page | the URL given to `history.pushState()` | 2"],
    ['history.go(u)', 'nothing'],
    ['state.pushState(u)', 'nothing'],
    ['this.router.push(u)', 'page | the URL given to `this.router.push()` | 0'],
    ['useRouter().push(u)', 'page | the URL given to `useRouter().push()` | 0'],
    ['list.push(u)', 'nothing'],
    ["xhr.open('post', u)", 'request | the URL requested by `xhr.open()` | 1'],
    ['xhr.open(method, u)', 'nothing'],
    ['axios.request(u)', 'request | the URL requested by `axios.request()` | 0'],
    ['axios.create(u)', 'request | the URL requested by `axios.create()` | 0'],
    ['api.get(u)', 'request | the URL requested by `api.get()` | 0'],
    ['axios[method](u)', 'nothing'],
    ['foo.bar(u)', 'nothing'],
    ['res.redirect(303, u)', 'page | the URL given to `res.redirect()` | 1'],
    ["res.redirect('/thanks', options)", 'page | the URL given to `res.redirect()` | 0'],
    ['res.redirect(303)', 'page | the URL given to `res.redirect()` | 0'],
  ])('%s', (call, expected) => {
    expect(callUseOf(call)).toBe(expected);
  });
});
