#!/usr/bin/env node
// Benchmark of eslint-plugin-meta-privacy: how much time (and memory) the plugin's `all` config adds to
// linting, on real code from node_modules and on generated sink-heavy files. See bench/README.md.
//
//   npm run bench                       build, then the default bench (5 runs, 2,000 files, 1k/10k/100k lines)
//   node bench/run.mjs --quick          smoke check (300 files, 1k/10k lines, 3 runs)
//   node bench/run.mjs --runs 9 --json  machine-readable output on stdout
//   node bench/run.mjs --profile        also: the 10 files where the plugin spends most time
import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Linter } from 'eslint';
import { CONFIGS, pluginRuleIds } from './lib/configs.mjs';
import { selectRealCorpus } from './lib/corpus.mjs';
import { removeSnapshot, snapshotPlugin } from './lib/plugin.mjs';
import { formatText } from './lib/report.mjs';
import { BenchWorker, loadPlugin } from './lib/worker.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const cwd = path.resolve(here, '..');
const require = createRequire(import.meta.url);

// ---------------------------------------------------------------- options
const USAGE = `usage: node bench/run.mjs [options]
  --runs N          timed runs per configuration, median reported (default 5; --quick: 3)
  --quick           smoke check: 300 real files, generated files at 1k and 10k lines only
  --files N         number of real files (default 2000; more than exist = every eligible file)
  --small-cap KB    besides the large files, files are picked among those up to this size (default 16)
  --large N         number of files > 200 KB to include (default 3; --quick: 1)
  --sizes a,b,c     generated JavaScript file sizes in lines (default 1000,10000,100000)
  --ts-sizes a,b    generated TypeScript file sizes in lines, or "none" (default: the sizes up to 10000)
  --configs a,b,..  configurations to run (a parse, b recommended, c plugin, d both; default a,b,c,d;
                    t = one empty rule: ESLint's traversal cost without any rule work)
  --gen-configs a,c configurations that also lint the generated files (default a,c)
  --json            machine-readable results on stdout (progress goes to stderr)
  --profile         print the 10 files where the plugin's rules spend most time (ESLint stats)
  --no-isolate      run every configuration in this process (peak RSS is then cumulative)
  --plugin PATH     plugin entry to benchmark (default: a snapshot of dist/index.js)
  -h, --help        this text`;

function parseArgs(argv) {
  const opts = {
    runs: undefined,
    quick: false,
    files: undefined,
    smallCapKB: 16,
    large: undefined,
    sizes: undefined,
    tsSizes: undefined,
    configs: undefined,
    genConfigs: ['a', 'c'],
    json: false,
    profile: false,
    isolate: true,
    plugin: undefined,
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const name = a.split('=')[0];
    const value = () => {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v === undefined) throw new Error(`${name} needs a value`);
      return v;
    };
    const int = (v, min = 1) => {
      const n = Number(v);
      if (!Number.isInteger(n) || n < min) throw new Error(`${name}: expected an integer >= ${min}, got ${v}`);
      return n;
    };
    const list = () => value().split(',').map((s) => s.trim()).filter(Boolean);
    if (name === '--runs') opts.runs = int(value());
    else if (name === '--quick') opts.quick = true;
    else if (name === '--files') opts.files = int(value());
    else if (name === '--small-cap') opts.smallCapKB = int(value());
    else if (name === '--large') opts.large = int(value(), 0);
    else if (name === '--sizes') opts.sizes = list().map((v) => int(v));
    else if (name === '--ts-sizes') {
      const v = list();
      opts.tsSizes = v.length === 1 && v[0] === 'none' ? [] : v.map((x) => int(x));
    } else if (name === '--configs') opts.configs = list();
    else if (name === '--gen-configs') opts.genConfigs = list();
    else if (name === '--json') opts.json = true;
    else if (name === '--profile') opts.profile = true;
    else if (name === '--isolate') opts.isolate = true;
    else if (name === '--no-isolate') opts.isolate = false;
    else if (name === '--plugin') opts.plugin = path.resolve(value());
    else if (name === '-h' || name === '--help') {
      console.log(USAGE);
      process.exit(0);
    } else throw new Error(`unknown option ${a}\n${USAGE}`);
  }
  opts.runs ??= opts.quick ? 3 : 5;
  opts.files ??= opts.quick ? 300 : 2000;
  opts.large ??= opts.quick ? 1 : 3;
  opts.sizes ??= opts.quick ? [1000, 10_000] : [1000, 10_000, 100_000];
  opts.tsSizes ??= opts.sizes.filter((s) => s <= 10_000);
  const wanted = opts.configs ?? ['a', 'b', 'c', 'd'];
  const pick = (names) => CONFIGS.filter((c) => names.includes(c.short) || names.includes(c.id));
  opts.configs = pick(wanted);
  if (opts.configs.length === 0) throw new Error(`--configs: none of ${wanted.join(',')} is a configuration`);
  opts.genConfigs = pick(opts.genConfigs).filter((c) => opts.configs.includes(c));
  return opts;
}

