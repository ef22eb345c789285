import { ESLintUtils } from '@typescript-eslint/utils';

/** Extra `meta.docs` fields read by the configs builder and eslint-doc-generator. */
export interface MetaPrivacyRuleDocs {
  /** Included in `configs.recommended` (and therefore in `strict`). */
  recommended: boolean;
  /** Options that `configs.strict` turns on for this rule. */
  strictOptions?: Record<string, unknown>;
  requiresTypeChecking?: false;
}

const REPOSITORY = 'https://github.com/meta-privacy/eslint-plugin-meta-privacy';

export const createRule = ESLintUtils.RuleCreator<MetaPrivacyRuleDocs>(
  (name) => `${REPOSITORY}/blob/main/docs/rules/${name}.md`,
);
