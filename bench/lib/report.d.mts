// Types of report.mjs, for its tests (tests/bench): the parts they use.
import type { MedianInterval } from './stats.mjs';

export const GOALS: { readonly floor: number; readonly metaHeavy: number; readonly typed: number };
export function runFileName(report: { readonly date: string }): string;
export function goalLine(
  ratio: { readonly wall: number; readonly cpu: number; readonly roundMin: number; readonly roundMax: number; readonly interval: MedianInterval },
  goal: number,
): string;
