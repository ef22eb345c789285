import type { ESLint } from 'eslint';
import { inventoryOfResults } from '../inventory/run.js';
import { formatMarkdown } from './format/markdown.js';

/**
 * The data inventory as an ESLint formatter, in Markdown:
 *
 *   eslint . -f ./node_modules/eslint-plugin-meta-privacy/dist/cli/formatter.js -o inventory.md
 *
 * A formatter sees lint results, not syntax trees, so the sites are collected by a second,
 * collect-only lint of the same files with the config ESLint finds from `cwd` (a `-c` /
 * `--no-config-lookup` choice is not visible here); the findings are the ones of this run.
 * `meta-privacy inventory` does it all in one run and offers every format.
 */
export default async function inventoryFormatter(results: ESLint.LintResult[], context: ESLint.LintResultData): Promise<string> {
  return formatMarkdown(await inventoryOfResults(results, context.cwd));
}
