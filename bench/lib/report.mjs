// Human-readable rendering of a bench report (the object also written to bench/.results/latest.json).

export const fmtInt = (n) => Math.round(n).toLocaleString('en-US');
export const fmtMs = (ms) => (Math.abs(ms) >= 100 ? fmtInt(ms) : Math.abs(ms) >= 10 ? ms.toFixed(1) : ms.toFixed(2));
export const fmtS = (ms) => (ms / 1000).toFixed(2);
export const fmtMB = (bytes) => `${(bytes / 1e6).toFixed(2)} MB`;
export const fmtPct = (ratio) => (ratio === null || ratio === undefined ? 'n/a' : `${ratio >= 0 ? '+' : ''}${(ratio * 100).toFixed(1)}%`);
const fmtRSS = (kb) => `${fmtInt(kb / 1024)} MB`;

export function table(header, rows, align) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) =>
    cells
      .map((c, i) => (align[i] === 'r' ? String(c).padStart(widths[i]) : String(c).padEnd(widths[i])))
      .join('  ')
      .trimEnd();
  return [line(header), widths.map((w) => '-'.repeat(w)).join('  '), ...rows.map(line)].join('\n');
}

export function formatText(report) {
  const { machine, plugin, options, corpus, results, summary, linearity, profile, exceptions } = report;
  const out = [];
  const p = (s = '') => out.push(s);
  const real = corpus.real;
  const configs = report.configs.filter((c) => results[c.id]);

  p(`eslint-plugin-meta-privacy benchmark — ${report.date}`);
  p(`machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memoryGB} GB, ${machine.platform}; load average at start ${machine.loadAverage.join(' ')}, at end ${machine.loadAverageAtEnd?.join(' ') ?? '?'}`);
  p(`node ${machine.node}, eslint ${machine.eslint}, espree ${machine.espree}, @typescript-eslint/parser ${machine.typescriptEslintParser}, @eslint/js ${machine.eslintJs}`);
  p(`plugin ${plugin.name} ${plugin.version}: ${plugin.rules.length} rule(s) in configs.all${plugin.rules.length ? ` — ${plugin.rules.map((r) => r.replace('meta-privacy/', '')).join(', ')}` : ' (so (c) = parse only)'}`);
  const busiest = Math.max(machine.loadAverage[0], machine.loadAverageAtEnd?.[0] ?? 0);
  if (busiest > machine.cores * 0.75) {
    p(`WARNING: the machine was busy (load average up to ${busiest} on ${machine.cores} cores): wall times are inflated and noisy — compare CPU time and best-vs-best`);
  }
  if (!options.configsNormalized) p('WARNING: configs re-normalized on every verify() (FlatConfigArray not loadable): per-file times inflated, ratios compressed');
  p(`runs: ${options.runs} per configuration, interleaved round by round, median reported; ${options.isolate ? 'each configuration and corpus in its own process' : 'all in one process (peak RSS cumulative)'}${options.quick ? '; QUICK' : ''}`);
  p();

  const sk = real.skipped;
  const kinds = Object.entries(real.kinds).map(([k, n]) => `${fmtInt(n)} ${k}`).join(', ');
  p(`Corpus 1 — real code from node_modules: ${fmtInt(real.files)} files (${kinds}), ${fmtMB(real.bytes)}`);
  p(`  ${real.largeFiles.length} of ${real.largeEligible} files > 200 KB (${real.largeFiles.map((f) => `${f.file.replace(/^node_modules\//, '')} ${fmtInt(f.bytes / 1000)} KB`).join(', ')})`);
  p(`  + evenly spaced files <= ${options.smallCapKB} KB; skipped: ${sk.tooLarge} > 1 MB, ${sk.minified} minified, ${sk.parseErrors} parse errors; ${fmtInt(real.eligible)} eligible; fingerprint ${real.fingerprint}`);
  p();
  const baseline = results.parse?.real;
  const rows = configs.map((c) => {
    const r = results[c.id];
    const t = r.real.median;
    return [
      c.label,
      r.rules,
      fmtS(t),
      `${fmtS(r.real.min)}–${fmtS(r.real.max)}`,
      fmtS(r.real.cpuMedian),
      fmtInt(r.real.files / (t / 1000)),
      (t / r.real.files).toFixed(2),
      baseline ? (c.id === 'parse' ? '—' : fmtPct(t / baseline.median - 1)) : 'n/a',
      fmtRSS(r.real.maxRSSKB),
      fmtInt(r.real.tally.total),
      fmtInt(r.real.tally.plugin),
      r.exceptions.length ? `FAIL (${r.exceptions.length} rule exception${r.exceptions.length > 1 ? 's' : ''})` : 'ok',
    ];
  });
  p(
    table(
      ['configuration', 'rules', 'median s', 'min–max s', 'CPU s', 'files/s', 'ms/file', 'vs (a)', 'peak RSS', 'problems', 'plugin', 'status'],
      rows,
      ['l', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'r', 'l'],
    ),
  );
  p();
  if (summary.pluginOverParse !== null) {
    p(`plugin adds ${fmtPct(summary.pluginOverParse)} over parse-only ((c) vs (a): ${fmtMs(summary.pluginAddsMs)} ms for ${fmtInt(real.files)} files = ${(summary.pluginAddsMs / real.files).toFixed(3)} ms/file; best run vs best run ${fmtPct(summary.pluginOverParseMin)}, CPU time ${fmtPct(summary.pluginOverParseCpu)})`);
  }
  if (summary.bothOverRecommended !== null) {
    p(`plugin adds ${fmtPct(summary.bothOverRecommended)} on top of eslint:recommended ((d) vs (b): ${fmtMs(summary.pluginAddsToRecommendedMs)} ms; best vs best ${fmtPct(summary.bothOverRecommendedMin)}, CPU time ${fmtPct(summary.bothOverRecommendedCpu)})`);
  }
  if (summary.recommendedOverParse !== null) p(`for scale: eslint:recommended adds ${fmtPct(summary.recommendedOverParse)} over parse-only`);
  if (summary.traversalOverParse !== null) {
    p(`ESLint's traversal + code-path analysis alone ((t) vs (a)): ${fmtPct(summary.traversalOverParse)}; the plugin's rules on top of it ((c) vs (t)): ${fmtPct(summary.pluginOverTraversal)} (CPU time ${fmtPct(summary.pluginOverTraversalCpu)})`);
  } else if (summary.pluginOverParse !== null) {
    p('note: (c) − (a) also holds the AST traversal ESLint does as soon as any rule is on (small; --configs a,t,c measures it); (d) vs (b) is what turning the plugin on costs a project that already lints');
  }
  const pluginTally = results.plugin?.real.tally ?? results.both?.real.tally;
  if (pluginTally?.plugin) {
    p();
    p(`plugin reports on real code (node_modules has no Meta code, so these are probably false positives): ${Object.entries(pluginTally.byRule).map(([k, v]) => `${k} ${v}`).join(', ')}`);
    for (const s of pluginTally.samples.slice(0, 10)) p(`  ${s}`);
  }

  const genConfigs = configs.filter((c) => results[c.id].generated);
  if (genConfigs.length) {
    const genOf = (configId, id) => results[configId].generated.items.find((g) => g.id === id);
    const items = results[genConfigs[0].id].generated.items;
    const hasPair = results.plugin?.generated && results.parse?.generated;
    p();
    p(`Corpus 2 — sink-heavy generated files, linted in ${genConfigs.map((c) => `(${c.short})`).join(' ')}: ms per file, best of ${options.runs} runs (median in latest.json; one measurement = ${Object.entries(options.genReps).map(([s, n]) => `${n}× the ${fmtInt(s)}-line file`).join(', ')})`);
    const header = ['file', 'lines', 'size', ...genConfigs.map((c) => `(${c.short}) ms`)];
    if (hasPair) header.push('plugin ms (c−a)', '(c) vs (a)', 'ms per 1k lines (c−a)');
    if (results.plugin?.generated) header.push('plugin reports');
    const rows2 = items.map((g) => {
      const row = [g.id, fmtInt(g.lines), fmtMB(g.bytes), ...genConfigs.map((c) => fmtMs(genOf(c.id, g.id).min))];
      if (hasPair) {
        const d = genOf('plugin', g.id).min - genOf('parse', g.id).min;
        row.push(fmtMs(d), fmtPct(genOf('plugin', g.id).min / genOf('parse', g.id).min - 1), fmtMs(d / (g.lines / 1000)));
      }
      if (results.plugin?.generated) row.push(fmtInt(genOf('plugin', g.id).tally.plugin));
      return row;
    });
    p(table(header, rows2, header.map((_, i) => (i === 0 ? 'l' : 'r'))));
    p(`peak RSS (dominated by the largest file): ${genConfigs.map((c) => `(${c.short}) ${fmtRSS(results[c.id].generated.maxRSSKB)}`).join(', ')}`);
    for (const [flavour, steps] of Object.entries(linearity)) {
      if (!steps.length) continue;
      const parts = steps.map((s) => {
        const bits = [`lines ×${s.linesRatio.toFixed(1)}`];
        if (s.pluginConfigRatio !== undefined) bits.push(`(c) time ×${s.pluginConfigRatio.toFixed(1)}`);
        if (s.pluginOnlyRatio !== undefined) bits.push(`plugin-only (c−a) ×${s.pluginOnlyRatio === null ? 'n/a' : s.pluginOnlyRatio.toFixed(1)}`);
        if (s.parseRatio !== undefined) bits.push(`parse ×${s.parseRatio.toFixed(1)}`);
        return `${fmtInt(s.from)}→${fmtInt(s.to)}: ${bits.join(', ')}`;
      });
      p(`linearity ${flavour}: ${parts.join('; ')}`);
    }
  }

  if (profile) {
    p();
    const totalParse = profile.real.parseTotalMs + (profile.generated?.parseTotalMs ?? 0);
    const totalPlugin = profile.real.pluginTotalMs + (profile.generated?.pluginTotalMs ?? 0);
    p(`Profile — config (c) with ESLint stats, fastest of ${profile.real.passes} passes per file and rule: parse ${fmtS(totalParse)} s, plugin rules ${fmtS(totalPlugin)} s over both corpora`);
    p(`  real code: parse ${fmtS(profile.real.parseTotalMs)} s, plugin ${fmtS(profile.real.pluginTotalMs)} s (${fmtPct(profile.real.pluginTotalMs / profile.real.parseTotalMs)} of parse)`);
    const ruleRows = Object.entries(profile.byRule).map(([id, ms]) => [id, fmtMs(ms), fmtMs(profile.real.byRule[id] ?? 0), fmtMs(profile.generated?.byRule[id] ?? 0)]);
    if (ruleRows.length) p(table(['rule', 'total ms', 'real ms', 'generated ms'], ruleRows, ['l', 'r', 'r', 'r']));
    const fileRows = (list) =>
      list.map((f) => [
        f.file,
        `${fmtInt(f.bytes / 1000)} KB`,
        fmtMs(f.parseMs),
        fmtMs(f.pluginMs),
        f.parseMs ? `${(f.pluginMs / f.parseMs).toFixed(2)}×` : '—',
        f.topRule ? `${f.topRule.ruleId.replace('meta-privacy/', '')} ${fmtMs(f.topRule.ms)}` : '',
      ]);
    const fileHeader = ['file', 'size', 'parse ms', 'plugin ms', 'plugin/parse', 'slowest rule (ms)'];
    const align = ['l', 'r', 'r', 'r', 'r', 'l'];
    p();
    p('10 slowest files for the plugin, both corpora:');
    p(table(fileHeader, fileRows(profile.slowest), align));
    p();
    p('10 slowest real files for the plugin:');
    p(table(fileHeader, fileRows(profile.real.slowest), align));
  }

  if (real.parseFailures.length) {
    p();
    const list = real.parseFailures.slice(0, 10).map((f) => `${f.file.replace(/^node_modules\//, '')} (${f.message})`);
    p(`parse errors (skipped for every configuration): ${list.join('; ')}${real.parseFailures.length > 10 ? ` … and ${real.parseFailures.length - 10} more` : ''}`);
  }
  if (exceptions.length) {
    p();
    p(`FAILED: ${exceptions.length} rule exception(s) — a rule threw:`);
    for (const e of exceptions) {
      p(`--- [${e.configId}] ${e.file} — rule ${e.ruleId ?? '?'}`);
      p(e.stack);
    }
  }
  p();
  p(`total bench time ${fmtInt(report.durationS)} s${profile ? ` (of which --profile ${fmtInt(profile.durationS)} s)` : ''}; full results in bench/.results/latest.json`);
  return out.join('\n');
}
