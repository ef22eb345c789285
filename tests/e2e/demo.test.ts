// `node scripts/demo.mjs` on the example storefront: every example file parses, and the planted
// mistakes of the rules that exist are found in the files they were planted in. Counts change as
// rules land, so this checks presence per file, not totals. The `// ❌ <rule>:` and `// ✅` comments
// in the examples are checked too, for the rules that exist. Needs `npm run build`.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');

interface DemoMessage {
  ruleId: string | null;
  line: number;
  column: number;
  message: string;
  fatal?: boolean;
}

interface DemoOutput {
  plugin: { name: string; version: string };
  rules: string[];
  results: Array<{ filePath: string; messages: DemoMessage[] }>;
  counts: Record<string, number>;
}

/** Every JS/TS file of the example, as the demo's glob sees it (repository-relative, `/`-separated). */
const EXAMPLE_FILES = (readdirSync(path.join(root, 'examples/storefront'), { recursive: true }) as string[])
  .map((file) => `examples/storefront/${file.split(path.sep).join('/')}`)
  .filter((file) => /\.(?:js|jsx|ts|tsx)$/.test(file) && !file.includes('/node_modules/'))
  .sort();

/** Rule findings the examples must produce: [file, rule id] (at least one each). */
const EXPECTED: Array<[file: string, ruleId: string]> = [
  ['examples/storefront/src/pixel/lead-form.js', 'meta-privacy/no-raw-pii'],
  ['examples/storefront/src/pixel/checkout-tracking.ts', 'meta-privacy/no-raw-pii'],
  ['examples/storefront/server/capi-route.js', 'meta-privacy/no-raw-pii'],
  ['examples/storefront/server/capi-route.js', 'meta-privacy/no-unhashed-identifiers'],
  ['examples/storefront/server/sdk-events.ts', 'meta-privacy/no-raw-pii'],
  ['examples/storefront/server/sdk-events.ts', 'meta-privacy/no-unhashed-identifiers'],
  ['examples/storefront/app/order-confirmed.tsx', 'meta-privacy/require-consent'],
  ['examples/storefront/app/order-confirmed.tsx', 'meta-privacy/no-raw-pii'],
  ['examples/storefront/app/order-confirmed.tsx', 'meta-privacy/no-sensitive-event-data'],
  ['examples/storefront/app/app.config.ts', 'meta-privacy/require-consent'],
  ['examples/storefront/app/analytics.ts', 'meta-privacy/require-consent'],
  ['examples/storefront/server/audience-sync.js', 'meta-privacy/no-unhashed-identifiers'],
];

const RULE_IDS = [
  'no-raw-pii',
  'no-unhashed-identifiers',
  'no-sensitive-event-data',
  'no-pii-in-url',
  'require-consent',
  'valid-data-processing-options',
  'no-exposed-access-token',
  'no-test-event-code',
];

interface Annotation {
  file: string;
  kind: '✅' | '❌';
  /** The rule named right after the mark (`// ❌ no-raw-pii: …`); none means "every rule" for ✅. */
  rule: string | undefined;
  /** 1-based line of the comment. */
  line: number;
  /** 1-based lines of the code it annotates: from the next code line up to a blank line or a comment. */
  span: number[];
}

/** The `// ✅` / `// ❌` annotations of an example file. */
function annotationsOf(file: string): Annotation[] {
  const lines = readFileSync(path.join(root, file), 'utf8').split('\n');
  const isComment = (text: string) => /^\s*(\/\/|\/\*|\*)/.test(text);
  const annotations: Annotation[] = [];
  lines.forEach((text, index) => {
    const mark = /\/\/\s*(✅|❌)\s*(?:([a-z]+(?:-[a-z]+)+):)?/u.exec(text);
    if (!mark) return;
    let next = index + 1;
    while (next < lines.length && isComment(lines[next]!)) next++;
    const span: number[] = [];
    for (; next < lines.length && lines[next]!.trim() !== '' && !isComment(lines[next]!); next++) span.push(next + 1);
    annotations.push({ file, kind: mark[1] as '✅' | '❌', rule: mark[2], line: index + 1, span });
  });
  return annotations;
}

const ANNOTATIONS = EXAMPLE_FILES.flatMap(annotationsOf);

