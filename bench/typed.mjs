#!/usr/bin/env node
// Typed vs untyped linting with eslint-plugin-meta-privacy (issue 6): what the plugin costs when the
// parser provides a TypeScript program (`projectService: true`) and its rules read types, against the
// same TypeScript files linted without type information. See bench/README.md, "Typed linting".
//
//   node bench/typed.mjs                 build first (npm run build); 24 files × 8 blocks, 7 runs
//   node bench/typed.mjs --quick         1 run, 8 files
//   node bench/typed.mjs --json          machine-readable results on stdout
//
// The corpus is a generated TypeScript project in a temp directory: branded types in one module, an
// `Account` model with typed and JSDoc-tagged members and hash helpers in another, and files that use
// them at pixel, Conversions API and URL sinks, with as many lines of ordinary typed code (no sinks).
// Every configuration × run is a fresh child process that lints every file once (a cold ESLint run:
// program creation, checker warm-up and all), then once more (warm, as in an editor session). One more
// process, untimed, counts the expressions TypeScript checks for the plugin: a figure without noise.
import { fork } from 'node:child_process';
import fs from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import { parseCommandLine } from './lib/cli.mjs';
import { median } from './lib/stats.mjs';
import { loadPlugin, removeSnapshot, snapshotPlugin } from './lib/plugin.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const cwd = path.resolve(here, '..');

/** u0/t0: parse only (t0 builds the program); u/t: the plugin's rules with `configs.all` options. */
const CONFIGS = [
  { id: 'u0', typed: false, plugin: false, label: 'untyped, no rules' },
  { id: 'u', typed: false, plugin: true, label: 'untyped, plugin all' },
  { id: 't0', typed: true, plugin: false, label: 'typed, no rules' },
  { id: 't', typed: true, plugin: true, label: 'typed, plugin all' },
];

const USAGE = `usage: node bench/typed.mjs [--files N] [--blocks N] [--runs N] [--quick] [--json] [--keep] [--plugin PATH]
  --files N    generated use files (default 24; --quick 8)
  --blocks N   sink blocks per file, each with as much ordinary typed code (default 8)
  --runs N     fresh processes per configuration, median reported (default 7; --quick 1)
  --json       results as JSON on stdout
  --keep       keep the generated project (its path is printed)
  --plugin P   plugin entry to benchmark (default: a snapshot of dist/index.js)`;

// ---------------------------------------------------------------- corpus

const TYPES = `declare const brand: unique symbol;
export type Brand<T, Name extends string> = T & { readonly [brand]: Name };
export type EmailAddress = string;
export type Email = Brand<string, 'Email'>;
export type MobileNumber = Brand<string, 'MobileNumber'>;
export type HashedValue = Brand<string, 'HashedValue'>;
`;

const MODEL = `import type { Email, EmailAddress, HashedValue, MobileNumber } from './types.js';
export interface Account {
  readonly id: string;
  readonly replyTo: EmailAddress;
  readonly cell: MobileNumber;
  readonly ip: string;
  readonly fbp: string;
  /** @pii */
  readonly memo: string;
}
export declare function ownerOf(account: Account): Email;
export declare function digestOf(value: string): HashedValue;
/** @hashed */
export declare function prepare(value: string): string;
`;

const GLOBALS = `declare const fbq: (...args: unknown[]) => void;
declare const router: { push(url: string): void };
`;

