// .gitignore lines as ESLint ignore patterns: converted by ESLint's own helper
// (@eslint/config-helpers' convertIgnorePatternToMinimatch) and anchored to the directory of the
// .gitignore, judged by what ESLint then ignores.
import path from 'node:path';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { toEslintPattern } from '../../src/inventory/gitignore.js';

const cwd = path.resolve('/project');

/** Whether ESLint ignores `file` (relative to /project) with the pattern as its only ignore pattern. */
function ignores(pattern: string, file: string): Promise<boolean> {
  return new ESLint({ cwd, overrideConfigFile: true, ignorePatterns: [pattern] }).isPathIgnored(path.join(cwd, file));
}

describe('.gitignore lines as ESLint ignore patterns', () => {
  it.each([
    ['dist', '', '**/dist'],
    ['build/', '', '**/build/'],
    ['/coverage', '', 'coverage'],
    ['src/generated/*.js', '', 'src/generated/*.js'],
    ['generated/', 'packages/web', 'packages/web/**/generated/'],
    ['/out', 'packages/web', 'packages/web/out'],
    ['!keep.js', 'packages', '!packages/**/keep.js'],
    ['logs/**', '', 'logs/**/*'],
    ['**', 'vendor', 'vendor/**'],
    ['a{b}(c).js', '', '**/a\\{b}\\(c).js'],
    ['\\#notes', '', '**/\\#notes'],
    ['  dist  ', '', '**/dist'],
    ['# a comment', '', undefined],
    ['   ', '', undefined],
  ])('%j in %j → %j', (line, directory, expected) => {
    expect(toEslintPattern(line, directory)).toBe(expected);
  });

  it.each([
    ['dist', '', 'packages/web/dist/app.js', true],
    ['/coverage', '', 'packages/coverage/x.js', false],
    ['/out', 'packages/web', 'packages/web/out/x.js', true],
    ['/out', 'packages/web', 'out/x.js', false],
    ['generated/', 'packages/web', 'packages/web/src/generated/x.js', true],
    ['generated/', 'packages/web', 'packages/api/generated/x.js', false],
    ['a{b}(c).js', '', 'src/a{b}(c).js', true],
    ['a{b}(c).js', '', 'src/ab.js', false],
    ['\\#notes', '', 'docs/#notes', true],
  ])('%j in %j: ESLint ignores %j → %j', async (line, directory, file, expected) => {
    expect(await ignores(toEslintPattern(line, directory)!, file)).toBe(expected);
  });
});
