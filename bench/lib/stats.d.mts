// Types of stats.mjs, for its tests (tests/bench).
export interface MedianInterval {
  readonly low: number;
  readonly high: number;
  readonly confidence: number;
}

export function median(values: readonly number[]): number;
export function medianInterval(values: readonly number[], target?: number): MedianInterval;
export function goalVerdict(interval: MedianInterval, goal: number): 'met' | 'not met' | 'undecided';
