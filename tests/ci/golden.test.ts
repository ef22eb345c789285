// tests/golden.ts: golden files are rewritten only on an explicit UPDATE_GOLDEN=1 outside CI, so a
// golden test can never compare a file with itself by accident.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest';
import { expectGolden, goldenMode } from '../golden.js';

describe('goldenMode', () => {
  it.each([
    [{}, 'compare'],
    [{ UPDATE_GOLDEN: '' }, 'compare'],
    [{ UPDATE_GOLDEN: '0' }, 'compare'],
    [{ CI: 'true' }, 'compare'],
    [{ UPDATE_GOLDEN: '1' }, 'update'],
    [{ UPDATE_GOLDEN: '1', CI: 'false' }, 'update'],
    [{ UPDATE_GOLDEN: '1', CI: '' }, 'update'],
  ])('%j → %s', (env, mode) => {
    expect(goldenMode(env)).toBe(mode);
  });

  it('refuses to rewrite in CI, loudly', () => {
    expect(() => goldenMode({ UPDATE_GOLDEN: '1', CI: 'true' })).toThrow('UPDATE_GOLDEN=1 with CI=true: CI compares golden files and never rewrites them');
    expect(() => goldenMode({ UPDATE_GOLDEN: '1', CI: '1' })).toThrow(/never rewrites/);
  });

  it.each(['true', 'yes', '2', ' 1'])('refuses UPDATE_GOLDEN=%j instead of guessing', (value) => {
    expect(() => goldenMode({ UPDATE_GOLDEN: value })).toThrow(`UPDATE_GOLDEN=${value}: set UPDATE_GOLDEN=1 to rewrite golden files`);
  });
});

describe('expectGolden', () => {
  const directory = mkdtempSync(path.join(os.tmpdir(), 'meta-privacy-golden-'));
  const golden = path.join(directory, 'report.md');
  afterEach(() => vi.unstubAllEnvs());
  afterAll(() => rmSync(directory, { recursive: true, force: true }));

  it('passes on equal content and fails on a difference, naming the file and how to update it', () => {
    vi.stubEnv('UPDATE_GOLDEN', '');
    writeFileSync(golden, 'old\n');
    expectGolden(golden, 'old\n');
    expect(() => expectGolden(golden, 'new\n')).toThrow(/output differs from .*report\.md: check the diff, then `UPDATE_GOLDEN=1 npx vitest run tests\/ci\/golden\.test\.ts`/);
  });

  it('with UPDATE_GOLDEN=0 compares, and leaves the file alone', () => {
    vi.stubEnv('UPDATE_GOLDEN', '0');
    vi.stubEnv('CI', '');
    writeFileSync(golden, 'old\n');
    expect(() => expectGolden(golden, 'new\n')).toThrow(/output differs/);
    expect(readFileSync(golden, 'utf8')).toBe('old\n');
  });

  it('with UPDATE_GOLDEN=1 outside CI rewrites the file', () => {
    vi.stubEnv('UPDATE_GOLDEN', '1');
    vi.stubEnv('CI', '');
    writeFileSync(golden, 'old\n');
    expectGolden(golden, 'new\n');
    expect(readFileSync(golden, 'utf8')).toBe('new\n');
  });

  it('with UPDATE_GOLDEN=1 in CI fails and leaves the file alone', () => {
    vi.stubEnv('UPDATE_GOLDEN', '1');
    vi.stubEnv('CI', 'true');
    writeFileSync(golden, 'old\n');
    expect(() => expectGolden(golden, 'new\n')).toThrow(/never rewrites/);
    expect(readFileSync(golden, 'utf8')).toBe('old\n');
  });

  it('fails on a missing golden file, saying how to create it', () => {
    vi.stubEnv('UPDATE_GOLDEN', '');
    expect(() => expectGolden(path.join(directory, 'missing.md'), 'x')).toThrow(/the golden file .*missing\.md does not exist: create it with `UPDATE_GOLDEN=1 npx vitest run/);
  });
});
