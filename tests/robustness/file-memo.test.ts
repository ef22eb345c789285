import { describe, expect, it } from 'vitest';
import { fileMemo } from '../../src/util/file-memo.js';

describe('fileMemo', () => {
  it('keeps one table per file while that file is asked about', () => {
    const tablesFor = fileMemo(() => new Map<string, number>());
    const file = {};
    tablesFor(file).set('answer', 1);
    expect(tablesFor(file).get('answer')).toBe(1);
  });

  it('starts new tables for another file, and again when an earlier file comes back', () => {
    let created = 0;
    const tablesFor = fileMemo(() => ({ id: ++created, answers: new Map<string, number>() }));
    const first = {};
    const second = {};
    tablesFor(first).answers.set('answer', 1);
    expect(tablesFor(second)).toMatchObject({ id: 2 });
    expect(tablesFor(second).answers.has('answer')).toBe(false);
    expect(tablesFor(first)).toMatchObject({ id: 3 });
    expect(tablesFor(first).answers.has('answer')).toBe(false);
  });
});
