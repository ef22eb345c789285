// Lints the example storefront (examples/storefront) with the freshly built plugin and prints what
// it finds, then a count per rule. `npm run demo` builds first. The demo shows findings; it is not a
// gate, so it exits 0 whatever it finds.
//
//   DEMO_FORMAT=json node scripts/demo.mjs   prints { results, counts } as JSON instead.
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import metaPrivacy from '../dist/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const patterns = ['examples/storefront/**/*.{js,jsx,ts,tsx}'];

// Same as examples/storefront/eslint.config.js, but with the plugin taken from dist/ so the demo does
// not depend on the package resolving itself by name.
const eslint = new ESLint({
  cwd: root,
  overrideConfigFile: true,
  overrideConfig: [
    { files: ['**/*.{ts,tsx}'], languageOptions: { parser: tseslint.parser } },
    metaPrivacy.configs.recommended,
    // examples/storefront/src/app/eslint.config.js: inline <Script> text is checked there too.
    { ...metaPrivacy.configs['inline-scripts'], files: ['examples/storefront/src/app/**/*.{js,jsx,ts,tsx}'] },
  ],
});

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
  console.log(`${metaPrivacy.meta.name} ${metaPrivacy.meta.version}: ${enabled} rules in configs.recommended`);
  console.log(`Linted ${results.length} files matching ${patterns.join(', ')}`);
  console.log(output || '\nNo findings.\n');
  for (const [ruleId, count] of sortedCounts) console.log(`${ruleId}: ${count}`);
}
