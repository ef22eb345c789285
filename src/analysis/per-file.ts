import type { FileAnalysis } from './index.js';

/**
 * Makes a per-file fact: computed by the first rule that asks for it, then shared by every rule
 * linting the same file. Kept in a WeakMap on the file's SourceCode, so nothing outlives the lint.
 */
export function perFile<T>(compute: (analysis: FileAnalysis) => T): (analysis: FileAnalysis) => T {
  const facts = new WeakMap<object, T>();
  return (analysis) => {
    let fact = facts.get(analysis.sourceCode);
    if (fact === undefined) {
      fact = compute(analysis);
      facts.set(analysis.sourceCode, fact);
    }
    return fact;
  };
}
