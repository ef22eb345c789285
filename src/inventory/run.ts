import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { ESLint, Linter } from 'eslint';
import metaPrivacy from '../index.js';
import { NAMESPACE } from '../configs.js';
import { COLLECT_RULE_ID, InventoryCollector } from './collect.js';
import { gitignorePatterns } from './gitignore.js';
import { buildReport } from './report.js';
import type { InventoryReport } from './types.js';

type ESLintClass = typeof ESLint;
type Options = ESLint.Options;

export interface InventoryOptions {
  /** The working directory: ESLint's `cwd`, and what report paths are relative to. */
  readonly cwd: string;
  /** Files, directories and globs to lint (relative to `cwd`). */
  readonly patterns: readonly string[];
  /** A flat config file to use instead of looking one up. */
  readonly configFile?: string;
  /** Called after each file is linted, with the count so far. */
  readonly onProgress?: (files: number) => void;
  /** Called with remarks for the user (no config found, no rule enabled). */
  readonly onNotice?: (message: string) => void;
}

const TS_FILES = '**/*.{ts,tsx,mts,cts}';
const JS_FILES = '**/*.{js,mjs,cjs,jsx}';

/** A lint run that collected sites, and which config it used. */
interface CollectingRun {
  readonly eslint: ESLint;
  readonly results: ESLint.LintResult[];
  readonly collector: InventoryCollector;
  readonly config: string;
}

/** What differs between the two kinds of run: which rules run, what is ignored, whether an unmatched path is an error. */
interface RunSettings {
  readonly keep: (ruleId: string) => boolean;
  readonly ignorePatterns: string[];
  readonly errorOnUnmatchedPattern: boolean;
}

/**
 * Lints the paths with the project's ESLint (resolved from `cwd`) and its config (or a built-in one
 * when none is found), running only the meta-privacy rules and the collecting rule, and builds the
 * inventory. Files are never written: no fixes, no cache.
 */
export async function runInventory(options: InventoryOptions): Promise<InventoryReport> {
  const ESLintClass = await loadEslint(options.cwd);
  const run = await lintCollecting(ESLintClass, options, {
    keep: (ruleId) => ruleId === COLLECT_RULE_ID || ruleId.startsWith(`${NAMESPACE}/`),
    ignorePatterns: gitignorePatterns(options.cwd, options.patterns),
    errorOnUnmatchedPattern: true,
  });
  return finish(ESLintClass, run, run.results, options);
}

/**
 * The inventory of files already linted by ESLint (for the formatter): sites are collected in a
 * second, collect-only run over the same files; findings come from the given results.
 */
export async function inventoryOfResults(results: readonly ESLint.LintResult[], cwd: string): Promise<InventoryReport> {
  const ESLintClass = await loadEslint(cwd);
  const patterns = results.filter((result) => !result.messages.some((message) => message.fatal)).map((result) => result.filePath);
  const options: InventoryOptions = { cwd, patterns };
  const run = await lintCollecting(ESLintClass, options, { keep: (ruleId) => ruleId === COLLECT_RULE_ID, ignorePatterns: [], errorOnUnmatchedPattern: false });
  return finish(ESLintClass, run, results, options);
}

/** One run with the project's config; when there is none (and no `--config`), one with the built-in config. */
async function lintCollecting(ESLintClass: ESLintClass, options: InventoryOptions, settings: RunSettings): Promise<CollectingRun> {
  const attempt = async (builtIn: boolean): Promise<CollectingRun> => {
    const collector = new InventoryCollector(options.onProgress);
    const eslint = createEslint(ESLintClass, {
      ...baseOptions(options, collector, settings),
      ...(builtIn ? await defaultConfigOptions(options, collector) : {}),
    });
    const results = options.patterns.length > 0 ? await eslint.lintFiles([...options.patterns]) : [];
    return { eslint, results, collector, config: builtIn ? 'default' : configLabel(options) };
  };
  try {
    return await attempt(false);
  } catch (error) {
    if (options.configFile || !isMissingConfig(error)) throw error;
    options.onNotice?.('No ESLint config found: using the built-in one (meta-privacy recommended rules, TypeScript parser when installed).');
    return attempt(true);
  }
}

