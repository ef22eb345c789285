// Shared by the data-inventory tests: run the built `meta-privacy` bin, copy projects to a
// temporary directory (so no config above them is found), read reports. Needs `npm run build`.
import { execFile, execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const projects = path.join(root, 'tests/inventory/projects');
const BIN = path.join(root, 'bin/meta-privacy.js');

export interface CliRun {
  readonly code: number;
  readonly stdout: string;
  readonly stderr: string;
}

/** `node bin/meta-privacy.js …args` in `cwd`; resolves with the exit code whatever it is. */
export function runCli(args: readonly string[], cwd: string): Promise<CliRun> {
  return runNode([BIN, ...args], cwd);
}

/** `node …args` in `cwd`. */
export function runNode(args: readonly string[], cwd: string): Promise<CliRun> {
  return new Promise((resolve) => {
    execFile(process.execPath, [...args], { cwd, maxBuffer: 32 * 1024 * 1024 }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

/** A fresh temporary directory; `remove()` deletes it. */
export function tempDir(prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(path.join(os.tmpdir(), `meta-privacy-inventory-${prefix}-`));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/**
 * The example storefront's files as git tracks them (so work in progress elsewhere in a shared
 * checkout does not change the report), or every file when this is not a git checkout.
 */
function storefrontFiles(): string[] {
  try {
    const listed = execFileSync('git', ['ls-files', '-z', 'examples/storefront'], { cwd: root, encoding: 'utf8' }).split('\0').filter(Boolean);
    if (listed.length > 0) return listed;
  } catch {
    // not a git checkout
  }
  return (readdirSync(path.join(root, 'examples/storefront'), { recursive: true }) as string[])
    .map((file) => `examples/storefront/${file.split(path.sep).join('/')}`)
    .filter((file) => !file.includes('/node_modules/') && statSync(path.join(root, file)).isFile());
}

/**
 * A copy of examples/storefront at `<dir>/examples/storefront`, with the node_modules a user would
 * have (the plugin -> this repository, typescript-eslint), so its own eslint.config.js loads.
 */
export function copyExamples(dir: string): void {
  for (const file of storefrontFiles()) cpSync(path.join(root, file), path.join(dir, file), { recursive: true });
  const modules = path.join(dir, 'examples/storefront/node_modules');
  mkdirSync(modules, { recursive: true });
  symlinkSync(root, path.join(modules, 'eslint-plugin-meta-privacy'), 'dir');
  symlinkSync(path.join(root, 'node_modules/typescript-eslint'), path.join(modules, 'typescript-eslint'), 'dir');
}

/** The example's JS/TS files, as the report names them (`examples/storefront/…`). */
export function exampleFiles(): string[] {
  return storefrontFiles()
    .filter((file) => /\.(?:js|jsx|ts|tsx)$/.test(file))
    .sort();
}
