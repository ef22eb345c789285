// Mutation testing with StrykerJS: `npm run mutate` (see the README's Testing section and
// docs/testing/mutation.md). Not part of `npm test`: it runs the tests once per mutant.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: 'vitest',
  vitest: { configFile: 'vitest.stryker.config.ts', related: true },
  // Narrow it from the command line: `npm run mutate -- --mutate 'src/analysis/catalog/**'`.
  mutate: ['src/analysis/**/*.ts', 'src/rules/**/*.ts'],
  coverageAnalysis: 'perTest',
  // Tables evaluated at import (the catalog's data) are "static" mutants: each needs a reload and every
  // test of every file that imports it, and with this runner they were never applied (all survived,
  // even ones the tests verifiably kill; docs/testing/mutation.md), so they are skipped.
  ignoreStatic: true,
  // Two cores shared with other work.
  concurrency: 2,
  timeoutMS: 60_000,
  // Results are kept and only changed code and tests are run again (`--force` runs everything).
  incremental: true,
  incrementalFile: 'reports/stryker-incremental.json',
  reporters: ['clear-text', 'progress', 'html', 'json'],
  htmlReporter: { fileName: 'reports/mutation/mutation.html' },
  jsonReporter: { fileName: 'reports/mutation/mutation.json' },
  clearTextReporter: { allowColor: false, logTests: false, reportScoreTable: true },
  thresholds: { high: 85, low: 75, break: null },
  tempDirName: '.stryker-tmp',
  cleanTempDir: 'always',
};
