// Property-based fuzzing: random Meta-shaped programs (fast-check) and random JavaScript (eslump)
// through every rule with every option on. No rule may throw, and every suggestion's output must
// still parse. Seeds are fixed and runs bounded, so the suite is deterministic; fast-check prints
// the seed and the shrunk counterexample of a failure (pass `{ seed, path }` back to replay it).
import { createRequire } from 'node:module';
import { Linter } from 'eslint';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import { applyFix, brokenSuggestions, lintAllRules } from './lib/all-rules.mjs';
import type { Kind } from './lib/all-rules.mjs';
import { jsxProgram, metaProgram } from './lib/programs.js';

const { generateRandomJS } = createRequire(import.meta.url)('eslump') as {
  generateRandomJS: (options: { sourceType: 'module' | 'script'; maxDepth: number; comments: boolean; whitespace: boolean }) => string;
};

/** FUZZ_SEED / FUZZ_RUNS replay a reported failure or fuzz longer (`FUZZ_RUNS=5000 npx vitest run tests/robustness/fuzz.test.ts`). */
const SEED = Number(process.env.FUZZ_SEED ?? 20261129);
const RUNS_FACTOR = Number(process.env.FUZZ_RUNS ?? 250) / 250;
const linter = new Linter({ configType: 'flat' });

/** Lints one program; throws (failing the property) on a rule exception or a suggestion that does not parse. */
function checkProgram(text: string, kind: Kind, tally: Tally): void {
  tally.total++;
  const outcome = lintAllRules(linter, plugin, text, kind);
  if (outcome.status === 'exception') throw outcome.error;
  if (outcome.status === 'parse-error') return;
  tally.parsed++;
  tally.reports += outcome.messages.length;
  tally.suggestions += outcome.messages.reduce((sum, message) => sum + (message.suggestions?.length ?? 0), 0);
  expect(brokenSuggestions(linter, plugin, text, kind, outcome.messages)).toEqual([]);
}

interface Tally {
  parsed: number;
  total: number;
  reports: number;
  suggestions: number;
}

const newTally = (): Tally => ({ parsed: 0, total: 0, reports: 0, suggestions: 0 });

/** Runs a property with the fixed seed; most programs must parse and draw reports and suggestions, or the fuzzing tests nothing. */
function fuzz(arbitrary: fc.Arbitrary<string>, kinds: readonly Kind[], numRuns: number): void {
  const tally = newTally();
  fc.assert(
    fc.property(arbitrary, (text) => {
      for (const kind of kinds) checkProgram(text, kind, tally);
    }),
    { seed: SEED, numRuns: Math.ceil(numRuns * RUNS_FACTOR) },
  );
  expect(tally.parsed / tally.total).toBeGreaterThan(0.8);
  expect(tally.reports).toBeGreaterThan(numRuns * RUNS_FACTOR);
  expect(tally.suggestions).toBeGreaterThan(0);
}

describe('random Meta-shaped programs (fast-check)', () => {
  it('pixel, CAPI, SDK, URL and consent code: no exception, suggestions parse (espree and TypeScript)', { timeout: 90_000 }, () => {
    fuzz(metaProgram, ['esm', 'ts'], 250);
  });

  it('JSX links and inline pixel scripts: no exception, suggestions parse', { timeout: 60_000 }, () => {
    fuzz(jsxProgram, ['esm', 'tsx'], 60);
  });
});

/** Random programs of eslump, made deterministic by seeding Math.random (which eslump draws from). */
function eslumpPrograms(count: number, seed: number): string[] {
  const random = Math.random;
  let state = seed;
  Math.random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  try {
    return Array.from({ length: count }, () => generateRandomJS({ sourceType: 'module', maxDepth: 7, comments: false, whitespace: false }));
  } finally {
    Math.random = random;
  }
}

/** Words that open every rule's text gate, so random code goes through the whole analysis. */
const OPEN_GATES = '/* fbq facebook user_data custom_data em: test_event_code EventRequest access_token NEXT_PUBLIC_ location.href */';
const META_TAIL = "fbq('init', '1', { em: email }); fetch(`https://graph.facebook.com/v21.0/${id}/events?email=${email}`, { body: JSON.stringify({ user_data: { em: email, ph: phone } }) });";

describe('found by fuzzing', () => {
  it('wrapping a shorthand property value in the hash helper keeps the key (`{ em }` → `{ em: sha256Hex(em) }`)', () => {
    const text = "fetch(`https://graph.facebook.com/v21.0/${id}/events`, { body: JSON.stringify({ data: [{ event_name: 'Lead', user_data: { em } }] }) });";
    const outcome = lintAllRules(linter, plugin, text, 'esm');
    const outputs = outcome.messages.flatMap((message) => (message.suggestions ?? []).map((suggestion) => applyFix(text, suggestion.fix)));
    expect(outputs).toContain(text.replace('{ em }', '{ em: sha256Hex(em) }'));
  });
});

describe('random JavaScript (eslump)', () => {
  const programs = eslumpPrograms(80, SEED);

  it.each([
    ['as generated', (program: string) => program],
    ['with every text gate opened', (program: string) => `${OPEN_GATES}\n${program}`],
    ['followed by Meta code', (program: string) => `${OPEN_GATES}\n${program}\n${META_TAIL}`],
  ])('80 programs %s: no exception, suggestions parse', { timeout: 60_000 }, (_label, shape) => {
    const tally = newTally();
    programs.forEach((program, index) => {
      try {
        checkProgram(shape(program), 'esm', tally);
      } catch (error) {
        throw new Error(`eslump program #${index} (seed ${SEED}) failed:\n${shape(program)}`, { cause: error });
      }
    });
    expect(tally.parsed).toBeGreaterThan(20);
  });
});