/** One block: a function with pixel, CAPI and URL sinks fed by typed values, and ordinary typed code. */
function block(n) {
  return `
interface Line${n} { readonly sku: string; readonly quantity: number; readonly price: number }
interface Order${n} { readonly id: string; readonly total: number; readonly lines: readonly Line${n}[] }

export async function purchase${n}(account: Account, order: Order${n}): Promise<void> {
  fbq('track', 'Purchase', { value: order.total, currency: 'EUR', recipient: account.replyTo, note: account.memo });
  const userData${n} = { em: digestOf(account.replyTo), ph: account.cell, external_id: prepare(account.id), client_ip_address: account.ip, fbp: account.fbp };
  const event${n} = {
    event_name: 'Purchase',
    event_time: Math.floor(Date.now() / 1000),
    action_source: 'website',
    event_source_url: \`https://shop.example/thanks?order=\${order.id}\`,
    user_data: userData${n},
    custom_data: { value: order.total, currency: 'EUR', owner: ownerOf(account) },
  };
  await fetch('https://graph.facebook.com/v19.0/123/events', { method: 'POST', body: JSON.stringify({ data: [event${n}] }) });
  router.push(\`/thanks?to=\${account.replyTo}&order=\${order.id}\`);
}

export function total${n}(order: Order${n}): number {
  let sum = 0;
  for (const line of order.lines) sum += line.quantity * line.price;
  return Math.round(sum * 100) / 100;
}

export function describe${n}(order: Order${n}): string {
  return order.lines.map((line) => \`\${line.quantity} × \${line.sku}\`).join(', ');
}

export function largest${n}(order: Order${n}): Line${n} | undefined {
  return [...order.lines].sort((a, b) => b.price * b.quantity - a.price * a.quantity)[0];
}

export class Cart${n} {
  private readonly lines = new Map<string, Line${n}>();
  add(line: Line${n}): this {
    const current = this.lines.get(line.sku);
    this.lines.set(line.sku, current ? { ...current, quantity: current.quantity + line.quantity } : line);
    return this;
  }
  get size(): number {
    return [...this.lines.values()].reduce((count, line) => count + line.quantity, 0);
  }
}
`;
}

