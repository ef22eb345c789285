// A typed eslint.config.ts accepts the plugin in every form ESLint and typescript-eslint offer:
// `defineConfig` from eslint/config, an array typed `Linter.Config[]`, `tseslint.config(...)`, the
// plugin registered by hand, and a CommonJS `.cts` config — checked by `tsc` against the types of
// ESLint 10 and of ESLint 9 (skipLibCheck, as most projects set it; the package's types are checked
// not to have collapsed into `any`).
// The package is installed as a copy (package.json + dist), so its `eslint` import resolves to the
// ESLint under test. Needs `npm run build`.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { name: string; dependencies: Record<string, string> };
const scratch = mkdtempSync(path.join(os.tmpdir(), 'meta-privacy-types-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const CONFIGS: Record<string, string> = {
  'define-config.ts': `import { defineConfig } from 'eslint/config';
import metaPrivacy from 'eslint-plugin-meta-privacy';

export default defineConfig([
  metaPrivacy.configs.recommended,
  metaPrivacy.configs['inline-scripts'],
  { files: ['**/*.vue'], extends: [metaPrivacy.configs.vue] },
]);
`,
  'linter-config.ts': `import type { Linter } from 'eslint';
import metaPrivacy from 'eslint-plugin-meta-privacy';

const config: Linter.Config[] = [
  metaPrivacy.configs.strict,
  metaPrivacy.configs.all,
  metaPrivacy.configs.html,
  { plugins: { 'meta-privacy': metaPrivacy }, rules: { 'meta-privacy/no-raw-pii': ['error', { requireHashedAdvancedMatching: true }] } },
];
export default config;
`,
  'tseslint-config.ts': `import tseslint from 'typescript-eslint';
import metaPrivacy from 'eslint-plugin-meta-privacy';

export default tseslint.config(...tseslint.configs.recommended, metaPrivacy.configs.recommended);
`,
  'plugin.ts': `import type { ESLint } from 'eslint';
import metaPrivacy, { configs, rules } from 'eslint-plugin-meta-privacy';

const plugin: ESLint.Plugin = metaPrivacy;
export const names: string[] = [plugin.meta?.name ?? '', configs.recommended.name ?? '', ...Object.keys(rules)];

// The package's types resolved (with skipLibCheck an unresolved import would turn them into \`any\`).
type IsAny<T> = 0 extends 1 & T ? true : false;
export const resolved: [IsAny<typeof metaPrivacy>, IsAny<typeof configs.recommended>, IsAny<typeof rules>] = [false, false, false];
`,
  'commonjs.cts': `import type { Linter } from 'eslint';
import metaPrivacy = require('eslint-plugin-meta-privacy');

const config: Linter.Config[] = [metaPrivacy.configs.recommended];
export = config;
`,
};

function project(eslint: string): string {
  const dir = path.join(scratch, eslint);
  const nodeModules = path.join(dir, 'node_modules');
  const link = (name: string, target = name) => {
    mkdirSync(path.dirname(path.join(nodeModules, name)), { recursive: true });
    symlinkSync(path.join(root, 'node_modules', target), path.join(nodeModules, name), 'dir');
  };
  const installed = path.join(nodeModules, pkg.name);
  mkdirSync(installed, { recursive: true });
  cpSync(path.join(root, 'package.json'), path.join(installed, 'package.json'));
  cpSync(path.join(root, 'dist'), path.join(installed, 'dist'), { recursive: true });
  for (const name of [...Object.keys(pkg.dependencies), 'typescript-eslint', '@types/node']) link(name);
  link('eslint', eslint);
  writeFileSync(path.join(dir, 'package.json'), '{ "private": true, "type": "module" }\n');
  writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({ compilerOptions: { strict: true, target: 'es2022', module: 'nodenext', moduleResolution: 'nodenext', noEmit: true, skipLibCheck: true, types: ['node'] }, files: Object.keys(CONFIGS) }),
  );
  for (const [file, text] of Object.entries(CONFIGS)) writeFileSync(path.join(dir, file), text);
  return dir;
}

describe.each([
  ['ESLint 10', 'eslint'],
  ['ESLint 9', 'eslint9'],
])('eslint.config.ts with the types of %s', (_label, eslint) => {
  it('type-checks in every form', async () => {
    const dir = project(eslint);
    const version = JSON.parse(readFileSync(path.join(dir, 'node_modules/eslint/package.json'), 'utf8')) as { version: string };
    expect(version.version.split('.')[0]).toBe(eslint === 'eslint' ? '10' : '9');
    const tsc = path.join(root, 'node_modules/typescript/bin/tsc');
    const outcome = await run(process.execPath, [tsc, '-p', dir], { cwd: dir }).then(
      () => '',
      (error: { stdout: string }) => error.stdout,
    );
    expect(outcome).toBe('');
  }, 180_000);
});
