/** Every way a match of `pattern` can start: up to four strings of low bytes, '' for any character. */
export function deriveAnchors(pattern: RegExp): string[][];
/** The source of src/analysis/catalog/text-hint-anchors.ts for these patterns. */
export function anchorsModule(hints: Readonly<Record<string, RegExp>>): string;
