// The README's setups, as a user gets them: every config snippet marked `<!-- e2e: project … -->` in
// README.md is written as the eslint.config of the fixture projects it names
// (tests/e2e/projects/readme/<project>), the package is installed the way npm installs it (package.json
// and dist/ copied into node_modules, its dependencies beside it), and the real ESLint CLI (10 and 9)
// lints the project. Every file must be linted (a file whose first line says `e2e: not linted` must
// not be), nothing may fail to parse, and the findings are exactly the `❌ <rule>` annotations.
// JavaScript projects get no typescript-eslint in their node_modules. Needs `npm run build`.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const fixtures = path.join(root, 'tests/e2e/projects/readme');
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { name: string; dependencies: Record<string, string> };

/** Fixture projects, and whether typescript-eslint (with typescript, eslint-plugin-html, vue-eslint-parser) is installed. */
const PROJECTS: Readonly<Record<string, boolean>> = {
  js: false,
  'next-pages': false,
  cjs: false,
  strict: false,
  all: false,
  ts: true,
  typed: true,
  'next-app': true,
  html: true,
  vue: true,
};
const TOOLING = ['typescript-eslint', '@typescript-eslint/parser', 'typescript', 'eslint-plugin-html', 'vue-eslint-parser'];
const ENGINES = [
  ['ESLint 10', 'eslint'],
  ['ESLint 9', 'eslint9'],
] as const;

interface Snippet {
  readonly file: string;
  readonly text: string;
}

/** The README's config snippets by fixture project; `all` is the `strict` one with `configs.all`. */
function readmeSnippets(): Map<string, Snippet> {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const snippets = new Map<string, Snippet>();
  for (const match of readme.matchAll(/<!-- e2e: ([\w -]+) -->\n( *)```js\n([\s\S]*?)\n *```/g)) {
    const text = `${match[3]!
      .split('\n')
      .map((line) => line.slice(match[2]!.length))
      .join('\n')}\n`;
    const file = /^\/\/ (eslint\.config\.c?js)\n/.exec(text)?.[1] ?? 'eslint.config.js';
    for (const project of match[1]!.trim().split(/\s+/)) snippets.set(project, { file, text });
  }
  const strict = snippets.get('strict');
  if (strict) snippets.set('all', { file: strict.file, text: strict.text.replaceAll('configs.strict', 'configs.all') });
  return snippets;
}

function link(nodeModules: string, name: string, target = name): void {
  mkdirSync(path.dirname(path.join(nodeModules, name)), { recursive: true });
  symlinkSync(path.join(root, 'node_modules', target), path.join(nodeModules, name), 'dir');
}

/** A folder whose node_modules holds the packed package (a copy), its dependencies, ESLint and the tooling. */
function installRoot(scratch: string, eslint: string, tooling: boolean): string {
  const dir = path.join(scratch, `${eslint}-${tooling ? 'ts' : 'js'}`);
  const nodeModules = path.join(dir, 'node_modules');
  const installed = path.join(nodeModules, pkg.name);
  mkdirSync(installed, { recursive: true });
  cpSync(path.join(root, 'package.json'), path.join(installed, 'package.json'));
  cpSync(path.join(root, 'dist'), path.join(installed, 'dist'), { recursive: true });
  for (const name of Object.keys(pkg.dependencies)) link(nodeModules, name);
  link(nodeModules, 'eslint', eslint);
  if (tooling) for (const name of TOOLING) link(nodeModules, name);
  return dir;
}

