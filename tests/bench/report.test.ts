import { describe, expect, it } from 'vitest';
import { CORPUS_GOALS, corpusGoalLine, GOALS, goalLine, runFileName } from '../../bench/lib/report.mjs';

describe('goalLine', () => {
  const ratio = (low: number, high: number) => ({ wall: 1.0254, cpu: 1.02, roundMin: 0.93, roundMax: 1.15, interval: { low, high, confidence: 0.918 } });

  it('prints the median and the interval with three decimals, so an undecided interval near the goal does not read as within it', () => {
    expect(goalLine(ratio(1.0164, 1.0341), 1.03)).toMatch(/^1\.025 \(92 % interval 1\.016–1\.034; rounds 0\.93–1\.15, CPU 1\.02\): undecided/);
    expect(goalLine(ratio(1.0088, 1.0284), 1.03)).toMatch(/interval 1\.009–1\.028; .*: met$/);
  });
});

describe('CORPUS_GOALS', () => {
  it('pairs each corpus with its goal of issue 16, and names both in its line', () => {
    expect(CORPUS_GOALS.map(({ corpus, goal }) => [corpus, goal])).toEqual([
      ['real', GOALS.floor],
      ['meta', GOALS.metaHeavy],
    ]);
    const interval = { low: 1.35, high: 1.38, confidence: 0.9 };
    expect(corpusGoalLine(CORPUS_GOALS[1]!, { wall: 1.36, cpu: 1.35, roundMin: 1.2, roundMax: 1.5, interval })).toMatch(/^Meta-heavy files: plugin ≤ 1\.4 × one empty rule — 1\.360 .*: met$/);
  });
});

describe('runFileName', () => {
  it('names a run by its date, without the characters a file name cannot carry everywhere', () => {
    expect(runFileName({ date: '2026-12-04T11:06:40.606Z' })).toBe('run-2026-12-04T11-06-40-606Z.json');
  });
});
