import type { TSESLint } from '@typescript-eslint/utils';

/** Every rule of the plugin, by id (file name = rule id). Kept in alphabetical order. */
export const rules: Record<string, TSESLint.RuleModule<string, readonly unknown[], import('../util/create-rule.js').MetaPrivacyRuleDocs>> = {};
