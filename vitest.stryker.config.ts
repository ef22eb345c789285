import { defineConfig } from 'vitest/config';
import base from './vitest.config.js';

// The tests StrykerJS runs against each mutant (`npm run mutate`): the ones that load `src/` in-process.
// End-to-end, inventory, host and most robustness tests spawn ESLint or the CLI on the built `dist/`,
// which a mutant of `src/` does not change, so they could never kill one and only slow every run. The
// robustness tests of single `src/util` modules load them in-process and are the only tests of some
// (`create-rule`'s traversal helpers), so they are in: they run only for mutants of those modules.
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: [
      'tests/analysis/**/*.test.ts',
      'tests/catalog/**/*.test.ts',
      'tests/rules/**/*.test.ts',
      'tests/meta/docs.test.ts',
      ...['bounded-map', 'create-rule', 'file-memo', 'node-at'].map((module) => `tests/robustness/${module}.test.ts`),
    ],
    reporters: ['default'],
    // Each mutant run reuses the modules already loaded: mutants are switched on at run time, not by
    // reloading (static mutants are ignored), and it is faster on two cores.
    isolate: false,
  },
});
