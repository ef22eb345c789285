// The real-code corpus of the robustness checks: every .js/.mjs/.cjs/.ts file of the installed
// packages, each linted with every rule on, through espree and through the TypeScript parser.
import fs from 'node:fs';
import path from 'node:path';
import { describeException, lintAllRules } from './all-rules.mjs';

const CODE_FILE = /\.(?:[cm]?js|ts)$/;
const SKIPPED_DIRECTORIES = new Set(['.bin', '.cache', '.vite']);

/** Every code file under `root` (symbolic links not followed), sorted, as absolute paths. */
export function listCodeFiles(root) {
  const files = [];
  const walk = (directory) => {
    for (const entry of fs.readdirSync(directory, { withFileTypes: true })) {
      const full = path.join(directory, entry.name);
      if (entry.isDirectory() && !SKIPPED_DIRECTORIES.has(entry.name)) walk(full);
      else if (entry.isFile() && CODE_FILE.test(entry.name)) files.push(full);
    }
  };
  walk(root);
  return files.sort();
}

/** `count` files spread evenly over the sorted list: deterministic, every package represented. */
export function evenSample(files, count) {
  if (count >= files.length) return [...files];
  return Array.from({ length: count }, (_, index) => files[Math.floor((index * files.length) / count)]);
}

/** A deterministic sample of the installed packages' code files up to `maxBytes` each. */
export function packageSample(projectRoot, count, maxBytes) {
  const files = listCodeFiles(path.join(projectRoot, 'node_modules')).filter((file) => fs.statSync(file).size <= maxBytes);
  return evenSample(files, count);
}

/**
 * The parser runs of one file: a family of kinds per parser, tried in order until one parses
 * (a `.js` file may be an ES module, CommonJS or a sloppy-mode script).
 */
export function parserRunsFor(file) {
  if (file.endsWith('.ts')) return [{ parser: 'typescript', kinds: ['ts'] }];
  const espree = file.endsWith('.mjs') ? ['esm'] : file.endsWith('.cjs') ? ['cjs', 'script'] : ['esm', 'cjs', 'script'];
  return [
    { parser: 'espree', kinds: espree },
    { parser: 'typescript', kinds: ['ts-js'] },
  ];
}

/**
 * Lints one file's text with every rule, once per parser. Returns one outcome per parser:
 * `{ parser, kind, status: 'ok' | 'parse-error' | 'exception', rule?, message?, stack? }`.
 */
export function checkText(linter, plugin, text, file) {
  return parserRunsFor(file).map(({ parser, kinds }) => {
    let last;
    for (const kind of kinds) {
      last = { parser, kind, ...lintAllRules(linter, plugin, text, kind) };
      if (last.status !== 'parse-error') break;
    }
    const { status, kind, error } = last;
    if (status === 'exception') return { parser, kind, status, ...describeException(error) };
    if (status === 'parse-error') return { parser, kind, status, message: `${error.line}:${error.column} ${error.message}` };
    return { parser, kind, status };
  });
}

/** Totals of a list of outcomes: runs, parse errors, exceptions (with their file). */
export function summarize(results) {
  const summary = { files: results.length, runs: 0, ok: 0, parseErrors: 0, exceptions: [] };
  for (const { file, outcomes } of results) {
    for (const outcome of outcomes) {
      summary.runs++;
      if (outcome.status === 'ok') summary.ok++;
      else if (outcome.status === 'parse-error') summary.parseErrors++;
      else summary.exceptions.push({ file, ...outcome });
    }
  }
  return summary;
}
