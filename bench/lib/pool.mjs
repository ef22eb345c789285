// Which bench runs may be pooled into one verdict (bench/pool.mjs): runs of one build, on the same
// corpora, with the same configurations; a run written before the build was recorded cannot be checked.

/** What must be equal for rounds to be pooled. */
function samenessOf(report) {
  return {
    build: report.plugin?.build,
    realCorpus: report.corpora?.real?.fingerprint,
    metaFiles: report.options?.metaFiles,
    configs: report.options?.configs?.map((config) => config.id).join(','),
  };
}

/** Why `runs` ({ file, report }) cannot be pooled, or undefined when they can. */
export function poolingProblem(runs) {
  const first = samenessOf(runs[0].report);
  for (const { file, report } of runs) {
    for (const [key, value] of Object.entries(samenessOf(report))) {
      if (value === undefined) return `${file} has no ${key} (written by an older bench/run.mjs), so it cannot be checked for pooling`;
      if (value !== first[key]) return `${file} differs from ${runs[0].file} in ${key} (${value} vs ${first[key]}): only runs of one build on the same corpora can be pooled`;
    }
  }
  return undefined;
}

/** The configuration ids, build and corpus the runs share (after poolingProblem found none). */
export function sharedSetup(runs) {
  const { report } = runs[0];
  const { build, realCorpus, metaFiles } = samenessOf(report);
  return { build, realCorpus, metaFiles, ids: report.options.configs.map((config) => config.id) };
}

/** Every round of every run on one corpus, in run order. */
export function pooledRounds(runs, corpus) {
  return runs.flatMap(({ report }) => report.rounds[corpus]);
}