describe('npm run demo (DEMO_FORMAT=json)', () => {
  let output: DemoOutput;
  const messagesOf = (file: string) => output.results.find((result) => result.filePath === file)?.messages ?? [];

  beforeAll(async () => {
    const { stdout } = await run(process.execPath, ['scripts/demo.mjs'], {
      cwd: root,
      env: { ...process.env, DEMO_FORMAT: 'json' },
    });
    output = JSON.parse(stdout) as DemoOutput;
  }, 30_000);

  it('lints every example file with the built plugin', () => {
    expect(output.plugin.name).toBe('eslint-plugin-meta-privacy');
    expect(EXAMPLE_FILES).toEqual(expect.arrayContaining(EXPECTED.map(([file]) => file)));
    expect(output.results.map((result) => result.filePath).sort()).toEqual(EXAMPLE_FILES);
  });

  it('parses every example file', () => {
    const fatal = output.results.flatMap((result) =>
      result.messages.filter((m) => m.fatal || m.ruleId === null).map((m) => `${result.filePath}:${m.line} ${m.message}`),
    );
    expect(fatal).toEqual([]);
  });

  it('counts findings per rule id', () => {
    const counts: Record<string, number> = {};
    for (const result of output.results) {
      for (const m of result.messages) counts[m.ruleId ?? 'parse error'] = (counts[m.ruleId ?? 'parse error'] ?? 0) + 1;
    }
    expect(output.counts).toEqual(counts);
  });

  it.each(EXPECTED)('%s has a %s finding', (file, ruleId) => {
    expect(output.rules).toContain(ruleId);
    expect(messagesOf(file).map((m) => m.ruleId)).toContain(ruleId);
  });

  it('finds nothing in files without Meta sinks', () => {
    expect(messagesOf('examples/storefront/server/db.js')).toEqual([]);
    expect(messagesOf('examples/storefront/eslint.config.js')).toEqual([]);
  });

  it('annotates the examples with real rule ids', () => {
    expect(ANNOTATIONS.filter((a) => a.kind === '❌').length).toBeGreaterThan(10);
    expect(ANNOTATIONS.filter((a) => a.kind === '✅').length).toBeGreaterThan(10);
    for (const annotation of ANNOTATIONS) {
      if (annotation.kind === '❌') expect(annotation.rule, `${annotation.file}:${annotation.line}`).toBeDefined();
      if (annotation.rule) expect(RULE_IDS, `${annotation.file}:${annotation.line}`).toContain(annotation.rule);
      expect(annotation.span.length, `${annotation.file}:${annotation.line}`).toBeGreaterThan(0);
    }
  });

  it('reports every planted mistake of the enabled rules (`// ❌ <rule>:`)', () => {
    const missed = ANNOTATIONS.filter(
      (a) =>
        a.kind === '❌' &&
        output.rules.includes(`meta-privacy/${a.rule}`) &&
        !messagesOf(a.file).some((m) => m.ruleId === `meta-privacy/${a.rule}` && a.span.includes(m.line)),
    ).map((a) => `${a.file}:${a.line} expected meta-privacy/${a.rule} on lines ${a.span[0]}-${a.span.at(-1)}`);
    expect(missed).toEqual([]);
  });

  it('stays quiet on correct code (`// ✅`) and reports nothing that was not planted', () => {
    const unexpected = output.results.flatMap((result) =>
      result.messages
        .filter((m) => {
          const rule = m.ruleId?.replace(/^meta-privacy\//, '');
          const annotated = ANNOTATIONS.filter((a) => a.file === result.filePath && a.span.includes(m.line));
          const quiet = annotated.some((a) => a.kind === '✅' && (a.rule === undefined || a.rule === rule));
          const planted = annotated.some((a) => a.kind === '❌' && a.rule === rule);
          return quiet || !planted;
        })
        .map((m) => `${result.filePath}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`),
    );
    expect(unexpected).toEqual([]);
  });

  it("gives the same findings as the example's own eslint.config.js run the way a user runs it", async () => {
    // A copy of the example whose node_modules holds the plugin (-> this repository) and typescript-eslint.
    const dir = mkdtempSync(path.join(os.tmpdir(), 'meta-privacy-storefront-'));
    try {
      cpSync(path.join(root, 'examples/storefront'), dir, { recursive: true });
      mkdirSync(path.join(dir, 'node_modules'));
      symlinkSync(root, path.join(dir, 'node_modules/eslint-plugin-meta-privacy'), 'dir');
      symlinkSync(path.join(root, 'node_modules/typescript-eslint'), path.join(dir, 'node_modules/typescript-eslint'), 'dir');
      const results = await new ESLint({ cwd: dir }).lintFiles(['.']);
      const found = results
        .flatMap((result) =>
          result.messages.map((m) => {
            const file = path.relative(dir, result.filePath).split(path.sep).join('/');
            return `examples/storefront/${file}:${m.line}:${m.column} ${m.ruleId}`;
          }),
        )
        .sort();
      const expected = output.results
        .flatMap((result) => result.messages.map((m) => `${result.filePath}:${m.line}:${m.column} ${m.ruleId}`))
        .sort();
      expect(found.length).toBeGreaterThan(0);
      expect(found).toEqual(expected);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 20_000);
});

describe('npm run demo (text)', () => {
  let lines: string[];

  beforeAll(async () => {
    const { stdout } = await run(process.execPath, ['scripts/demo.mjs'], { cwd: root, maxBuffer: 16 * 1024 * 1024 });
    lines = stdout.split('\n');
  }, 60_000);

  it('says first that the mistakes are planted in an example shop, and that exiting 0 is deliberate', () => {
    expect(lines[0]).toMatch(/^These are mistakes planted on purpose in examples\/storefront, an example shop, .*the demo exits 0 on purpose/);
  });

  it('prints the findings, their counts, then the data inventory of the same shop', () => {
    const finding = lines.findIndex((line) => /^\s+\d+:\d+\s+error\s+.*meta-privacy\/no-raw-pii$/.test(line));
    const counts = lines.indexOf('meta-privacy/no-raw-pii: ' + lines.find((line) => line.startsWith('meta-privacy/no-raw-pii: '))?.split(': ')[1]);
    const inventory = lines.findIndex((line) => line.startsWith('The data inventory of the same shop (meta-privacy inventory examples/storefront'));
    const inventoryRow = lines.findIndex((line, index) => index > inventory && /capi-http\s+server event/.test(line));
    expect(finding).toBeGreaterThan(0);
    expect(counts).toBeGreaterThan(finding);
    expect(inventory).toBeGreaterThan(counts);
    expect(inventoryRow).toBeGreaterThan(inventory);
    expect(lines.slice(inventory)).toContain('examples/storefront/server/capi-route.js');
  });
});