let opts;
try {
  opts = parseArgs(process.argv.slice(2));
} catch (err) {
  console.error(err.message);
  process.exit(2);
}
const log = (msg) => process.stderr.write(`[bench] ${msg}\n`);

// Inner repetitions per generated size, so that each measurement covers >= 10k lines.
const genRepsFor = (sizes) => Object.fromEntries(sizes.map((s) => [s, Math.max(1, Math.round(10_000 / s))]));

function machineInfo() {
  const cpus = os.cpus();
  const version = (name) => {
    try {
      return require(`${name}/package.json`).version;
    } catch {
      return 'unknown';
    }
  };
  return {
    cpu: cpus[0]?.model?.trim() ?? 'unknown',
    cores: cpus.length,
    memoryGB: +(os.totalmem() / 2 ** 30).toFixed(1),
    platform: `${os.platform()} ${os.arch()} ${os.release()}`,
    loadAverage: os.loadavg().map((x) => +x.toFixed(2)),
    node: process.version,
    eslint: Linter.version,
    espree: version('espree'),
    typescriptEslintParser: version('@typescript-eslint/parser'),
    eslintJs: version('@eslint/js'),
  };
}

// ---------------------------------------------------------------- worker handles
/** A worker in its own process; `call(cmd, arg)` runs one BenchWorker method there. */
class ChildHandle {
  constructor() {
    this.pending = new Map();
    this.seq = 0;
    this.child = fork(path.join(here, 'lib', 'worker.mjs'), [], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'], execArgv: ['--expose-gc'] });
    this.child.on('message', ({ id, ok, result, error }) => {
      const p = this.pending.get(id);
      this.pending.delete(id);
      if (ok) p?.resolve(result);
      else p?.reject(new Error(error));
    });
    this.child.on('exit', (code, signal) => {
      for (const p of this.pending.values()) p.reject(new Error(`bench worker exited (${signal ?? code})`));
      this.pending.clear();
    });
  }

  call(cmd, arg) {
    return new Promise((resolve, reject) => {
      const id = ++this.seq;
      this.pending.set(id, { resolve, reject });
      this.child.send({ id, cmd, arg });
    });
  }

  kill() {
    if (this.child.exitCode === null) this.child.kill();
  }
}

/** A worker in this process (`--no-isolate`). */
class LocalHandle {
  constructor() {
    this.worker = new BenchWorker();
  }

  async call(cmd, arg) {
    return this.worker[cmd](arg);
  }

