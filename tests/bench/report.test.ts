import { describe, expect, it } from 'vitest';
import { goalLine, runFileName } from '../../bench/lib/report.mjs';

describe('goalLine', () => {
  const ratio = (low: number, high: number) => ({ wall: 1.0254, cpu: 1.02, roundMin: 0.93, roundMax: 1.15, interval: { low, high, confidence: 0.918 } });

  it('prints the median and the interval with three decimals, so an undecided interval near the goal does not read as within it', () => {
    expect(goalLine(ratio(1.0164, 1.0341), 1.03)).toMatch(/^1\.025 \(92 % interval 1\.016–1\.034; rounds 0\.93–1\.15, CPU 1\.02\): undecided/);
    expect(goalLine(ratio(1.0088, 1.0284), 1.03)).toMatch(/interval 1\.009–1\.028; .*: met$/);
  });
});

describe('runFileName', () => {
  it('names a run by its date, without the characters a file name cannot carry everywhere', () => {
    expect(runFileName({ date: '2026-12-04T11:06:40.606Z' })).toBe('run-2026-12-04T11-06-40-606Z.json');
  });
});
