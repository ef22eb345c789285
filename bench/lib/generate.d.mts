// Types of generate.mjs, for the TypeScript tests that reuse the sink-heavy generator
// (tests/robustness: linearity and node lookup).
export interface GeneratedFile {
  readonly text: string;
  readonly lines: number;
  readonly blocks: number;
}

export function generateSinkHeavy(targetLines: number, options?: { ts?: boolean }): GeneratedFile;