function filesOf(dir: string): string[] {
  return (readdirSync(dir, { recursive: true, withFileTypes: true }) as import('node:fs').Dirent[])
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(dir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'))
    .sort();
}

interface Expected {
  readonly linted: string[];
  readonly findings: string[];
}

/** What the fixture's files say: which are linted, and `file:line rule` for every `❌ rule`. */
function expectedOf(project: string, configFile: string): Expected {
  const dir = path.join(fixtures, project);
  const linted = [configFile];
  const findings: string[] = [];
  for (const file of filesOf(dir)) {
    if (file === 'package.json' || file === 'tsconfig.json') continue;
    const lines = readFileSync(path.join(dir, file), 'utf8').split('\n');
    if (!lines[0]!.includes('e2e: not linted')) linted.push(file);
    lines.forEach((line, index) => {
      for (const mark of line.matchAll(/❌ ([a-z]+(?:-[a-z]+)+)/g)) findings.push(`${file}:${index + 1} meta-privacy/${mark[1]}`);
    });
  }
  return { linted: linted.sort(), findings: findings.sort() };
}

interface Outcome {
  readonly linted: string[];
  readonly fatal: string[];
  readonly findings: string[];
}

async function lintProject(projectDir: string, eslint: string): Promise<Outcome> {
  const bin = path.join(root, 'node_modules', eslint, 'bin/eslint.js');
  const { stdout } = await run(process.execPath, [bin, '--format', 'json', '.'], { cwd: projectDir, maxBuffer: 16 * 1024 * 1024 }).catch(
    // Exit code 1 means "problems found": the JSON is still on stdout.
    (error: { code?: number; stdout?: string; stderr?: string }) =>
      error.code === 1 && error.stdout ? { stdout: error.stdout } : Promise.reject(new Error(`${eslint} failed in ${projectDir}: ${error.stderr}`)),
  );
  const results = JSON.parse(stdout) as { filePath: string; messages: { ruleId: string | null; line: number; message: string; fatal?: boolean }[] }[];
  const relative = (file: string) => path.relative(projectDir, file).split(path.sep).join('/');
  return {
    linted: results.map((result) => relative(result.filePath)).sort(),
    fatal: results.flatMap((result) => result.messages.filter((m) => m.fatal || m.ruleId === null).map((m) => `${relative(result.filePath)}:${m.line} ${m.message}`)),
    findings: results
      .flatMap((result) => result.messages.filter((m) => m.ruleId?.startsWith('meta-privacy/')).map((m) => `${relative(result.filePath)}:${m.line} ${m.ruleId}`))
      .sort(),
  };
}

const snippets = readmeSnippets();
const scratch = mkdtempSync(path.join(os.tmpdir(), 'meta-privacy-readme-'));
const outcomes = new Map<string, Outcome>();

beforeAll(async () => {
  const jobs: Array<() => Promise<void>> = [];
  for (const [, eslint] of ENGINES) {
    const roots = { js: installRoot(scratch, eslint, false), ts: installRoot(scratch, eslint, true) };
    for (const [project, tooling] of Object.entries(PROJECTS)) {
      const snippet = snippets.get(project);
      if (!snippet) continue;
      const dir = path.join(tooling ? roots.ts : roots.js, project);
      cpSync(path.join(fixtures, project), dir, { recursive: true });
      writeFileSync(path.join(dir, snippet.file), snippet.text);
      jobs.push(async () => void outcomes.set(`${eslint}:${project}`, await lintProject(dir, eslint)));
    }
  }
  // Two at a time: the machine has two cores.
  const next = async (): Promise<void> => {
    const job = jobs.shift();
    if (job) await job().then(next);
  };
  await Promise.all([next(), next()]);
}, 300_000);

afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('README config snippets', () => {
  it('name every fixture project', () => {
    expect([...snippets.keys()].sort()).toEqual(Object.keys(PROJECTS).sort());
  });
});

describe.each(ENGINES)('%s CLI on the README setups', (_label, eslint) => {
  it.each(Object.keys(PROJECTS))('%s: every file linted, nothing unparsed, the planted findings reported', (project) => {
    const outcome = outcomes.get(`${eslint}:${project}`)!;
    const expected = expectedOf(project, snippets.get(project)!.file);
    expect(outcome.fatal).toEqual([]);
    expect(outcome.linted).toEqual(expected.linted);
    expect(outcome.findings).toEqual(expected.findings);
  });
});
