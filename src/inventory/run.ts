import { randomUUID } from 'node:crypto';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { BroadcastChannel } from 'node:worker_threads';
import type { ESLint, Linter } from 'eslint';
import metaPrivacy from '../index.js';
import { NAMESPACE } from '../configs.js';
import type { RunParams } from './eslint-options.js';
import { eslintOptions, hasTypeScriptParser, optionsModuleUrl, resolveFrom } from './eslint-options.js';
import { countFiles, filesOf } from './files.js';
import { unlintedFileTypes } from '../configs.js';
import { gitignorePatterns } from './gitignore.js';
import type { ReceivedFile } from './received.js';
import { receivedOf } from './received.js';
import { buildReport, count } from './report.js';
import type { InventoryReport } from './types.js';

type ESLintClass = typeof ESLint & { fromOptionsModule?: (url: URL) => Promise<ESLint> };

/** Hears how a run advances: the number of files to lint (when it can be known), then each file linted. */
export interface ProgressListener {
  start(total: number | undefined): void;
  update(done: number): void;
}

export interface InventoryOptions {
  /** The working directory: ESLint's `cwd`, and what report paths are relative to. */
  readonly cwd: string;
  /** Files, directories and globs to lint (relative to `cwd`). */
  readonly patterns: readonly string[];
  /** A flat config file to use instead of looking one up. */
  readonly configFile?: string;
  /** ESLint's `concurrency` (default `off`: one thread). */
  readonly concurrency?: RunParams['concurrency'];
  /** ESLint's cache: only files changed since the last run are linted again. */
  readonly cache?: boolean;
  readonly cacheLocation?: string;
  readonly cacheStrategy?: RunParams['cacheStrategy'];
  /** Paths that match no file are an error (default: an empty report). */
  readonly errorOnUnmatchedPattern?: boolean;
  readonly progress?: ProgressListener;
  /** Called with remarks for the user (no config found, no rule enabled, files skipped). */
  readonly onNotice?: (message: string) => void;
}

/** Where the cache goes unless `cacheLocation` says otherwise: apart from ESLint's `.eslintcache`, whose runs have other rules. */
export const DEFAULT_CACHE_LOCATION = '.meta-privacy-inventory-cache';

/** A configuration problem the user can fix (exit code 2, the message alone). */
export class InventoryError extends Error {}

/**
 * Lints the paths with the project's ESLint (resolved from `cwd`) and its config (or a built-in one
 * when none is found), running only the meta-privacy rules and the collecting rule, and builds the
 * inventory. Files are never written, except ESLint's cache when asked for.
 */
export async function runInventory(options: InventoryOptions): Promise<InventoryReport> {
  const ESLintClass = (await loadEslint(options.cwd)) as ESLintClass;
  const params: RunParams = {
    cwd: options.cwd,
    configFile: options.configFile,
    builtIn: false,
    collectOnly: false,
    ignorePatterns: gitignorePatterns(options.cwd, options.patterns),
    errorOnUnmatchedPattern: options.errorOnUnmatchedPattern ?? false,
    concurrency: options.concurrency ?? 'off',
    cache: options.cache ?? false,
    cacheLocation: options.cacheLocation ?? DEFAULT_CACHE_LOCATION,
    cacheStrategy: options.cacheStrategy ?? 'metadata',
  };
  const run = await lintWithConfig(ESLintClass, params, options);
  return finish(ESLintClass, run, run.results, options);
}

/**
 * The inventory of files already linted by ESLint (for the formatter): sites are collected in a
 * second, collect-only run over the same files; findings come from the given results.
 */
export async function inventoryOfResults(results: readonly ESLint.LintResult[], cwd: string): Promise<InventoryReport> {
  const ESLintClass = (await loadEslint(cwd)) as ESLintClass;
  const patterns = results.filter((result) => !result.messages.some((message) => message.fatal)).map((result) => result.filePath);
  const options: InventoryOptions = { cwd, patterns };
  const params: RunParams = {
    cwd,
    builtIn: false,
    collectOnly: true,
    ignorePatterns: [],
    errorOnUnmatchedPattern: false,
    concurrency: 'off',
    cache: false,
    cacheLocation: DEFAULT_CACHE_LOCATION,
    cacheStrategy: 'metadata',
  };
  const run = await lintWithConfig(ESLintClass, params, options);
  return finish(ESLintClass, run, results, options);
}

/** A lint run and what its collecting rule reported per file. */
interface CollectingRun {
  readonly eslint: ESLint;
  readonly params: RunParams;
  readonly results: ESLint.LintResult[];
  readonly received: ReadonlyMap<string, ReceivedFile>;
}

/** One run with the project's config; when there is none (and no `--config`), one with the built-in config. */
async function lintWithConfig(ESLintClass: ESLintClass, params: RunParams, options: InventoryOptions): Promise<CollectingRun> {
  try {
    return await lint(ESLintClass, params, options);
  } catch (error) {
    if (params.configFile || !isMissingConfig(error)) throw error;
    options.onNotice?.('No ESLint config found: using the built-in one (meta-privacy recommended rules and inline scripts, TypeScript parser when installed).');
    return lint(ESLintClass, { ...params, builtIn: true }, options);
  }
}