  kill() {}
}

// ---------------------------------------------------------------- main
const started = Date.now();
const machine = machineInfo();
log(`${machine.cpu}, ${machine.cores} cores, node ${machine.node}, eslint ${machine.eslint}, load average ${machine.loadAverage.join(' ')}`);

let snapshot;
let pluginPath = opts.plugin;
let plugin;
if (pluginPath) plugin = await loadPlugin(pluginPath);
else {
  snapshot = await snapshotPlugin(cwd, { log });
  ({ entry: pluginPath, plugin } = snapshot);
}
const handles = [];
const cleanup = () => {
  for (const h of handles) h.kill();
  if (snapshot) removeSnapshot(snapshot.dir);
  snapshot = undefined;
};
process.on('exit', cleanup);
for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    cleanup();
    process.exit(130);
  });
}
const ruleIds = pluginRuleIds(plugin);
log(`plugin ${plugin.meta?.name ?? '?'} ${plugin.meta?.version ?? '?'}: ${ruleIds.length} rule(s) in configs.all${ruleIds.length ? ` (${ruleIds.join(', ')})` : ''}`);

const selection = selectRealCorpus({ cwd, target: opts.files, largeCap: opts.large, smallCap: opts.smallCapKB * 1000 });
log(`real-code corpus: ${selection.files.length} files selected of ${selection.eligible} eligible (${selection.candidates} candidates)`);

const genReps = genRepsFor([...new Set([...opts.sizes, ...opts.tsSizes])]);
const genSizes = { js: opts.sizes, ts: opts.tsSizes };
const makeHandle = () => {
  const h = opts.isolate ? new ChildHandle() : new LocalHandle();
  handles.push(h);
  return h;
};
const realWorkers = opts.configs.map((config) => ({ config, handle: makeHandle() }));
const genWorkers = opts.genConfigs.map((config) => ({ config, handle: makeHandle() }));
const all = [...realWorkers, ...genWorkers];
const base = { pluginPath, cwd };
// Not timed, so the workers may start in parallel.
const inits = await Promise.all([
  ...realWorkers.map((w) => w.handle.call('init', { ...base, configId: w.config.id, corpus: 'real', files: selection.files })),
  ...genWorkers.map((w) => w.handle.call('init', { ...base, configId: w.config.id, corpus: 'generated', genSizes, genReps })),
]);
const configsNormalized = inits.every((i) => i.normalized);
if (!configsNormalized) log('WARNING: could not load ESLint\'s FlatConfigArray; plain config arrays are re-normalized on every verify() (slower, ratios compressed)');

// Files that do not parse are dropped for every configuration (the check doubles as warm-up of the first worker).
log(`checking that the ${selection.files.length} files parse …`);
const parseFailures = await realWorkers[0].handle.call('parseCheck');
const excluded = await Promise.all(realWorkers.map((w) => w.handle.call('exclude', parseFailures.map((f) => f.file))));
log(`${excluded[0].items} files parse, ${parseFailures.length} skipped (parse errors); warming up …`);
const genFailures = genWorkers.length ? await genWorkers[0].handle.call('parseCheck') : [];
if (genFailures.length) throw new Error(`bench bug: generated files do not parse: ${JSON.stringify(genFailures)}`);
await Promise.all(all.map((w) => w.handle.call('warmup')));

// Timed rounds: every configuration once per round, starting with a different one each round.
const realRuns = Object.fromEntries(realWorkers.map((w) => [w.config.id, []]));
const genRuns = Object.fromEntries(genWorkers.map((w) => [w.config.id, []]));
const rotate = (xs, r) => xs.map((_, i) => xs[(i + r) % xs.length]);
for (let r = 0; r < opts.runs; r++) {
  const t0 = Date.now();
  const first = r === 0;
  for (const w of rotate(realWorkers, r)) realRuns[w.config.id].push(await w.handle.call('run', { first }));
  for (const w of rotate(genWorkers, r)) genRuns[w.config.id].push(await w.handle.call('run', { first }));
  log(`round ${r + 1}/${opts.runs} (${((Date.now() - t0) / 1000).toFixed(0)} s): ${realWorkers.map((w) => `${w.config.short} ${(realRuns[w.config.id][r].ms / 1000).toFixed(2)} s`).join(', ')}`);
}

