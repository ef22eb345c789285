// Takes a private copy of dist/ before benchmarking, because other people rebuild dist/ (which
// deletes it first) while a bench run may still be starting child processes. The copy lives in a
// temp directory (so no linter or test runner of the project ever sees it) next to a symlink to the
// project's node_modules, so bare imports resolve as they do from dist/, and gets the package.json
// next to it because dist/index.js reads `../package.json`.
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

export async function snapshotPlugin(cwd, { attempts = 12, waitMs = 10_000, log = () => {} } = {}) {
  const dist = path.join(cwd, 'dist');
  let lastError;
  for (let attempt = 1; attempt <= attempts; attempt++) {
    // A new directory per attempt: a failed import() of a URL is cached by Node.
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), `meta-privacy-bench-plugin-${attempt}-`));
    try {
      fs.symlinkSync(path.join(cwd, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
      fs.cpSync(dist, path.join(dir, 'dist'), { recursive: true });
      fs.copyFileSync(path.join(cwd, 'package.json'), path.join(dir, 'package.json'));
      const entry = path.join(dir, 'dist', 'index.js');
      const plugin = await loadPlugin(entry);
      return { entry, dir, plugin };
    } catch (err) {
      lastError = err;
      fs.rmSync(dir, { recursive: true, force: true });
      log(`dist/ not usable yet (attempt ${attempt}/${attempts}: ${String(err?.message ?? err).split('\n')[0]}); retrying in ${waitMs / 1000}s`);
      await sleep(waitMs);
    }
  }
  throw new Error(`could not load the plugin from ${dist}: ${lastError?.stack ?? lastError}`);
}

/** A short hash of every file of a built `dist/` (paths and contents): runs of one build share it (bench/pool.mjs checks). */
export function buildFingerprint(distDir) {
  const hash = createHash('sha256');
  const files = fs.readdirSync(distDir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile());
  const paths = files.map((entry) => path.relative(distDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/')).sort();
  for (const rel of paths) hash.update(`${rel}\0`).update(fs.readFileSync(path.join(distDir, rel))).update('\0');
  return hash.digest('hex').slice(0, 12);
}

export function removeSnapshot(dir) {
  fs.rmSync(dir, { recursive: true, force: true });
}

/** The plugin object a built entry exports. */
export async function loadPlugin(pluginPath) {
  const mod = await import(pathToFileURL(pluginPath).href);
  const plugin = mod.default;
  if (!plugin || typeof plugin !== 'object' || !plugin.rules || !plugin.configs?.recommended) {
    throw new Error(`${pluginPath} does not default-export { rules, configs: { recommended } }`);
  }
  return plugin;
}