async function lint(ESLintClass: ESLintClass, params: RunParams, options: InventoryOptions): Promise<CollectingRun> {
  const { progress } = options;
  const seen = new Set<string>();
  const onFile =
    progress &&
    ((file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      progress.update(seen.size);
    });
  const threaded = params.concurrency !== 'off';
  const runParams = threaded && progress ? { ...params, progressChannel: `${NAMESPACE}-inventory-${randomUUID()}` } : params;
  const eslint = threaded ? await fromOptionsModule(ESLintClass, runParams) : createEslint(ESLintClass, await eslintOptions(runParams, onFile));
  progress?.start(await countFiles(eslint, params.cwd, options.patterns));
  const listener = runParams.progressChannel === undefined ? undefined : new BroadcastChannel(runParams.progressChannel);
  if (listener && onFile) listener.onmessage = (event) => onFile((event as { data: string }).data);
  try {
    const results = options.patterns.length > 0 ? await eslint.lintFiles([...options.patterns]) : [];
    if (listener) await drained(() => seen.size);
    return { eslint, params: runParams, results, received: new Map(results.map((result) => [result.filePath, receivedOf(result)])) };
  } finally {
    listener?.close();
  }
}

/** Lets the last announcements of the worker threads arrive: waits until the count stops moving (a few ticks at most). */
async function drained(heard: () => number): Promise<void> {
  for (let tries = 0; tries < 20; tries++) {
    const before = heard();
    await new Promise((resolve) => setTimeout(resolve, 10));
    if (heard() === before && tries > 0) return;
  }
}

async function fromOptionsModule(ESLintClass: ESLintClass, params: RunParams): Promise<ESLint> {
  if (!ESLintClass.fromOptionsModule) throw new InventoryError(`--concurrency needs ESLint 9.34 or later; this project has ESLint ${ESLintClass.version}.`);
  return ESLintClass.fromOptionsModule(optionsModuleUrl(params));
}

async function finish(ESLintClass: ESLintClass, run: CollectingRun, results: readonly ESLint.LintResult[], options: InventoryOptions): Promise<InventoryReport> {
  const linted = await withoutSkippedTypeScript(run, results, options);
  const withSites = [...run.received].filter(([, received]) => received.sites.length > 0).map(([file]) => file);
  const rules = await enabledRules(run.eslint, withSites);
  const noRules = withSites.length > 0 && rules.length === 0;
  if (noRules) {
    options.onNotice?.(`The ESLint config enables no ${NAMESPACE} rule for the files with data flows, so the report has no findings. Add metaPrivacy.configs.recommended to it.`);
  }
  for (const notice of await unlintedFileTypeNotices(run, options, noRules)) options.onNotice?.(notice);
  const tool = { name: metaPrivacy.meta.name, version: metaPrivacy.meta.version };
  const config = run.params.builtIn ? 'default' : configLabel(options);
  return buildReport({ cwd: options.cwd, results: linted, received: run.received, tool, eslint: { version: ESLintClass.version, config }, rules });
}

/** The built-in config without a TypeScript parser lists TypeScript files without reading them: they leave the report, with a note. */
async function withoutSkippedTypeScript(run: CollectingRun, results: readonly ESLint.LintResult[], options: InventoryOptions): Promise<readonly ESLint.LintResult[]> {
  if (!run.params.builtIn || (await hasTypeScriptParser(options.cwd))) return results;
  const skipped = skipTypeScript(results);
  if (skipped.notice) options.onNotice?.(skipped.notice);
  return skipped.results;
}

/** The results without TypeScript files, and a note saying how many there were, only when there were any. */
export function skipTypeScript(results: readonly ESLint.LintResult[]): { results: readonly ESLint.LintResult[]; notice?: string } {
  const typescript = /\.[cm]?tsx?$/;
  const skipped = results.filter((result) => typescript.test(result.filePath)).length;
  if (skipped === 0) return { results };
  const notice = `${count(skipped, 'TypeScript file')} skipped: @typescript-eslint/parser is not installed (npm install --save-dev @typescript-eslint/parser).`;
  return { results: results.filter((result) => !typescript.test(result.filePath)), notice };
}

/**
 * Remarks about file types under the given paths (`.tsx`, `.vue`, `.html`…) that the config does not
 * lint with this plugin's rules: their data flows are missing from the report. Files linted without
 * the rules are left out when the notice above already said the config enables none.
 */
async function unlintedFileTypeNotices(run: CollectingRun, options: InventoryOptions, noRules: boolean): Promise<string[]> {
  const files = filesOf(options.cwd, options.patterns);
  if (!files) return [];
  const unlinted = await unlintedFileTypes(run.eslint, files);
  return unlinted
    .filter((type) => !(noRules && type.reason === 'no-rules'))
    .map((type) => {
      const state = type.reason === 'not-linted' ? 'not linted' : `linted without ${NAMESPACE} rules`;
      return `${count(type.files.length, `${type.extension} file`)} ${state}: their data flows are missing from the report. ${type.fix}`;
    });
}

function configLabel(options: InventoryOptions): string {
  return options.configFile ? path.relative(options.cwd, path.resolve(options.cwd, options.configFile)).split(path.sep).join('/') : 'project';
}

/** ESLint as the project has it (resolved from `cwd`), else the one this package resolves. */
async function loadEslint(cwd: string): Promise<typeof ESLint> {
  const resolved = resolveFrom(cwd, 'eslint');
  const api = (resolved ? await import(pathToFileURL(resolved).href) : await import('eslint')) as {
    loadESLint?: (options: { useFlatConfig: boolean }) => Promise<typeof ESLint>;
    ESLint: typeof ESLint;
  };
  return api.loadESLint ? api.loadESLint({ useFlatConfig: true }) : api.ESLint;
}

/** `ruleFilter` needs a recent ESLint 9: without it, every configured rule runs (slower, same report). */
function createEslint(ESLintClass: ESLintClass, options: ESLint.Options): ESLint {
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
