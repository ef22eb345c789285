// What the ReDoS harness runs inside its worker (redos-worker.mjs): adversarial inputs for one task —
// a regular expression, or a function of src that matches text — and the slowest call among them.
import { findSensitiveTerms } from '../../../src/analysis/facts/sensitive-terms.js';
import { matchesTestFileGlob } from '../../../src/analysis/facts/environment.js';
import { splitWords } from '../../../src/util/words.js';
import { readSettings } from '../../../src/settings.js';
import { TEXT_HINTS } from '../../../src/analysis/catalog/text-hints.js';
import type { TextHintName } from '../../../src/analysis/catalog/text-hints.js';
import { TEXT_HINT_ANCHORS } from '../../../src/analysis/catalog/text-hint-anchors.js';
import { TextGates } from '../../../src/util/text-gates.js';

/** Long runs of one character or a short unit, with a character that makes the match fail at the end. */
const UNITS = ['a', 'A', '0', ' ', '_', '-', '.', '/', '=', '&', '?', '@', '|', '$', '{', '}', '[', ':', '"', "'", '\t', '\n', 'aA', 'a0', 'a ', 'a_', 'a.', 'a/', 'a=', 'a&', '0|', '0.', 'EAA', 'xx', '%', '*'];
const ENDINGS = ['', '!', '\u0000'];

/** The functions a probe can exercise, each built once per probe from its arguments. */
const TASKS = {
  /** A regular expression (a non-global copy, so `test` starts from 0 every time). */
  regex: ({ source, flags }: { source: string; flags: string }) => {
    const pattern = new RegExp(source, flags.replace(/[gy]/g, ''));
    return (input: string) => pattern.test(input);
  },
  /** A text hint as the plugin runs it: through TextGates, tried only where its anchors allow (no cache). */
  textHint: ({ name }: { name: TextHintName }) => {
    const gates = new TextGates({ [name]: { pattern: TEXT_HINTS[name], anchors: TEXT_HINT_ANCHORS[name]! } });
    return (input: string) => gates.scan(input).has(name);
  },
  splitWords: () => (input: string) => splitWords(input),
  sensitiveTerms: (options: Parameters<typeof findSensitiveTerms>[1]) => (input: string) => findSensitiveTerms(input, options),
  /** A `consentSignals` pattern as settings accept it (capped input length included). */
  consentSignal: ({ source }: { source: string }) => {
    const [pattern] = readSettings({ 'meta-privacy': { consentSignals: [source] } }).consentSignals;
    return (input: string) => pattern!.test(input);
  },
  testFileGlob: ({ glob }: { glob: string }) => (input: string) => matchesTestFileGlob(glob, input),
} satisfies Record<string, (args: never) => (input: string) => unknown>;

export type Task = keyof typeof TASKS;

export interface Probe {
  readonly task: Task;
  readonly args?: unknown;
  /** Text whose literal characters are repeated as extra input units (a pattern's source). */
  readonly seed: string;
  /** Length of each input (50,000 unless told). */
  readonly length?: number;
  /** Per call, in ms: stop at the first input slower than this (one is enough to fail). */
  readonly bound: number;
}

export interface Worst {
  /** The slowest call in ms (best of three when it looked slow); Infinity when the worker was stopped. */
  readonly ms: number;
  readonly input: string;
  readonly timedOut?: true;
}

/**
 * Inputs for one probe: generic units plus the seed's own literal characters and its runs of them
 * repeated (a run such as `test/` gets a path past a glob's literal check to the matcher).
 */
export function adversarialInputs(seed: string, length = 50_000): string[] {
  const literal = seed.replace(/\\[dDwWsSbB]/g, '');
  const own = [...new Set(literal.match(/[\w@./=&?|:#%-]/g) ?? [])];
  const runs = [...new Set(literal.match(/[\w@./=&?|:#%-]{2,}/g) ?? [])];
  const units = [...new Set([...UNITS, ...own, own.join(''), ...runs])].filter(Boolean);
  return units.flatMap((unit) => ENDINGS.map((ending) => unit.repeat(Math.ceil(length / unit.length)).slice(0, length) + ending));
}

/** The slowest call of the probe's task over its inputs. */
export function runProbe(probe: Probe): Worst {
  const run = (TASKS[probe.task] as (args: unknown) => (input: string) => unknown)(probe.args);
  let worst: Worst = { ms: 0, input: '' };
  for (const input of adversarialInputs(probe.seed, probe.length)) {
    let ms = timed(() => run(input));
    if (ms > probe.bound / 5 && ms < probe.bound * 10) ms = Math.min(ms, timed(() => run(input)), timed(() => run(input)));
    if (ms > worst.ms) worst = { ms, input: `${JSON.stringify(input.slice(0, 12))}… (${input.length})` };
    if (ms > probe.bound) break;
  }
  return worst;
}

function timed(run: () => unknown): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}
