import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '../..');

describe('generated docs', () => {
  it('rule headers, options lists and the README rules table match the built rules (run `npm run docs`)', () => {
    expect(existsSync(join(ROOT, 'dist/index.js')), 'run `npm run build` first (npm test does)').toBe(true);
    const result = spawnSync(process.execPath, [join(ROOT, 'node_modules/eslint-doc-generator/dist/bin/eslint-doc-generator.js'), '--check'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    expect(`${result.stdout}${result.stderr}`.trim()).toBe('');
    expect(result.status).toBe(0);
  });
});
