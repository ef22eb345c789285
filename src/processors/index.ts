/**
 * Processors that bring pixel code living outside plain JS into reach of the rules; the configs in
 * src/configs.ts turn them on. See README "Inline scripts, HTML and Vue".
 */
import type { Linter } from 'eslint';
import type { HostComment } from './host-directives.js';
import { createImagePixelsProcessor } from './image-pixels.js';
import type { ReadComments } from './inline-scripts.js';
import { createInlineScriptsProcessor } from './inline-scripts.js';

type ParserFunctions = {
  parseForESLint?: (code: string, options: Linter.ParserOptions) => { ast: unknown };
  parse?: (code: string, options: Linter.ParserOptions) => unknown;
};

/**
 * `inline-scripts` (JSX/TSX hosts) and `image-pixels` (HTML/Vue markup); reports of other rules on
 * their blocks are dropped. `parser` (the plugin's own: espree for JS/JSX, typescript-eslint's for
 * TS/TSX) reads a host's comments for its `eslint-disable` directives.
 */
export function buildProcessors(ruleNames: readonly string[], version: string, parser: Linter.Parser) {
  const names = new Set(ruleNames);
  return {
    'inline-scripts': createInlineScriptsProcessor(names, version, commentsOf(parser)),
    'image-pixels': createImagePixelsProcessor(names, version),
  };
}

/** A host's comments, or none when the plugin's parser cannot read the file (a syntax only the user's parser knows). */
function commentsOf(parser: Linter.Parser): ReadComments {
  return (text, filename) => {
    try {
      const options = { filePath: filename, ecmaVersion: 'latest', sourceType: 'module', ecmaFeatures: { jsx: true }, comment: true, loc: true, range: true } as const;
      const functions = parser as ParserFunctions;
      const ast = (functions.parseForESLint ? functions.parseForESLint(text, options).ast : functions.parse?.(text, options)) as { comments?: HostComment[] } | undefined;
      return ast?.comments ?? [];
    } catch {
      return [];
    }
  };
}
