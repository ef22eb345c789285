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

/** Distinct option sets remembered per rule (a config has a handful; a cap keeps odd setups bounded). */
const MAX_OPTION_SETS = 32;

/**
 * `ESLintUtils.RuleCreator`, with the options merged into the defaults once per distinct value
 * instead of once per file: ESLint hands every file a fresh copy of the same options, and the
 * merge (a structured clone and a deep merge) cost more than a sink-free file's whole check.
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>(
  rule: Readonly<ESLintUtils.RuleWithMetaAndName<Options, MessageIds, MetaPrivacyRuleDocs>>,
): ReturnType<typeof ruleCreator<Options, MessageIds>> {
  const created = ruleCreator(rule);
  const optionsFor = mergedOptions<Options>(rule.meta.defaultOptions ?? ([] as unknown as Options));
  return { ...created, create: (context) => rule.create(context, optionsFor(context.options)) };
}

function mergedOptions<Options extends readonly unknown[]>(defaults: Readonly<Options>): (options: Readonly<Options>) => Readonly<Options> {
  const merged = new Map<string, Readonly<Options>>();
  return (options) => {
    const key = JSON.stringify(options);
    let value = merged.get(key);
    if (!value) {
      value = ESLintUtils.applyDefault(defaults, options);
      if (merged.size >= MAX_OPTION_SETS) merged.clear();
      merged.set(key, value);
    }
    return value;
  };
}
