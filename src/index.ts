import { createRequire } from 'node:module';
import type { TSESLint } from '@typescript-eslint/utils';
import { buildConfigs, NAMESPACE } from './configs.js';
import { rules } from './rules/index.js';

const { name, version } = createRequire(import.meta.url)('../package.json') as { name: string; version: string };

const plugin = {
  meta: { name, version, namespace: NAMESPACE },
  rules,
} satisfies TSESLint.FlatConfig.Plugin;

const configs = buildConfigs(rules, plugin);

/** The ESLint plugin: `meta`, `rules` and the flat configs `recommended`, `strict` and `all`. */
const metaPrivacy = Object.assign(plugin, { configs });

export default metaPrivacy;
export { configs, rules };
