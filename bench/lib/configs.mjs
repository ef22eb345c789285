// The configurations compared, each an `ESLint` instance whose config is normalized once, as the ESLint
// CLI does (`overrideConfigFile: true` + `overrideConfig`: the instance builds and normalizes the config
// array at its first lint and caches each file's computed config). Files are linted from memory with
// `lintText(text, { filePath })` under a virtual path whose first folder names their parser options.
import path from 'node:path';
import { ESLint } from 'eslint';
import * as tsParser from '@typescript-eslint/parser';
import * as espree from 'espree';
import globals from 'globals';

export const PLUGIN_PREFIX = 'meta-privacy/';

export const CONFIGS = [
  { id: 'parse', short: 'a', label: 'parse only (no rule)' },
  { id: 'empty', short: 'e', label: 'one rule with an empty `Program` listener' },
  { id: 'plugin', short: 'p', label: 'meta-privacy rules (`configs.recommended`, default options)' },
  // Optional (--configs a,e,p,s): the rules with the options `configs.all` sets — not its parser or files.
  { id: 'all', short: 's', label: 'meta-privacy rules with `configs.all` options' },
];

/** The cost floor of any plugin: one rule that listens to `Program` and does nothing. */
const emptyRulePlugin = {
  meta: { name: 'bench-empty-rule' },
  rules: { empty: { meta: { type: 'problem', schema: [] }, create: () => ({ Program() {} }) } },
};

const GLOBALS = { ...globals.browser, ...globals.node };
const JSX = { ecmaFeatures: { jsx: true } };

/** Parser options by kind; a file's kind is the first folder of its virtual path (`__bench__/<kind>/…`). */
export const LANGUAGE_OPTIONS = {
  esm: { ecmaVersion: 'latest', sourceType: 'module', parser: espree, globals: GLOBALS },
  cjs: { ecmaVersion: 'latest', sourceType: 'commonjs', parser: espree, globals: GLOBALS },
  jsx: { ecmaVersion: 'latest', sourceType: 'module', parser: espree, globals: GLOBALS, parserOptions: JSX },
  ts: { ecmaVersion: 'latest', sourceType: 'module', parser: tsParser, globals: GLOBALS },
  tsx: { ecmaVersion: 'latest', sourceType: 'module', parser: tsParser, globals: GLOBALS, parserOptions: JSX },
};
const EXTENSIONS = ['js', 'jsx', 'mjs', 'cjs', 'ts', 'tsx', 'mts', 'cts'];

/** Where a file of `kind` is linted from: ESLint ignores `node_modules`, and the folder picks the parser. */
export function virtualPath(cwd, kind, relative) {
  return path.join(cwd, '__bench__', kind, ...relative.split('/').map((segment) => (segment === 'node_modules' ? 'nm' : segment)));
}

/** The rules of one configuration (an empty list for parse only). */
function ruleConfigs(configId, plugin) {
  switch (configId) {
    case 'parse':
      return [];
    case 'empty':
      return [{ name: 'bench/empty', plugins: { bench: emptyRulePlugin }, rules: { 'bench/empty': 'error' } }];
    case 'plugin':
      return [{ name: 'bench/meta-privacy', plugins: { 'meta-privacy': plugin }, rules: plugin.configs.recommended.rules }];
    case 'all':
      return [{ name: 'bench/meta-privacy-all', plugins: { 'meta-privacy': plugin }, rules: plugin.configs.all.rules }];
    default:
      throw new Error(`unknown configuration ${configId}`);
  }
}

/** The flat config of one configuration: parser options per kind folder, then its rules for every file. */
export function configArray(configId, plugin) {
  return [
    ...Object.entries(LANGUAGE_OPTIONS).map(([kind, languageOptions]) => ({
      name: `bench/${kind}`,
      files: EXTENSIONS.map((extension) => `__bench__/${kind}/**/*.${extension}`),
      languageOptions,
      // node_modules files carry their authors' `/* eslint … */` comments; honouring them would switch
      // rules on in the parse-only configuration and report unknown rules everywhere.
      linterOptions: { noInlineConfig: true, reportUnusedDisableDirectives: 'off', reportUnusedInlineConfigs: 'off' },
    })),
    ...ruleConfigs(configId, plugin),
  ];
}

/** One `ESLint` instance per configuration. `stats: true` adds ESLint's per-rule times to each result. */
export function createESLint(configId, plugin, cwd, { stats = false } = {}) {
  return new ESLint({ cwd, overrideConfigFile: true, overrideConfig: configArray(configId, plugin), stats, warnIgnored: true });
}

/** The rule ids of a configuration that belong to the plugin. */
export function pluginRuleIds(configId, plugin) {
  return ruleConfigs(configId, plugin).flatMap((config) => Object.keys(config.rules).filter((id) => id.startsWith(PLUGIN_PREFIX)));
}
