// Runs `meta-privacy …` in-process (src/cli/main.ts) with captured output, for the inventory tests.
import { cpSync } from 'node:fs';
import path from 'node:path';
import { main } from '../../src/cli/main.js';
import type { Io } from '../../src/cli/main.js';
import type { InventoryReport } from '../../src/inventory/types.js';
import { projects, tempDir } from './helpers.js';

export interface Captured {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

export async function runMain(argv: readonly string[], options: { cwd: string; tty?: boolean; env?: Record<string, string> }): Promise<Captured> {
  let stdout = '';
  let stderr = '';
  const io: Io = {
    cwd: options.cwd,
    env: options.env ?? {},
    stdout: { isTTY: options.tty ?? false, write: (text: string) => (stdout += text) },
    stderr: { isTTY: false, write: (text: string) => (stderr += text) },
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** The JSON report of `meta-privacy inventory …args` in `cwd`. */
export async function jsonReport(cwd: string, ...args: string[]): Promise<{ report: InventoryReport; run: Captured }> {
  const run = await runMain(['inventory', ...args, '--format', 'json'], { cwd });
  return { report: JSON.parse(run.stdout) as InventoryReport, run };
}

/** A copy of a fixture project (tests/inventory/projects or tests/hosts/projects) in a temporary directory. */
export function projectCopy(from: string, name: string, temps: Array<() => void>): string {
  const temp = tempDir(name);
  temps.push(temp.remove);
  cpSync(path.isAbsolute(from) ? from : path.join(projects, from), temp.dir, { recursive: true });
  return temp.dir;
}
