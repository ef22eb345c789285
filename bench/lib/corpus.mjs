// The real-code corpus: JavaScript / TypeScript files of the packages installed in node_modules, and
// the example storefront's files (Meta code written as users write it).
//
// Selection is deterministic for a given node_modules: every candidate path is collected, the list is
// sorted, files over 1 MB and minified files are dropped, the largest files are kept if asked for, and
// the remaining slots are filled by taking evenly spaced files from the sorted list (so every package
// contributes, not just the alphabetically first ones).
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { virtualPath } from './configs.mjs';

export const MAX_BYTES = 1_000_000;
export const LARGE_BYTES = 200_000;
const CODE_FILE = /\.(?:[cm]?js|ts)$/;
const DECLARATION_FILE = /\.d\.[cm]?ts$/;
const MINIFIED_NAME = /[.-]min\.[cm]?js$/;
/** A line this long counts as "very long"; a file with more than 20 % of its text on such lines is minified. */
const LONG_LINE = 500;
const LONG_LINE_SHARE = 0.2;

/** @returns {string[]} candidate files under `root`, absolute, sorted by relative path. */
function collectCandidates(root, codeFile) {
  const out = [];
  const walk = (dir) => {
    let entries;
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const entry of entries) {
      const p = path.join(dir, entry.name);
      if (entry.isDirectory()) {
        if (entry.name === '.bin' || entry.name === '.cache' || entry.name === '.vite') continue;
        walk(p);
      } else if (entry.isFile() && codeFile.test(entry.name) && !DECLARATION_FILE.test(entry.name)) {
        out.push(p);
      }
    }
  };
  walk(root);
  return out.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}

/** True when the text looks minified (many bytes on very long lines) — such files say nothing about real-world lint speed. */
export function looksMinified(file, text) {
  if (MINIFIED_NAME.test(file)) return true;
  let longBytes = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (end - start > LONG_LINE) longBytes += end - start;
    start = end + 1;
  }
  return longBytes / Math.max(1, text.length) > LONG_LINE_SHARE;
}

/** `module` or `commonjs` for a .js file: the `type` of the nearest package.json, as Node would decide. */
function makeSourceTypeOf(root) {
  const cache = new Map();
  const typeOfDir = (dir) => {
    if (cache.has(dir)) return cache.get(dir);
    let type;
    const pkg = path.join(dir, 'package.json');
    if (fs.existsSync(pkg)) {
      try {
        type = JSON.parse(fs.readFileSync(pkg, 'utf8')).type === 'module' ? 'module' : 'commonjs';
      } catch {
        type = 'commonjs';
      }
    } else if (dir === root || path.dirname(dir) === dir) {
      type = 'commonjs';
    } else {
      type = typeOfDir(path.dirname(dir));
    }
    cache.set(dir, type);
    return type;
  };
  return (file) => typeOfDir(path.dirname(file));
}

/** The kind decides the parser and sourceType: `ts` (@typescript-eslint/parser), `esm` / `cjs` (espree). */
function kindOf(file, sourceTypeOf) {
  if (file.endsWith('.ts')) return 'ts';
  if (file.endsWith('.mjs')) return 'esm';
  if (file.endsWith('.cjs')) return 'cjs';
  return sourceTypeOf(file) === 'module' ? 'esm' : 'cjs';
}

/**
 * The real-code corpus.
 * @param {{ cwd: string, target: number, largeCap: number, smallCap?: number, codeFile?: RegExp }} options
 *   target = number of files wanted (all eligible files when it is larger); largeCap = how many
 *   > 200 KB files to keep (distinct packages, smallest first); smallCap = the evenly spaced rest is taken
 *   from files up to this size (default: no limit) — keeps the default bench inside its time budget;
 *   codeFile = the file names wanted (default `.js .mjs .cjs .ts`).
 */
export function selectRealCorpus({ cwd, target, largeCap, smallCap = LARGE_BYTES, codeFile = CODE_FILE }) {
  const root = path.join(cwd, 'node_modules');
  const candidates = collectCandidates(root, codeFile);
  const sourceTypeOf = makeSourceTypeOf(root);
  const skipped = { tooLarge: 0, minified: 0 };
  const eligible = [];
  for (const abs of candidates) {
    const size = fs.statSync(abs).size;
    if (size > MAX_BYTES) {
      skipped.tooLarge++;
      continue;
    }
    const text = fs.readFileSync(abs, 'utf8');
    if (looksMinified(abs, text)) {
      skipped.minified++;
      continue;
    }
    eligible.push({ abs, size });
  }
  const allLarge = eligible.filter((f) => f.size > LARGE_BYTES);
  // Large files: at most one per package and per bundle name (node_modules holds several copies of
  // acorn), smallest first (so that a new 900 KB bundle in node_modules does not change the run time),
  // then the remaining ones if more are wanted.
  const seen = new Set();
  const distinct = [];
  const others = [];
  for (const f of [...allLarge].sort((x, y) => x.size - y.size || (x.abs < y.abs ? -1 : 1))) {
    const rel = path.relative(root, f.abs).split(path.sep);
    const pkg = rel[0].startsWith('@') ? `${rel[0]}/${rel[1]}` : rel[0];
    const stem = path.basename(f.abs).split('.')[0];
    if (seen.has(`p:${pkg}`) || seen.has(`s:${stem}`)) others.push(f);
    else {
      seen.add(`p:${pkg}`).add(`s:${stem}`);
      distinct.push(f);
    }
  }
  const large = [...distinct, ...others].slice(0, largeCap);
  const rest = eligible.filter((f) => f.size <= Math.min(smallCap, LARGE_BYTES));
  const want = Math.max(0, Math.min(rest.length, target - large.length));
  const picked = [];
  for (let k = 0; k < want; k++) picked.push(rest[Math.floor((k * rest.length) / want)]);
  const selected = [...large, ...picked].sort((a, b) => (a.abs < b.abs ? -1 : 1));
  const files = selected.map(({ abs, size }) => {
    const rel = `node_modules/${path.relative(root, abs).split(path.sep).join('/')}`;
    const kind = kindOf(abs, sourceTypeOf);
    return { abs, rel, virtual: virtualPath(cwd, kind, rel), kind, size, large: size > LARGE_BYTES };
  });
  const fingerprint = createHash('sha256')
    .update(files.map((f) => `${f.rel}:${f.size}`).join('\n'))
    .digest('hex')
    .slice(0, 12);
  return {
    files,
    candidates: candidates.length,
    eligible: eligible.length,
    largeEligible: allLarge.length,
    mediumSkipped: eligible.filter((f) => f.size > smallCap && f.size <= LARGE_BYTES).length,
    skipped,
    fingerprint,
  };
}

const EXAMPLE_KINDS = { '.js': 'jsx', '.jsx': 'jsx', '.ts': 'ts', '.tsx': 'tsx' };

/** The source files of the example storefront (pixel, CAPI and SDK code as a shop writes it), sorted. */
export function exampleFiles(cwd) {
  const root = path.join(cwd, 'examples', 'storefront');
  return collectCandidates(root, /\.(?:jsx?|tsx?)$/)
    .filter((abs) => path.basename(abs) !== 'eslint.config.js')
    .map((abs) => {
      const rel = path.relative(cwd, abs).split(path.sep).join('/');
      const kind = EXAMPLE_KINDS[path.extname(abs)];
      return { abs, rel, virtual: virtualPath(cwd, kind, rel), kind, size: fs.statSync(abs).size, large: false };
    });
}
