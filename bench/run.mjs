#!/usr/bin/env node
// What eslint-plugin-meta-privacy costs, as ratios to parsing alone and to one empty rule, on real code
// from node_modules and on small Meta-heavy files; then whether its time stays linear in file size
// (bench/linearity.mjs) and what typed linting adds (bench/typed.mjs). See bench/README.md.
//
//   npm run bench                       build, then everything (~35 min on 2 cores shared at load 20)
//   node --expose-gc bench/run.mjs --quick      smoke check (~4× shorter)
//   node --expose-gc bench/run.mjs --skip typed,linearity --rounds 7
//   node --expose-gc bench/run.mjs --json       machine-readable results on stdout
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { parseCommandLine } from './lib/cli.mjs';
import { CONFIGS, createESLint, pluginRuleIds, virtualPath } from './lib/configs.mjs';
import { exampleFiles, selectRealCorpus } from './lib/corpus.mjs';
import { metaHeavyFiles } from './lib/generate.mjs';
import { firstPass, ruleProfile, summarizeCorpus, timedRound } from './lib/measure.mjs';
import { buildFingerprint, loadPlugin, removeSnapshot, snapshotPlugin } from './lib/plugin.mjs';
import { CORPUS_GOALS, formatText, runFileName } from './lib/report.mjs';
import { goalVerdict } from './lib/stats.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const cwd = path.resolve(here, '..');

const USAGE = `usage: node --expose-gc bench/run.mjs [options]
  --rounds N        timed rounds, median reported (default 5; --quick 3)
  --max-rounds N    while a goal is undecided (it lies inside its ratio's interval), rounds are added up to N (default: none added)
  --files N         real .js files from node_modules (default 1000; --quick 200)
  --meta-files N    generated Meta-heavy JavaScript files, half as many TypeScript (default 60; --quick 20)
  --configs a,e,p   configurations: a parse only, e one empty rule, p the plugin (recommended rules,
                    default options), s the rules with configs.all options (default a,e,p; a, e and p are needed)
  --profile         also ESLint's per-rule times of the plugin and its 10 slowest files
  --skip LIST       leave out linearity and/or typed (comma-separated)
  --json            results as JSON on stdout (progress goes to stderr)
  --plugin PATH     plugin entry to benchmark (default: a snapshot of dist/index.js)
  -h, --help        this text`;

function options(argv) {
  const { values, count } = parseCommandLine(
    argv,
    {
      rounds: { type: 'string' },
      'max-rounds': { type: 'string' },
      files: { type: 'string' },
      'meta-files': { type: 'string' },
      configs: { type: 'string', default: 'a,e,p' },
      profile: { type: 'boolean', default: false },
      skip: { type: 'string', default: '' },
      quick: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      plugin: { type: 'string' },
    },
    USAGE,
  );
  const wanted = values.configs.split(',').map((name) => name.trim());
  const configs = CONFIGS.filter((config) => wanted.includes(config.short) || wanted.includes(config.id));
  for (const needed of ['parse', 'empty', 'plugin']) {
    if (!configs.some((config) => config.id === needed)) throw new Error(`--configs must include ${needed}`);
  }
  const rounds = count('rounds', values.quick ? 3 : 5);
  return {
    quick: values.quick,
    rounds,
    maxRounds: Math.max(rounds, count('max-rounds', rounds)),
    files: count('files', values.quick ? 200 : 1000),
    metaFiles: count('meta-files', values.quick ? 20 : 60),
    configs,
    profile: values.profile,
    skip: new Set(values.skip.split(',').map((name) => name.trim()).filter(Boolean)),
    json: values.json,
    plugin: values.plugin && path.resolve(values.plugin),
  };
}

let opts;
try {
  opts = options(process.argv.slice(2));
} catch (error) {
  console.error(`${error.message}\n${USAGE}`);
  process.exit(2);
}
const log = (message) => process.stderr.write(`[bench] ${message}\n`);
const loadAverage = () => os.loadavg().map((value) => +value.toFixed(2));

const started = Date.now();
const machine = {
  cpu: os.cpus()[0]?.model?.trim() ?? 'unknown',
  cores: os.cpus().length,
  node: process.version,
  eslint: ESLint.version,
  loadAverageAtStart: loadAverage(),
  gc: typeof globalThis.gc === 'function',
};
log(`${machine.cpu}, ${machine.cores} cores, node ${machine.node}, eslint ${machine.eslint}, load average ${machine.loadAverageAtStart.join(' ')}`);
if (!machine.gc) log('note: run with node --expose-gc to collect garbage between rounds');

let snapshot;
const cleanup = () => {
  if (snapshot) removeSnapshot(snapshot.dir);
  snapshot = undefined;
};
process.on('exit', cleanup);
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => process.exit(130));
let pluginEntry = opts.plugin;
let plugin;
if (pluginEntry) plugin = await loadPlugin(pluginEntry);
else {
  snapshot = await snapshotPlugin(cwd, { log });
  ({ entry: pluginEntry, plugin } = snapshot);
}

// ---------------------------------------------------------------- corpora
const selection = selectRealCorpus({ cwd, target: opts.files, largeCap: 0, codeFile: /\.js$/ });
const realFiles = selection.files.map((file) => ({ ...file, text: fs.readFileSync(file.abs, 'utf8') }));
const generated = metaHeavyFiles({ js: opts.metaFiles, ts: Math.ceil(opts.metaFiles / 2) }).map((file) => ({ ...file, virtual: virtualPath(cwd, file.kind, file.rel) }));
const examples = exampleFiles(cwd).map((file) => ({ ...file, text: fs.readFileSync(file.abs, 'utf8') }));
const corpora = [
  { id: 'real', label: 'real .js files of node_modules', files: realFiles },
  { id: 'meta', label: 'small Meta-heavy files', files: [...generated, ...examples] },
];

