import type { Linter } from 'eslint';

export type Kind = 'esm' | 'cjs' | 'script' | 'ts' | 'tsx' | 'ts-js';
export type Plugin = { readonly meta?: { readonly namespace?: string }; readonly rules: Record<string, unknown> };

export interface LintOutcome {
  readonly status: 'ok' | 'parse-error' | 'exception';
  readonly messages: Linter.LintMessage[];
  readonly error?: unknown;
}

export interface BrokenSuggestion {
  readonly ruleId: string | null;
  readonly desc: string;
  readonly output: string;
  readonly error: string;
}

export const ALL_ON_SETTINGS: Readonly<Record<string, unknown>>;
export const KINDS: readonly Kind[];
export function virtualName(kind: Kind): string;
export function allOnRules(plugin: Plugin): Linter.RulesRecord;
export function configFor(plugin: Plugin, kind: Kind, options?: { rules?: boolean }): Linter.Config[];
export function lintAllRules(linter: Linter, plugin: Plugin, text: string, kind: Kind): LintOutcome;
export function applyFix(text: string, fix: { range: [number, number]; text: string }): string;
export function brokenSuggestions(linter: Linter, plugin: Plugin, text: string, kind: Kind, messages: Linter.LintMessage[]): BrokenSuggestion[];
export function describeException(error: unknown): { rule: string | null; message: string; stack: string };
