// ReDoS: every regular expression of src (each literal, and the catalog's built ones) and every
// user-configurable pattern path, fed adversarial inputs — long runs of one character or of a short
// unit, 50,000 characters, with a character that makes the match fail at the end. Each call must stay
// under a generous bound; the work is measured (best of three) so a busy machine does not flake it.
// The matching runs in a worker thread (lib/redos-harness.ts) stopped after a hard time limit, so a
// catastrophic pattern fails its test in seconds instead of hanging the run.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from '@typescript-eslint/parser';
import { afterAll, describe, expect, it } from 'vitest';
import { TEST_FILE_OPTION_DEFAULTS } from '../../src/analysis/facts/environment.js';
import { MAX_PATTERN_INPUT, readSettings } from '../../src/settings.js';
import { startRedosHarness } from './lib/redos-harness.js';
import type { Probe } from './lib/redos-probe.js';

const srcRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src');
const LENGTH = 50_000;
/** Per call. Linear regexes take well under 5 ms on 50k characters; a quadratic one takes seconds. */
const BOUND_MS = 50;

const harness = startRedosHarness();
afterAll(() => harness.close());

/** The slow ones among named probes (each run in the harness, one after the other). */
async function slowProbes(probes: readonly (Probe & { where: string })[], limitMs?: number): Promise<object[]> {
  const slow: object[] = [];
  for (const { where, ...probe } of probes) {
    const worst = await harness.worstCase(probe, limitMs);
    if (worst.ms > probe.bound) slow.push({ where, source: probe.seed, ...worst });
  }
  return slow;
}

const regexProbe = ({ where, pattern }: { where: string; pattern: RegExp }) => ({
  where,
  task: 'regex' as const,
  args: { source: pattern.source, flags: pattern.flags },
  seed: pattern.source,
  bound: BOUND_MS,
});

/**
 * The text hints run only through TextGates, at the positions their anchors allow; some have a
 * lookbehind that would be quadratic tried at every position of a long run of white space.
 */
const TEXT_HINTS_FILE = 'analysis/catalog/text-hints.ts';
const TEXT_HINT_EXPORT = /^catalog\/text-hints\.ts:TEXT_HINTS\.(\w+)$/;
const catalogProbe = ({ where, pattern }: { where: string; pattern: RegExp }) => {
  const name = TEXT_HINT_EXPORT.exec(where)?.[1];
  return name ? { ...regexProbe({ where, pattern }), task: 'textHint' as const, args: { name } } : regexProbe({ where, pattern });
};

function sourceFiles(directory: string): string[] {
  return readdirSync(directory).flatMap((name) => {
    const full = path.join(directory, name);
    return statSync(full).isDirectory() ? sourceFiles(full) : full.endsWith('.ts') ? [full] : [];
  });
}

/** Every regular-expression literal in src, with where it is written. */
function regexLiterals(): { where: string; pattern: RegExp }[] {
  const found: { where: string; pattern: RegExp }[] = [];
  for (const file of sourceFiles(srcRoot)) {
    const visit = (node: unknown): void => {
      if (!node || typeof node !== 'object') return;
      if (Array.isArray(node)) return node.forEach(visit);
      const record = node as { type?: string; regex?: { pattern: string; flags: string }; loc?: { start: { line: number } } };
      if (record.type === 'Literal' && record.regex) {
        found.push({ where: `${path.relative(srcRoot, file)}:${record.loc!.start.line}`, pattern: new RegExp(record.regex.pattern, record.regex.flags) });
      }
      for (const [key, value] of Object.entries(record)) if (key !== 'parent' && key !== 'loc' && key !== 'range') visit(value);
    };
    visit(parse(readFileSync(file, 'utf8'), { loc: true, range: false, jsx: false }));
  }
  return found;
}

/** RegExp values exported by the catalog modules (including ones built with `new RegExp`), deeply. */
async function catalogRegexes(): Promise<{ where: string; pattern: RegExp }[]> {
  const found: { where: string; pattern: RegExp }[] = [];
  const directory = path.join(srcRoot, 'analysis/catalog');
  for (const name of readdirSync(directory)) {
    const exports = (await import(path.join(directory, name))) as Record<string, unknown>;
    const visit = (value: unknown, where: string, depth: number): void => {
      if (value instanceof RegExp) found.push({ where, pattern: value });
      else if (value && typeof value === 'object' && depth < 4) for (const [key, inner] of Object.entries(value)) visit(inner, `${where}.${key}`, depth + 1);
    };
    for (const [key, value] of Object.entries(exports)) visit(value, `catalog/${name}:${key}`, 0);
  }
  return found;
}

