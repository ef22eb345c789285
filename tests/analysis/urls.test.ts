import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { UrlFinding } from '../../src/analysis/facts/urls.js';
import { getUrls, mayBuildUrl } from '../../src/analysis/facts/urls.js';
import { probe } from './probe.js';
import { packageSample } from '../robustness/lib/corpus.mjs';

/** getUrls on `code` (TSX), each finding as `text | part | key | use | via`. */
function urlsOf(code: string): { findings: string[]; requests: string[] } {
  const { analysis } = probe(code, { typescript: true });
  const urls = getUrls(analysis);
  const show = (finding: UrlFinding) =>
    [analysis.sourceCode.getText(finding.node), finding.part, finding.key ?? '-', finding.use, finding.via].join(' | ');
  return { findings: urls.findings.map(show), requests: urls.requestFindings.map(show) };
}

describe('getUrls', () => {
  it('finds values by part and key, with where the URL goes', () => {
    const { findings } = urlsOf(
      [
        'const a = `/thanks/${user.id}?email=${email}&source=ad#step=${step}`;',
        'window.location.href = a;',
      ].join('\n'),
    );
    expect(findings).toEqual([
      'user.id | path | - | page | `window.location.href`',
      'email | query | email | page | `window.location.href`',
      'step | fragment | step | page | `window.location.href`',
    ]);
  });

  it('skips the base of a URL and keeps a constant\'s name where it sits', () => {
    const { findings } = urlsOf('const email = req.body.email;\nconst BASE = `${origin}/thanks?e=`;\nres.redirect(BASE + email);');
    expect(findings).toEqual(['email | query | e | page | the URL given to `res.redirect()`']);
  });

  it('follows URL objects, search params and route objects to the navigation', () => {
    const { findings } = urlsOf(
      [
        "const url = new URL('/thanks', location.origin);",
        "url.searchParams.set('phone', phone);",
        "router.replace(url.toString());",
        "router.push({ pathname: '/p', query: { email }, hash: `#${anchor}` });",
      ].join('\n'),
    );
    expect(findings).toEqual([
      'phone | query | phone | page | the URL given to `router.replace()`',
      'email | query | email | page | the URL given to `router.push()`',
      'anchor | fragment | - | page | the URL given to `router.push()`',
    ]);
  });

  it('reads the part and the key of each value: a fragment alone, a hash route\'s query, a value holding `=`, an undecodable key', () => {
    expect(urlsOf('location.hash = `step=${step}`;').findings).toEqual(['step | fragment | step | page | `location.hash`']);
    // After `#`, a `?` stays in the fragment (a hash route's own query).
    expect(urlsOf('location.href = `/p#/step?email=${email}`;').findings).toEqual(['email | fragment | email | page | `location.href`']);
    expect(urlsOf('location.href = `/p?filter=email=${email}`;').findings).toEqual(['email | query | filter | page | `location.href`']);
    expect(urlsOf('location.href = `/p?e%6Dail=${value}&rate%=${rate}`;').findings).toEqual([
      'value | query | email | page | `location.href`',
      'rate | query | rate% | page | `location.href`',
    ]);
  });

  it('follows a returned URL to its callers', () => {
    const { findings } = urlsOf('function next(e) {\n  return `/thanks?e=${e}`;\n}\nnavigate(next(user.email));');
    expect(findings).toEqual(['e | query | e | page | the URL given to `navigate()`']);
  });

  it('tells request URLs and bodies from page URLs', () => {
    const found = urlsOf(
      [
        'const lookup = `/api/users?email=${email}`;',
        'await fetch(lookup);',
        "await fetch('/api/leads', { method: 'POST', body: new URLSearchParams({ email }) });",
        "await axios.get('/api/x', { params: { phone } });",
      ].join('\n'),
    );
    expect(found.findings).toEqual(['email | query | email | request | the URL requested by `fetch()`']);
    expect(found.requests).toEqual(['phone | query | phone | request | the URL requested by `axios.get()`']);
  });

  it('names URLs Meta receives itself', () => {
    const { findings } = urlsOf(
      "const event = { event_name: 'Lead', event_source_url: `https://shop.example/?e=${e}`, user_data: { em } };\nconst img = `https://www.facebook.com/tr?id=1&ev=Lead&ud[em]=${em}&dl=${page}`;",
    );
    expect(findings).toEqual(['e | query | e | meta | `event_source_url`', 'page | query | dl | meta | an image-pixel URL']);
  });

  it('ignores mailto links, non-URL text and look-alike APIs', () => {
    const { findings } = urlsOf(
      [
        'const a = <a href={`mailto:${user.email}`}>Mail</a>;',
        'const b = `Hello ${user.firstName}`;',
        "cache.set('email', user.email);",
        "const text = template.replace('{email}', user.email);",
        'list.push(`/x?email=${user.email} (pending)`);',
      ].join('\n'),
    );
    expect(findings).toEqual([]);
  });

  it('looks at a file whose text can build a URL, not at one that only mentions an address', () => {
    const builds = [
      'fetch(`https://shop.example${path}`);',
      "const u = 'https://shop.example' + path;",
      "const u = `https://shop.example/thanks?email=${email}`;",
      "location.href = '/done/' + id;",
      'router.push(next);',
      "const u = 'https://shop.example' \t\n + path;",
      "const u = 'http://shop.example' + path;",
      'const query = qs.stringify({ email });',
      'const query = querystring.encode({ email });',
    ];
    expect(builds.map(mayBuildUrl)).toEqual([true, true, true, true, true, true, true, true, true]);
    const mentions = [
      '// See https://github.com/acme/lib/issues/12\nexport const answer = 42;',
      "const DOCS = 'https://acme.dev/docs';",
      '/** @see https://acme.dev/a#b */',
      // A space of any kind ends the address: what follows is not its value.
      "log('https://acme.dev\u00a0' + path);",
      "log('https://acme.dev\u2028' + path);",
      "log('ftp://acme.dev' + path);",
      // Operators and regular expressions that look like a query's `?`, `&` or `#`, and JSON.
      'flags &= mask; cache ??= new Map(); const word = /(?=\\w)(?<!x)/;',
      'export const body = JSON.stringify(payload);',
    ];
    expect(mentions.map(mayBuildUrl)).toEqual([false, false, false, false, false, false, false, false]);
  });

  it('answers as the one regular expression it stands for, on shapes and on node_modules files', { timeout: 30_000 }, () => {
    const urlReference =
      /[?&#][\w.[\]%-]+=|\/\$\{|\/['"`]\s*\+|https?:\/\/[^\s'"`]{0,200}(?:\$\{|['"`]\s*\+)|\b(?:URL|URLSearchParams|location|redirect|permanentRedirect|navigate|navigateTo|navigateByUrl|goto|pushState|replaceState|searchParams|event_source_url|referrer_url|setEventSourceUrl|setReferrerUrl)\b|\b(?:href|to|as)=|\.open\s*\(|\b(?:qs|querystring|queryString)\s*\??\.\s*stringify\b|\bquerystring\s*\??\.\s*encode\b/;
    const navigationReference = /(?:\$?router|history|navigation|location|window|globalThis|self|top|\))\s*\??\.\s*(?:push|replace|assign)\s*\(/i;
    const shapes = [
      'this.$router\n   .push(next)', 'useRouter().push(x)', 'HISTORY?.replace(x)', 'list.push(x)', 'str.replace(a, b)', 'globalThis . assign ( x )', 'Object.assign(a, b)',
      'http://x${', "ftp://x' + y", "'https://a.b/c'  +  d", "'https://a b' + c", '"http://a.b"\n+ c', 'https://'.repeat(3) + '${', 'xhttps://a${',
      `https://${'a'.repeat(199)}\${`, `https://${'a'.repeat(200)}\${`, `'https://${'a'.repeat(199)}' + b`, `'https://${'a'.repeat(200)}' + b`, "'https://a$' + b", '`https://a$`',
      `https://${'a'.repeat(201)}\${`, '"https://a{b}"',
      'a &= b', 'x ??= y', '/(?=x)(?<=y)/', 'const s = JSON.stringify(x)', 'qs.stringify(x)', 'querystring ?. encode(x)', 'queryString.stringify(x)', '"?k=" + v',
    ];
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
    const texts = [...shapes, ...packageSample(root, 400, 60_000).map((file: string) => readFileSync(file, 'utf8'))];
    const differing = texts.filter((text) => mayBuildUrl(text) !== (urlReference.test(text) || navigationReference.test(text)));
    expect(differing).toEqual([]);
  });

  it('still finds the query option of a request to an absolute address (its own text check)', () => {
    const found = urlsOf("// https://acme.dev\nawait axios.get('https://api.example/users', { params: { email } });");
    expect(found).toEqual({ findings: [], requests: ['email | query | email | request | the URL requested by `axios.get()`'] });
  });

  it('costs nothing on a file without URL hints', () => {
    const found = urlsOf('export const total = (items) => items.reduce((sum, item) => sum + item.price, 0);');
    expect(found).toEqual({ findings: [], requests: [] });
  });

  it('never throws on odd code', () => {
    expect(() =>
      urlsOf(
        [
          'location.href = ``;',
          'location = `${a}${b}`;',
          'router.push();',
          'new URLSearchParams(...args);',
          "params.set('email');",
          'const c = <Link href={}>x</Link>;',
          'let u = `/x?e=${u}`; u = u + `&e2=${u}`; router.push(u);',
          'window.open(`?${"%E0%A4%A"}=${x}`);',
        ].join('\n'),
      ),
    ).not.toThrow();
  });

  it('finds a URL joined to a name that says it holds one, with + or in a template', () => {
    expect(urlsOf("const thanksPath = '?e=';\nconst next = thanksPath + user.email;").findings).toEqual(['user.email | query | e | page | a URL built here']);
    expect(urlsOf("const thanksUrl = '/thanks?email=';\nconst next = `${thanksUrl}${user.email}`;").findings).toEqual([
      'user.email | query | email | page | a URL built here',
    ]);
    expect(urlsOf("const next = '/users/' + user.email;").findings).toEqual(['user.email | path | - | page | a URL built here']);
  });

  it('reads a route object given beside the URL, and navigations called with ?.', () => {
    expect(urlsOf("router.push('/thanks', { pathname: '/thanks', query: { email: user.email } });").findings).toEqual([
      'user.email | query | email | page | the URL given to `router.push()`',
    ]);
    expect(urlsOf("router?.push({ pathname: '/thanks', query: { email: user.email } });").findings).toEqual([
      'user.email | query | email | page | the URL given to `router?.push()`',
    ]);
    expect(urlsOf("const done = true;\nnavigate({ pathname: '/thanks', query: { email: user.email } });").findings).toEqual([
      'user.email | query | email | page | the URL given to `navigate()`',
    ]);
  });

  it('leaves a URL-shaped request body alone', () => {
    expect(urlsOf("await fetch('/api/leads', { method: 'POST', body: `/thanks?email=${email}` });")).toEqual({ findings: [], requests: [] });
  });

  it('finds no URL in a key, a mailto address, a relative file path or a path with a space written into a hole', () => {
    const found = urlsOf(
      [
        'const cacheKey = `email=${user.email}`;',
        'const mail = `mailto:sales@shop.example?subject=${user.email}`;',
        'const file = `./${user.email}.json`;',
        "const label = `/people/${user.firstName + ' ' + user.lastName}`;",
      ].join('\n'),
    );
    expect(found).toEqual({ findings: [], requests: [] });
  });

  it('reads set() only on URLSearchParams, in a file that builds them', () => {
    const found = urlsOf(
      [
        'const p = new URLSearchParams();',
        "cache.set('email', user.email);",
        "store.cache.set('phone', user.phone);",
        'const m = new Map();',
        "m.set('email', user.email);",
        'const c = makeCache();',
        "c.set('email', user.email);",
        "p.set('email');",
        'qs.stringify();',
        'let later;',
        "later.set('email', user.email);",
      ].join('\n'),
    );
    expect(found).toEqual({ findings: [], requests: [] });
  });

  it('reads navigation extras held in a variable, as Angular\'s guide writes them', () => {
    const code = [
      "const navigationExtras: NavigationExtras = { queryParams: { email: this.user.email }, fragment: 'top' };",
      "this.router.navigate(['/thanks'], navigationExtras);",
    ].join('\n');
    expect(urlsOf(code).findings).toEqual(['this.user.email | query | email | page | the URL given to `this.router.navigate()`']);
  });

  it('takes no other argument of a navigation for its URL: a window\'s name, a string\'s replace() on a call\'s result', () => {
    expect(urlsOf("window.open('/share', `share-${user.email}`);").findings).toEqual([]);
    // `)` before `.replace(` can be a router hook (`useRouter().replace(`); this one is a string method.
    expect(urlsOf("const slug = user.name.trim().replace(/\\s+/g, '-');\nlocation.href = `/p/${slug}`;").findings).toEqual(['slug | path | - | page | `location.href`']);
  });

  it('finds what Meta receives in a URL built from the request\'s protocol and host, and nothing in other fields', () => {
    const found = urlsOf(
      [
        "import { ServerEvent } from 'facebook-nodejs-business-sdk';",
        'const event = {',
        "  event_name: 'Lead',",
        '  event_id: `lead-${lead.id}`,',
        "  event_source_url: `${req.protocol}://${req.get('host')}/thanks/${user.email}`,",
        '  user_data: { em },',
        '};',
        'new ServerEvent().setEventId(`lead-${lead.id}`).setEventSourceUrl(`${req.protocol}://${req.get(\'host\')}/u/${user.phone}`);',
      ].join('\n'),
    );
    expect(found.findings).toEqual([
      "req.get('host') | path | - | meta | `event_source_url`",
      'user.email | path | - | meta | `event_source_url`',
      "req.get('host') | path | - | meta | `ServerEvent.setEventSourceUrl()`",
      'user.phone | path | - | meta | `ServerEvent.setEventSourceUrl()`',
    ]);
  });

  it('reads requests only from HTTP clients: not from a helper named like an HTTP method', () => {
    const found = urlsOf("import { get } from 'lodash';\nconst email = get(user, 'email');\nawait fetch(`/api/users?email=${email}`);");
    expect(found).toEqual({ findings: ['email | query | email | request | the URL requested by `fetch()`'], requests: [] });
  });

  it('reads a request URL built from the protocol and host, which the string scan leaves', () => {
    expect(urlsOf('await fetch(`${proto}://${host}/u/${user.email}`);')).toEqual({
      findings: [],
      requests: ['host | path | - | request | the URL requested by `fetch()`', 'user.email | path | - | request | the URL requested by `fetch()`'],
    });
  });

  it('reads a request made with one options object, or a Request built with new', () => {
    const found = urlsOf(
      [
        "await axios({ method: 'get', url: `${proto}://${host}/u/${user.email}`, params: { phone: user.phone } });",
        'const lookup = new Request(`${proto}://${host}/lookup/${user.email}`);',
      ].join('\n'),
    );
    expect(found).toEqual({
      findings: [],
      requests: [
        'host | path | - | request | the URL requested by `axios()`',
        'user.email | path | - | request | the URL requested by `axios()`',
        'user.phone | query | phone | request | the URL requested by `axios()`',
        'host | path | - | request | the URL requested by `Request()`',
        'user.email | path | - | request | the URL requested by `Request()`',
      ],
    });
  });

  it('reads the URL of a navigation or a location assignment that the string scan leaves (an address built from the protocol and host)', () => {
    const url = '`${req.protocol}://${host}/welcome/${user.email}`';
    const findings = (code: string) => urlsOf(code).findings.filter((finding) => finding.startsWith('user.email'));
    expect(findings(`location = ${url};`)).toEqual(['user.email | path | - | page | `location`']);
    expect(findings(`navigate!(${url});`)).toEqual(['user.email | path | - | page | the URL given to `navigate()`']);
    expect(findings(`(router?.push)(${url});`)).toEqual(['user.email | path | - | page | the URL given to `router?.push()`']);
  });

  it('takes a location field of a record for no page address, and a query-string serializer passed as an option for no query', () => {
    expect(urlsOf('lead.location = user.address;\nrouter.push(`/leads/${lead.id}`);').findings).toEqual(['lead.id | path | - | page | the URL given to `router.push()`']);
    expect(urlsOf("import qs from 'qs';\nexport const api = axios.create({ baseURL: '/api', paramsSerializer: qs.stringify });").findings).toEqual([]);
  });

  it('reads search parameters set on a URL that no variable of the file holds (Next.js middleware)', () => {
    const code = "export function middleware(request) {\n  request.nextUrl.searchParams.set('email', user.email);\n  return NextResponse.rewrite(request.nextUrl);\n}";
    expect(urlsOf(code).findings).toEqual(['user.email | query | email | page | a URL built here']);
  });

  it('lists findings in source order, whichever was found first', () => {
    const { findings } = urlsOf("const route = { path: '/thanks', query: { email: lead.email } };\nconst other = `/x?p=${user.phone}`;\nthis.$router.push(route);");
    expect(findings).toEqual(['lead.email | query | email | page | the URL given to `this.$router.push()`', 'user.phone | query | p | page | a URL built here']);
  });
});


