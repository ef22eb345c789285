// One lint configuration over one corpus ("real" or "generated"), measured pass by pass.
//
// The parent drives every worker through the same steps (init → warm-up → run × N → finish) and
// interleaves the passes of all workers round by round, so that a slow minute on a shared machine
// hurts every configuration alike instead of whichever happened to run then. Workers are child
// processes by default (`node bench/lib/worker.mjs`, commands over IPC), so the peak RSS each one
// reports belongs to one configuration and one corpus; with `--no-isolate` they are plain objects in
// the parent process.
import fs from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Linter } from 'eslint';
import { buildConfigArrays, normalizeConfigArrays } from './configs.mjs';
import { generatedCorpus } from './generate.mjs';

const PLUGIN_PREFIX = 'meta-privacy/';
// Workers run with --expose-gc: a full collection before each timed measurement, so that garbage left by
// the previous one (a 100k-line AST is hundreds of MB) is not collected on the next one's time.
const collectGarbage = typeof globalThis.gc === 'function' ? globalThis.gc : () => {};

export async function loadPlugin(pluginPath) {
  const mod = await import(pathToFileURL(pluginPath).href);
  const plugin = mod.default;
  if (!plugin || typeof plugin !== 'object' || !plugin.rules || !plugin.configs?.all) {
    throw new Error(`${pluginPath} does not default-export { rules, configs: { all } }`);
  }
  return plugin;
}

function ruleIdOf(err) {
  if (err && typeof err === 'object' && typeof err.ruleId === 'string') return err.ruleId;
  const m = /Rule: "([^"]+)"/.exec(String(err?.message ?? err));
  return m ? m[1] : null;
}

const nameOf = (item) => item.rel ?? `generated ${item.id} (${item.lines} lines)`;
const newTally = () => ({ total: 0, fatal: 0, plugin: 0, byRule: {}, samples: [] });

