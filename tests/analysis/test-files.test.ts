// The test-file globs' literal check (matchesTestFileGlob skips minimatch for paths without a glob's
// literal piece) never changes a verdict: every glob × path pair answers as minimatch alone does.
import { Minimatch } from 'minimatch';
import { describe, expect, it } from 'vitest';
import { matchesTestFileGlob } from '../../src/analysis/facts/environment.js';
import { TEST_FILE_PATTERNS } from '../../src/analysis/catalog/tokens.js';

const GLOBS = [
  ...TEST_FILE_PATTERNS,
  '*.e2e.{js,ts}',
  './src/**/*-*-*-test.js',
  '/e2e/**',
  'src/sandbox/**',
  '{cypress,playwright}/**',
  'src/[]t]est/**',
  'src/[!a]pp/*.js',
  '**/[abcdefgh]x/**',
  'lib/+(mock|stub)s/**',
  'lib/@(a|b)/c.js',
  'a\\*b/**',
  '!src/**',
  '**/?est/**',
  '**/*.{test,spec,cy}.{js,ts,jsx,tsx}',
  '#not-a-glob',
];

const PATHS = [
  'src/app.js',
  'src/app.test.js',
  'src/app.spec.tsx',
  'src/__tests__/app.js',
  'src/__mocks__/fs.js',
  'test/setup.js',
  'packages/web/tests/unit/cart.ts',
  'fixtures/order.json.js',
  'src/Button.stories.tsx',
  'checkout.e2e.ts',
  'cypress/e2e/checkout.cy.ts',
  'playwright/login.js',
  'src/a-b-c-test.js',
  'src/sandbox/capi.js',
  'e2e/login.js',
  'src/]est/x.js',
  'src/test/x.js',
  'src/tpp/x.js',
  'src/app/x.js',
  'src/ax/x.js',
  'lib/mocks/db.js',
  'lib/stubs/db.js',
  'lib/mockss/db.js',
  'lib/a/c.js',
  'lib/b/c.js',
  'a*b/x.js',
  'axb/x.js',
  'src/best/x.js',
  '.storybook/preview.stories.js',
  '#not-a-glob',
  'node_modules/pkg/test/index.js',
  'contest/entry.js',
];

/** ESLint's way of matching `files`, as the rule documents it: minimatch, dot files, bare names in any directory. */
function minimatchAlone(glob: string, file: string): boolean {
  return new Minimatch(glob.replace(/^\.?\//, ''), { dot: true, matchBase: !glob.includes('/') }).match(file);
}

describe('matchesTestFileGlob', () => {
  it.each(GLOBS)('answers as minimatch alone for %s', (glob) => {
    const expected = PATHS.map((file) => [file, minimatchAlone(glob, file)]);
    expect(PATHS.map((file) => [file, matchesTestFileGlob(glob, file)])).toEqual(expected);
  });

  it('the pairs above include matches and non-matches, so the comparison can fail either way', () => {
    const verdicts = GLOBS.flatMap((glob) => PATHS.map((file) => minimatchAlone(glob, file)));
    expect(verdicts.filter(Boolean).length).toBeGreaterThan(30);
    expect(verdicts.filter((verdict) => !verdict).length).toBeGreaterThan(300);
  });

  it('matches the defaults where users expect them', () => {
    const matched = (file: string) => TEST_FILE_PATTERNS.some((glob) => matchesTestFileGlob(glob, file));
    expect(['src/cart.test.ts', 'src/__tests__/cart.ts', 'test/cart.js', 'src/Cart.stories.jsx', 'fixtures/capi.js'].map(matched)).toEqual([true, true, true, true, true]);
    expect(['src/cart.ts', 'src/contest/entry.js', 'src/testing-library.js', 'src/latest.js'].map(matched)).toEqual([false, false, false, false]);
  });
});
