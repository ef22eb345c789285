// Types of pool.mjs, for its tests (tests/bench).
export interface BenchRun {
  readonly file: string;
  readonly report: unknown;
}

export function poolingProblem(runs: readonly BenchRun[]): string | undefined;
export function sharedSetup(runs: readonly BenchRun[]): { build: string; realCorpus: string; metaFiles: number; ids: string[] };
export function pooledRounds(runs: readonly BenchRun[], corpus: 'real' | 'meta'): unknown[];
