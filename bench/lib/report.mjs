// Human-readable rendering of a bench report (the object also written to bench/.results/latest.json).
import { goalVerdict } from './stats.mjs';

/** The goals of issue 16. */
export const GOALS = {
  /** On code without Meta sinks: the plugin over one empty rule. */
  floor: 1.03,
  /** On Meta-heavy files: the plugin over one empty rule. */
  metaHeavy: 1.4,
  /** Typed linting: what reading types adds, as a share of typescript-eslint's typed parse alone. */
  typed: 0.05,
};

/** The two ratio goals, by the corpus they are measured on (run.mjs, this report and pool.mjs read them). */
export const CORPUS_GOALS = [
  { corpus: 'real', label: 'code without Meta sinks', goal: GOALS.floor },
  { corpus: 'meta', label: 'Meta-heavy files', goal: GOALS.metaHeavy },
];

/** The goal line of one corpus's plugin ratio. */
export const corpusGoalLine = ({ label, goal }, ratio) => `${label}: plugin ≤ ${goal} × one empty rule — ${goalLine(ratio, goal)}`;

const fmtInt = (n) => Math.round(n).toLocaleString('en-US');
const fmtRatio = (ratio) => (ratio === null || ratio === undefined ? '—' : ratio.toFixed(2));
const fmtPct = (ratio) => `${ratio >= 1 ? '+' : ''}${((ratio - 1) * 100).toFixed(1)} %`;
const fmtS = (ms) => `${(ms / 1000).toFixed(2)} s`;
const verdict = (ok) => (ok ? 'met' : 'NOT met');
const GOAL_VERDICTS = {
  met: 'met',
  'not met': 'NOT met',
  undecided: 'undecided (the goal lies inside the interval: more rounds or a quieter machine decide)',
};
/** The name under which a run's results are kept beside latest.json (bench/.results/), from its date. */
export const runFileName = (report) => `run-${report.date.replace(/[:.]/g, '-')}.json`;

/** A goal ratio: its median, the interval that says how far to trust it, the rounds' range, and the verdict. */
export const goalLine = (ratio, goal) => {
  const { low, high, confidence } = ratio.interval;
  // Three decimals: near a goal, two would print an undecided 1.016–1.034 as "1.02–1.03".
  const interval = `${Math.round(confidence * 100)} % interval ${low.toFixed(3)}–${high.toFixed(3)}`;
  return `${ratio.wall.toFixed(3)} (${interval}; rounds ${fmtRatio(ratio.roundMin)}–${fmtRatio(ratio.roundMax)}, CPU ${fmtRatio(ratio.cpu)}): ${GOAL_VERDICTS[goalVerdict(ratio.interval, goal)]}`;
};

function markdownTable(header, rows) {
  const line = (cells) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map((_, index) => (index === 0 ? '---' : '---:'))), ...rows.map(line)].join('\n');
}