async function finish(ESLintClass: ESLintClass, run: CollectingRun, results: readonly ESLint.LintResult[], options: InventoryOptions): Promise<InventoryReport> {
  const rules = await enabledRules(run.eslint, [...run.collector.files.keys()]);
  if (run.collector.files.size > 0 && rules.length === 0) {
    options.onNotice?.(`The ESLint config enables no ${NAMESPACE} rule for the files with data flows, so the report has no findings. Add metaPrivacy.configs.recommended to it.`);
  }
  const tool = { name: metaPrivacy.meta.name, version: metaPrivacy.meta.version };
  return buildReport({ cwd: options.cwd, results, collector: run.collector, tool, eslint: { version: ESLintClass.version, config: run.config }, rules });
}

function configLabel(options: InventoryOptions): string {
  return options.configFile ? path.relative(options.cwd, path.resolve(options.cwd, options.configFile)).split(path.sep).join('/') : 'project';
}

function baseOptions(options: InventoryOptions, collector: InventoryCollector, settings: RunSettings): Options {
  return {
    cwd: options.cwd,
    overrideConfigFile: options.configFile,
    overrideConfig: [collector.config()],
    ignorePatterns: settings.ignorePatterns,
    ruleFilter: ({ ruleId }) => settings.keep(ruleId),
    errorOnUnmatchedPattern: settings.errorOnUnmatchedPattern,
    fix: false,
    cache: false,
  };
}

/** No config file anywhere: the plugin's recommended rules, JSX on, TypeScript through @typescript-eslint/parser when it can be found. */
async function defaultConfigOptions(options: InventoryOptions, collector: InventoryCollector): Promise<Options> {
  const parser = await loadTypeScriptParser(options.cwd);
  if (!parser) options.onNotice?.('@typescript-eslint/parser is not installed: TypeScript files are skipped.');
  const config: Linter.Config[] = [
    { files: [JS_FILES, ...(parser ? [TS_FILES] : [])], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
    ...(parser ? [{ files: [TS_FILES], languageOptions: { parser } }] : []),
    metaPrivacy.configs.recommended as Linter.Config,
    collector.config(),
  ];
  return { overrideConfigFile: true, overrideConfig: config };
}

/** ESLint as the project has it (resolved from `cwd`), else the one this package resolves. */
async function loadEslint(cwd: string): Promise<ESLintClass> {
  const resolved = resolveFrom(cwd, 'eslint');
  const api = (resolved ? await import(pathToFileURL(resolved).href) : await import('eslint')) as {
    loadESLint?: (options: { useFlatConfig: boolean }) => Promise<ESLintClass>;
    ESLint: ESLintClass;
  };
  return api.loadESLint ? api.loadESLint({ useFlatConfig: true }) : api.ESLint;
}

async function loadTypeScriptParser(cwd: string): Promise<Linter.Parser | undefined> {
  const resolved = resolveFrom(cwd, '@typescript-eslint/parser') ?? resolveFrom(fileURLToPath(new URL('.', import.meta.url)), '@typescript-eslint/parser');
  if (!resolved) return undefined;
  const parser = (await import(pathToFileURL(resolved).href)) as { default?: Linter.Parser } & Linter.Parser;
  return parser.default ?? parser;
}

function resolveFrom(directory: string, request: string): string | undefined {
  try {
    return createRequire(path.join(directory, 'noop.js')).resolve(request);
  } catch {
    return undefined;
  }
}

/** `ruleFilter` needs a recent ESLint 9: without it, every configured rule runs (slower, same report). */
function createEslint(ESLintClass: ESLintClass, options: Options): ESLint {
  try {
    return new ESLintClass(options);
  } catch (error) {
    if (!(error instanceof Error) || !error.message.includes('ruleFilter')) throw error;
    const withoutFilter = { ...options };
    delete withoutFilter.ruleFilter;
    return new ESLintClass(withoutFilter);
  }
}

/** The meta-privacy rules the config turns on for any of the files. */
async function enabledRules(eslint: ESLint, files: readonly string[]): Promise<string[]> {
  const enabled = new Set<string>();
  for (const file of files) {
    const config = (await eslint.calculateConfigForFile(file)) as Linter.Config | undefined;
    for (const [ruleId, entry] of Object.entries(config?.rules ?? {})) {
      if (ruleId.startsWith(`${NAMESPACE}/`) && severityOf(entry) > 0) enabled.add(ruleId);
    }
  }
  return [...enabled].sort();
}

function severityOf(entry: Linter.RuleEntry | undefined): number {
  const level = Array.isArray(entry) ? entry[0] : entry;
  if (typeof level === 'number') return level;
  return level === 'error' ? 2 : level === 'warn' ? 1 : 0;
}

function isMissingConfig(error: unknown): boolean {
  return (error as { messageTemplate?: string } | null)?.messageTemplate === 'config-file-missing';
}