describe('regular expressions of src on adversarial input', () => {
  const literals = regexLiterals();

  it('finds the regex literals of src (the test reads them all)', () => {
    expect(literals.length).toBeGreaterThan(50);
  });

  it(`every regex literal runs under ${BOUND_MS} ms on ${LENGTH.toLocaleString('en')}-character inputs`, { timeout: 180_000 }, async () => {
    expect(await slowProbes(literals.filter(({ where }) => !where.startsWith(TEXT_HINTS_FILE)).map(regexProbe))).toEqual([]);
  });

  it(`every catalog RegExp (lexicons, consent platforms, token shapes) runs under ${BOUND_MS} ms`, { timeout: 120_000 }, async () => {
    const catalog = await catalogRegexes();
    expect(catalog.length).toBeGreaterThan(10);
    expect(catalog.filter(({ where }) => TEXT_HINT_EXPORT.test(where)).length).toBeGreaterThan(10);
    expect(await slowProbes(catalog.map(catalogProbe))).toEqual([]);
  });

  it('splitting words and matching the sensitive-term lexicon (with settings terms) stay linear', { timeout: 60_000 }, async () => {
    const additionalTerms = { health: ['gluten intolerance', 'keto*', 'a a a a*'] };
    expect((await harness.worstCase({ task: 'splitWords', seed: 'aA0_ -.', bound: BOUND_MS * 4 })).ms).toBeLessThan(BOUND_MS * 4);
    const terms = { task: 'sensitiveTerms', args: { additionalTerms, allow: ['a'] }, seed: 'aA0_ -.', length: 20_000, bound: BOUND_MS * 4 } as const;
    expect((await harness.worstCase(terms)).ms).toBeLessThan(BOUND_MS * 4);
  });
});

describe('the ReDoS harness', () => {
  it('stops an exponential regex at its time limit, reports it as slow, and goes on with a fresh worker', { timeout: 60_000 }, async () => {
    const exponential = regexProbe({ where: 'src/example.ts:1', pattern: /^(a+)+$/ });
    expect(await slowProbes([exponential], 2_000)).toEqual([
      { where: 'src/example.ts:1', source: '^(a+)+$', ms: Number.POSITIVE_INFINITY, input: 'no answer within 2000 ms: stopped', timedOut: true },
    ]);
    expect((await harness.worstCase(regexProbe({ where: 'src/example.ts:2', pattern: /^a+$/ }))).ms).toBeLessThan(BOUND_MS);
  });
});

describe('user-configurable patterns', () => {
  const signals = (consentSignals: string[]) => readSettings({ 'meta-privacy': { consentSignals } });

  it.each([
    ['nested quantifiers', '^(a+)+$'],
    ['a repeated group of words', '^(\\w+\\s?)*$'],
    ['adjacent quantifiers that trade characters', '^\\d+\\d+$'],
    ['open-ended repetitions around literals', '.*consent.*granted$'],
    ['overlapping alternatives in a repetition', '^(\\w|\\d)+$'],
    ['overlapping alternatives deeper in a repetition', '^(x(a|ab)y)+$'],
  ])('consentSignals refuses %s, naming the key', (_label, source) => {
    expect(() => signals(['hasConsent', source])).toThrow(/settings\['meta-privacy'\]\.consentSignals\[1\] can take super-linear time/);
  });

  it.each([['privacyChoices'], ['^canTrack(Ads|Marketing)$'], ['(ads|marketing)Allowed'], ['^cmp_[a-z]+_ok$'], ['consent.*granted']])('consentSignals accepts %s', (source) => {
    expect(signals([source]).consentSignals).toHaveLength(1);
  });

  it(`an accepted user pattern is never run on more than ${MAX_PATTERN_INPUT} characters, and is fast up to there`, { timeout: 60_000 }, async () => {
    const [pattern] = signals(['\\w+Consent$']).consentSignals;
    expect(pattern!.test(`${'a'.repeat(MAX_PATTERN_INPUT)}Consent`)).toBe(false);
    expect(pattern!.test('marketingConsent')).toBe(true);
    const probe = { task: 'consentSignal', args: { source: '\\w+Consent$' }, seed: 'aConsent', bound: BOUND_MS } as const;
    expect((await harness.worstCase({ ...probe, length: MAX_PATTERN_INPUT })).ms).toBeLessThan(BOUND_MS);
    expect((await harness.worstCase(probe)).ms).toBeLessThan(1);
  });

  it('the default test-file globs, and one with several stars in a segment, stay linear on 4,096-character paths', { timeout: 60_000 }, async () => {
    for (const glob of [...TEST_FILE_OPTION_DEFAULTS.testFilePatterns, 'src/**/*a*a*a*a*a*b']) {
      const worst = await harness.worstCase({ task: 'testFileGlob', args: { glob }, seed: `${glob}test/x.`, length: 4096, bound: BOUND_MS });
      expect({ glob, ms: worst.ms < BOUND_MS }).toEqual({ glob, ms: true });
    }
  });
});
