// The text gates every rule starts with: one pass over a file's text answers, for each pattern of
// TEXT_HINTS, exactly what `pattern.test(text)` answers (src/util/text-gates.ts,
// src/analysis/sinks/text-hints.ts), with anchors generated from the patterns.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TEXT_HINTS } from '../../src/analysis/catalog/text-hints.js';
import type { TextHintName } from '../../src/analysis/catalog/text-hints.js';
import { textHints } from '../../src/analysis/sinks/text-hints.js';
import { TextGates } from '../../src/util/text-gates.js';
import { anchorsModule, deriveAnchors } from '../../scripts/text-hint-anchors.mjs';
import { packageSample } from '../robustness/lib/corpus.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const NAMES = Object.keys(TEXT_HINTS) as TextHintName[];

/** The hints a text opens through the one pass, and through each pattern on its own. */
function compare(text: string): { scanned: string[]; expected: string[] } {
  const hints = textHints(text);
  return { scanned: NAMES.filter((name) => hints.has(name)), expected: NAMES.filter((name) => TEXT_HINTS[name].test(text)) };
}

describe('text hints', () => {
  it('has anchors generated from the current patterns (else: npm run build && node scripts/text-hint-anchors.mjs)', () => {
    // A mutation-testing sandbox (Stryker) puts `// @ts-nocheck` on top of every source file.
    const generated = readFileSync(path.join(root, 'src/analysis/catalog/text-hint-anchors.ts'), 'utf8').replace(/^\/\/ @ts-nocheck\n/, '');
    expect(generated).toBe(anchorsModule(TEXT_HINTS));
  });

  // One shape each pattern stands for, in the case it is written in and in others, at the start, the
  // middle and the very end of a text (the last positions read past the end).
  const SHAPES = [
    "fbq('track', 'Lead')", 'FACEBOOK', 'user_data', 'userData', '{ em: x }', ',\n  ph }', 'ud.fbp =', '\n  em: x', 'act.FBC=1',
    "['EMAIL']", '"PHONE"',
    '?email=', '&a.b=', '#k=', '/${id}', "/' + id", 'new URL(x)', 'href=', 'x.open (u)',
    'router.push(x)', 'this.$router\n   .push(next)', 'useRouter()?.replace(x)', 'HISTORY . assign (x)',
    'event_source_url', 'setReferrerUrl', 'test_event_code', 'setTestEventCode', 'new EventRequest(t, p)',
    `EAA${'B1'.repeat(10)}`, `1|${'a-'.repeat(12)}`, 'NEXT_PUBLIC_X', 'import.meta.env.VITE_KEY', 'ACCESS_TOKEN', 'appSecret',
    '?access_token=', '&appsecret_proof=', 'FacebookAdsApi.init(t)', "from '@env'", 'react-native-config',
  ];

  it.each(SHAPES)('finds %j where its pattern does: alone, after other text, at the end, in other cases', (shape) => {
    expect(compare(shape).expected.length).toBeGreaterThan(0);
    for (const text of [shape, `let a = 1;\n${shape}`, `x${shape}`, `${shape}\n`, shape.toUpperCase(), shape.toLowerCase()]) {
      const { scanned, expected } = compare(text);
      expect(scanned).toEqual(expected);
    }
  });

  it('matches words written from a rarer pair on (a lookbehind before it) as the words themselves, word boundaries kept', () => {
    const words: [string, TextHintName][] = [
      ['res.redirect(u)', 'urlBuilding'], ['permanentRedirect(u)', 'urlBuilding'], ['history.pushState(s, t, u)', 'urlBuilding'],
      ['history.replaceState(s, t, u)', 'urlBuilding'], ['url.searchParams', 'urlBuilding'], ['{ event_source_url: u }', 'urlBuilding'],
      ['{ referrer_url: u }', 'urlBuilding'], ['e.setEventSourceUrl(u)', 'urlBuilding'], ['e.setReferrerUrl(u)', 'urlBuilding'],
      ['{ event_source_url: u }', 'metaUrlField'], ['{ referrer_url: u }', 'metaUrlField'], ['e.setEventSourceUrl(u)', 'metaUrlField'],
      ['e.setReferrerUrl(u)', 'metaUrlField'], ['{ test_event_code: c }', 'testEventCode'], ['r.setTestEventCode(c)', 'testEventCode'],
      ['{ match_keys: k }', 'metaSink'], ['{ DATA_PROCESSING_OPTIONS: [] }', 'metaSink'], ['api.setAccessToken(t)', 'tokenSlot'],
      ['api.setAppSecret(s)', 'tokenSlot'], ["from 'react-native-dotenv'", 'bundledEnv'], ["from 'react-native-config'", 'bundledEnv'],
    ];
    expect(words.filter(([text, name]) => !textHints(text).has(name))).toEqual([]);
    const lookAlikes = ['xredirect(u)', 'redirected', 'mypushState', 'replaceStates', 'hasSearchParams', 'my_referrer_url', 'unsetReferrerUrl'];
    expect(lookAlikes.filter((text) => textHints(text).has('urlBuilding'))).toEqual([]);
    expect(['test_event', '_event_code', 'setAccess', 'native-config', 'h_keys'].filter((text) => compare(text).scanned.length > 0)).toEqual([]);
  });

  it('finds nothing where no pattern matches (look-alikes: a variable `em`, `list.push(`, `return`, an address alone)', () => {
    for (const text of ['', 'e', 'em', 'const em = 1;', 'list.push(x)', 'return redirected;', '// https://acme.dev/docs', 'EAA-short', "'st'", 'ſ']) {
      expect(compare(text)).toEqual({ scanned: [], expected: [] });
    }
  });

  it('answers as the patterns do on node_modules files', { timeout: 60_000 }, () => {
    const texts = packageSample(root, 400, 60_000).map((file: string) => readFileSync(file, 'utf8'));
    const differing = texts.map((text: string, index: number) => ({ index, ...compare(text) })).filter((result) => result.scanned.join() !== result.expected.join());
    expect(differing).toEqual([]);
  });

  it('reads the short user_data keys after `{`, `,`, `.` or a line break as before (the lookbehind form)', () => {
    const written = /[{,.]\s*(?:em|ph|fbp|fbc)\s*[:,}=]|\n[ \t]*(?:em|ph|fbp|fbc)\s*:/i;
    const texts = ['{em:1}', '{ \n em : 1', ', PH}', '.fbp=', '\n\t fbc:', 'x\n  em:', 'x\nem :', ' em:', 'them:', '{ them: 1 }', 'a,\r\n\tph = 2', '\n  em =', '(em)'];
    expect(texts.map((text) => TEXT_HINTS.metaSink.test(text))).toEqual(texts.map((text) => written.test(text)));
  });
});

