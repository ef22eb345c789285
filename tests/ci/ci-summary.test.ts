// The CI summary line (`.ci/run` → scripts/ci-summary.mjs, over the JSON of scripts/ci-json-reporter.mjs)
// on a real vitest run of tests/ci/fixtures/failing-run: a failed test, a throwing beforeAll, an import
// error and an unhandled rejection each count as a failure.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain ES module without types
import { summarize } from '../../scripts/ci-summary.mjs';

const root = path.resolve(import.meta.dirname, '../..');
const FIXTURE = path.join(root, 'tests/ci/fixtures/failing-run');
const REPORTER = path.join(root, 'scripts/ci-json-reporter.mjs');

interface Run {
  readonly code: number;
  readonly stdout: string;
}

function run(args: readonly string[]): Promise<Run> {
  return new Promise((resolve) => {
    const env = { ...process.env, CI: '', FORCE_COLOR: '0', NO_COLOR: '1' };
    execFile(process.execPath, [...args], { cwd: root, env, maxBuffer: 16 * 1024 * 1024 }, (error, stdout) => {
      resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout });
    });
  });
}

/** vitest over the fixture, then the summary of its JSON and exit code. */
async function summaryOf(directory: string): Promise<{ vitest: Run; summary: Run }> {
  const results = path.join(directory, 'results.json');
  const vitest = await run([
    path.join(root, 'node_modules/vitest/vitest.mjs'), 'run', '--root', FIXTURE,
    '--reporter=default', `--reporter=${REPORTER}`, `--outputFile=${results}`,
  ]);
  const summary = await run([path.join(root, 'scripts/ci-summary.mjs'), results, String(vitest.code)]);
  return { vitest, summary };
}

const lines = (output: Run) => output.stdout.trimEnd().split('\n');

describe('the CI summary of a real vitest run', () => {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'meta-privacy-ci-summary-'));
  let failing: { vitest: Run; summary: Run };

  beforeAll(async () => {
    failing = await summaryOf(directory);
  }, 120_000);

  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('counts a failed test, a throwing beforeAll, an import error and an unhandled rejection', () => {
    expect(failing.vitest.code).toBe(1);
    expect(failing.summary.code).toBe(0);
    expect(lines(failing.summary)).toEqual([
      'failed outside its tests: tests/ci/fixtures/failing-run/before-all.test.mjs: setup broke',
      expect.stringMatching(/^failed outside its tests: tests\/ci\/fixtures\/failing-run\/import-error\.test\.mjs: .*no-such-module\.mjs/),
      'unhandled error: Error: nobody caught me',
      '2 passed, 4 failed',
    ]);
  });
});

describe('summarize', () => {
  const passingResults = { numPassedTests: 3, numFailedTests: 0, testResults: [{ name: path.join(root, 'a.test.ts'), status: 'passed', assertionResults: [] }], unhandledErrors: [] };

  it('says "0 failed" only when the test command succeeded', () => {
    expect(summarize(passingResults, 1)).toEqual({ passed: 3, failed: 1, details: ['the test command exited with 1 without a failure in its results'] });
    expect(summarize(passingResults, 0)).toEqual({ passed: 3, failed: 0, details: [] });
  });

  it('counts a run that wrote no results (a build or type error before the tests) as one failure', () => {
    expect(summarize(undefined, 2)).toEqual({ passed: 0, failed: 1, details: ['no test results (exit code 2)'] });
  });
});
