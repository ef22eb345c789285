import { createRequire } from 'node:module';
import type { ESLint, Linter } from 'eslint';
import type { ConfigName } from './configs.js';
import { buildConfigs, NAMESPACE } from './configs.js';
import { createParser, resolveTypeScriptParser } from './parser.js';
import { buildProcessors } from './processors/index.js';
import { rules } from './rules/index.js';

const { name, version } = createRequire(import.meta.url)('../package.json') as { name: string; version: string };

/**
 * The plugin, typed with ESLint's own types so that `defineConfig([...])`, `Linter.Config[]` and
 * `tseslint.config(...)` all accept its configs.
 */
export interface MetaPrivacyPlugin extends ESLint.Plugin {
  meta: { name: string; version: string; namespace: string };
  // Built with typescript-eslint's types, which ESLint's differ from in details (`readonly` option
  // arrays, a `source` field of lint messages): each is both.
  rules: typeof rules & NonNullable<ESLint.Plugin['rules']>;
  processors: ReturnType<typeof buildProcessors> & Record<'inline-scripts' | 'image-pixels', Linter.Processor>;
  /** `recommended`, `strict`, `all` (JS/TS files), `inline-scripts`, `html` and `vue`. */
  configs: Record<ConfigName, Linter.Config>;
}

const typeScriptParser = resolveTypeScriptParser();
const parser = createParser(version, typeScriptParser);
const metaPrivacy = {
  meta: { name, version, namespace: NAMESPACE },
  rules: rules as MetaPrivacyPlugin['rules'],
  processors: buildProcessors(Object.keys(rules), version, parser) as MetaPrivacyPlugin['processors'],
} as MetaPrivacyPlugin;
metaPrivacy.configs = buildConfigs(rules, {
  plugin: metaPrivacy,
  parser,
  typescript: typeScriptParser !== undefined,
});

const configs: MetaPrivacyPlugin['configs'] = metaPrivacy.configs;

export default metaPrivacy;
export { configs, rules };
