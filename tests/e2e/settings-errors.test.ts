// A wrong `settings['meta-privacy']` through the real ESLint CLI (10 and 9): what the user reads first
// is that this plugin's setting is wrong, and which — not a crash in whichever rule and file came
// first. Needs `npm run build`.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const project = path.join(root, 'tests/e2e/projects/settings');

const BINS: Array<[label: string, bin: string]> = [
  ['ESLint 10', 'node_modules/eslint/bin/eslint.js'],
  ['ESLint 9', 'node_modules/eslint9/bin/eslint.js'],
];

/** The CLI's exit code and the lines it printed to stderr after its own "Oops!" header. */
async function lintWithSettings(bin: string, settings: unknown): Promise<{ code: number; lines: string[] }> {
  const env = { ...process.env, META_PRIVACY_FIXTURE_SETTINGS: JSON.stringify(settings) };
  const outcome = await run(process.execPath, [path.join(root, bin), '.'], { cwd: project, env }).then(
    () => ({ code: 0, stderr: '' }),
    (error: { code: number; stderr: string }) => ({ code: error.code, stderr: error.stderr }),
  );
  const lines = outcome.stderr.split('\n').filter((line) => line.trim() !== '');
  const start = lines.findIndex((line) => /^ESLint: \d/.test(line));
  return { code: outcome.code, lines: lines.slice(start + 1) };
}

describe.each(BINS)('%s CLI', (_label, bin) => {
  it('names the plugin and the key on the first line, the problem on the second, and nothing else', async () => {
    const { code, lines } = await lintWithSettings(bin, { 'meta-privacy': { hashFunction: ['sha256Hex'] } });
    expect(code).toBe(2);
    expect(lines).toEqual([
      "Invalid eslint-plugin-meta-privacy setting: settings['meta-privacy'].hashFunction",
      expect.stringMatching(/^settings\['meta-privacy'\]\.hashFunction is not a setting of this plugin \(known: piiNames, .*\); got \["sha256Hex"\]\.$/),
    ]);
  });

  it.each(['metaPrivacy', 'meta_privacy'])('reports the misspelt namespace settings.%s instead of ignoring it', async (namespace) => {
    const { code, lines } = await lintWithSettings(bin, { [namespace]: { notPiiNames: ['email'] } });
    expect(code).toBe(2);
    expect(lines[0]).toBe(`Invalid eslint-plugin-meta-privacy setting: settings['${namespace}']`);
    expect(lines).toHaveLength(2);
  });

  it('lints normally with valid settings', async () => {
    const { code } = await lintWithSettings(bin, { 'meta-privacy': { notPiiNames: ['contactHandle'] } });
    expect(code).toBe(1);
  });
});
