#!/usr/bin/env node
// Linearity of the plugin's own work on generated Meta-heavy files (bench/lib/generate.mjs): the time
// of the plugin's rules alone — from ESLint's per-rule stats, so parsing, scope analysis and
// ESLint's traversal are left out — at 1k, 10k and 100k lines, best of several passes, with the
// ratio between sizes and a verdict against the goal (10× the lines → at most ~10×, with a margin
// for noise). The rules run with `configs.all` options (the most work), through the ESLint class.
//
//   node bench/linearity.mjs [--sizes 1000,10000,100000] [--runs 3] [--ts] [--json] [--plugin dist/index.js]
//
// Run `npm run build` first: the built plugin in dist/ is measured (`npm run bench` runs this too).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { createESLint, virtualPath } from './lib/configs.mjs';
import { generateSinkHeavy } from './lib/generate.mjs';
import { loadPlugin } from './lib/plugin.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
/** Allowed growth beyond the lines ratio before the verdict says "super-linear" (timer noise, GC). */
const TOLERANCE = 1.5;

const options = parseArgs(process.argv.slice(2));
const plugin = await loadPlugin(options.plugin);
const eslint = createESLint('all', plugin, root, { stats: true });
const kind = options.ts ? 'ts' : 'esm';

await warmUp();
const rows = [];
for (const size of options.sizes) rows.push(await measure(size));
const steps = rows.slice(1).map((row, index) => step(rows[index], row));
if (options.json) console.log(JSON.stringify({ flavour: options.ts ? 'ts' : 'js', rows, steps, peakRssMB: peakRssMB() }, null, 2));
else print(rows, steps);
process.exitCode = steps.every((entry) => entry.linear) ? 0 : 1;

function parseArgs(argv) {
  const parsed = { sizes: [1000, 10_000, 100_000], runs: 3, ts: false, json: false, plugin: path.join(root, 'dist', 'index.js') };
  for (let index = 0; index < argv.length; index++) {
    const [name, inline] = argv[index].split('=');
    const value = () => inline ?? argv[++index];
    if (name === '--sizes') parsed.sizes = value().split(',').map(Number);
    else if (name === '--runs') parsed.runs = Number(value());
    else if (name === '--ts') parsed.ts = true;
    else if (name === '--json') parsed.json = true;
    else if (name === '--plugin') parsed.plugin = path.resolve(value());
    else throw new Error(`unknown option ${argv[index]} (--sizes a,b,c --runs N --ts --json --plugin PATH)`);
  }
  return parsed;
}

function fileFor(name) {
  return virtualPath(root, kind, `generated/${name}.${options.ts ? 'ts' : 'js'}`);
}

/** Untimed passes on a small file, so the first size measured does not pay for JIT compilation. */
async function warmUp() {
  const { text } = generateSinkHeavy(1000, { ts: options.ts });
  for (let pass = 0; pass < 3; pass++) await eslint.lintText(text, { filePath: fileFor('warm-up') });
}

/** One size: the best pass of the plugin's rules (sum of their times) and of parsing, per file. */
async function measure(size) {
  const { text, lines } = generateSinkHeavy(size, { ts: options.ts });
  let best = { rules: Infinity, parse: Infinity, byRule: {} };
  for (let run = 0; run < options.runs; run++) {
    globalThis.gc?.();
    const [result] = await eslint.lintText(text, { filePath: fileFor(`lines-${size}`) });
    const times = result.stats.times.passes[0];
    const byRule = Object.fromEntries(Object.entries(times.rules ?? {}).map(([id, { total }]) => [id.replace('meta-privacy/', ''), total]));
    const rules = Object.values(byRule).reduce((sum, ms) => sum + ms, 0);
    if (rules < best.rules) best = { rules, parse: times.parse.total, byRule };
  }
  return { size, lines, pluginMs: best.rules, parseMs: best.parse, pluginMsPer1kLines: (best.rules / lines) * 1000, byRule: best.byRule };
}

function step(small, large) {
  const linesRatio = large.lines / small.lines;
  const pluginRatio = large.pluginMs / small.pluginMs;
  return { from: small.size, to: large.size, linesRatio, pluginRatio, parseRatio: large.parseMs / small.parseMs, linear: pluginRatio <= linesRatio * TOLERANCE };
}

function peakRssMB() {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

function print(rows, steps) {
  const fixed = (number, digits = 0) => number.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });
  console.log(`Plugin rules alone (ESLint stats, best of ${options.runs}), ${options.ts ? 'TypeScript' : 'JavaScript'} sink-heavy files, node ${process.version}`);
  console.log('lines      plugin ms  ms / 1k lines  parse ms  slowest rule');
  for (const row of rows) {
    const [slowest, ms] = Object.entries(row.byRule).sort((a, b) => b[1] - a[1])[0] ?? ['-', 0];
    console.log(`${fixed(row.lines).padStart(7)}  ${fixed(row.pluginMs).padStart(11)}  ${fixed(row.pluginMsPer1kLines, 1).padStart(13)}  ${fixed(row.parseMs).padStart(8)}  ${slowest} ${fixed(ms)} ms`);
  }
  for (const entry of steps) {
    console.log(`${fixed(entry.from)} → ${fixed(entry.to)} lines: ×${fixed(entry.linesRatio, 1)} lines, plugin ×${fixed(entry.pluginRatio, 1)}, parse ×${fixed(entry.parseRatio, 1)} — ${entry.linear ? 'linear' : 'SUPER-LINEAR'}`);
  }
  console.log(`peak RSS ${peakRssMB()} MB`);
}
