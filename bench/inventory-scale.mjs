// The data inventory on a generated monorepo-like tree: one thread, ESLint's worker threads
// (--concurrency), and a warm --cache, checking that the three reports are the same.
//   npm run build && node bench/inventory-scale.mjs [files=2000] [threads=2]
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const files = Number(process.argv[2] ?? 2000);
const threads = process.argv[3] ?? '2';
const dir = mkdtempSync(path.join(os.tmpdir(), 'meta-privacy-inventory-scale-'));

/** Plain modules, with pixel, CAPI and image-pixel code every few files (about 40 lines each). */
function module(index) {
  const helpers = Array.from({ length: 8 }, (_, n) => `export function helper${n}(items) {\n  return items.filter((item) => item.id !== ${n}).map((item) => ({ ...item, rank: ${n} }));\n}\n`).join('');
  switch (index % 5) {
    case 0:
      return `/* global fbq */\n${helpers}export function track(form) {\n  if (form.consent) fbq('track', 'Lead', { email: form.email, value: ${index} });\n}\n`;
    case 1:
      return `${helpers}export async function send(req) {\n  await fetch('https://graph.facebook.com/v21.0/1/events', { method: 'POST', body: JSON.stringify({ data: [{ event_name: 'Purchase', action_source: 'website', user_data: { em: req.body.email, client_ip_address: req.ip } }] }) });\n}\n`;
    default:
      return helpers;
  }
}

for (let index = 0; index < files; index++) {
  const directory = path.join(dir, `packages/p${index % 20}/src/m${index % 7}`);
  mkdirSync(directory, { recursive: true });
  writeFileSync(path.join(directory, `module-${index}.js`), module(index));
}

function run(...args) {
  const start = process.hrtime.bigint();
  const out = execFileSync(process.execPath, [path.join(root, 'bin/meta-privacy.js'), 'inventory', '--format', 'json', ...args], { cwd: dir, maxBuffer: 1 << 28, stdio: ['ignore', 'pipe', 'ignore'] });
  return { seconds: Number(process.hrtime.bigint() - start) / 1e9, report: out.toString() };
}

try {
  const single = run();
  const threaded = run('--concurrency', threads);
  const cold = run('--cache');
  const warm = run('--cache');
  const same = [threaded, cold, warm].every((other) => other.report === single.report);
  const flows = JSON.parse(single.report).summary.sites;
  console.log(`${files} files, ${flows} data flows, ${os.availableParallelism()} CPUs (load ${os.loadavg()[0].toFixed(1)}); same report: ${same}`);
  console.log('| run | seconds | vs one thread |\n|---|---:|---:|');
  for (const [label, result] of [['one thread', single], [`--concurrency ${threads}`, threaded], ['--cache (cold)', cold], ['--cache (warm)', warm]]) {
    console.log(`| ${label} | ${result.seconds.toFixed(1)} | ${(single.seconds / result.seconds).toFixed(2)}× |`);
  }
  if (!same) process.exitCode = 1;
} finally {
  rmSync(dir, { recursive: true, force: true });
}
