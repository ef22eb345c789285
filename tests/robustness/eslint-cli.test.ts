// The built plugin under the ESLint 10 CLI on a fixture project (tests/robustness/projects/cli):
// multithreaded linting, where every worker thread loads the config and so the plugin again, and
// the lint cache, which must be invalidated when the plugin's version or its settings change.
// Needs `npm run build` (npm test builds first).
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const project = path.join(root, 'tests/robustness/projects/cli');
const eslintBin = path.join(root, 'node_modules/eslint/bin/eslint.js');
const scratch = mkdtempSync(path.join(os.tmpdir(), 'meta-privacy-cli-'));
const log = path.join(scratch, 'linted.log');

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

interface Knobs {
  readonly version?: string;
  readonly pii?: string;
}

/** `file → rule:line …` for every file, in name order; the files the witness rule saw linted, and in which threads. */
interface CliRun {
  readonly findings: Record<string, string[]>;
  readonly linted: string[];
  readonly threads: Set<number>;
}

async function lint(args: readonly string[], knobs: Knobs = {}): Promise<CliRun> {
  writeFileSync(log, '');
  const env = { ...process.env, META_PRIVACY_FIXTURE_LOG: log, META_PRIVACY_FIXTURE_VERSION: knobs.version ?? '', META_PRIVACY_FIXTURE_PII: knobs.pii ?? '' };
  const { stdout } = await run(process.execPath, [eslintBin, '--format', 'json', ...args, '.'], { cwd: project, env, maxBuffer: 16 * 1024 * 1024 }).catch(
    // Exit code 1 means "problems found": the JSON is still on stdout.
    (error: { code?: number; stdout?: string }) => (error.code === 1 && error.stdout ? { stdout: error.stdout } : Promise.reject(error)),
  );
  const results = JSON.parse(stdout) as { filePath: string; messages: { ruleId: string | null; line: number }[] }[];
  const entries = results.map((result): [string, string[]] => [path.basename(result.filePath), result.messages.map((message) => `${message.ruleId}:${message.line}`)]);
  const findings = Object.fromEntries(entries.sort(([a], [b]) => a.localeCompare(b)));
  const lines = readFileSync(log, 'utf8').split('\n').filter(Boolean).map((line) => line.split('\t'));
  return { findings, linted: lines.map(([file]) => path.basename(file!)).sort(), threads: new Set(lines.map(([, thread]) => Number(thread))) };
}

const ALL_FILES = ['capi.js', 'loyalty.js', 'pixel.js', 'plain.js', 'url.js'];

describe('ESLint 10 CLI: multithreaded linting', () => {
  let single: CliRun;

  it('finds the fixture problems without concurrency', async () => {
    single = await lint(['--concurrency=off']);
    expect(single.linted).toEqual(ALL_FILES);
    expect(single.findings['pixel.js']).toEqual(['meta-privacy/require-consent:2', 'meta-privacy/no-raw-pii:3']);
    expect(single.findings['url.js']).toEqual(['meta-privacy/no-pii-in-url:2']);
    expect(single.findings['plain.js']).toEqual([]);
  });

  it('gives the same findings with --concurrency=2, the plugin loaded in two worker threads', async () => {
    const threaded = await lint(['--concurrency=2']);
    expect(threaded.findings).toEqual(single.findings);
    expect(threaded.linted).toEqual(ALL_FILES);
    expect(single.threads).toEqual(new Set([0]));
    expect(threaded.threads.size).toBe(2);
    expect(threaded.threads.has(0)).toBe(false);
  });

  it('gives the same findings with --concurrency=auto (as many threads as ESLint picks for this machine)', async () => {
    const auto = await lint(['--concurrency=auto']);
    expect(auto.findings).toEqual(single.findings);
    expect(auto.linted).toEqual(ALL_FILES);
  });
});

describe('ESLint 10 CLI: --cache', () => {
  const cache = ['--cache', '--cache-location', path.join(scratch, 'eslintcache')];

  it('re-lints nothing when nothing changed, everything when the settings or the plugin version change', async () => {
    const first = await lint(cache);
    expect(first.linted).toEqual(ALL_FILES);
    expect(first.findings['loyalty.js']).toEqual([]);

    const cached = await lint(cache);
    expect(cached.linted).toEqual([]);
    expect(cached.findings).toEqual(first.findings);

    const newSettings = await lint(cache, { pii: 'loyalty handle' });
    expect(newSettings.linted).toEqual(ALL_FILES);
    expect(newSettings.findings['loyalty.js']).toEqual(['meta-privacy/no-raw-pii:3']);
    expect((await lint(cache, { pii: 'loyalty handle' })).linted).toEqual([]);

    const newVersion = await lint(cache, { pii: 'loyalty handle', version: '99.0.0' });
    expect(newVersion.linted).toEqual(ALL_FILES);
    expect(newVersion.findings).toEqual(newSettings.findings);
  });

  it('works with the cache and worker threads together', async () => {
    const threadedCache = ['--concurrency=2', '--cache', '--cache-location', path.join(scratch, 'threaded-cache')];
    const first = await lint(threadedCache);
    const second = await lint(threadedCache);
    expect(first.linted).toEqual(ALL_FILES);
    expect(second.linted).toEqual([]);
    expect(second.findings).toEqual(first.findings);
  });
});