/** Per-rule counts of plugin reports plus a few samples (on node_modules code they are likely false positives). */
function tally(messages, item, acc, sampleLimit) {
  for (const m of messages) {
    // Rule problems only: directive notices (ruleId null, e.g. "has no effect because of noInlineConfig") are not counted.
    if (m.ruleId) acc.total++;
    if (m.fatal) acc.fatal++;
    if (m.ruleId === null && !m.fatal && /No matching configuration/.test(m.message)) {
      throw new Error(`bench bug: ${m.message}`);
    }
    if (m.ruleId?.startsWith(PLUGIN_PREFIX)) {
      acc.plugin++;
      acc.byRule[m.ruleId] = (acc.byRule[m.ruleId] ?? 0) + 1;
      if (acc.samples.length < sampleLimit) acc.samples.push(`${nameOf(item)}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
  }
}

export class BenchWorker {
  /**
   * @param {object} job { configId, corpus: 'real' | 'generated', pluginPath, files?, genSizes?, genReps?, cwd }
   */
  async init(job) {
    this.job = job;
    this.plugin = await loadPlugin(job.pluginPath);
    const plain = buildConfigArrays(job.configId, this.plugin);
    this.ruleCount = Object.keys(Object.assign({}, ...plain.esm.slice(1).map((c) => c.rules))).length;
    ({ arrays: this.arrays, normalized: this.normalized } = normalizeConfigArrays(plain, job.cwd));
    if (job.corpus === 'real') {
      this.items = job.files.map((f) => ({ ...f, text: fs.readFileSync(f.abs, 'utf8') }));
    } else {
      this.items = generatedCorpus(job.genSizes, job.cwd).map((g) => ({ ...g, reps: job.genReps[g.size] ?? 1 }));
    }
    this.linter = new Linter({ configType: 'flat', cwd: job.cwd });
    this.exceptions = new Map();
    this.tallies = new Map();
    this.rssBaselineKB = process.resourceUsage().maxRSS;
    return { items: this.items.length, rules: this.ruleCount, normalized: this.normalized };
  }

  /** Lints one item; returns the messages, or null after recording an exception (a crashing rule). */
  lint(item, extra) {
    try {
      return this.linter.verify(item.text, this.arrays[item.kind], { filename: item.virtual, ...extra });
    } catch (err) {
      this.recordException(item, err);
      return null;
    }
  }

  recordException(item, err) {
    const message = String(err?.message ?? err);
    const key = `${nameOf(item)}\0${message.split('\n')[0]}`;
    if (!this.exceptions.has(key)) {
      this.exceptions.set(key, { file: nameOf(item), ruleId: ruleIdOf(err), message, stack: String(err?.stack ?? err) });
    }
  }

  /** Parse-only check of every item: the files that do not parse, to be dropped by every worker. */
  parseCheck() {
    const { arrays } = normalizeConfigArrays(buildConfigArrays('parse', this.plugin), this.job.cwd);
    const failures = [];
    for (const item of this.items) {
      const messages = this.linter.verify(item.text, arrays[item.kind], { filename: item.virtual });
      const noConfig = messages.find((m) => /No matching configuration/.test(m.message));
      if (noConfig) throw new Error(`bench bug: ${noConfig.message}`);
      const fatal = messages.find((m) => m.fatal);
      if (fatal) failures.push({ file: nameOf(item), kind: item.kind, message: `${fatal.line}:${fatal.column} ${fatal.message}` });
    }
    return failures;
  }

  exclude(names) {
    const drop = new Set(names);
    this.items = this.items.filter((item) => !drop.has(nameOf(item)));
    return { items: this.items.length };
  }

  /** Not timed: a spread of files (or the smallest generated files), so the first timed pass does not pay for JIT warm-up. */
  warmup() {
    if (this.job.corpus === 'real') {
      const step = Math.max(1, Math.floor(this.items.length / 150));
      for (let i = 0; i < this.items.length; i += step) this.lint(this.items[i]);
    } else {
      const smallest = Math.min(...this.items.map((g) => g.size));
      for (const g of this.items.filter((x) => x.size === smallest)) for (let r = 0; r < 3; r++) this.lint(g);
    }
    return {};
  }

  /** One timed pass. Real corpus: total wall and CPU time. Generated: ms per file (averaged over its inner repetitions). */
  run({ first }) {
    if (this.job.corpus === 'real') {
      const acc = first ? newTally() : null;
      collectGarbage();
      const c0 = process.cpuUsage();
      const t0 = performance.now();
      for (const item of this.items) {
        const messages = this.lint(item);
        if (acc && messages) tally(messages, item, acc, 15);
      }
      const ms = performance.now() - t0;
      const cpu = process.cpuUsage(c0);
      if (acc) this.tallies.set('real', acc);
      return { ms, cpuMs: (cpu.user + cpu.system) / 1000 };
    }
    const perItem = {};
    for (const g of this.items) {
      collectGarbage();
      const t0 = performance.now();
      for (let r = 0; r < g.reps; r++) {
        const messages = this.lint(g);
        if (first && r === 0 && messages) {
          const acc = newTally();
          tally(messages, g, acc, 3);
          this.tallies.set(g.id, acc);
        }
      }
      perItem[g.id] = (performance.now() - t0) / g.reps;
    }
    return { perItem };
  }

  finish() {
    const usage = process.resourceUsage();
    const info = this.job.corpus === 'real'
      ? { files: this.items.length, bytes: this.items.reduce((s, f) => s + f.size, 0), tally: this.tallies.get('real') ?? newTally() }
      : {
          items: this.items.map(({ id, flavour, size, lines, bytes, reps, blocks }) => ({
            id, flavour, size, lines, bytes, reps, blocks, tally: this.tallies.get(id) ?? newTally(),
          })),
        };
    return {
      ...info,
      rules: this.ruleCount,
      exceptions: [...this.exceptions.values()],
      maxRSSKB: usage.maxRSS,
      rssBaselineKB: this.rssBaselineKB,
    };
  }

  /**
   * `--profile`: passes with ESLint's `stats: true` (through verifyAndFix with fix: false — plain verify()
   * does not reset the times between files); per file and rule the fastest of the passes counts, which
   * filters out GC pauses and a busy machine. Plugin time = its rules' create() plus every listener; the
   * shared sink analysis counts for whichever rule asked for it first.
   */
  profile({ passes = 3 } = {}) {
    const best = this.items.map(() => ({ parse: Infinity, rules: {} }));
    for (let pass = 0; pass < passes; pass++) {
      this.items.forEach((item, i) => {
        let times;
        try {
          this.linter.verifyAndFix(item.text, this.arrays[item.kind], { filename: item.virtual, fix: false, stats: true });
          times = this.linter.getTimes().passes[0];
        } catch (err) {
          this.recordException(item, err);
        }
        if (!times) return;
        const b = best[i];
        b.parse = Math.min(b.parse, times.parse?.total ?? Infinity);
        for (const [ruleId, { total }] of Object.entries(times.rules ?? {})) b.rules[ruleId] = Math.min(b.rules[ruleId] ?? Infinity, total);
      });
    }
    const byRule = {};
    const perFile = [];
    let parseTotal = 0;
    let pluginTotal = 0;
    this.items.forEach((item, i) => {
      const b = best[i];
      const parse = Number.isFinite(b.parse) ? b.parse : 0;
      let plug = 0;
      let top = null;
      for (const [ruleId, ms] of Object.entries(b.rules)) {
        byRule[ruleId] = (byRule[ruleId] ?? 0) + ms;
        if (!ruleId.startsWith(PLUGIN_PREFIX)) continue;
        plug += ms;
        if (!top || ms > top.ms) top = { ruleId, ms };
      }
      parseTotal += parse;
      pluginTotal += plug;
      perFile.push({ file: nameOf(item), bytes: item.rel ? item.size : item.bytes, parseMs: parse, pluginMs: plug, topRule: top });
    });
    perFile.sort((x, y) => y.pluginMs - x.pluginMs);
    return {
      passes,
      files: this.items.length,
      parseTotalMs: parseTotal,
      pluginTotalMs: pluginTotal,
      byRule: Object.fromEntries(Object.entries(byRule).sort((x, y) => y[1] - x[1])),
      slowest: perFile.slice(0, 10),
      exceptions: [...this.exceptions.values()],
    };
  }
}

// Child-process entry: { id, cmd, arg } in, { id, ok, result | error } out.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const worker = new BenchWorker();
  process.on('message', async ({ id, cmd, arg }) => {
    try {
      const result = await worker[cmd](arg);
      process.send({ id, ok: true, result });
      if (cmd === 'finish') process.disconnect();
    } catch (err) {
      process.send({ id, ok: false, error: String(err?.stack ?? err) });
    }
  });
}
