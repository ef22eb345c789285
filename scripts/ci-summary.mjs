// The last line of `.ci/run`: "N passed, N failed", from the JSON that scripts/ci-json-reporter.mjs
// writes. A failed test, a test file that failed outside its tests (a throwing beforeAll or afterAll,
// an import error) and an unhandled error each count as one failure, and a run whose exit code says
// it failed never reads "0 failed".
// Usage: node scripts/ci-summary.mjs <results.json> <exit code of the test command>
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * @typedef {{ name: string, status: string, message?: string, assertionResults: { status: string }[] }} FileResult
 * @typedef {{ numPassedTests: number, numFailedTests: number, testResults: FileResult[], unhandledErrors?: string[] }} Results
 */

/**
 * What one run amounts to: its counts, and one line for each failure that is not a failed test.
 * @param {Results | undefined} results vitest's JSON, or undefined when the run wrote none
 * @param {number} exitCode
 * @returns {{ passed: number, failed: number, details: string[] }}
 */
export function summarize(results, exitCode) {
  if (!results) return { passed: 0, failed: 1, details: [`no test results (exit code ${exitCode})`] };
  const details = [];
  for (const file of results.testResults) {
    const testFailed = file.assertionResults.some((test) => test.status === 'failed');
    if (file.status === 'failed' && !testFailed) details.push(`failed outside its tests: ${path.relative(process.cwd(), file.name)}: ${firstLine(file.message)}`);
  }
  for (const error of results.unhandledErrors ?? []) details.push(`unhandled error: ${firstLine(error)}`);
  let failed = results.numFailedTests + details.length;
  if (failed === 0 && exitCode !== 0) {
    details.push(`the test command exited with ${exitCode} without a failure in its results`);
    failed = 1;
  }
  return { passed: results.numPassedTests, failed, details };
}

function firstLine(text = '') {
  return text.split('\n', 1)[0] || '(no message)';
}

function main([file, code]) {
  const exitCode = Number(code ?? 1);
  const results = file && existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : undefined;
  const { passed, failed, details } = summarize(results, Number.isInteger(exitCode) ? exitCode : 1);
  for (const line of details) console.log(line);
  console.log(`${passed} passed, ${failed} failed`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(path.resolve(process.argv[1])).href) main(process.argv.slice(2));