describe('TextGates', () => {
  const gates = (patterns: Record<string, RegExp>) =>
    new TextGates(Object.fromEntries(Object.entries(patterns).map(([name, pattern]) => [name, { pattern, anchors: deriveAnchors(pattern) }])));

  it('finds a match in the last one, two or three characters of a text', () => {
    const scanner = gates({ one: /x/, two: /yz/, three: /abc/ });
    for (const [text, found] of [['..x', ['one']], ['.yz', ['two']], ['abc', ['three']], ['ab', []], ['y', []]] as const) {
      const hits = scanner.scan(text);
      expect(['one', 'two', 'three'].filter((name) => hits.has(name as never))).toEqual(found);
    }
  });

  it('finds a match at every position of short and long texts (the last three positions are read from a padded copy)', () => {
    const scanner = gates({ word: /abcd/, short: /yz/ });
    for (let before = 0; before < 8; before++) {
      for (let after = 0; after < 8; after++) {
        const text = `${'.'.repeat(before)}abcd${'.'.repeat(after)}`;
        expect({ text, found: scanner.scan(text).has('word') }).toEqual({ text, found: true });
        const short = `${'.'.repeat(before)}yz${'.'.repeat(after)}`;
        expect({ short, found: scanner.scan(short).has('short') }).toEqual({ short, found: true });
      }
    }
    expect(scanner.scan('abc').has('word')).toBe(false);
    expect(scanner.scan('abcz').has('word')).toBe(false);
  });

  it('confirms with the pattern as written: its flags (a case-insensitive pattern in another case, a global one)', () => {
    expect(gates({ word: /abc/i }).scan('..ABC').has('word')).toBe(true);
    expect(gates({ word: /abc/ }).scan('..ABC').has('word')).toBe(false);
    // A global or sticky pattern is tried as sticky only (`g` dropped), answering the same every time.
    const global = gates({ word: /abc/giy });
    expect([global.scan('..ABC').has('word'), global.scan('..ABC').has('word')]).toEqual([true, true]);
  });

  it('finds a class-led pattern of the first gate (its second lane) and an anchor that allows anything in the middle', () => {
    expect(gates({ query: /[?&]x=/, other: /zz/ }).scan('a?x=1').has('query')).toBe(true);
    const middle = new TextGates({ gap: { pattern: /a.c/, anchors: [['a', '', 'c']] } });
    expect(['abc', 'a-c', 'xa\u0100c'].map((text) => middle.scan(text).has('gap'))).toEqual([true, true, true]);
  });

  it('takes up to 16 gates', () => {
    const sixteen = Object.fromEntries(Array.from({ length: 16 }, (_, index) => [`g${index}`, { pattern: new RegExp(`q${index}q`), anchors: [['q', '0123456789']] }]));
    const hits = new TextGates(sixteen).scan('..q15q..q0q');
    expect([hits.has('g15'), hits.has('g0'), hits.has('g1')]).toEqual([true, true, false]);
  });

  it('tries a pattern only where its anchors allow (anchors that leave a start out miss it)', () => {
    const scanner = new TextGates({ word: { pattern: /ab|cd/, anchors: [['a', 'b']] } });
    expect(scanner.scan('xxab').has('word')).toBe(true);
    expect(scanner.scan('xxcd').has('word')).toBe(false);
  });

  it('reads characters beyond Latin-1 by their low byte, so they can only add positions to try', () => {
    const scanner = gates({ wide: /\u0166x/, plain: /fx/ });
    expect(scanner.scan('fx').has('wide')).toBe(false);
    expect(scanner.scan('fx').has('plain')).toBe(true);
    expect(scanner.scan('a\u0166x').has('wide')).toBe(true);
    expect(scanner.scan('a\u0166x').has('plain')).toBe(false);
  });

  it('keeps looking after one gate is found, and stops being asked for it', () => {
    const scanner = gates({ first: /aa/, second: /bb/ });
    const hits = scanner.scan('aa aa aa bb');
    expect([hits.has('first'), hits.has('second')]).toEqual([true, true]);
  });

  it('refuses an anchor without characters and more gates than its tables hold', () => {
    expect(() => new TextGates({ empty: { pattern: /x/, anchors: [[]] } })).toThrow(/at least its first character/);
    const many = Object.fromEntries(Array.from({ length: 17 }, (_, index) => [`g${index}`, { pattern: /x/, anchors: [['x']] }]));
    expect(() => new TextGates(many)).toThrow(/at most 16 gates, got 17/);
  });

  it('derives the anchors of words, optional characters, classes, lookbehinds and repetitions', () => {
    expect(deriveAnchors(/user_?data/i)).toEqual([['Uu', 'Ss', 'Ee', 'Rr']]);
    expect(deriveAnchors(/(?<=\.)ab?c/)).toEqual([['a', 'c'], ['a', 'b', 'c']]);
    expect(deriveAnchors(/[?&]x{2,3}/)).toEqual([['&?', 'x', 'x'], ['&?', 'x', 'x', 'x']]);
    expect(deriveAnchors(/\s[^a]/)).toEqual([['\x00\x01\x02\x03\x04\x05\x06\x07\x08\x09\x0a\x0b\x0c\x0d ()/_\x80\xa0\xff']]);
    expect(deriveAnchors(/\bto=/)).toEqual([['t', 'o', '=']]);
  });
});
