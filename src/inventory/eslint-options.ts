import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { BroadcastChannel } from 'node:worker_threads';
import type { ESLint, Linter } from 'eslint';
import metaPrivacy from '../index.js';
import { NAMESPACE } from '../configs.js';
import { COLLECT_RULE_ID, collectorConfig } from './collect.js';

/** The ESLint options of an inventory run, as plain data: worker threads rebuild the options from them. */
export interface RunParams {
  /** ESLint's `cwd`. */
  readonly cwd: string;
  /** A flat config file to use instead of looking one up. */
  readonly configFile?: string;
  /** No config file was found: the built-in config. */
  readonly builtIn: boolean;
  /** Only the collecting rule runs (the formatter: the findings come from the user's own run). */
  readonly collectOnly: boolean;
  readonly ignorePatterns: readonly string[];
  readonly errorOnUnmatchedPattern: boolean;
  /** ESLint's `concurrency`: `off`, `auto` or a number of worker threads. */
  readonly concurrency: 'off' | 'auto' | number;
  readonly cache: boolean;
  readonly cacheLocation: string;
  readonly cacheStrategy: 'metadata' | 'content';
  /** The BroadcastChannel on which the collecting rule announces each file it visits, in any thread. */
  readonly progressChannel?: string;
}

const TS_FILES = '**/*.{ts,tsx,mts,cts}';
const JS_FILES = '**/*.{js,mjs,cjs,jsx}';
/** Stands in for TypeScript files when no TypeScript parser is installed: they are listed, not parsed. */
const SKIP_FILE = { meta: { name: `${NAMESPACE}/skip-file` }, preprocess: () => [], postprocess: () => [] };
const OPTIONS_MODULE = new URL('./worker-options.js', import.meta.url);

/**
 * The options of an inventory run: the project's config (or the built-in one), the meta-privacy
 * rules it enables and the collecting rule (through `ruleFilter`), the .gitignore patterns, the
 * cache and thread settings. Nothing is fixed or written but the cache.
 */
export async function eslintOptions(params: RunParams, onFile?: (file: string) => void): Promise<ESLint.Options> {
  const collector = collectorConfig(onFile);
  const keep = params.collectOnly ? (ruleId: string) => ruleId === COLLECT_RULE_ID : (ruleId: string) => ruleId === COLLECT_RULE_ID || ruleId.startsWith(`${NAMESPACE}/`);
  return {
    cwd: params.cwd,
    ...(params.builtIn ? { overrideConfigFile: true, overrideConfig: await builtInConfig(params.cwd, collector) } : { overrideConfigFile: params.configFile, overrideConfig: [collector] }),
    ignorePatterns: [...params.ignorePatterns],
    ruleFilter: ({ ruleId }) => keep(ruleId),
    errorOnUnmatchedPattern: params.errorOnUnmatchedPattern,
    fix: false,
    cache: params.cache,
    cacheLocation: params.cacheLocation,
    cacheStrategy: params.cacheStrategy,
    ...(params.concurrency === 'off' ? {} : { concurrency: params.concurrency }),
  };
}

/** The options module the worker threads of a multithread run load (`ESLint.fromOptionsModule`). */
export function optionsModuleUrl(params: RunParams): URL {
  const url = new URL(OPTIONS_MODULE);
  url.searchParams.set('run', JSON.stringify(params));
  return url;
}

/** The parameters an options module URL carries. */
export function paramsOfUrl(url: string): RunParams {
  return JSON.parse(new URL(url).searchParams.get('run') ?? '{}') as RunParams;
}

/** Announces each file on the run's channel, without keeping a thread alive for it. */
export function announcer(channelName: string | undefined): ((file: string) => void) | undefined {
  if (channelName === undefined) return undefined;
  const channel = new BroadcastChannel(channelName);
  channel.unref();
  return (file) => channel.postMessage(file);
}

/** No config file anywhere: the plugin's recommended rules and inline scripts, JSX on, TypeScript through @typescript-eslint/parser when it can be found. */
async function builtInConfig(cwd: string, collector: Linter.Config): Promise<Linter.Config[]> {
  const parser = await loadTypeScriptParser(cwd);
  return [
    { files: [JS_FILES, TS_FILES], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
    parser ? { files: [TS_FILES], languageOptions: { parser } } : { files: [TS_FILES], processor: SKIP_FILE },
    metaPrivacy.configs.recommended as Linter.Config,
    ...(parser ? [metaPrivacy.configs['inline-scripts'] as Linter.Config] : [{ ...(metaPrivacy.configs['inline-scripts'] as Linter.Config), files: [JS_FILES] }]),
    collector,
  ];
}

/** Whether the built-in config can parse TypeScript here. */
export async function hasTypeScriptParser(cwd: string): Promise<boolean> {
  return (await loadTypeScriptParser(cwd)) !== undefined;
}

async function loadTypeScriptParser(cwd: string): Promise<Linter.Parser | undefined> {
  const resolved = resolveFrom(cwd, '@typescript-eslint/parser') ?? resolveFrom(fileURLToPath(new URL('.', import.meta.url)), '@typescript-eslint/parser');
  if (!resolved) return undefined;
  const parser = (await import(pathToFileURL(resolved).href)) as { default?: Linter.Parser } & Linter.Parser;
  return parser.default ?? parser;
}

export function resolveFrom(directory: string, request: string): string | undefined {
  try {
    return createRequire(path.join(directory, 'noop.js')).resolve(request);
  } catch {
    return undefined;
  }
}

