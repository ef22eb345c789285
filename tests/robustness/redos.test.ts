// ReDoS: every regular expression of src (each literal, and the catalog's built ones) and every
// user-configurable pattern path, fed adversarial inputs — long runs of one character or of a short
// unit, 50,000 characters, with a character that makes the match fail at the end. Each call must stay
// under a generous bound; the work is measured (best of three) so a busy machine does not flake it.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from '@typescript-eslint/parser';
import { describe, expect, it } from 'vitest';
import { findSensitiveTerms } from '../../src/analysis/facts/sensitive-terms.js';
import { testFileMatcher, TEST_FILE_OPTION_DEFAULTS } from '../../src/analysis/facts/environment.js';
import { splitWords } from '../../src/util/words.js';
import { MAX_PATTERN_INPUT, readSettings } from '../../src/settings.js';

const srcRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src');
const LENGTH = 50_000;
/** Per call. Linear regexes take well under 5 ms on 50k characters; a quadratic one takes seconds. */
const BOUND_MS = 50;
const UNITS = ['a', 'A', '0', ' ', '_', '-', '.', '/', '=', '&', '?', '@', '|', '$', '{', '}', '[', ':', '"', "'", '\t', '\n', 'aA', 'a0', 'a ', 'a_', 'a.', 'a/', 'a=', 'a&', '0|', '0.', 'EAA', 'xx', '%', '*'];
const ENDINGS = ['', '!', '\u0000'];

/** Inputs for one pattern: generic units plus the pattern's own literal characters repeated. */
function adversarialInputs(source: string, length = LENGTH): string[] {
  const own = [...new Set(source.replace(/\\[dDwWsSbB]/g, '').match(/[\w@./=&?|:#%-]/g) ?? [])];
  const units = [...UNITS, ...own, own.join('')].filter(Boolean);
  return units.flatMap((unit) => ENDINGS.map((ending) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length) + ending));
}

/**
 * The slowest call of `run` over the inputs, each measured as the best of three when it looks slow;
 * stops at the first input over the bound (one is enough to fail, and a quadratic case takes seconds).
 */
function worstCase(inputs: readonly string[], run: (input: string) => unknown, bound = BOUND_MS): { ms: number; input: string } {
  let worst = { ms: 0, input: '' };
  for (const input of inputs) {
    let ms = timed(() => run(input));
    if (ms > bound / 5 && ms < bound * 10) ms = Math.min(ms, timed(() => run(input)), timed(() => run(input)));
    if (ms > worst.ms) worst = { ms, input: `${JSON.stringify(input.slice(0, 12))}… (${input.length})` };
    if (ms > bound) break;
  }
  return worst;
}

function timed(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

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

/** A non-global copy, so `test` starts from 0 every time (global and sticky flags keep state). */
function stateless(pattern: RegExp): RegExp {
  return new RegExp(pattern.source, pattern.flags.replace(/[gy]/g, ''));
}

describe('regular expressions of src on adversarial input', () => {
  const literals = regexLiterals();

  it('finds the regex literals of src (the test reads them all)', () => {
    expect(literals.length).toBeGreaterThan(50);
  });

  it(`every regex literal runs under ${BOUND_MS} ms on ${LENGTH.toLocaleString('en')}-character inputs`, { timeout: 120_000 }, () => {
    const slow = literals
      .map(({ where, pattern }) => ({ where, source: pattern.source, ...worstCase(adversarialInputs(pattern.source), (input) => stateless(pattern).test(input)) }))
      .filter((result) => result.ms > BOUND_MS);
    expect(slow).toEqual([]);
  });

  it(`every catalog RegExp (lexicons, consent platforms, token shapes) runs under ${BOUND_MS} ms`, { timeout: 60_000 }, async () => {
    const catalog = await catalogRegexes();
    expect(catalog.length).toBeGreaterThan(10);
    const slow = catalog
      .map(({ where, pattern }) => ({ where, ...worstCase(adversarialInputs(pattern.source), (input) => stateless(pattern).test(input)) }))
      .filter((result) => result.ms > BOUND_MS);
    expect(slow).toEqual([]);
  });

  it('splitting words and matching the sensitive-term lexicon (with settings terms) stay linear', () => {
    const additionalTerms = { health: ['gluten intolerance', 'keto*', 'a a a a*'] };
    expect(worstCase(adversarialInputs('aA0_ -.'), (input) => splitWords(input), BOUND_MS * 4).ms).toBeLessThan(BOUND_MS * 4);
    const terms = (input: string) => findSensitiveTerms(input, { additionalTerms, allow: ['a'] });
    expect(worstCase(adversarialInputs('aA0_ -.', 20_000), terms, BOUND_MS * 4).ms).toBeLessThan(BOUND_MS * 4);
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

  it(`an accepted user pattern is never run on more than ${MAX_PATTERN_INPUT} characters, and is fast up to there`, () => {
    const [pattern] = signals(['\\w+Consent$']).consentSignals;
    expect(pattern!.test(`${'a'.repeat(MAX_PATTERN_INPUT)}Consent`)).toBe(false);
    expect(pattern!.test('marketingConsent')).toBe(true);
    expect(worstCase(adversarialInputs('aConsent', MAX_PATTERN_INPUT), (input) => pattern!.test(input)).ms).toBeLessThan(BOUND_MS);
    expect(worstCase(adversarialInputs('aConsent'), (input) => pattern!.test(input)).ms).toBeLessThan(1);
  });

  it('the default test-file globs, and one with several stars in a segment, stay linear on 4,096-character paths', () => {
    for (const glob of [...TEST_FILE_OPTION_DEFAULTS.testFilePatterns, 'src/**/*a*a*a*a*a*b']) {
      const matcher = testFileMatcher(glob);
      const worst = worstCase(adversarialInputs(`${glob}test/x.`, 4096), (input) => matcher.match(input));
      expect({ glob, ms: worst.ms < BOUND_MS }).toEqual({ glob, ms: true });
    }
  });
});
