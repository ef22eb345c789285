// The name caches (words of a name, a name's verdict per configuration) are BoundedMaps: remembered
// answers never pile up past their bound, however many distinct names a project has.
import { describe, expect, it } from 'vitest';
import { BoundedMap } from '../../src/util/bounded-map.js';

describe('BoundedMap', () => {
  it('remembers up to its limit, then forgets everything before taking a new key', () => {
    const map = new BoundedMap<string, number>(3);
    for (const [index, key] of ['a', 'b', 'c'].entries()) map.set(key, index);
    expect([...map]).toEqual([['a', 0], ['b', 1], ['c', 2]]);
    map.set('d', 3);
    expect([...map]).toEqual([['d', 3]]);
  });

  it('updates a key it holds without forgetting the others, and keeps undefined values', () => {
    const map = new BoundedMap<string, number | undefined>(2);
    map.set('a', 1).set('b', undefined);
    map.set('a', 2);
    expect([...map]).toEqual([['a', 2], ['b', undefined]]);
    expect(map.has('b')).toBe(true);
  });
});
