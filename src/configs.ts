import path from 'node:path';
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

/** A file type present in the project that no config lints with this plugin's rules, and what to do. */
export interface UnlintedFileType {
  /** `.tsx`, `.vue`, … */
  readonly extension: string;
  /** The files of that type, as given. */
  readonly files: readonly string[];
  /** `not-linted`: ESLint skips them; `no-rules`: linted, but without this plugin's rules. */
  readonly reason: 'not-linted' | 'no-rules';
  /** One sentence: what makes them linted. */
  readonly fix: string;
}

const FIX_BY_EXTENSION: Readonly<Record<string, string>> = {
  ...Object.fromEntries(
    TYPESCRIPT_EXTENSIONS.map((extension) => [
      `.${extension}`,
      'Install typescript-eslint (npm install --save-dev typescript-eslint): metaPrivacy.configs.recommended lints TypeScript files when its parser is installed.',
    ]),
  ),
  ...Object.fromEntries(JAVASCRIPT_EXTENSIONS.map((extension) => [`.${extension}`, 'Add metaPrivacy.configs.recommended to your ESLint config.'])),
  '.vue': 'Add vue-eslint-parser for **/*.vue and metaPrivacy.configs.vue to your ESLint config (README: Inline scripts, HTML and Vue).',
  '.html': "Add eslint-plugin-html for **/*.html and metaPrivacy.configs.html to your ESLint config (README: Inline scripts, HTML and Vue).",
  '.htm': "Add eslint-plugin-html for **/*.htm and metaPrivacy.configs.html to your ESLint config (README: Inline scripts, HTML and Vue).",
};

/**
 * The file types among `files` (paths as ESLint takes them) that can hold pixel or Conversions API
 * code but that `eslint`'s config does not lint with any of this plugin's rules, grouped by
 * extension. A file the config does not match counts only when a `.js` file beside it is matched:
 * otherwise its folder is ignored on purpose. (ESLint's API does not tell "ignored" from "matched by
 * no config", so a type ignored by an extension pattern of its own is reported too.)
 */
export async function unlintedFileTypes(
  eslint: Pick<ESLint, 'calculateConfigForFile'>,
  files: readonly string[],
): Promise<UnlintedFileType[]> {
  const found = new Map<string, { files: string[]; reason: UnlintedFileType['reason'] }>();
  for (const file of files) {
    const extension = path.extname(file).toLowerCase();
    if (!(extension in FIX_BY_EXTENSION)) continue;
    const reason = await unlintedReason(eslint, file, extension);
    if (!reason) continue;
    const entry = found.get(extension) ?? { files: [], reason };
    entry.files.push(file);
    // One file of the type linted without the rules, another not at all: the missing config is the same.
    if (reason === 'not-linted') entry.reason = reason;
    found.set(extension, entry);
  }
  return [...found].sort(([a], [b]) => a.localeCompare(b)).map(([extension, entry]) => ({ extension, ...entry, fix: FIX_BY_EXTENSION[extension]! }));
}

async function unlintedReason(eslint: Pick<ESLint, 'calculateConfigForFile'>, file: string, extension: string): Promise<UnlintedFileType['reason'] | undefined> {
  const config = (await eslint.calculateConfigForFile(file)) as Linter.Config | undefined;
  if (config) return enablesPluginRule(config) ? undefined : 'no-rules';
  if (extension === '.js') return undefined;
  const sibling = (await eslint.calculateConfigForFile(file.slice(0, -extension.length) + '.js')) as Linter.Config | undefined;
  return sibling ? 'not-linted' : undefined;
}

/** Whether a computed config turns on any of this plugin's rules. */
export function enablesPluginRule(config: Linter.Config): boolean {
  return Object.entries(config.rules ?? {}).some(([id, entry]) => id.startsWith(`${NAMESPACE}/`) && severityOf(entry) > 0);
}

function severityOf(entry: Linter.RuleEntry | undefined): number {
  const level = Array.isArray(entry) ? entry[0] : entry;
  if (typeof level === 'number') return level;
  return level === 'error' ? 2 : level === 'warn' ? 1 : 0;
}
