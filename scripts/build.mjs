// Compiles src/ to dist/ (ESM + .d.ts) and adds the CommonJS entry used by `require()`.
// Builds into a fresh folder and swaps it in, so a build never leaves a half-written dist/ behind
// for a test or lint running at the same time.
import { execFileSync } from 'node:child_process';
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
const staging = `dist.build-${process.pid}`;
try {
  execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', staging], {
    stdio: 'inherit',
  });
  // Node 20.19+ can require() an ES module; this file hands CommonJS users the plugin object itself.
  writeFileSync(`${staging}/index.cjs`, "'use strict';\nmodule.exports = require('./index.js').default;\n");
  writeFileSync(`${staging}/index.d.cts`, "import plugin = require('./index.js');\nexport = plugin.default;\n");
  rmSync('dist', { recursive: true, force: true });
  renameSync(staging, 'dist');
} catch (error) {
  rmSync(staging, { recursive: true, force: true });
  throw error;
}