function writeProject(files, blocks) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'meta-privacy-typed-bench-'));
  const write = (name, text) => fs.writeFileSync(path.join(dir, name), text);
  write('package.json', '{ "type": "module" }\n');
  write(
    'tsconfig.json',
    JSON.stringify({ compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', lib: ['ES2023', 'DOM'], types: [], strict: true, noEmit: true, skipLibCheck: true }, include: ['*.ts'] }, null, 2),
  );
  write('types.ts', TYPES);
  write('model.ts', MODEL);
  write('globals.d.ts', GLOBALS);
  const names = [];
  for (let file = 0; file < files; file++) {
    const name = `use-${String(file).padStart(3, '0')}.ts`;
    const head = "import { type Account, digestOf, ownerOf, prepare } from './model.js';\n";
    write(name, head + Array.from({ length: blocks }, (_, index) => block(file * blocks + index)).join(''));
    names.push(name);
  }
  return { dir, files: names };
}

// ---------------------------------------------------------------- worker (one configuration, one fresh process)

async function worker({ config, dir, files, pluginEntry, countChecks }) {
  const checks = countChecks ? countExpressionChecks() : undefined;
  const plugin = await loadPlugin(pluginEntry);
  const parserOptions = config.typed ? { projectService: true, tsconfigRootDir: dir } : {};
  // As the CLI does: one ESLint instance, its config normalized once.
  const eslint = new ESLint({
    cwd: dir,
    overrideConfigFile: true,
    overrideConfig: [
      { files: ['**/*.ts'], languageOptions: { parser: tsParser, parserOptions }, linterOptions: { reportUnusedDisableDirectives: 'off' } },
      ...(config.plugin ? [{ plugins: { 'meta-privacy': plugin }, rules: plugin.configs.all.rules }] : []),
    ],
  });
  const items = files.map((name) => ({ filePath: path.join(dir, name), text: fs.readFileSync(path.join(dir, name), 'utf8') }));
  const pass = async () => {
    const cpu0 = process.cpuUsage();
    const start = performance.now();
    let problems = 0;
    for (const item of items) {
      const [{ messages }] = await eslint.lintText(item.text, { filePath: item.filePath });
      const fatal = messages.find((message) => message.fatal);
      if (fatal) throw new Error(`${item.filePath}:${fatal.line}:${fatal.column} ${fatal.message}`);
      problems += messages.length;
    }
    const cpu = process.cpuUsage(cpu0);
    return { ms: performance.now() - start, cpuMs: (cpu.user + cpu.system) / 1000, problems };
  };
  const cold = await pass();
  if (checks) return { checks: checks.count() };
  const warm = await pass();
  return { cold, warm, rssMB: process.resourceUsage().maxRSS / 1024 };
}

/**
 * Counts TypeScript's `checkExpression` calls through its tracing hook (an internal API: null when it
 * is missing). The typed parse checks no expression, so every one counted is asked for by the rules.
 */
function countExpressionChecks() {
  const ts = createRequire(import.meta.url)('typescript');
  if (typeof ts.startTracing !== 'function') return undefined;
  const traceDir = fs.mkdtempSync(path.join(os.tmpdir(), 'meta-privacy-typed-trace-'));
  ts.startTracing('server', traceDir);
  fs.rmSync(traceDir, { recursive: true, force: true });
  let count = 0;
  Object.assign(ts.tracing, { push: (_phase, name) => void (name === 'checkExpression' && count++), pop() {}, popAll() {}, instant() {}, recordType() {} });
  return { count: () => count };
}

function runWorker(job) {
  return new Promise((resolve, reject) => {
    const child = fork(fileURLToPath(import.meta.url), ['--worker'], { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    child.once('message', (message) => (message.error ? reject(new Error(message.error)) : resolve(message.result)));
    child.once('exit', (code) => code !== 0 && reject(new Error(`worker exited with ${code}`)));
    child.send(job);
  });
}

// ---------------------------------------------------------------- parent

function parseOptions(argv) {
  const { values, count } = parseCommandLine(
    argv,
    {
      files: { type: 'string' },
      blocks: { type: 'string', default: '8' },
      runs: { type: 'string' },
      quick: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      keep: { type: 'boolean', default: false },
      plugin: { type: 'string' },
    },
    USAGE,
  );
  return {
    files: count('files', values.quick ? 8 : 24),
    blocks: count('blocks'),
    runs: count('runs', values.quick ? 1 : 7),
    json: values.json,
    keep: values.keep,
    plugin: values.plugin && path.resolve(values.plugin),
  };
}


async function main(argv) {
  const opts = parseOptions(argv);
  const log = (text) => (opts.json ? process.stderr : process.stdout).write(`${text}\n`);
  const project = writeProject(opts.files, opts.blocks);
  const lines = project.files.reduce((sum, name) => sum + fs.readFileSync(path.join(project.dir, name), 'utf8').split('\n').length, 0);
  const snapshot = opts.plugin ? undefined : await snapshotPlugin(cwd, { log });
  const pluginEntry = opts.plugin ?? snapshot.entry;
  log(`typed bench: ${opts.files} files, ${lines} lines (${opts.files * opts.blocks} sink blocks), ${opts.runs} runs × ${CONFIGS.length} configurations, a fresh process each`);
  const results = Object.fromEntries(CONFIGS.map((config) => [config.id, []]));
  let checks;
  try {
    for (let run = 0; run < opts.runs; run++) {
      // Rotate the order so a busy moment on the machine does not always hit the same configuration.
      for (let step = 0; step < CONFIGS.length; step++) {
        const config = CONFIGS[(run + step) % CONFIGS.length];
        results[config.id].push(await runWorker({ config, dir: project.dir, files: project.files, pluginEntry }));
      }
      log(`  run ${run + 1}/${opts.runs} done`);
    }
    const typed = CONFIGS.find((config) => config.id === 't');
    checks = (await runWorker({ config: typed, dir: project.dir, files: project.files, pluginEntry, countChecks: true })).checks;
  } finally {
    if (snapshot) removeSnapshot(snapshot.dir);
    if (opts.keep) log(`project kept in ${project.dir}`);
    else fs.rmSync(project.dir, { recursive: true, force: true });
  }
  const summary = summarize(results, { files: opts.files, lines, runs: opts.runs, blocks: opts.files * opts.blocks }, checks);
  if (opts.json) console.log(JSON.stringify(summary, null, 2));
  else log(formatSummary(summary));
}

function summarize(results, corpus, checks) {
  const stats = Object.fromEntries(
    CONFIGS.map((config) => {
      const runs = results[config.id];
      const pick = (phase, key) => median(runs.map((run) => run[phase][key]));
      const phase = (name) => ({ ms: pick(name, 'ms'), cpuMs: pick(name, 'cpuMs') });
      return [config.id, { label: config.label, cold: phase('cold'), warm: phase('warm'), problems: runs[0].cold.problems, rssMB: median(runs.map((run) => run.rssMB)) }];
    }),
  );
  // What the plugin's rules add over parsing, without and with a program; the difference is what reading types costs.
  const pluginCost = (phase, key) => {
    const untyped = stats.u[phase][key] - stats.u0[phase][key];
    const typed = stats.t[phase][key] - stats.t0[phase][key];
    return { untyped, typed, typeEvidence: typed - untyped };
  };
  const plugin = Object.fromEntries(['cold', 'warm'].map((phase) => [phase, { wall: pluginCost(phase, 'ms'), cpu: pluginCost(phase, 'cpuMs') }]));
  const ratio = (with_, without, phase) => ({ wall: stats[with_][phase].ms / stats[without][phase].ms, cpu: stats[with_][phase].cpuMs / stats[without][phase].cpuMs });
  const ratios = {
    typedPlugin: ratio('t', 't0', 'cold'),
    typedPluginWarm: ratio('t', 't0', 'warm'),
    untypedPlugin: ratio('u', 'u0', 'cold'),
    // Reading types: what the plugin adds with a program beyond what it adds without, over the typed parse.
    readingTypes: { wall: plugin.cold.wall.typeEvidence / stats.t0.cold.ms, cpu: plugin.cold.cpu.typeEvidence / stats.t0.cold.cpuMs },
  };
  // The same share from each run's four processes alone (run i of every configuration), to show the noise.
  const perRun = results.t.map((_, run) => {
    const cpu = (id) => results[id][run].cold.cpuMs;
    return (cpu('t') - cpu('t0') - (cpu('u') - cpu('u0'))) / cpu('t0');
  });
  ratios.readingTypes.cpuRange = [Math.min(...perRun), Math.max(...perRun)];
  return { corpus, stats, plugin, ratios, checks };
}

const percent = (share) => `${(share * 100).toFixed(1)} %`;

function formatSummary({ corpus, stats, plugin, ratios, checks }) {
  const ms = (value) => `${value.toFixed(0).padStart(6)} ms`;
  const rows = CONFIGS.map(({ id }) => {
    const { label, cold, warm, problems, rssMB } = stats[id];
    return `  (${id.padEnd(2)}) ${label.padEnd(20)} ${ms(cold.ms)} ${ms(cold.cpuMs)}   ${ms(warm.ms)} ${ms(warm.cpuMs)}   ${String(problems).padStart(8)}   ${rssMB.toFixed(0).padStart(5)} MB`;
  });
  const perKLines = (value) => `${((value / corpus.lines) * 1000).toFixed(1)} ms/1k lines`;
  const costLine = (phase, key) => {
    const cost = plugin[phase][key];
    return `  ${`${phase} ${key}`.padEnd(10)} untyped (u − u0) ${ms(cost.untyped)} (${perKLines(cost.untyped)});  typed (t − t0) ${ms(cost.typed)} (${perKLines(cost.typed)});  reading types ${ms(cost.typeEvidence)}`;
  };
  return [
    '',
    `  ${corpus.files} files, ${corpus.lines} lines; medians of ${corpus.runs} fresh processes per configuration`,
    '                              cold: wall      CPU     warm: wall      CPU   problems   peak RSS',
    ...rows,
    '',
    '  what the plugin adds over parsing (CPU time is the figure to trust on a busy machine):',
    costLine('cold', 'cpu'),
    costLine('cold', 'wall'),
    costLine('warm', 'cpu'),
    costLine('warm', 'wall'),
    `  ratios (cold CPU): plugin typed t / t0 ${ratios.typedPlugin.cpu.toFixed(3)}, untyped u / u0 ${ratios.untypedPlugin.cpu.toFixed(3)}; reading types ${percent(ratios.readingTypes.cpu)} of the typed parse (runs ${ratios.readingTypes.cpuRange.map(percent).join(' to ')})`,
    checks === undefined
      ? '  expression checks: not counted (no TypeScript tracing hook)'
      : `  expression checks TypeScript made for the plugin (t0 makes none): ${checks}, ${(checks / corpus.blocks).toFixed(1)} per sink block`,
    `  typed linting as a whole (t vs u, cold CPU): ×${(stats.t.cold.cpuMs / stats.u.cold.cpuMs).toFixed(2)}, mostly the TypeScript program that (t0) builds without any rule`,
    `  reports: ${stats.t.problems} typed vs ${stats.u.problems} untyped (the difference is what only the types know)`,
  ].join('\n');
}

// ---------------------------------------------------------------- entry (last: every const above is initialized)

if (process.argv.includes('--worker')) {
  process.once('message', async (job) => {
    try {
      process.send({ result: await worker(job) }, () => process.exit(0));
    } catch (error) {
      process.send({ error: String(error?.stack ?? error) }, () => process.exit(1));
    }
  });
} else {
  await main(process.argv.slice(2));
}
