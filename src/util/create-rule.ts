import type { TSESLint } from '@typescript-eslint/utils';
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

const ruleCreator = ESLintUtils.RuleCreator<MetaPrivacyRuleDocs>((name) => `${REPOSITORY}/blob/main/docs/rules/${name}.md`);

/**
 * `ESLintUtils.RuleCreator`, without merging the options into the defaults again for every file:
 * ESLint (9.15 and later, the supported range) already hands every rule its `meta.defaultOptions`
 * merged with the configured options, and repeating the merge (a structured clone and a deep merge,
 * or a cache keyed by the options' JSON) cost more than a sink-free file's whole check.
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>(
  rule: Readonly<ESLintUtils.RuleWithMetaAndName<Options, MessageIds, MetaPrivacyRuleDocs>>,
): ReturnType<typeof ruleCreator<Options, MessageIds>> {
  const created = ruleCreator(rule);
  return { ...created, create: (context) => rule.create(context, context.options) };
}

/**
 * The listeners of a rule that checks the whole file at once: the check runs when ESLint has traversed
 * the file (`Program:exit`). When `mayFind` is false (a cheap look at the text shows the file holds
 * nothing the check looks for, as in most files) it runs at once instead, finds nothing quickly, and
 * no listener is registered.
 *
 * Not in `create`: ESLint lists the traversal's steps before it calls the rules' `create`, and
 * analysing a Meta-heavy file allocates enough in between to push those steps out of the processor's
 * caches, which made ESLint's traversal after it slower.
 */
export function checkAfterTraversal(mayFind: boolean, check: () => void): TSESLint.RuleListener {
  if (!mayFind) {
    check();
    return {};
  }
  return { 'Program:exit': check };
}

/**
 * The listeners of a rule whose check reports only what it finds among the file's Meta sinks: none
 * in a file whose text cannot reach Meta (its sinks are all empty, so the check has nothing to look
 * at: most files), else the check after ESLint's traversal, as in `checkAfterTraversal`.
 */
export function checkSinksAfterTraversal(mayReachMeta: boolean, check: () => void): TSESLint.RuleListener {
  return mayReachMeta ? { 'Program:exit': check } : {};
}
