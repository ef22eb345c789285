// The built package loads the way users load it: `import`, `require()`, plain CommonJS in a fresh
// Node process, and by its bare name through package.json `exports`. Needs `npm run build`.
import { execFile } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import esmPlugin from '../../dist/index.js';

const run = promisify(execFile);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  exports: Record<string, unknown>;
};
const require = createRequire(import.meta.url);
const CONFIG_NAMES = ['recommended', 'strict', 'all'] as const;
/** Configs that turn on one of the plugin's processors: for JS/TS hosts, and with the rules for markup. */
const PROCESSOR_CONFIGS: Readonly<Record<string, string>> = {
  'inline-scripts': 'meta-privacy/inline-scripts',
  html: 'meta-privacy/image-pixels',
  vue: 'meta-privacy/image-pixels',
};
const ALL_CONFIGS = ['recommended', 'strict', 'all', 'inline-scripts', 'html', 'vue'];

interface PluginLike {
  meta: { name: string; version: string; namespace: string };
  rules: Record<string, unknown>;
  processors: Record<string, unknown>;
  configs: Record<string, { name: string; files?: string[]; languageOptions?: object; plugins: Record<string, unknown>; rules?: Record<string, unknown> }>;
}

function expectPluginShape(plugin: PluginLike): void {
  expect(plugin.meta).toEqual({ name: pkg.name, version: pkg.version, namespace: 'meta-privacy' });
  expect(Object.keys(plugin.configs).sort()).toEqual([...ALL_CONFIGS].sort());
  for (const [configName, processor] of Object.entries(PROCESSOR_CONFIGS)) {
    expect(plugin.configs[configName]).toMatchObject({ name: `meta-privacy/${configName}`, processor });
    expect(plugin.configs[configName]!.plugins['meta-privacy']).toBe(plugin);
    expect(plugin.processors).toHaveProperty([processor.slice('meta-privacy/'.length)]);
  }
  for (const configName of CONFIG_NAMES) {
    const config = plugin.configs[configName]!;
    expect(Object.keys(config).sort()).toEqual(['files', 'languageOptions', 'name', 'plugins', 'rules']);
    expect(config.name).toBe(`meta-privacy/${configName}`);
    expect(config.plugins['meta-privacy']).toBe(plugin);
    for (const ruleId of Object.keys(config.rules!)) {
      expect(ruleId.startsWith('meta-privacy/')).toBe(true);
      expect(plugin.rules).toHaveProperty([ruleId.slice('meta-privacy/'.length)]);
    }
  }
  expect(Object.keys(plugin.configs.all!.rules!).sort()).toEqual(
    Object.keys(plugin.rules).map((id) => `meta-privacy/${id}`).sort(),
  );
}

describe('the built package', () => {
  it('has every file its package.json `exports` points at', () => {
    const targets = JSON.stringify(pkg.exports).match(/"\.\/[^"]+"/g) ?? [];
    expect(targets.length).toBeGreaterThan(0);
    for (const target of targets) expect(existsSync(path.join(root, JSON.parse(target) as string)), target).toBe(true);
  });

  it('loads with `import` (ESM default export)', () => {
    expectPluginShape(esmPlugin as unknown as PluginLike);
  });

  it('loads with `require()` of dist/index.cjs and gives the same rule ids as `import`', () => {
    const cjsPlugin = require('../../dist/index.cjs') as PluginLike;
    expectPluginShape(cjsPlugin);
    expect(Object.keys(cjsPlugin.rules).sort()).toEqual(Object.keys(esmPlugin.rules).sort());
  });

  it('loads in a plain CommonJS Node process', async () => {
    const cjsEntry = path.join(root, 'dist/index.cjs');
    const script = `const p = require(${JSON.stringify(cjsEntry)});
process.stdout.write(JSON.stringify({ meta: p.meta, rules: Object.keys(p.rules), configs: Object.values(p.configs).map((c) => c.name) }));`;
    const { stdout, stderr } = await run(process.execPath, ['-e', script], { cwd: os.tmpdir() });
    expect(stderr).not.toMatch(/Error/);
    const loaded = JSON.parse(stdout) as { meta: unknown; rules: string[]; configs: string[] };
    expect(loaded.meta).toEqual({ name: pkg.name, version: pkg.version, namespace: 'meta-privacy' });
    expect(loaded.configs).toEqual(ALL_CONFIGS.map((name) => `meta-privacy/${name}`));
    expect(loaded.rules.sort()).toEqual(Object.keys(esmPlugin.rules).sort());
  });
});

describe('the package by its bare name (node_modules/eslint-plugin-meta-privacy -> repository)', () => {
  let dir = '';

  beforeAll(() => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'meta-privacy-e2e-'));
    mkdirSync(path.join(dir, 'node_modules'));
    symlinkSync(root, path.join(dir, 'node_modules', pkg.name), 'dir');
    writeFileSync(path.join(dir, 'package.json'), '{ "private": true, "type": "module" }\n');
  });

  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  it('resolves `require` to dist/index.cjs and `import` to dist/index.js', async () => {
    const requireFromDir = createRequire(path.join(dir, 'index.js'));
    expect(requireFromDir.resolve(pkg.name)).toBe(path.join(root, 'dist/index.cjs'));
    expect(requireFromDir.resolve(`${pkg.name}/package.json`)).toBe(path.join(root, 'package.json'));
    expect(() => requireFromDir.resolve(`${pkg.name}/dist/index.js`)).toThrow(/not defined by "exports"/);

    const script = `import { createRequire } from 'node:module';
import plugin from ${JSON.stringify(pkg.name)};
const require = createRequire(import.meta.url);
const required = require(${JSON.stringify(pkg.name)});
process.stdout.write(JSON.stringify({
  resolved: import.meta.resolve(${JSON.stringify(pkg.name)}),
  meta: plugin.meta,
  esmRules: Object.keys(plugin.rules),
  cjsRules: Object.keys(required.rules),
  same: plugin === required,
}));`;
    writeFileSync(path.join(dir, 'check.mjs'), script);
    const { stdout } = await run(process.execPath, ['check.mjs'], { cwd: dir });
    const loaded = JSON.parse(stdout) as {
      resolved: string;
      meta: unknown;
      esmRules: string[];
      cjsRules: string[];
      same: boolean;
    };
    expect(fileURLToPath(loaded.resolved)).toBe(path.join(root, 'dist/index.js'));
    expect(loaded.meta).toEqual({ name: pkg.name, version: pkg.version, namespace: 'meta-privacy' });
    expect(loaded.cjsRules.sort()).toEqual(loaded.esmRules.sort());
    expect(loaded.esmRules.sort()).toEqual(Object.keys(esmPlugin.rules).sort());
    // require() of the CommonJS entry hands back the very same object as import: no dual-package hazard.
    expect(loaded.same).toBe(true);
  });

  it('works from a CommonJS file that requires the bare name', async () => {
    writeFileSync(
      path.join(dir, 'check.cjs'),
      `const plugin = require(${JSON.stringify(pkg.name)});
process.stdout.write(JSON.stringify({ meta: plugin.meta, configs: Object.keys(plugin.configs) }));`,
    );
    const { stdout } = await run(process.execPath, ['check.cjs'], { cwd: dir });
    expect(JSON.parse(stdout)).toEqual({
      meta: { name: pkg.name, version: pkg.version, namespace: 'meta-privacy' },
      configs: ALL_CONFIGS,
    });
  });
});
