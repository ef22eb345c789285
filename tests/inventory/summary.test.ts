// `--summary` (issue 14, point 4): the diagram, totals, findings grouped by rule with the first
// locations as relative links and "and N more", under 60,000 characters whatever the size of the
// repository; the example shop's summary is the README's "Data inventory" sample; the GitHub
// Actions recipe writes it to the job summary (run here with a stand-in `npx`). Regenerate the
// README sample with UPDATE_GOLDEN=1. Needs `npm run build`.
import { execFile } from 'node:child_process';
import { chmodSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatSummary, SUMMARY_LIMIT } from '../../src/cli/format/summary.js';
import { expectGoldenSection } from '../golden.js';
import { copyExamples, root, runCli, tempDir } from './helpers.js';
import { mermaidProblems } from './mermaid-check.js';
import { syntheticReport } from './synthetic.js';

const require = createRequire(import.meta.url);
const START = '<!-- inventory-summary:start (UPDATE_GOLDEN=1 npx vitest run tests/inventory/summary.test.ts rewrites it) -->';
const END = '<!-- inventory-summary:end -->';
const REPOSITORY = 'https://github.com/meta-privacy/eslint-plugin-meta-privacy';

describe('the summary of any repository', () => {
  it('stays under 60,000 characters with 20,000 flows, 60,000 findings, 500 unread files and long paths', () => {
    const report = syntheticReport({ sites: 20_000, findingsPerSite: 3, unreadFiles: 500, pathLength: 240, messageLength: 900 });
    const summary = formatSummary(report);
    expect(summary.length).toBeLessThanOrEqual(SUMMARY_LIMIT);
    expect(summary).toMatch(/^# Meta data inventory: summary\n\n\*\*20,000 data flows\*\* to Meta in 997 of 1,000 files; \*\*60,000 findings\*\*/);
    expect(summary).toContain('```mermaid');
    expect(summary).toMatch(/^- and 7,49\d more$/m);
    expect(summary).toMatch(/and 49\d more files not read\./);
  });

  it('shows the first five locations of each rule as relative links when there is room', () => {
    const summary = formatSummary(syntheticReport({ sites: 40 }));
    expect(summary).toMatch(/^### `meta-privacy\/no-raw-pii`: 5 findings\n\n(?:- \[src\/file-\d+\.ts:\d+\]\(src\/file-\d+\.ts#L\d+\): .+\n){5}/m);
    expect(summary).toContain('## Data sent');
    expect(summary).not.toMatch(/<br>|<\/?[a-z]+>(?![^`]*`)/);
  });
});

describe('the summary of the example shop', () => {
  const temp = tempDir('summary');
  let run: Awaited<ReturnType<typeof runCli>>;
  let summary = '';
  beforeAll(async () => {
    copyExamples(temp.dir);
    run = await runCli(['inventory', 'examples/storefront', '--summary'], temp.dir);
    summary = run.stdout;
  }, 60_000);
  afterAll(() => temp.remove());

  it('exits 0 with nothing on stderr', () => {
    expect(run.code, run.stderr).toBe(0);
    expect(run.stderr).toBe('');
  });

  it('is the sample in the README (UPDATE_GOLDEN=1 rewrites it)', () => {
    // Without its title, headings two levels down under the README's "Data inventory", and links to
    // the repository (the README is read on npm too, where relative links to examples/ are dead).
    const body = summary
      .replace(/^# Meta data inventory: summary\n\n/, '')
      .replace(/^(#{2,3}) /gm, '$1## ')
      .replace(/\]\((examples\/[^)]+)\)/g, `](${REPOSITORY}/blob/main/$1)`);
    expectGoldenSection('README.md', { start: START, end: END }, `\n\n${body}\n`);
  });

  it('opens the rendered example of docs/inventory.md (UPDATE_GOLDEN=1 rewrites it)', () => {
    const markers = {
      start: '<!-- inventory-example:start (UPDATE_GOLDEN=1 npx vitest run tests/inventory/summary.test.ts rewrites it) -->',
      end: '<!-- inventory-example:end -->',
    };
    // The diagram and the totals, headings three levels down; links relative to docs/.
    const opening = summary.slice(summary.indexOf('```mermaid'), summary.indexOf('## Findings by rule')).trimEnd();
    expectGoldenSection('docs/inventory.md', markers, `\n\n${opening.replace(/^## /gm, '#### ')}\n\n`);
  });

  it('has a valid diagram and links to the example files', () => {
    const [diagram] = /```mermaid[\s\S]*?```/.exec(summary) ?? [''];
    expect(mermaidProblems(diagram)).toEqual([]);
    expect(summary).toContain('[examples/storefront/server/capi-route.js:38](examples/storefront/server/capi-route.js#L38)');
  });

  it('is what the GitHub Actions recipe writes to the job summary', async () => {
    const yaml = require('js-yaml') as { load(text: string): unknown };
    const workflow = yaml.load(readFileSync(path.join(root, 'docs/recipes/github-actions-inventory-summary.yml'), 'utf8')) as {
      on: Record<string, unknown>;
      jobs: Record<string, { steps: { run?: string; if?: string }[] }>;
    };
    expect(Object.keys(workflow.on)).toEqual(['pull_request']);
    const steps = Object.values(workflow.jobs)[0]!.steps.filter((step) => step.run && step.run !== 'npm ci');
    expect(steps.at(-1)!.if).toBe('always()');
    // `npx meta-privacy` is the built bin here; each step runs in bash as on a runner.
    const bin = path.join(temp.dir, '.bin');
    mkdirSync(bin, { recursive: true });
    writeFileSync(path.join(bin, 'npx'), `#!/bin/sh\nshift\nexec "${process.execPath}" "${path.join(root, 'bin/meta-privacy.js')}" "$@"\n`);
    chmodSync(path.join(bin, 'npx'), 0o755);
    const shop = path.join(temp.dir, 'examples/storefront');
    const stepSummary = path.join(temp.dir, 'step-summary.md');
    const codes: number[] = [];
    for (const step of steps) {
      codes.push(
        await new Promise<number>((resolve) => {
          execFile('bash', ['-e', '-c', step.run!], { cwd: shop, env: { ...process.env, PATH: `${bin}:${process.env.PATH}`, GITHUB_STEP_SUMMARY: stepSummary } }, (error) =>
            resolve(error ? Number(error.code) : 0),
          );
        }),
      );
    }
    expect(codes).toEqual([1, 0]);
    expect(readFileSync(stepSummary, 'utf8')).toBe(summary.replaceAll('examples/storefront/', ''));
  }, 60_000);
});