const configs = opts.configs.map((config) => ({ ...config, eslint: createESLint(config.id, plugin, cwd) }));
const ids = configs.map((config) => config.id);
log(`configurations: ${configs.map((config) => `(${config.short}) ${config.label}`).join('; ')}`);

// ---------------------------------------------------------------- first pass (untimed): parse errors, exceptions, reports
const checks = {};
for (const corpus of corpora) {
  log(`${corpus.label}: first pass over ${corpus.files.length} files …`);
  checks[corpus.id] = await firstPass(configs, corpus.files);
  corpus.files = checks[corpus.id].kept;
  const { parseErrors, exceptions } = checks[corpus.id];
  log(`${corpus.label}: ${corpus.files.length} files kept, ${parseErrors.length} do not parse, ${exceptions.length} rule exceptions`);
}
if (checks.meta.parseErrors.length) throw new Error(`bench bug: Meta-heavy files do not parse: ${JSON.stringify(checks.meta.parseErrors)}`);

// ---------------------------------------------------------------- timed rounds
const rounds = Object.fromEntries(corpora.map((corpus) => [corpus.id, []]));
/** Undecided: a goal that lies inside its ratio's confidence interval (more rounds narrow it). */
const undecided = (summaries) =>
  CORPUS_GOALS.some(({ corpus, goal }) => {
    const ratio = summaries[corpus].pluginOverEmpty;
    return ratio && goalVerdict(ratio.interval, goal) === 'undecided';
  });
const summarizeAll = () => Object.fromEntries(corpora.map((corpus) => [corpus.id, summarizeCorpus(rounds[corpus.id], ids)]));
let summaries;
for (let round = 0; round < opts.maxRounds; round++) {
  const start = Date.now();
  for (const corpus of corpora) rounds[corpus.id].push(await timedRound(configs, corpus.files, round));
  const line = corpora.map((corpus) => {
    const times = rounds[corpus.id][round];
    return `${corpus.id} ${ids.map((id) => `${id} ${(times[id].wallMs / 1000).toFixed(2)} s`).join(', ')}`;
  });
  log(`round ${round + 1} (${((Date.now() - start) / 1000).toFixed(0)} s, load ${loadAverage()[0]}): ${line.join(' | ')}`);
  summaries = summarizeAll();
  if (round + 1 >= opts.rounds && !undecided(summaries)) break;
  if (round + 1 >= opts.rounds && round + 1 < opts.maxRounds) log('a goal is still undecided: one more round');
}

// ---------------------------------------------------------------- optional per-rule profile
let profile;
if (opts.profile) {
  log('profile: ESLint stats of the plugin configuration, 3 passes per corpus …');
  const eslint = createESLint('plugin', plugin, cwd, { stats: true });
  profile = {};
  for (const corpus of corpora) profile[corpus.id] = await ruleProfile(eslint, corpus.files);
}
const loadAverageAfterRatios = loadAverage();

// ---------------------------------------------------------------- linearity and typed linting, each in its own process
const child = (script, args) => {
  log(`${script} ${args.join(' ')} …`);
  const output = execFileSync(process.execPath, ['--expose-gc', path.join(here, script), ...args, '--json', '--plugin', pluginEntry], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 64 * 1024 * 1024,
  });
  return JSON.parse(output);
};
const linearity = opts.skip.has('linearity')
  ? null
  : [
      child('linearity.mjs', ['--sizes', opts.quick ? '1000,10000' : '1000,10000,100000', '--runs', '1']),
      child('linearity.mjs', ['--ts', '--sizes', '1000,10000', '--runs', '1']),
    ];
const typed = opts.skip.has('typed') ? null : child('typed.mjs', opts.quick ? ['--quick'] : []);

const report = {
  date: new Date().toISOString(),
  machine: { ...machine, loadAverageAfterRatios, loadAverageAtEnd: loadAverage() },
  plugin: { name: plugin.meta?.name, version: plugin.meta?.version, build: buildFingerprint(path.dirname(pluginEntry)), rules: pluginRuleIds('plugin', plugin) },
  options: {
    rounds: opts.rounds,
    roundsRun: rounds.real.length,
    quick: opts.quick,
    metaFiles: opts.metaFiles,
    configs: configs.map(({ id, short, label }) => ({ id, short, label })),
  },
  corpora: Object.fromEntries(
    corpora.map((corpus) => [
      corpus.id,
      {
        label: corpus.label,
        files: corpus.files.length,
        bytes: corpus.files.reduce((sum, file) => sum + file.size, 0),
        lines: corpus.files.reduce((sum, file) => sum + file.text.split('\n').length, 0),
        parseErrors: checks[corpus.id].parseErrors,
        reports: checks[corpus.id].reports,
        ...(corpus.id === 'real' ? { fingerprint: selection.fingerprint, eligible: selection.eligible } : {}),
      },
    ]),
  ),
  rounds,
  summaries,
  profile,
  linearity,
  typed,
  exceptions: corpora.flatMap((corpus) => checks[corpus.id].exceptions),
  durationS: (Date.now() - started) / 1000,
};
// latest.json for a quick look; every run also under its date, so that runs of one build can be pooled (bench/pool.mjs).
const results = path.join(here, '.results');
fs.mkdirSync(results, { recursive: true });
for (const name of ['latest.json', runFileName(report)]) fs.writeFileSync(path.join(results, name), `${JSON.stringify(report, null, 2)}\n`);
process.stdout.write(opts.json ? `${JSON.stringify(report, null, 2)}\n` : `${formatText(report)}\n`);
process.exitCode = report.exceptions.length ? 1 : 0;