let profile;
const profileStarted = Date.now();
if (opts.profile) {
  log('profiling the plugin config (c) with ESLint stats …');
  const find = (ws) => ws.find((w) => w.config.id === 'plugin');
  let real = find(realWorkers);
  let gen = find(genWorkers);
  if (!real || (!gen && opts.sizes.length + opts.tsSizes.length)) {
    // (c) was not benchmarked (or not on generated files): a worker just for the profile.
    const config = CONFIGS.find((c) => c.id === 'plugin');
    const start = async (corpus) => {
      const w = { config, handle: makeHandle() };
      await w.handle.call('init', { ...base, configId: 'plugin', corpus, files: selection.files, genSizes, genReps });
      if (corpus === 'real') await w.handle.call('exclude', parseFailures.map((f) => f.file));
      await w.handle.call('warmup');
      return w;
    };
    real ??= await start('real');
    gen ??= await start('generated');
  }
  const parts = await Promise.all([real.handle.call('profile'), gen ? gen.handle.call('profile') : null]);
  const [pr, pg] = parts;
  const byRule = { ...pr.byRule };
  for (const [id, ms] of Object.entries(pg?.byRule ?? {})) byRule[id] = (byRule[id] ?? 0) + ms;
  profile = {
    real: pr,
    generated: pg,
    byRule: Object.fromEntries(Object.entries(byRule).sort((a, b) => b[1] - a[1])),
    slowest: [...pr.slowest, ...(pg?.slowest ?? [])].sort((a, b) => b.pluginMs - a.pluginMs).slice(0, 10),
    exceptions: [...pr.exceptions, ...(pg?.exceptions ?? [])],
    durationS: (Date.now() - profileStarted) / 1000,
  };
}

const finished = new Map();
await Promise.all(all.map(async (w) => finished.set(w, await w.handle.call('finish'))));

// ---------------------------------------------------------------- assemble the report
const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const results = {};
for (const w of realWorkers) {
  const f = finished.get(w);
  const runs = realRuns[w.config.id];
  const times = runs.map((x) => x.ms);
  const cpuTimes = runs.map((x) => x.cpuMs);
  results[w.config.id] = {
    label: w.config.label,
    short: w.config.short,
    rules: f.rules,
    real: {
      files: f.files,
      bytes: f.bytes,
      times,
      median: median(times),
      min: Math.min(...times),
      max: Math.max(...times),
      cpuTimes,
      cpuMedian: median(cpuTimes),
      tally: f.tally,
      maxRSSKB: f.maxRSSKB,
      rssBaselineKB: f.rssBaselineKB,
    },
    generated: null,
    exceptions: f.exceptions,
  };
}
for (const w of genWorkers) {
  const f = finished.get(w);
  const runs = genRuns[w.config.id];
  results[w.config.id].generated = {
    maxRSSKB: f.maxRSSKB,
    items: f.items.map((item) => {
      const times = runs.map((x) => x.perItem[item.id]);
      return { ...item, times, median: median(times), min: Math.min(...times) };
    }),
  };
  results[w.config.id].exceptions.push(...f.exceptions);
}

const ratio = (x, base_, pick) => (results[x] && results[base_] ? pick(results[x]) / pick(results[base_]) - 1 : null);
const byMedian = (r) => r.real.median;
const byMin = (r) => r.real.min;
const byCpu = (r) => r.real.cpuMedian;
const diff = (x, base_) => (results[x] && results[base_] ? results[x].real.median - results[base_].real.median : null);
const summary = {
  pluginOverParse: ratio('plugin', 'parse', byMedian),
  pluginOverParseMin: ratio('plugin', 'parse', byMin),
  pluginOverParseCpu: ratio('plugin', 'parse', byCpu),
  pluginAddsMs: diff('plugin', 'parse'),
  bothOverRecommended: ratio('both', 'recommended', byMedian),
  bothOverRecommendedMin: ratio('both', 'recommended', byMin),
  bothOverRecommendedCpu: ratio('both', 'recommended', byCpu),
  pluginAddsToRecommendedMs: diff('both', 'recommended'),
  recommendedOverParse: ratio('recommended', 'parse', byMedian),
  traversalOverParse: ratio('traversal', 'parse', byMedian),
  pluginOverTraversal: ratio('plugin', 'traversal', byMedian),
  pluginOverTraversalCpu: ratio('plugin', 'traversal', byCpu),
};

