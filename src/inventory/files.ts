import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import type { ESLint } from 'eslint';

/** Directories ESLint never lints into. */
const SKIPPED = new Set(['node_modules', '.git']);
const GLOB = /[*?[\]{}()!]/;

/**
 * How many files a run will lint, for the progress line: the files under the given files and
 * directories that the config lints and does not ignore. Undefined when a glob is among the
 * paths (ESLint expands those itself).
 */
export async function countFiles(eslint: ESLint, cwd: string, patterns: readonly string[]): Promise<number | undefined> {
  const files = filesOf(cwd, patterns);
  if (!files) return undefined;
  let total = 0;
  for (const file of files) if ((await eslint.calculateConfigForFile(file)) !== undefined) total++;
  return total;
}

/** Every file under the given files and directories (absolute paths), or undefined when a glob is among them. */
export function filesOf(cwd: string, patterns: readonly string[]): readonly string[] | undefined {
  if (patterns.some((pattern) => GLOB.test(pattern))) return undefined;
  return [...new Set(patterns.flatMap((pattern) => filesUnder(path.resolve(cwd, pattern))))];
}

function filesUnder(start: string): string[] {
  const found: string[] = [];
  const pending = [start];
  while (pending.length > 0) {
    const current = pending.pop()!;
    let stats;
    try {
      stats = statSync(current);
    } catch {
      continue;
    }
    if (stats.isFile()) {
      found.push(current);
      continue;
    }
    if (!stats.isDirectory()) continue;
    for (const entry of readdirSync(current, { withFileTypes: true })) {
      if (entry.isDirectory() && SKIPPED.has(entry.name)) continue;
      pending.push(path.join(current, entry.name));
    }
  }
  return found;
}
