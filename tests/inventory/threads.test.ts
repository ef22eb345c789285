// Monorepo scale (issue 14, point 7): ESLint's worker threads (--concurrency) and cache (--cache)
// give the same report as one thread without a cache, on a generated tree; the cache serves
// unchanged files and re-lints a changed one. Runs the built bin (worker threads load
// dist/inventory/worker-options.js). Needs `npm run build`.
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InventoryReport } from '../../src/inventory/types.js';
import { runCli, tempDir } from './helpers.js';

const FILES = 60;
const temp = tempDir('threads');
afterAll(() => temp.remove());

/** A file of the generated tree: every few files one kind of Meta flow, the rest plain modules. */
function generated(index: number): string {
  switch (index % 4) {
    case 0:
      return `/* global fbq */\nexport function track${index}(form) {\n  fbq('track', 'Lead', { email: form.email, value: ${index} });\n}\n`;
    case 1:
      return `export async function send${index}(req) {\n  await fetch('https://graph.facebook.com/v21.0/1/events', { method: 'POST', body: JSON.stringify({ data: [{ event_name: 'Purchase', action_source: 'website', user_data: { em: req.body.email, client_ip_address: req.ip } }] }) });\n}\n`;
    case 2:
      return `export const image${index} = (email) => \`https://www.facebook.com/tr?id=1&ev=Lead&ud[em]=\${email}\`;\n`;
    default:
      return `export const value${index} = ${index};\n`;
  }
}

beforeAll(() => {
  for (let index = 0; index < FILES; index++) {
    const directory = path.join(temp.dir, `packages/p${index % 6}/src`);
    mkdirSync(directory, { recursive: true });
    writeFileSync(path.join(directory, `module-${index}.js`), generated(index));
  }
});

async function report(...args: string[]): Promise<{ report: InventoryReport; stderr: string }> {
  const run = await runCli(['inventory', '--format', 'json', ...args], temp.dir);
  expect(run.code, run.stderr).toBe(0);
  return { report: JSON.parse(run.stdout) as InventoryReport, stderr: run.stderr };
}

describe('worker threads and the cache', () => {
  it('give the same report as one thread without a cache', async () => {
    const single = await report();
    expect(single.report.summary).toMatchObject({ files: FILES, sites: (FILES / 4) * 3 });
    const threaded = await report('--concurrency', '2', '--progress');
    expect(threaded.report).toEqual(single.report);
    expect(threaded.stderr).toMatch(new RegExp(`^${FILES} of ${FILES} files linted \\(\\d{1,3}(?:,\\d{3})* files/s\\)\\.$`, 'm')); // a rate over 1,000 is grouped

    const cold = await report('--cache', '--progress');
    expect(existsSync(path.join(temp.dir, '.meta-privacy-inventory-cache'))).toBe(true);
    const warm = await report('--cache', '--progress');
    expect(cold.report).toEqual(single.report);
    expect(warm.report).toEqual(single.report);
    expect(cold.stderr).toContain(`${FILES} of ${FILES} files linted`);
    // Every file came from the cache: the collecting rule ran on none.
    expect(warm.stderr).not.toMatch(/files linted/);

    writeFileSync(path.join(temp.dir, 'packages/p3/src/module-3.js'), generated(0));
    const changed = await report('--cache', '--concurrency', '2');
    expect(changed.report.summary.sites).toBe((FILES / 4) * 3 + 1);
  }, 120_000);
});
