// Crash-free on real code, bounded: a deterministic sample of node_modules files, every rule with
// every option on, through espree and the TypeScript parser. `npm run check:corpus` runs all of them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import { checkText, packageSample, summarize } from './lib/corpus.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
/** Enough files to meet every package family, small enough to stay well under a minute. */
const SAMPLE_SIZE = 240;
const MAX_BYTES = 40_000;

describe('every rule on a sample of node_modules', () => {
  it(`throws on none of ${SAMPLE_SIZE} files (espree and TypeScript parser)`, { timeout: 120_000 }, () => {
    const linter = new Linter({ configType: 'flat' });
    const results = packageSample(root, SAMPLE_SIZE, MAX_BYTES).map((file) => ({ file, outcomes: checkText(linter, plugin, readFileSync(file, 'utf8'), file) }));
    const summary = summarize(results);
    expect(summary.files).toBe(SAMPLE_SIZE);
    expect(summary.ok).toBeGreaterThan(summary.runs * 0.9);
    expect(summary.exceptions.map((failure) => `${path.relative(root, failure.file)} [${failure.parser}]: ${failure.stack}`)).toEqual([]);
  });
});
