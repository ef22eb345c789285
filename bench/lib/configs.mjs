// The four lint configurations and the per-kind language options (parser, sourceType, globals).
import { createRequire } from 'node:module';
import path from 'node:path';
import js from '@eslint/js';
import * as tsParser from '@typescript-eslint/parser';
import * as espree from 'espree';
import globals from 'globals';

export const CONFIGS = [
  { id: 'parse', label: '(a) parse only', short: 'a' },
  // Optional (--configs a,t,c…): one rule that does nothing — ESLint's fixed cost of running any rule
  // (AST traversal, code-path analysis), so (c) − (t) is what the plugin's rules themselves cost.
  { id: 'traversal', label: '(t) one empty rule', short: 't' },
  { id: 'recommended', label: '(b) eslint:recommended', short: 'b' },
  { id: 'plugin', label: '(c) meta-privacy all', short: 'c' },
  { id: 'both', label: '(d) recommended + all', short: 'd' },
];

const emptyRulePlugin = {
  meta: { name: 'bench-empty-rule' },
  rules: { empty: { meta: { type: 'problem', schema: [] }, create: () => ({}) } },
};

const GLOBALS = { ...globals.browser, ...globals.node };

const languageOptions = {
  esm: { ecmaVersion: 'latest', sourceType: 'module', parser: espree, globals: GLOBALS },
  cjs: { ecmaVersion: 'latest', sourceType: 'commonjs', parser: espree, globals: GLOBALS },
  ts: { ecmaVersion: 'latest', sourceType: 'module', parser: tsParser, globals: GLOBALS },
};

/**
 * Flat config arrays for one configuration, one per file kind. The first object matches every file
 * kind explicitly (`.ts` is not matched by default), the rule objects apply to every matched file.
 * Inline `eslint` comments are ignored and unused-directive reports are off, so that (a) really only parses.
 */
export function buildConfigArrays(configId, plugin) {
  const ruleConfigs = [];
  if (configId === 'recommended' || configId === 'both') ruleConfigs.push(js.configs.recommended);
  if (configId === 'plugin' || configId === 'both') ruleConfigs.push(plugin.configs.all);
  if (configId === 'traversal') ruleConfigs.push({ plugins: { bench: emptyRulePlugin }, rules: { 'bench/empty': 'error' } });
  const arrays = {};
  for (const [kind, options] of Object.entries(languageOptions)) {
    arrays[kind] = [
      {
        name: `bench/${kind}`,
        files: ['**/*.js', '**/*.mjs', '**/*.cjs', '**/*.ts'],
        languageOptions: options,
        // node_modules files carry their authors' `/* eslint … */` comments; honouring them would switch
        // rules on in (a) and report unknown rules everywhere.
        linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off', reportUnusedInlineConfigs: 'off' },
      },
      ...ruleConfigs,
    ];
  }
  return arrays;
}

export function pluginRuleIds(plugin) {
  return Object.keys(plugin.configs?.all?.rules ?? {});
}

/**
 * Normalizes each config array once, as the ESLint CLI does (its FlatConfigArray is built once per run
 * and caches the config of each file). `Linter#verify()` given a plain array re-normalizes it on every
 * call — with the ~1,100 browser + Node globals that alone costs ~3 ms per file here, three times the
 * parse time of a typical small file, and would swamp what this bench is about. FlatConfigArray is
 * not a public API, so it is loaded by file path; if that ever fails, the plain arrays are used and
 * the report says so.
 */
export function normalizeConfigArrays(arrays, cwd) {
  let FlatConfigArray;
  try {
    const require = createRequire(import.meta.url);
    const eslintDir = path.dirname(require.resolve('eslint/package.json'));
    ({ FlatConfigArray } = require(path.join(eslintDir, 'lib', 'config', 'flat-config-array.js')));
  } catch {
    return { arrays, normalized: false };
  }
  const out = {};
  for (const [kind, array] of Object.entries(arrays)) {
    const configArray = new FlatConfigArray(array, { basePath: cwd });
    configArray.normalizeSync();
    out[kind] = configArray;
  }
  return { arrays: out, normalized: true };
}
