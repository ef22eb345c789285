// The inventory as a CI gate and as a tool a new user runs (issue 14, points 1 and 6): a file that
// does not parse gives exit code 3 and every format names it and why; an empty tree is "0 data
// flows" (exit 0), an error only with --error-on-unmatched-pattern; -o creates directories;
// counts read as English.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { ESLint } from 'eslint';
import { afterAll, describe, expect, it } from 'vitest';
import { skipTypeScript } from '../../src/inventory/run.js';
import type { InventoryReport } from '../../src/inventory/types.js';
import { tempDir } from './helpers.js';
import { runMain } from './run-main.js';

const temps: Array<() => void> = [];
afterAll(() => temps.forEach((remove) => remove()));

/** A temporary project with the given files. */
function project(files: Record<string, string>): string {
  const temp = tempDir('gate');
  temps.push(temp.remove);
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(temp.dir, file)), { recursive: true });
    writeFileSync(path.join(temp.dir, file), text);
  }
  return temp.dir;
}

const broken = project({
  'src/pixel.js': "/* global fbq */\nfbq('track', 'Lead', { email: form.email });\n",
  'src/broken.js': "fbq('track', 'Purchase', {\n",
});

describe('a file that could not be read', () => {
  it.each([
    ['table', [], /Files not read \(their data flows are missing\)\n {2}src\/broken\.js:2:1 {2}Parsing error: Unexpected token/],
    ['markdown', ['-f', 'markdown'], /## Files not read[\s\S]*\| \[`src\/broken\.js:2`\]\(src\/broken\.js#L2\) \| Parsing error: Unexpected token/],
    ['summary', ['--summary'], /## Files not read[\s\S]*src\/broken\.js:2/],
    ['json', ['-f', 'json'], /"errors": \[\n\s+\{\n\s+"file": "src\/broken\.js",\n\s+"line": 2,/],
    ['sarif', ['-f', 'sarif'], /"message": \{\n\s+"text": "Parsing error: Unexpected token[\s\S]*"uri": "src\/broken\.js"/],
  ])('fails the run with exit code 3 and is named in the %s format', async (_, args, named) => {
    const run = await runMain(['inventory', ...args], { cwd: broken });
    expect(run.code).toBe(3);
    expect(run.stdout).toMatch(named);
    expect(run.stderr).toMatch(/1 file was not read, so the data flows in it are missing from the report \(exit code 3\):\n {2}src\/broken\.js:2: Parsing error/);
  });

  it('wins over --fail-on-findings', async () => {
    expect((await runMain(['inventory', '--fail-on-findings'], { cwd: broken })).code).toBe(3);
  });

  it('is said in the header of the Markdown report', async () => {
    expect((await runMain(['inventory', '-f', 'markdown'], { cwd: broken })).stdout).toContain('**⚠ 1 file not read**: the data flows in it are missing');
  });
});

describe('trees with nothing to report', () => {
  it.each([
    ['an empty directory', {}],
    ['a tree without JavaScript', { 'README.md': '# Shop\n', 'styles/site.css': 'body {}\n' }],
  ])('%s is "0 data flows", exit 0', async (_, files) => {
    const run = await runMain(['inventory'], { cwd: project(files) });
    expect(run.code).toBe(0);
    expect(run.stdout).toBe('0 data flows to Meta in 0 of 0 files, no findings\n');
  });

  it('a path that matches nothing is an error with --error-on-unmatched-pattern, as in ESLint', async () => {
    const strict = await runMain(['inventory', '--error-on-unmatched-pattern'], { cwd: project({}) });
    expect(strict.code).toBe(2);
    expect(strict.stderr).toMatch(/No files matching '\.'/);
  });

  it('counts one file in the singular', async () => {
    const run = await runMain(['inventory'], { cwd: project({ 'src/app.js': 'export const answer = 42;\n' }) });
    expect(run.stdout).toBe('0 data flows to Meta in 0 of 1 file, no findings\n');
  });
});

describe('--output', () => {
  it('creates the missing directories and says what it wrote in English', async () => {
    const cwd = project({ 'src/pixel.js': "/* global fbq */\nfbq('track', 'Lead', { email: form.email });\n" });
    const run = await runMain(['inventory', '-f', 'json', '-o', 'reports/meta/inventory.json'], { cwd });
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(/^meta-privacy: 1 data flow and 1 finding written to reports\/meta\/inventory\.json$/m);
    const report = JSON.parse(readFileSync(path.join(cwd, 'reports/meta/inventory.json'), 'utf8')) as InventoryReport;
    expect(report.summary.sites).toBe(1);
  });
});

describe('the table format', () => {
  it('titles findings outside any data flow in English', async () => {
    const cwd = project({ 'src/config.js': "export const token = 'EAAGm0PX4ZCpsBAKZCc4dZBZCnZBZAlZCkZBZAHhZCZBZCZBZAZAZAZCZBZCZAZBZCZBZCZCZAZBZBZAZCZA7';\nfbq('init', '1');\n" });
    const run = await runMain(['inventory'], { cwd });
    expect(run.stdout).toMatch(/^Findings outside any data flow$/m);
  });
});

describe('the note about a missing TypeScript parser (built-in config)', () => {
  const result = (filePath: string) => ({ filePath, messages: [] }) as unknown as ESLint.LintResult;

  it('appears only when TypeScript files were found, with their number', () => {
    expect(skipTypeScript([result('/p/a.js'), result('/p/b.mjs')])).toEqual({ results: [result('/p/a.js'), result('/p/b.mjs')] });
    const skipped = skipTypeScript([result('/p/a.js'), result('/p/b.ts'), result('/p/c.tsx')]);
    expect(skipped.results).toEqual([result('/p/a.js')]);
    expect(skipped.notice).toBe('2 TypeScript files skipped: @typescript-eslint/parser is not installed (npm install --save-dev @typescript-eslint/parser).');
  });
});
