import type { Linter } from 'eslint';
import type { Kind, Plugin } from './all-rules.mjs';

export interface Outcome {
  readonly parser: 'espree' | 'typescript';
  readonly kind: Kind;
  readonly status: 'ok' | 'parse-error' | 'exception';
  readonly rule?: string | null;
  readonly message?: string;
  readonly stack?: string;
}

export interface Summary {
  readonly files: number;
  readonly runs: number;
  readonly ok: number;
  readonly parseErrors: number;
  readonly exceptions: (Outcome & { readonly file: string })[];
}

export function listCodeFiles(root: string): string[];
export function evenSample<T>(files: readonly T[], count: number): T[];
export function packageSample(projectRoot: string, count: number, maxBytes: number): string[];
export function parserRunsFor(file: string): { parser: 'espree' | 'typescript'; kinds: Kind[] }[];
export function checkText(linter: Linter, plugin: Plugin, text: string, file: string): Outcome[];
export function summarize(results: readonly { file: string; outcomes: readonly Outcome[] }[]): Summary;