const genOf = (configId, id) => results[configId]?.generated?.items.find((g) => g.id === id);
const hasGen = (configId) => Boolean(results[configId]?.generated);
const linearity = {};
for (const flavour of ['js', 'ts']) {
  const sizes = genSizes[flavour];
  const steps = [];
  for (let i = 1; i < sizes.length && genWorkers.length; i++) {
    const small = `${flavour}-${sizes[i - 1]}`;
    const large = `${flavour}-${sizes[i]}`;
    const any = genWorkers[0].config.id;
    const step = { from: sizes[i - 1], to: sizes[i], linesRatio: genOf(any, large).lines / genOf(any, small).lines };
    // Generated files: the best of the runs (one measurement each per round is at the mercy of the machine).
    if (hasGen('plugin')) step.pluginConfigRatio = genOf('plugin', large).min / genOf('plugin', small).min;
    if (hasGen('plugin') && hasGen('parse')) {
      const d = (id) => genOf('plugin', id).min - genOf('parse', id).min;
      // Below ~1 ms the difference is noise: no ratio then.
      step.pluginOnlyRatio = d(small) > 1 ? d(large) / d(small) : null;
    }
    if (hasGen('parse')) step.parseRatio = genOf('parse', large).min / genOf('parse', small).min;
    steps.push(step);
  }
  linearity[flavour] = steps;
}

const files = selection.files.filter((f) => !parseFailures.some((p) => p.file === f.rel));
const exceptions = [
  ...Object.entries(results).flatMap(([id, r]) => r.exceptions.map((e) => ({ ...e, configId: id }))),
  ...(profile?.exceptions ?? []).map((e) => ({ ...e, configId: 'profile' })),
];
const report = {
  date: new Date().toISOString(),
  machine: { ...machine, loadAverageAtEnd: os.loadavg().map((x) => +x.toFixed(2)) },
  plugin: { name: plugin.meta?.name, version: plugin.meta?.version, rules: ruleIds },
  options: {
    runs: opts.runs,
    quick: opts.quick,
    isolate: opts.isolate,
    files: opts.files,
    smallCapKB: opts.smallCapKB,
    large: opts.large,
    genSizes,
    genConfigs: opts.genConfigs.map((c) => c.short),
    genReps,
    configsNormalized,
  },
  corpus: {
    real: {
      files: files.length,
      bytes: files.reduce((s, f) => s + f.size, 0),
      kinds: files.reduce((acc, f) => ({ ...acc, [f.kind]: (acc[f.kind] ?? 0) + 1 }), {}),
      largeFiles: files.filter((f) => f.large).map((f) => ({ file: f.rel, bytes: f.size })),
      largeEligible: selection.largeEligible,
      candidates: selection.candidates,
      eligible: selection.eligible,
      skipped: { ...selection.skipped, parseErrors: parseFailures.length },
      parseFailures,
      fingerprint: selection.fingerprint,
    },
  },
  configs: opts.configs.map((c) => ({ id: c.id, short: c.short, label: c.label })),
  results,
  summary,
  linearity,
  profile,
  exceptions,
  durationS: (Date.now() - started) / 1000,
};
fs.mkdirSync(path.join(here, '.results'), { recursive: true });
fs.writeFileSync(path.join(here, '.results', 'latest.json'), `${JSON.stringify(report, null, 2)}\n`);
for (const e of exceptions) log(`RULE EXCEPTION [${e.configId}] ${e.file} (${e.ruleId ?? '?'}):\n${e.stack}`);

process.stdout.write(opts.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatText(report)}\n`);
cleanup();
process.exitCode = exceptions.length ? 1 : 0;
