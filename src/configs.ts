import type { TSESLint } from '@typescript-eslint/utils';
import type { MetaPrivacyRuleDocs } from './util/create-rule.js';

type RuleMap = Record<string, TSESLint.RuleModule<string, readonly unknown[], MetaPrivacyRuleDocs>>;
type RuleEntry = TSESLint.SharedConfig.RuleEntry;

export const NAMESPACE = 'meta-privacy';

/** The three flat configs, derived from each rule's `meta.docs` so they cannot drift from the rules. */
export function buildConfigs(rules: RuleMap, plugin: TSESLint.FlatConfig.Plugin) {
  const build = (name: string, entryFor: (docs: MetaPrivacyRuleDocs) => RuleEntry | undefined) => {
    const entries: Record<string, RuleEntry> = {};
    for (const [id, rule] of Object.entries(rules)) {
      const docs = rule.meta.docs;
      const entry = docs ? entryFor(docs) : undefined;
      if (entry) entries[`${NAMESPACE}/${id}`] = entry;
    }
    return { name: `${NAMESPACE}/${name}`, plugins: { [NAMESPACE]: plugin }, rules: entries };
  };
  return {
    recommended: build('recommended', (docs) => (docs.recommended ? 'error' : undefined)),
    strict: build('strict', (docs) => {
      if (!docs.recommended) return undefined;
      return docs.strictOptions ? ['error', docs.strictOptions] : 'error';
    }),
    all: build('all', () => 'error'),
  };
}
