#!/usr/bin/env node
// The plugin's own time, rule by rule, for one or more builds side by side: ESLint's per-rule times
// (`stats`), for each file the best of several passes, the builds interleaved file by file. Steadier
// than the ratios of bench/run.mjs on a busy machine (a pass that another process slowed is not the
// best one), so it tells two builds apart where the ratios' noise would hide a few percent; it does
// not include what the plugin costs outside its rules (garbage collection after them, cache misses).
//
//   node bench/own-time.mjs [--corpus real|meta] [--passes 5] [--files 1000] BUILD...
//   node --expose-gc bench/own-time.mjs --whole [--corpus meta] BUILD...
//
// --whole times each build's whole lint instead (no per-rule stats), best of the passes per file,
// each lint after a minor garbage collection: what the plugin costs outside its rules as well (ESLint's
// traversal after them, cache misses), but not the garbage collections its allocations cause. Its
// ratio to the empty rule is lower-noise than bench/run.mjs's, which counts those collections.
//
// Each BUILD is a plugin entry (`dist/index.js` of a build); with none, the current one. A build kept
// aside needs the package.json beside its dist/ and the dependencies. Before and after a change:
//   mkdir /tmp/before && cp -r dist package.json /tmp/before && ln -s "$PWD/node_modules" /tmp/before
//   npm run build && node bench/own-time.mjs /tmp/before/dist/index.js dist/index.js
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { parseCommandLine } from './lib/cli.mjs';
import { configArray, virtualPath } from './lib/configs.mjs';
import { exampleFiles, selectRealCorpus } from './lib/corpus.mjs';
import { metaHeavyFiles } from './lib/generate.mjs';
import { loadPlugin } from './lib/plugin.mjs';

const cwd = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const USAGE = `usage: node bench/own-time.mjs [--corpus real|meta] [--passes N] [--files N] [BUILD...]
  --corpus   real: .js files of node_modules (default); meta: the generated Meta-heavy files and the example app
  --passes   passes over the corpus; each file's best is kept (default 5)
  --files    real files (default 1000)
  --whole    time whole lints (best of the passes, after a minor GC each; needs node --expose-gc), not the rules' own time
  BUILD      plugin entries to compare (default: dist/index.js)`;

const { values, positionals, count } = parseCommandLine(
  process.argv.slice(2),
  { corpus: { type: 'string', default: 'real' }, passes: { type: 'string' }, files: { type: 'string' }, whole: { type: 'boolean', default: false } },
  USAGE,
  { allowPositionals: true },
);
const entries = (positionals.length > 0 ? positionals : [path.join(cwd, 'dist', 'index.js')]).map((entry) => path.resolve(entry));

const files =
  values.corpus === 'meta'
    ? [
        ...metaHeavyFiles({ js: 60, ts: 30 }).map((file) => ({ ...file, virtual: virtualPath(cwd, file.kind, file.rel) })),
        ...exampleFiles(cwd).map((file) => ({ ...file, text: fs.readFileSync(file.abs, 'utf8') })),
      ]
    : selectRealCorpus({ cwd, target: count('files', 1000), largeCap: 0, codeFile: /\.js$/ }).files.map((file) => ({ ...file, text: fs.readFileSync(file.abs, 'utf8') }));

const plugins = await Promise.all(entries.map((entry) => loadPlugin(entry)));
if (values.whole && typeof globalThis.gc !== 'function') throw new Error('--whole: run node with --expose-gc');
const lint = (config) => new ESLint({ cwd, overrideConfigFile: true, overrideConfig: config, warnIgnored: true, stats: !values.whole });
/** A lint's wall time (ms), after a minor collection in --whole mode (another lint's garbage is not collected in it). */
async function timed(linter, file) {
  if (values.whole) globalThis.gc({ type: 'minor' });
  const started = performance.now();
  const [result] = await linter.lintText(file.text, { filePath: file.virtual });
  return { result, time: performance.now() - started };
}
const linters = plugins.map((plugin) => lint(configArray('plugin', plugin)));
const empty = lint(configArray('empty', plugins[0]));

/** Per build, per file, per rule: the best time seen (ms); and per file the best empty-rule lint. */
const best = entries.map(() => files.map(() => new Map()));
const bestEmpty = files.map(() => Infinity);
const passes = count('passes', 5);
for (let pass = 0; pass < passes; pass++) {
  for (const [index, file] of files.entries()) {
    for (let step = 0; step < linters.length; step++) {
      const build = (step + index + pass) % linters.length;
      const { result, time: whole } = await timed(linters[build], file);
      const times = values.whole ? { lint: { total: whole } } : (result.stats.times.passes[0].rules ?? {});
      for (const [rule, time] of Object.entries(times)) best[build][index].set(rule, Math.min(best[build][index].get(rule) ?? Infinity, time.total));
    }
    bestEmpty[index] = Math.min(bestEmpty[index], (await timed(empty, file)).time);
  }
  process.stderr.write(`pass ${pass + 1}/${passes}\n`);
}

const floor = bestEmpty.reduce((sum, time) => sum + time, 0);
console.log(`${files.length} files (${values.corpus}), best of ${passes} passes; one empty rule lints them in ${floor.toFixed(0)} ms`);
entries.forEach((entry, build) => {
  const name = path.relative(cwd, entry) || entry;
  if (values.whole) {
    const total = best[build].reduce((sum, perFile) => sum + perFile.get('lint'), 0);
    console.log(`${name}: ${total.toFixed(1)} ms, ${(total / floor).toFixed(3)} × the empty-rule lint (adds ${(total - floor).toFixed(1)} ms)`);
    return;
  }
  const byRule = new Map();
  for (const perFile of best[build]) for (const [rule, time] of perFile) byRule.set(rule, (byRule.get(rule) ?? 0) + time);
  const total = [...byRule.values()].reduce((sum, time) => sum + time, 0);
  const rules = [...byRule].sort((a, b) => b[1] - a[1]).map(([rule, time]) => `${rule.replace(/^meta-privacy\//, '')} ${time.toFixed(1)}`);
  console.log(`${name}: ${total.toFixed(1)} ms, ${((100 * total) / floor).toFixed(2)} % of the empty-rule lint — ${rules.join(', ')}`);
});
