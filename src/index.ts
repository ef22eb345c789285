import { createRequire } from 'node:module';
import type { TSESLint } from '@typescript-eslint/utils';
import { buildConfigs, NAMESPACE } from './configs.js';
import { buildProcessors, inlineScriptsConfig } from './processors/index.js';
import { rules } from './rules/index.js';

const { name, version } = createRequire(import.meta.url)('../package.json') as { name: string; version: string };

const plugin = {
  meta: { name, version, namespace: NAMESPACE },
  rules,
  processors: buildProcessors(Object.keys(rules), version),
} satisfies TSESLint.FlatConfig.Plugin;

const configs = { ...buildConfigs(rules, plugin), 'inline-scripts': inlineScriptsConfig(NAMESPACE, plugin) };

/**
 * The ESLint plugin: `meta`, `rules`, `processors` (`inline-scripts`, `image-pixels`) and the flat
 * configs `recommended`, `strict`, `all` and `inline-scripts`.
 */
const metaPrivacy = Object.assign(plugin, { configs });

export default metaPrivacy;
export { configs, rules };
