import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { convertIgnorePatternToMinimatch } from '@eslint/config-helpers';

/** How many directories the search for nested .gitignore files looks at before it stops. */
const MAX_DIRECTORIES = 20_000;
/** Directories never searched: ESLint ignores them anyway. */
const SKIPPED = new Set(['node_modules', '.git']);
const GLOB_CHARS = /[*?[\]{}()!]/;

/**
 * ESLint ignore patterns (relative to `cwd`) for the .gitignore files of `cwd` and of every
 * directory below it that the linted paths reach, so ESLint's own ignore handling skips what git
 * ignores, converted by ESLint's own helper: a pattern without a slash (or with one only at its end)
 * matches at any depth below its .gitignore; others are anchored to it.
 * .gitignore files above `cwd` are not read.
 */
export function gitignorePatterns(cwd: string, patterns: readonly string[]): string[] {
  return gitignoreFiles(cwd, patterns).flatMap((file) => {
    const directory = path.relative(cwd, path.dirname(file)).split(path.sep).join('/');
    return readFileSync(file, 'utf8')
      .split(/\r?\n/)
      .flatMap((line) => {
        const pattern = toEslintPattern(line, directory);
        return pattern === undefined ? [] : [pattern];
      });
  });
}

/**
 * One .gitignore line as an ESLint ignore pattern, or undefined for blank lines and comments:
 * ESLint's own conversion (`convertIgnorePatternToMinimatch` of @eslint/config-helpers, what
 * `includeIgnoreFile` applies), anchored to the directory of the .gitignore it comes from.
 */
export function toEslintPattern(line: string, directory: string): string | undefined {
  const trimmed = line.trim();
  if (trimmed === '' || trimmed.startsWith('#')) return undefined;
  const pattern = convertIgnorePatternToMinimatch(trimmed);
  const negated = pattern.startsWith('!');
  const body = negated ? pattern.slice(1) : pattern;
  if (body === '' || body === '/') return undefined;
  const anchored = body === '/**' || body === '**/' ? '**' : body;
  return `${negated ? '!' : ''}${directory === '' ? '' : `${directory}/`}${anchored}`;
}

/**
 * The .gitignore files that apply to the linted paths: those of `cwd` and of the directories between it
 * and each path, and those below each path (breadth first, bounded, skipping directories ignored by name).
 */
function gitignoreFiles(cwd: string, patterns: readonly string[]): string[] {
  const roots = [...new Set(patterns.map((pattern) => searchRoot(cwd, pattern)).filter((dir): dir is string => dir !== undefined))];
  const found = new Set(roots.flatMap((root) => ancestorsWithin(cwd, root)).filter(hasGitignore).map((dir) => path.join(dir, '.gitignore')));
  const ignoredNames = new Set([...found].flatMap(plainNames));
  const queue = [...roots];
  const seen = new Set(queue);
  for (let visited = 0; queue.length > 0 && visited < MAX_DIRECTORIES; visited++) {
    const directory = queue.shift()!;
    const entries = readEntries(directory);
    if (entries.some((entry) => entry.name === '.gitignore' && entry.isFile())) {
      const file = path.join(directory, '.gitignore');
      found.add(file);
      for (const name of plainNames(file)) ignoredNames.add(name);
    }
    for (const entry of entries) {
      const child = path.join(directory, entry.name);
      if (!entry.isDirectory() || SKIPPED.has(entry.name) || ignoredNames.has(entry.name) || seen.has(child)) continue;
      seen.add(child);
      queue.push(child);
    }
  }
  return [...found].sort();
}

/** `cwd` and the directories below it down to (not including) `directory`. */
function ancestorsWithin(cwd: string, directory: string): string[] {
  const steps = path.relative(cwd, directory).split(path.sep).filter(Boolean);
  return steps.map((_, index) => path.join(cwd, ...steps.slice(0, index)));
}

function hasGitignore(directory: string): boolean {
  return existsSync(path.join(directory, '.gitignore'));
}

/** The directory a path or glob starts from, when it is inside `cwd`. */
function searchRoot(cwd: string, pattern: string): string | undefined {
  const segments = pattern.split(/[\\/]/);
  const globAt = segments.findIndex((segment) => GLOB_CHARS.test(segment));
  let directory = path.resolve(cwd, (globAt === -1 ? segments : segments.slice(0, globAt)).join('/'));
  if (existsSync(directory) && !statSync(directory).isDirectory()) directory = path.dirname(directory);
  const relative = path.relative(cwd, directory);
  return existsSync(directory) && !relative.startsWith('..') && !path.isAbsolute(relative) ? directory : undefined;
}

/** Plain directory names a .gitignore ignores everywhere (`dist`, `build/`): not worth searching below. */
function plainNames(file: string): string[] {
  return readFileSync(file, 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim().replace(/\/$/, ''))
    .filter((line) => line !== '' && !line.includes('/') && !GLOB_CHARS.test(line) && !line.startsWith('#'));
}

function readEntries(directory: string) {
  try {
    return readdirSync(directory, { withFileTypes: true });
  } catch {
    return [];
  }
}
