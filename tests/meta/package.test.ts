// The package as npm publishes it: packed from a clean copy of the repository's tracked files (no
// dist/ there: `prepack` builds it), checked by publint --strict and Are The Types Wrong, with its
// metadata, license, rule documentation URLs and every README link usable from the npm page.
import { execFile } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';

const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const REPOSITORY = 'https://github.com/meta-privacy/eslint-plugin-meta-privacy';
const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as Record<string, unknown> & {
  main: string;
  types: string;
  bin: Record<string, string>;
  exports: Record<string, unknown>;
};
const scratch = mkdtempSync(path.join(os.tmpdir(), 'meta-privacy-pack-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

const tracked = (await run('git', ['ls-files', '-z'], { cwd: root, maxBuffer: 64 * 1024 * 1024 })).stdout.split('\0').filter(Boolean);
let tarball = '';
let packed: string[] = [];

beforeAll(async () => {
  const clone = path.join(scratch, 'clone');
  for (const file of tracked) {
    if (!existsSync(path.join(root, file))) continue;
    mkdirSync(path.dirname(path.join(clone, file)), { recursive: true });
    copyFileSync(path.join(root, file), path.join(clone, file));
  }
  symlinkSync(path.join(root, 'node_modules'), path.join(clone, 'node_modules'), 'dir');
  expect(existsSync(path.join(clone, 'dist'))).toBe(false);
  const { stdout } = await run('npm', ['pack', '--json', '--pack-destination', scratch], { cwd: clone, maxBuffer: 64 * 1024 * 1024 });
  // Lifecycle output (the prepack build) comes first; the JSON report is the last thing printed.
  const [report] = JSON.parse(stdout.slice(stdout.lastIndexOf('\n[') + 1)) as [{ filename: string; files: { path: string }[] }];
  tarball = path.join(scratch, report.filename);
  packed = report.files.map((file) => file.path).sort();
}, 240_000);

/** The GitHub heading anchors of a Markdown file. */
function anchorsOf(markdown: string): Set<string> {
  const anchors = new Set<string>();
  for (const [, heading] of markdown.matchAll(/^#{1,6} (.+)$/gm)) {
    anchors.add(heading!.trim().toLowerCase().replace(/[^\w\- ]/g, '').replace(/ /g, '-'));
  }
  return anchors;
}

describe('npm pack from a clean copy', () => {
  it('builds dist/ (prepack) and ships every entry point, the license, the README and the docs', () => {
    const targets = [pkg.main, pkg.types, ...Object.values(pkg.bin), ...(JSON.stringify(pkg.exports).match(/"\.\/[^"]+"/g) ?? []).map((target) => JSON.parse(target) as string)];
    for (const target of targets) expect(packed, target).toContain(path.posix.normalize(target));
    expect(packed).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'package.json', 'docs/settings.md', 'docs/rules/no-raw-pii.md']));
    expect(packed.filter((file) => /^(src|tests|examples|bench|scripts)\//.test(file))).toEqual([]);
  });

  it('is clean for publint --strict', async () => {
    const { stdout } = await run(process.execPath, [path.join(root, 'node_modules/publint/src/cli.js'), 'run', '--strict', tarball], { cwd: scratch });
    expect(stdout).toMatch(/All good!/);
  }, 60_000);

  it('is clean for Are The Types Wrong (node10, node16 from CJS and ESM, bundler)', async () => {
    const attw = path.join(root, 'node_modules/@arethetypeswrong/cli/dist/index.js');
    const outcome = await run(process.execPath, [attw, tarball, '--format', 'json'], { cwd: scratch, maxBuffer: 64 * 1024 * 1024 }).then(
      ({ stdout }) => stdout,
      (error: { stdout: string }) => error.stdout,
    );
    const { analysis } = JSON.parse(outcome) as { analysis: { problems: unknown[] } };
    expect(analysis.problems).toEqual([]);
  }, 60_000);
});

describe('package metadata', () => {
  it('names the repository, homepage, issue tracker and MIT license file', () => {
    expect(pkg).toMatchObject({
      license: 'MIT',
      repository: { type: 'git', url: `git+${REPOSITORY}.git` },
      homepage: `${REPOSITORY}#readme`,
      bugs: { url: `${REPOSITORY}/issues` },
    });
    expect(readFileSync(path.join(root, 'LICENSE'), 'utf8')).toMatch(/^MIT License\n[\s\S]*Permission is hereby granted, free of charge/);
  });

  it.each(Object.keys(plugin.rules))('%s: docs.url is its documentation page in the repository, shipped in the package', (id) => {
    expect(plugin.rules[id]!.meta.docs!.url).toBe(`${REPOSITORY}/blob/main/docs/rules/${id}.md`);
    expect(tracked).toContain(`docs/rules/${id}.md`);
  });
});

describe('README links, as the npm page shows them', () => {
  const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
  const links = [...readme.matchAll(/\]\(([^)\s]+)\)/g)].map((match) => match[1]!);

  it('says the package is not affiliated with Meta', () => {
    expect(readme).toMatch(/Not affiliated with, endorsed or sponsored by Meta/);
  });

  it('links relatively only to files in the package, and to headings that exist', () => {
    const relative = links.filter((link) => !/^[a-z]+:/.test(link));
    expect(relative.length).toBeGreaterThan(10);
    for (const link of relative) {
      const [file, anchor] = link.split('#') as [string, string | undefined];
      const target = file === '' ? 'README.md' : path.posix.normalize(file);
      expect(packed, link).toContain(target);
      if (anchor) expect([...anchorsOf(readFileSync(path.join(root, target), 'utf8'))], link).toContain(anchor);
    }
  });

  it('links to files outside the package with absolute repository URLs that exist', () => {
    const absolute = links.filter((link) => link.startsWith(`${REPOSITORY}/`));
    expect(absolute.length).toBeGreaterThan(0);
    for (const link of absolute) {
      const [, kind, file, anchor] = /^[^#]+\/(blob|tree)\/main\/([^#]+)(?:#(.+))?$/.exec(link) ?? [];
      expect(kind, link).toBeDefined();
      expect(tracked.some((tracked) => tracked === file || tracked.startsWith(`${file}/`)), link).toBe(true);
      if (anchor) expect(anchorExists(readFileSync(path.join(root, file!), 'utf8'), anchor), link).toBe(true);
    }
  });
});

/** A heading anchor of a Markdown file, or a line anchor (`#L12`) GitHub gives every file. */
function anchorExists(text: string, anchor: string): boolean {
  const line = /^L(\d+)$/.exec(anchor);
  return line ? Number(line[1]) <= text.split('\n').length : anchorsOf(text).has(anchor);
}
