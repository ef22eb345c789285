/**
 * How a URL expression is split into static text and interpolated values (`urlParts`), the basis of
 * every URL the rules read: request endpoints, page URLs, image pixels, token URLs. `{x}` stands for an
 * interpolated expression `x`, as the parts keep it.
 */
import { describe, expect, it } from 'vitest';
import type { UrlPartsOptions } from '../../src/analysis/sinks/urls.js';
import { outermostString, queryParameters, urlParts } from '../../src/analysis/sinks/urls.js';
import { probe } from './probe.js';

/** The parts of `expression` (its last occurrence in `code`), as text with `{…}` around each interpolation. */
function parts(code: string, expression: string, options?: UrlPartsOptions): string {
  const { analysis, node } = probe(code, { typescript: true });
  const { sourceCode } = analysis;
  return urlParts(sourceCode, node(expression), options)
    .map((part) => ('text' in part ? part.text : `{${sourceCode.getText(part.node)}}`))
    .join('');
}

describe('urlParts: literals, templates and concatenation', () => {
  it.each([
    ['a string literal', "use('https://shop.example/a');", "'https://shop.example/a'", 'https://shop.example/a'],
    ['a number literal is a value', 'use(42);', '42', '{42}'],
    ['a template with its escapes read', 'use(`/caf\\u00e9/${id}/x`);', '`/caf\\u00e9/${id}/x`', '/café/{id}/x'],
    ['a `+` chain', "use('/a/' + id + '/b');", "'/a/' + id + '/b'", '/a/{id}/b'],
    ['another operator is a value', 'use(a - b);', 'a - b', '{a - b}'],
  ])('%s', (_name, code, expression, expected) => {
    expect(parts(code, expression)).toBe(expected);
  });
});

describe('urlParts: defaults (`x || "…"`) only when asked for', () => {
  const code = "use(env.BASE || 'https://a.example'); use(env.ID && 'x'); use(env.ID || ''); use(env.N ?? 5);";
  it.each([
    ["env.BASE || 'https://a.example'", {}, "{env.BASE || 'https://a.example'}"],
    ["env.BASE || 'https://a.example'", { defaults: true }, 'https://a.example'],
    ["env.ID && 'x'", { defaults: true }, "{env.ID && 'x'}"],
    ["env.ID || ''", { defaults: true }, "{env.ID || ''}"],
    ['env.N ?? 5', { defaults: true }, '{env.N ?? 5}'],
  ])('%s with %o', (expression, options, expected) => {
    expect(parts(code, expression, options)).toBe(expected);
  });
});

describe('urlParts: each expression is split once per options', () => {
  const code = "use(env.BASE || 'https://a.example');";
  const expression = "env.BASE || 'https://a.example'";
  const plain: UrlPartsOptions = {};
  const defaults: UrlPartsOptions = { defaults: true };

  it.each([
    ['defaults first', [defaults, plain]],
    ['defaults last', [plain, defaults]],
  ])('%s: the other options get their own answer, the same options the same one', (_name, order) => {
    const { sourceCode, node } = probe(code);
    const answers = order.map((options) => urlParts(sourceCode, node(expression), options));
    const texts = answers.map((found) => found.map((part) => ('text' in part ? part.text : `{${sourceCode.getText(part.node)}}`)).join(''));
    expect(texts).toEqual(order.map((options) => (options === defaults ? 'https://a.example' : `{${expression}}`)));
    order.forEach((options, index) => expect(urlParts(sourceCode, node(expression), options)).toBe(answers[index]));
  });
});

