import { describe, expect, it } from 'vitest';
import { goalVerdict, median, medianInterval } from '../../bench/lib/stats.mjs';

describe('median', () => {
  it('is the middle value, or the mean of the two middle values', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });
});

describe('medianInterval', () => {
  const rounds = (n: number) => Array.from({ length: n }, (_, index) => 1 + (n - index) / 100);

  it('is the whole range, with the confidence it has, when the rounds are too few for 90 %', () => {
    expect(medianInterval(rounds(3))).toEqual({ low: 1.01, high: 1.03, confidence: 0.75 });
    expect(medianInterval(rounds(5))).toEqual({ low: 1.01, high: 1.05, confidence: 1 - 2 / 32 });
  });

  it('narrows to the order statistics that keep at least 90 % as rounds are added', () => {
    // 12 rounds: the 3rd smallest to the 3rd largest, 1 − 2·(1 + 12 + 66)/4096 ≈ 96 %; the 4th would be 85 %.
    const interval = medianInterval(rounds(12));
    expect([interval.low, interval.high]).toEqual([1.03, 1.1]);
    expect(interval.confidence).toBeCloseTo(1 - (2 * 79) / 4096, 10);
    // 7 rounds: the 2nd to the 6th would be 87.5 %, so the whole range (98 %).
    expect(medianInterval(rounds(7))).toMatchObject({ low: 1.01, high: 1.07 });
  });

  it('does not depend on the order of the rounds', () => {
    expect(medianInterval([1.1, 0.9, 1.3, 1.0, 1.2])).toMatchObject({ low: 0.9, high: 1.3 });
  });
});

describe('goalVerdict', () => {
  it('is met only when the whole interval is within the goal, not met when none of it is, else undecided', () => {
    const interval = (low: number, high: number) => ({ low, high, confidence: 0.96 });
    expect(goalVerdict(interval(1.01, 1.03), 1.03)).toBe('met');
    expect(goalVerdict(interval(1.031, 1.06), 1.03)).toBe('not met');
    expect(goalVerdict(interval(1.0, 1.05), 1.03)).toBe('undecided');
  });
});