export function formatText(report) {
  const { machine, options, corpora, summaries, profile, linearity, typed, exceptions } = report;
  const out = [];
  const p = (text = '') => out.push(text);
  const configs = options.configs;
  const { real, meta } = summaries;

  p(`eslint-plugin-meta-privacy bench — ${report.date}`);
  p(`${machine.cpu}, ${machine.cores} cores, node ${machine.node}, ESLint ${machine.eslint}; load average ${machine.loadAverageAtStart.join(' ')} at start, ${machine.loadAverageAfterRatios.join(' ')} after the ratios, ${machine.loadAverageAtEnd.join(' ')} at end`);
  p(`${options.roundsRun} rounds${options.roundsRun > options.rounds ? ` (${options.rounds} asked; more because a goal was undecided)` : ''}; in each, every file is linted by every configuration back to back, in an order that rotates from file to file; ratios of the configurations' totals per round, median over the rounds, through the ESLint class (configs normalized once)${options.quick ? '; QUICK' : ''}`);
  p();
  const column = (id) => `${fmtInt(corpora[id].files)} ${corpora[id].label} (${fmtInt(corpora[id].lines)} lines)`;
  const rows = configs.map(({ id, label }) => [label, fmtRatio(real.ratios[id]?.wall), fmtRatio(meta.ratios[id]?.wall)]);
  if (real.pluginOverEmpty) rows.push(['meta-privacy rules ÷ one empty rule', fmtRatio(real.pluginOverEmpty.wall), fmtRatio(meta.pluginOverEmpty.wall)]);
  p(markdownTable(['configuration', column('real'), column('meta')], rows));
  p();
  const detail = (corpusId, summary) =>
    configs
      .map(({ id, short }) => {
        const ratio = summary.ratios[id];
        const range = id === 'parse' ? '' : `, rounds ${fmtRatio(ratio.roundMin)}–${fmtRatio(ratio.roundMax)}, CPU ${fmtRatio(ratio.cpu)}`;
        return `(${short}) ${fmtS(summary.times[id].wall.median)}${range}`;
      })
      .join('; ');
  p(`real: ${detail('real', real)}`);
  p(`meta: ${detail('meta', meta)}`);
  p();
  p('Goals (issue 16):');
  for (const goal of CORPUS_GOALS) {
    const ratio = summaries[goal.corpus].pluginOverEmpty;
    if (ratio) p(`  ${corpusGoalLine(goal, ratio)}`);
  }
  if (linearity) {
    for (const run of linearity) {
      const steps = run.steps.map((step) => `${fmtInt(step.from)}→${fmtInt(step.to)} lines ×${step.linesRatio.toFixed(1)}: plugin ×${step.pluginRatio.toFixed(1)}`).join(', ');
      p(`  linear (${run.flavour === 'ts' ? 'TypeScript' : 'JavaScript'}): ${steps}; ${run.rows.map((row) => `${row.pluginMsPer1kLines.toFixed(1)}`).join(' / ')} ms per 1k lines: ${verdict(run.steps.every((step) => step.linear))}`);
    }
  }
  if (typed) {
    const { ratios, corpus } = typed;
    p(`  typed linting adds ≤ ${GOALS.typed * 100} % over typescript-eslint's typed parse — reading types ${fmtPct(1 + ratios.readingTypes.cpu)} (CPU, cold CLI runs, ${fmtInt(corpus.lines)} lines; wall ${fmtPct(1 + ratios.readingTypes.wall)}): ${verdict(ratios.readingTypes.cpu <= GOALS.typed)}`);
    p(`    the plugin as a whole: typed ${fmtRatio(ratios.typedPlugin.cpu)} × the typed parse (warm ${fmtRatio(ratios.typedPluginWarm.cpu)}), untyped ${fmtRatio(ratios.untypedPlugin.cpu)} × the untyped parse (CPU, cold)`);
  }

  const reports = corpora.real.reports.plugin;
  if (reports?.plugin) {
    p();
    p(`plugin reports on node_modules (no Meta code there, so probably false positives): ${Object.entries(reports.byRule).map(([id, n]) => `${id} ${n}`).join(', ')}`);
    for (const sample of reports.samples) p(`  ${sample}`);
  }
  const metaReports = corpora.meta.reports.plugin;
  if (metaReports) p(`plugin reports on the Meta-heavy files: ${fmtInt(metaReports.plugin)} (${Object.entries(metaReports.byRule).map(([id, n]) => `${id.replace('meta-privacy/', '')} ${n}`).join(', ')})`);
  if (corpora.real.parseErrors.length) p(`${corpora.real.parseErrors.length} real files do not parse and were left out`);

  if (profile) {
    p();
    p(`Profile — ESLint stats of the plugin configuration (a rule's create() and listeners), fastest of ${profile.real.passes} passes per file and rule:`);
    for (const [id, part] of Object.entries(profile)) {
      p(`  ${id}: parse ${fmtS(part.parseMs)}, plugin rules ${fmtS(part.pluginMs)} (${((part.pluginMs / part.parseMs) * 100).toFixed(1)} % of parse)`);
      const rules = Object.entries(part.byRule).map(([rule, ms]) => `${rule.replace('meta-privacy/', '')} ${ms.toFixed(0)} ms`);
      p(`    ${rules.join(', ')}`);
      for (const file of part.slowest.slice(0, 5)) {
        p(`    ${file.file} (${fmtInt(file.bytes / 1000)} KB): parse ${file.parseMs.toFixed(1)} ms, plugin ${file.pluginMs.toFixed(1)} ms, most in ${file.topRule?.ruleId.replace('meta-privacy/', '') ?? '—'}`);
      }
    }
  }
  if (exceptions.length) {
    p();
    p(`FAILED: ${exceptions.length} rule exception(s):`);
    for (const exception of exceptions) p(`--- [${exception.configId}] ${exception.file}\n${exception.stack}`);
  }
  p();
  p(`bench time ${fmtInt(report.durationS)} s; full results in bench/.results/latest.json and ${runFileName(report)}`);
  return out.join('\n');
}
