// Lints the example storefront (examples/storefront), a small shop with mistakes planted on purpose,
// with the freshly built plugin; prints what it finds, a count per rule, then the data inventory of
// the same shop. `npm run demo` builds first. The demo shows findings; it is not a gate, so it exits
// 0 whatever it finds.
//
//   DEMO_FORMAT=json node scripts/demo.mjs   prints { results, counts } as JSON instead.
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import metaPrivacy from '../dist/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SHOP = 'examples/storefront';
const CONFIG = 'scripts/demo.config.mjs';
const patterns = [`${SHOP}/**/*.{js,jsx,ts,tsx}`];
/** How `meta-privacy inventory` shows the shop: the one place to switch to its summary view. */
const INVENTORY_VIEW = ['--format=table'];

const eslint = new ESLint({ cwd: root, overrideConfigFile: CONFIG });

const results = await eslint.lintFiles(patterns);
results.sort((a, b) => a.filePath.localeCompare(b.filePath));

/** @type {Map<string, number>} */
const counts = new Map();
for (const result of results) {
  for (const message of result.messages) {
    const key = message.ruleId ?? (message.fatal ? 'parse error' : 'other');
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
}
const sortedCounts = [...counts].sort(([a], [b]) => a.localeCompare(b));

if (process.env.DEMO_FORMAT === 'json') {
  const json = {
    plugin: { name: metaPrivacy.meta.name, version: metaPrivacy.meta.version },
    rules: Object.keys(metaPrivacy.configs.recommended.rules).sort(),
    results: results.map((result) => ({
      filePath: path.relative(root, result.filePath).split(path.sep).join('/'),
      messages: result.messages.map((m) => ({
        ruleId: m.ruleId,
        line: m.line,
        column: m.column,
        endLine: m.endLine,
        endColumn: m.endColumn,
        severity: m.severity,
        message: m.message,
        ...(m.fatal ? { fatal: true } : {}),
      })),
    })),
    counts: Object.fromEntries(sortedCounts),
  };
  process.stdout.write(`${JSON.stringify(json, null, 2)}\n`);
} else {
  const formatter = await eslint.loadFormatter('stylish');
  const output = await formatter.format(results);
  const enabled = Object.keys(metaPrivacy.configs.recommended.rules).length;
  console.log(
    `These are mistakes planted on purpose in ${SHOP}, an example shop, to show what each rule finds; the demo exits 0 on purpose (it is a showcase, not a gate).`,
  );
  console.log(`${metaPrivacy.meta.name} ${metaPrivacy.meta.version}: ${enabled} rules in configs.recommended`);
  console.log(`Linted ${results.length} files matching ${patterns.join(', ')}`);
  console.log(output || '\nNo findings.\n');
  for (const [ruleId, count] of sortedCounts) console.log(`${ruleId}: ${count}`);
  console.log(`\nThe data inventory of the same shop (meta-privacy inventory ${SHOP} ${INVENTORY_VIEW.join(' ')}):\n`);
  execFileSync(process.execPath, [path.join(root, 'bin/meta-privacy.js'), 'inventory', SHOP, '--config', CONFIG, ...INVENTORY_VIEW], { cwd: root, stdio: 'inherit' });
}
