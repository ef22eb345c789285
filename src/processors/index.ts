/**
 * Processors that bring pixel code living outside plain JS into reach of the rules; the configs in
 * src/configs.ts turn them on. See README "Inline scripts, HTML and Vue".
 */
import { createImagePixelsProcessor } from './image-pixels.js';
import { createInlineScriptsProcessor } from './inline-scripts.js';

/** `inline-scripts` (JSX/TSX hosts) and `image-pixels` (HTML/Vue markup); reports of other rules on their blocks are dropped. */
export function buildProcessors(ruleNames: readonly string[], version: string) {
  const names = new Set(ruleNames);
  return {
    'inline-scripts': createInlineScriptsProcessor(names, version),
    'image-pixels': createImagePixelsProcessor(names, version),
  };
}
