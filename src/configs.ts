import type { ESLint, Linter } from 'eslint';
import type { TSESLint } from '@typescript-eslint/utils';
import type { MetaPrivacyRuleDocs } from './util/create-rule.js';
import { JAVASCRIPT_EXTENSIONS, TYPESCRIPT_EXTENSIONS } from './parser.js';

type RuleMap = Record<string, TSESLint.RuleModule<string, readonly unknown[], MetaPrivacyRuleDocs>>;

export const NAMESPACE = 'meta-privacy';

/** The names of the plugin's configs. */
export type ConfigName = 'recommended' | 'strict' | 'all' | 'inline-scripts' | 'html' | 'vue';

/**
 * Checks that only `configs.all` turns on, beyond `strict`: right for some businesses, not for every
 * one (hashing `external_id` is Meta's advice, not its requirement; Limited Data Use is for
 * businesses that serve US states with privacy laws).
 */
const ALL_ONLY_OPTIONS: Readonly<Record<string, Record<string, unknown>>> = {
  'no-unhashed-identifiers': { hashExternalId: true },
  'valid-data-processing-options': { requireLdu: true },
};

/** What the configs need from the plugin besides its rules. */
export interface ConfigParts {
  readonly plugin: ESLint.Plugin;
  readonly parser: Linter.Parser;
  /** Whether typescript-eslint's parser is installed (TypeScript files are linted only then). */
  readonly typescript: boolean;
}

/** The file extensions the JS/TS configs lint: JavaScript always, TypeScript when its parser is installed. */
export function lintedExtensions(typescript: boolean): string[] {
  return [...JAVASCRIPT_EXTENSIONS, ...(typescript ? TYPESCRIPT_EXTENSIONS : [])];
}

/**
 * The flat configs. Rule entries are derived from each rule's `meta.docs`, so they cannot drift
 * from the rules. `recommended`, `strict`, `all` and `inline-scripts` name their files, so ESLint
 * lints `.jsx` and TypeScript files with nothing else configured, and set the dispatching parser
 * with JSX on; `html` and `vue` add the rules and the image-pixels processor to files another
 * plugin or parser reads (eslint-plugin-html, vue-eslint-parser), which the user configures.
 */
export function buildConfigs(rules: RuleMap, { plugin, parser, typescript }: ConfigParts): Record<ConfigName, Linter.Config> {
  const plugins = { [NAMESPACE]: plugin };
  const files = lintedExtensions(typescript).map((extension) => `**/*.${extension}`);
  const languageOptions: Linter.LanguageOptions = { parser, parserOptions: { ecmaFeatures: { jsx: true } } };
  const ruleEntries = (entryFor: (id: string, docs: MetaPrivacyRuleDocs) => Linter.RuleEntry | undefined) => {
    const entries: Linter.RulesRecord = {};
    for (const [id, rule] of Object.entries(rules)) {
      const docs = rule.meta.docs;
      const entry = docs ? entryFor(id, docs) : undefined;
      if (entry) entries[`${NAMESPACE}/${id}`] = entry;
    }
    return entries;
  };
  const allOptions = (id: string, docs: MetaPrivacyRuleDocs) => ({ ...docs.strictOptions, ...ALL_ONLY_OPTIONS[id] });
  const recommended = ruleEntries((_id, docs) => (docs.recommended ? 'error' : undefined));
  const preset = (name: string, presetRules: Linter.RulesRecord): Linter.Config => ({
    name: `${NAMESPACE}/${name}`,
    files,
    languageOptions,
    plugins,
    rules: presetRules,
  });
  const markup = (name: string, markupFiles: string[]): Linter.Config => ({
    name: `${NAMESPACE}/${name}`,
    files: markupFiles,
    plugins,
    processor: `${NAMESPACE}/image-pixels`,
    rules: recommended,
  });
  return {
    recommended: preset('recommended', recommended),
    strict: preset(
      'strict',
      ruleEntries((_id, docs) => {
        if (!docs.recommended) return undefined;
        return docs.strictOptions ? ['error', docs.strictOptions] : 'error';
      }),
    ),
    all: preset(
      'all',
      ruleEntries((id, docs) => {
        const options = allOptions(id, docs);
        return Object.keys(options).length > 0 ? ['error', options] : 'error';
      }),
    ),
    'inline-scripts': {
      name: `${NAMESPACE}/inline-scripts`,
      files,
      languageOptions,
      plugins,
      processor: `${NAMESPACE}/inline-scripts`,
    },
    html: markup('html', ['**/*.html', '**/*.htm']),
    vue: markup('vue', ['**/*.vue']),
  };
}
