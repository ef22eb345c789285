/**
 * Processors that bring pixel code living outside plain JS into reach of the rules, and the config
 * that turns inline-script checking on. See README "Inline scripts, HTML and Vue".
 */
import type { TSESLint } from '@typescript-eslint/utils';
import { createImagePixelsProcessor } from './image-pixels.js';
import { createInlineScriptsProcessor } from './inline-scripts.js';

/** Files that can hold JSX with inline `<Script>` / `<script>` elements. */
export const INLINE_SCRIPT_HOSTS = ['**/*.{js,jsx,mjs,cjs,ts,tsx,mts,cts}'];

/** `inline-scripts` (JSX/TSX hosts) and `image-pixels` (HTML/Vue markup); reports of other rules on their blocks are dropped. */
export function buildProcessors(ruleNames: readonly string[], version: string) {
  const names = new Set(ruleNames);
  return {
    'inline-scripts': createInlineScriptsProcessor(names, version),
    'image-pixels': createImagePixelsProcessor(names, version),
  };
}

/** `configs['inline-scripts']`: the inline-scripts processor on every JS/TS file. */
export function inlineScriptsConfig(namespace: string, plugin: TSESLint.FlatConfig.Plugin) {
  return {
    name: `${namespace}/inline-scripts`,
    files: INLINE_SCRIPT_HOSTS,
    plugins: { [namespace]: plugin },
    processor: `${namespace}/inline-scripts`,
  };
}
