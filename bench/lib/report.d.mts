// Types of report.mjs, for its tests (tests/bench): the parts they use.
import type { MedianInterval } from './stats.mjs';

export const GOALS: { readonly floor: number; readonly metaHeavy: number; readonly typed: number };
export const CORPUS_GOALS: readonly { readonly corpus: 'real' | 'meta'; readonly label: string; readonly goal: number }[];
export function corpusGoalLine(goal: (typeof CORPUS_GOALS)[number], ratio: Parameters<typeof goalLine>[0]): string;
export function runFileName(report: { readonly date: string }): string;
export function goalLine(
  ratio: { readonly wall: number; readonly cpu: number; readonly roundMin: number; readonly roundMax: number; readonly interval: MedianInterval },
  goal: number,
): string;
