// The `meta-privacy` command line in-process (src/cli/main.ts): usage errors and their exit code 2,
// help and version, colours only on a terminal without NO_COLOR, --output failures. The spawned bin
// is covered by examples.test.ts.
import { cpSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projects, tempDir } from './helpers.js';
import { runMain } from './run-main.js';

/** `meta-privacy …argv` in-process, in the current directory unless told. */
const run = (argv: string[], options: { cwd?: string; tty?: boolean; env?: Record<string, string> } = {}) => runMain(argv, { ...options, cwd: options.cwd ?? process.cwd() });

const project = tempDir('cli');
cpSync(path.join(projects, 'no-config'), project.dir, { recursive: true });
afterAll(() => project.remove());

describe('usage errors exit with 2 and say what is wrong', () => {
  it.each([
    [[], /missing command: the only command is `inventory`/],
    [['invent'], /unknown command `invent`/],
    [['inventory', '--format', 'xml'], /unknown format `xml`: use one of table, markdown, json, sarif/],
    [['inventory', '--formt', 'json'], /Unknown option '--formt'/],
    [['inventory', '--output'], /argument missing/],
  ])('meta-privacy %j', async (argv, message) => {
    const result = await run(argv);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/Run `meta-privacy --help` for usage/);
  });

  it('paths that match no file, with --error-on-unmatched-pattern', async () => {
    const result = await run(['inventory', 'no/such/dir', '--error-on-unmatched-pattern'], { cwd: project.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/No files matching 'no\/such\/dir'/);
  });

  it('an --output file that cannot be written (a directory of that name)', async () => {
    const result = await run(['inventory', 'src/landing.js', '-o', 'src'], { cwd: project.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/cannot write src: EISDIR/);
  });

  it.each([
    [['--concurrency', 'many'], /--concurrency takes a number of threads, auto or off, not `many`/],
    [['--summary', '-f', 'json'], /--summary is a Markdown report: drop `--format json`/],
    [['--cache-strategy', 'mtime'], /unknown cache strategy `mtime`: use metadata or content/],
  ])('meta-privacy inventory %j', async (argv, message) => {
    const result = await run(['inventory', ...argv], { cwd: project.dir });
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
  });
});

describe('help and version', () => {
  it('--help prints the usage with the formats and exit codes', async () => {
    const result = await run(['--help']);
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/^Usage: meta-privacy inventory \[paths…\] \[options\]/);
    expect(result.stdout).toContain('table, markdown, json, sarif');
    expect(result.stdout).toContain('2 usage or configuration error');
  });

  it('--version prints the package version', async () => {
    expect((await run(['-v'])).stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});

describe('the table format', () => {
  it('is coloured on a terminal, plain with NO_COLOR, and --fail-on-findings gives 1', async () => {
    const coloured = await run(['inventory', 'src/landing.js', '--fail-on-findings'], { cwd: project.dir, tty: true });
    expect(coloured.code).toBe(1);
    expect(coloured.stdout).toContain('\u001b[31m');
    const plain = await run(['inventory', 'src/landing.js'], { cwd: project.dir, tty: true, env: { NO_COLOR: '1' } });
    expect(plain.code).toBe(0);
    expect(plain.stdout).not.toContain('\u001b[');
    expect(plain.stdout).toMatch(/^src\/landing\.js$/m);
    expect(plain.stdout).toMatch(/email: raw email address ← `form\.email`/);
  });
});
