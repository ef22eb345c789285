// The measurement itself: every file linted by every configuration back to back, in an order that
// rotates from file to file and from round to round, so that a shared machine's drift (another job
// starting, a CPU frequency change) falls on all configurations alike instead of on whichever ran then.
// A round lints every corpus once; each configuration's time is its total over the files of a corpus.
import { PLUGIN_PREFIX } from './configs.mjs';
import { median, medianInterval } from './stats.mjs';

// With --expose-gc, a full collection before each round, so that one round's garbage is not
// collected on the next one's time.
const collectGarbage = typeof globalThis.gc === 'function' ? globalThis.gc : () => {};

const cpuMs = (usage) => (usage.user + usage.system) / 1000;

/**
 * One untimed pass of every configuration over every file (it also warms up the JIT and ESLint's
 * per-file config cache): the files that do not parse, the exceptions rules threw, and each
 * configuration's reports.
 * @param {{ id: string, eslint: import('eslint').ESLint }[]} configs
 * @param {{ rel: string, virtual: string, text: string }[]} files
 */
export async function firstPass(configs, files, { samples = 10 } = {}) {
  const parseErrors = [];
  const exceptions = [];
  const reports = Object.fromEntries(configs.map(({ id }) => [id, { total: 0, plugin: 0, byRule: {}, samples: [] }]));
  for (const file of files) {
    for (const { id, eslint } of configs) {
      let result;
      try {
        [result] = await eslint.lintText(file.text, { filePath: file.virtual });
      } catch (error) {
        exceptions.push({ file: file.rel, configId: id, message: String(error?.message ?? error).split('\n')[0], stack: String(error?.stack ?? error) });
        continue;
      }
      if (!result) throw new Error(`bench bug: ${file.virtual} is ignored by ESLint`);
      const fatal = result.messages.find((message) => message.fatal);
      if (fatal) {
        if (id === configs[0].id) parseErrors.push({ file: file.rel, message: `${fatal.line}:${fatal.column} ${fatal.message}` });
        continue;
      }
      const tally = reports[id];
      for (const message of result.messages) {
        if (!message.ruleId) continue;
        tally.total++;
        if (!message.ruleId.startsWith(PLUGIN_PREFIX)) continue;
        tally.plugin++;
        tally.byRule[message.ruleId] = (tally.byRule[message.ruleId] ?? 0) + 1;
        if (tally.samples.length < samples) tally.samples.push(`${file.rel}:${message.line}:${message.column} ${message.ruleId}: ${message.message}`);
      }
    }
  }
  const failed = new Set([...parseErrors, ...exceptions].map((entry) => entry.file));
  return { parseErrors, exceptions, reports, kept: files.filter((file) => !failed.has(file.rel)) };
}

/**
 * One timed round over one corpus: per configuration, the total wall-clock and CPU time of its
 * `lintText` calls. File `i` of round `r` starts with configuration `(i + r) mod n`.
 */
export async function timedRound(configs, files, round) {
  collectGarbage();
  const wall = new Float64Array(configs.length);
  const cpu = new Float64Array(configs.length);
  for (let index = 0; index < files.length; index++) {
    const { text, virtual } = files[index];
    for (let step = 0; step < configs.length; step++) {
      const which = (index + round + step) % configs.length;
      const cpu0 = process.cpuUsage();
      const start = performance.now();
      await configs[which].eslint.lintText(text, { filePath: virtual });
      wall[which] += performance.now() - start;
      cpu[which] += cpuMs(process.cpuUsage(cpu0));
    }
  }
  return Object.fromEntries(configs.map(({ id }, which) => [id, { wallMs: wall[which], cpuMs: cpu[which] }]));
}

/**
 * Ratios of one corpus from its rounds: per round, each configuration's total divided by parse
 * only's (and the plugin's by the empty rule's), median over the rounds; the same from CPU time; the
 * ratio of the median totals; the range of the per-round ratios, which shows how noisy the run was;
 * and the confidence interval of the median, which tells whether the run can decide a goal.
 */
export function summarizeCorpus(rounds, ids) {
  const stat = (id, key) => {
    const values = rounds.map((round) => round[id][key]);
    return { median: median(values), min: Math.min(...values), max: Math.max(...values) };
  };
  const times = Object.fromEntries(ids.map((id) => [id, { wall: stat(id, 'wallMs'), cpu: stat(id, 'cpuMs') }]));
  const ratio = (id, base) => {
    if (!times[id] || !times[base]) return null;
    const perRound = rounds.map((round) => round[id].wallMs / round[base].wallMs);
    const perRoundCpu = rounds.map((round) => round[id].cpuMs / round[base].cpuMs);
    return {
      // The configurations of one round ran interleaved, under the same load: their ratio is the
      // measurement, and its median over the rounds the result (a busy round moves all totals).
      wall: median(perRound),
      cpu: median(perRoundCpu),
      ofMedianTotals: times[id].wall.median / times[base].wall.median,
      roundMin: Math.min(...perRound),
      roundMax: Math.max(...perRound),
      interval: medianInterval(perRound),
    };
  };
  const ratios = Object.fromEntries(ids.map((id) => [id, ratio(id, 'parse')]));
  return { times, ratios, pluginOverEmpty: ratio('plugin', 'empty'), allOverEmpty: ratio('all', 'empty') };
}

/**
 * `--profile`: ESLint's per-rule times (`stats: true`: a rule's `create()` and all its listeners) of the
 * plugin's configuration, the fastest of `passes` per file and rule, totalled per rule, with the files
 * where the plugin spends the most.
 */
export async function ruleProfile(eslint, files, { passes = 3, slowest = 10 } = {}) {
  const best = files.map(() => ({ parse: Infinity, rules: {} }));
  for (let pass = 0; pass < passes; pass++) {
    for (let index = 0; index < files.length; index++) {
      const [result] = await eslint.lintText(files[index].text, { filePath: files[index].virtual });
      const times = result?.stats?.times?.passes?.[0];
      if (!times) continue;
      const entry = best[index];
      entry.parse = Math.min(entry.parse, times.parse?.total ?? Infinity);
      for (const [ruleId, { total }] of Object.entries(times.rules ?? {})) entry.rules[ruleId] = Math.min(entry.rules[ruleId] ?? Infinity, total);
    }
  }
  const byRule = {};
  let parseMs = 0;
  let pluginMs = 0;
  const perFile = files.map((file, index) => {
    const { parse, rules } = best[index];
    let plugin = 0;
    let top;
    for (const [ruleId, ms] of Object.entries(rules)) {
      byRule[ruleId] = (byRule[ruleId] ?? 0) + ms;
      if (!ruleId.startsWith(PLUGIN_PREFIX)) continue;
      plugin += ms;
      if (!top || ms > top.ms) top = { ruleId, ms };
    }
    parseMs += Number.isFinite(parse) ? parse : 0;
    pluginMs += plugin;
    return { file: file.rel, bytes: file.size, parseMs: parse, pluginMs: plugin, topRule: top };
  });
  perFile.sort((a, b) => b.pluginMs - a.pluginMs);
  return {
    passes,
    parseMs,
    pluginMs,
    byRule: Object.fromEntries(Object.entries(byRule).sort((a, b) => b[1] - a[1])),
    slowest: perFile.slice(0, slowest),
  };
}