describe('urlParts: names and members read through to their text', () => {
  it.each([
    ['a constant holding a template', "const BASE = `https://${host}`;\nuse(`${BASE}/x`);", '`${BASE}/x`', 'https://{host}/x'],
    ['a constant holding a value that is no text keeps its name', 'const user = getUser();\nuse(`/u/${user}`);', '`/u/${user}`', '/u/{user}'],
    ['a constant holding a number keeps its name', 'const port = 8080;\nuse(`:${port}/x`);', '`:${port}/x`', ':{port}/x'],
    ['a `let` never reassigned, holding a string', "let base = 'https://a.example';\nuse(base + '/x');", "base + '/x'", 'https://a.example/x'],
    ['a `let` holding a template is a value', 'let base = `https://${host}`;\nuse(base + "/x");', 'base + "/x"', '{base}/x'],
    ['a member of a constant object, static', "const config = { base: 'https://a.example' };\nuse(config.base + '/x');", "config.base + '/x'", 'https://a.example/x'],
    ['a member of a constant object holding a template', 'const api = { base: `https://${host}` };\nuse(api.base + "/x");', 'api.base + "/x"', 'https://{host}/x'],
    ['a member holding a value that is no text', 'const api = { user: getUser() };\nuse(`/u/${api.user}`);', '`/u/${api.user}`', '/u/{api.user}'],
    ["a URL object's `href`", "const url = new URL('https://a.example/x');\nuse(url.href);", 'url.href', 'https://a.example/x'],
    ["an unknown object's `href`", 'use(link.href);', 'link.href', '{link.href}'],
    ["the `href` of a URL object built on a value", "const url = new URL(base + '/x');\nuse(url.href);", 'url.href', '{base}/x'],
    ["a URL object's `toString()`", "const url = new URL('https://a.example/x');\nuse(url.toString());", 'url.toString()', 'https://a.example/x'],
    ["`toString()` with an argument is a value", "const url = new URL('https://a.example/x');\nuse(url.toString(16));", 'url.toString(16)', '{url.toString(16)}'],
    ["an unknown object's `toString()`", 'use(link.toString());', 'link.toString()', '{link.toString()}'],
    ['`String(x)`', "const path = '/x';\nuse(String(path));", 'String(path)', '/x'],
    ['`String(path, b)` is a value', "use(String('/x', b));", "String('/x', b)", "{String('/x', b)}"],
    ['a path against a base: `new URL(path, base)`', "use(new URL('/v19.0/1/events', 'https://graph.facebook.com'));", "new URL('/v19.0/1/events', 'https://graph.facebook.com')", 'https://graph.facebook.com/v19.0/1/events'],
    ['a relative path against a base is a value', "use(new URL('v19.0/1/events', base));", "new URL('v19.0/1/events', base)", "{new URL('v19.0/1/events', base)}"],
    ['a spread base is a value', "use(new URL('/x', ...rest));", "new URL('/x', ...rest)", "{new URL('/x', ...rest)}"],
    ['`new URL(...args)` is a value', 'use(new URL(...args));', 'new URL(...args)', '{new URL(...args)}'],
    ['`new URL()` is a value', 'use(new URL());', 'new URL()', '{new URL()}'],
    ['three arguments to `URL` are a value', "use(URL('/x', a, b));", "URL('/x', a, b)", "{URL('/x', a, b)}"],
    ['another constructor is a value', "use(new Link('/x'));", "new Link('/x')", "{new Link('/x')}"],
    ['a call without arguments is a value', 'use(build());', 'build()', '{build()}'],
    ["a URL object's `valueOf()` is a value", "const url = new URL('https://a.example/x');\nuse(url.valueOf());", 'url.valueOf()', '{url.valueOf()}'],
    ['a global declared in a comment keeps its name', '/* global BASE */\nuse(`${BASE}/x`);', '`${BASE}/x`', '{BASE}/x'],
    ['a call of a member that is no URL method is a value', "use(paths.join('/x'));", "paths.join('/x')", "{paths.join('/x')}"],
  ])('%s', (_name, code, expression, expected) => {
    expect(parts(code, expression)).toBe(expected);
  });

  it("reads a local helper's returned URL only with defaults", () => {
    const code = 'const eventsUrl = (id) => `https://graph.facebook.com/v19.0/${id}/events`;\nuse(eventsUrl(pixel));';
    expect(parts(code, 'eventsUrl(pixel)')).toBe('{eventsUrl(pixel)}');
    expect(parts(code, 'eventsUrl(pixel)', { defaults: true })).toBe('https://graph.facebook.com/v19.0/{id}/events');
  });

  it('does not read a helper with several returns, or one that returns no text', () => {
    const code = "function pick(a) { if (a) return '/a'; return '/b'; }\nfunction count() { return 3; }\nuse(pick(x)); use(count());";
    expect(parts(code, 'pick(x)', { defaults: true })).toBe('{pick(x)}');
    expect(parts(code, 'count()', { defaults: true })).toBe('{count()}');
  });

  it('follows constants four hops deep; beyond, the value is kept as written there', () => {
    const chain = (length: number) => {
      const lines = ['const c0 = `https://${host}`;', ...Array.from({ length }, (_, index) => `const c${index + 1} = c${index};`)];
      return parts(`${lines.join('\n')}\nuse(c${length} + '/x');`, `c${length} + '/x'`);
    };
    expect(chain(3)).toBe('https://{host}/x');
    expect(chain(4)).toBe('{`https://${host}`}/x');
  });
});

