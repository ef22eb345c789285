// Compiles src/ to dist/ (ESM + .d.ts) and adds the CommonJS entry used by `require()`.
import { execFileSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
rmSync('dist', { recursive: true, force: true });
execFileSync(process.execPath, [require.resolve('typescript/bin/tsc'), '-p', 'tsconfig.build.json'], {
  stdio: 'inherit',
});
// Node 20.19+ can require() an ES module; this file hands CommonJS users the plugin object itself.
writeFileSync('dist/index.cjs', "'use strict';\nmodule.exports = require('./index.js').default;\n");
writeFileSync(
  'dist/index.d.cts',
  "import plugin = require('./index.js');\nexport = plugin.default;\n",
);
