// Golden files: a test's output compared with a file in the repository. `UPDATE_GOLDEN=1` rewrites the
// file first — only that exact value, and never in CI, where a rewrite would make the file agree with
// itself. Any other value fails loudly rather than being read one way or the other.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect } from 'vitest';

const root = path.resolve(import.meta.dirname, '..');

/** Whether golden files are compared or rewritten, from UPDATE_GOLDEN and CI; throws on a contradiction. */
export function goldenMode(env: NodeJS.ProcessEnv = process.env): 'compare' | 'update' {
  const update = env.UPDATE_GOLDEN ?? '';
  if (update !== '' && update !== '0' && update !== '1') {
    throw new Error(`UPDATE_GOLDEN=${update}: set UPDATE_GOLDEN=1 to rewrite golden files, or leave it unset (or 0) to compare`);
  }
  const ci = env.CI !== undefined && env.CI !== '' && env.CI !== '0' && env.CI.toLowerCase() !== 'false';
  if (update === '1' && ci) throw new Error(`UPDATE_GOLDEN=1 with CI=${env.CI}: CI compares golden files and never rewrites them`);
  return update === '1' ? 'update' : 'compare';
}

/**
 * Asserts that `actual` is the content of the golden file `file` (relative to the repository root,
 * or absolute); with UPDATE_GOLDEN=1 (not in CI) writes it there first.
 */
export function expectGolden(file: string, actual: string): void {
  const golden = path.resolve(root, file);
  const shown = path.relative(root, golden);
  const rerun = `UPDATE_GOLDEN=1 npx vitest run ${path.relative(root, expect.getState().testPath ?? '') || '<test file>'}`;
  if (goldenMode() === 'update') writeFileSync(golden, actual);
  if (!existsSync(golden)) throw new Error(`the golden file ${shown} does not exist: create it with \`${rerun}\``);
  expect(actual, `output differs from ${shown}: check the diff, then \`${rerun}\``).toBe(readFileSync(golden, 'utf8'));
}

/**
 * Asserts that the part of the golden file `file` between the marker lines `start` and `end` is
 * `content` (markers included in neither); with UPDATE_GOLDEN=1 (not in CI) rewrites that part first.
 * For samples kept inside documents (the README, docs/).
 */
export function expectGoldenSection(file: string, markers: { start: string; end: string }, content: string): void {
  const golden = path.resolve(root, file);
  const shown = path.relative(root, golden);
  const section = (text: string) => {
    const start = text.indexOf(markers.start);
    const end = text.indexOf(markers.end, start);
    if (start === -1 || end === -1) throw new Error(`${shown} lacks the markers ${markers.start} … ${markers.end}`);
    return { before: text.slice(0, start + markers.start.length), inside: text.slice(start + markers.start.length, end), after: text.slice(end) };
  };
  if (goldenMode() === 'update') {
    const { before, after } = section(readFileSync(golden, 'utf8'));
    writeFileSync(golden, `${before}${content}${after}`);
  }
  const rerun = `UPDATE_GOLDEN=1 npx vitest run ${path.relative(root, expect.getState().testPath ?? '') || '<test file>'}`;
  expect(section(readFileSync(golden, 'utf8')).inside, `the sample in ${shown} differs: check the diff, then \`${rerun}\``).toBe(content);
}