describe('what a constant must hold to be read as text', () => {
  it.each([
    ['`+`', "const u = base + '/x';\nuse(`${u}?a=1`);", '`${u}?a=1`', '{base}/x?a=1'],
    ['a default, with defaults', "const u = env.U || 'https://a.example';\nuse(`${u}/x`);", '`${u}/x`', 'https://a.example/x'],
    ['a `new URL(…)`', "const u = new URL('https://a.example/x');\nuse(`${u}`);", '`${u}`', 'https://a.example/x'],
    ['another constructor', "const u = new Link('https://a.example/x');\nuse(`${u}/y`);", '`${u}/y`', '{u}/y'],
    ['a conditional', "const u = a ? '/x' : '/y';\nuse(`${u}/z`);", '`${u}/z`', '{u}/z'],
    ['a `-` expression', 'const u = a - b;\nuse(`${u}/z`);', '`${u}/z`', '{u}/z'],
  ])('%s', (_name, code, expression, expected) => {
    expect(parts(code, expression, { defaults: true })).toBe(expected);
  });

  it('a default is no text without defaults', () => {
    expect(parts("const u = env.U || 'https://a.example';\nuse(`${u}/x`);", '`${u}/x`')).toBe('{u}/x');
  });
});

describe('outermostString', () => {
  it('climbs `+` chains and templates, not other operators or a unary `+`', () => {
    const { analysis, node } = probe("use('/a/' + `${b}/c` + d); use(n - '/x'); use(+'/y');", { typescript: true });
    const text = (code: string) => analysis.sourceCode.getText(outermostString(node(code)));
    expect(text('b')).toBe("'/a/' + `${b}/c` + d");
    expect(text("'/x'")).toBe("'/x'");
    expect(text("'/y'")).toBe("'/y'");
  });
});

describe('queryParameters', () => {
  const of = (code: string, expression: string) => {
    const { analysis, node } = probe(code, { typescript: true });
    return queryParameters(urlParts(analysis.sourceCode, node(expression))).map((parameter) =>
      parameter.value ? `${parameter.key}={${analysis.sourceCode.getText(parameter.value)}}` : `${parameter.key}=${JSON.stringify(parameter.text)}`,
    );
  };
  it.each([
    ['keys with text and values', 'use(`/tr?id=1&ev=Lead&ud[em]=${hash}#top`);', '`/tr?id=1&ev=Lead&ud[em]=${hash}#top`', ['id="1"', 'ev="Lead"', 'ud[em]={hash}']],
    ['a key without `=`, an empty key and an interpolated key', 'use(`/p?flag&=x&${k}=v&b=2`);', '`/p?flag&=x&${k}=v&b=2`', ['flag=""', 'b="2"']],
    ['`+` as a space and percent escapes decoded, a bad escape kept', "use('/p?q=a+b%21&r=%zz');", "'/p?q=a+b%21&r=%zz'", ['q="a b!"', 'r="%zz"']],
    ['`+` alone as a space (nothing else to decode)', "use('/p?a+b=c+d');", "'/p?a+b=c+d'", ['a b="c d"']],
    ['no query', 'use(`/p/${id}`);', '`/p/${id}`', []],
    ['a `key=value` in the path is no query', "use('/p/a=b');", "'/p/a=b'", []],
    ['a query right after the first slash', "use('/?a=1');", "'/?a=1'", ['a="1"']],
    ['the second interpolation', 'use(`/p?a=${x}&b=${y}`);', '`/p?a=${x}&b=${y}`', ['a={x}', 'b={y}']],
  ])('%s', (_name, code, expression, expected) => {
    expect(of(code, expression)).toEqual(expected);
  });
});
