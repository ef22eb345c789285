import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Projects run by tests (tests/ci: a vitest run that must fail) are not part of this run.
    exclude: [...configDefaults.exclude, 'tests/ci/fixtures/**'],
    setupFiles: ['tests/setup.ts'],
    // A guard against hangs, not a speed check: tests that spawn a typed ESLint run need more than
    // 30 s when the machine is shared and loaded (seen: typed inventory runs timing out in CI).
    testTimeout: 60_000,
    // In CI, the JSON (with unhandled errors) that scripts/ci-summary.mjs turns into the last line.
    reporters: process.env.CI ? ['default', './scripts/ci-json-reporter.mjs'] : ['default'],
    outputFile: { json: 'test-results.json' },
  },
});
