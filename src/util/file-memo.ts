/**
 * Tables of answers about one file's syntax tree, kept while that file is linted and replaced when
 * another file's SourceCode asks (ESLint lints one file at a time, every rule of it in turn). Plain
 * Maps dropped whole: a module-level WeakMap keyed by nodes keeps growing across files until a full
 * garbage collection clears it, and filling and clearing it costs two to three times as much.
 * A file asked about again after another one simply starts a new table. For code below the shared
 * analysis, which has a SourceCode or a node but no FileAnalysis; facts of the analysis use `perFile`.
 */
export function fileMemo<T>(create: () => T): (sourceCode: object) => T {
  let file: object | undefined;
  let tables: T | undefined;
  return (sourceCode) => {
    if (sourceCode !== file || tables === undefined) {
      file = sourceCode;
      tables = create();
    }
    return tables;
  };
}
