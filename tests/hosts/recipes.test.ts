// The recipes in docs/recipes, exercised: each flat config lints a small project of its kind (copied
// to a temporary folder whose node_modules points at this repository), the lint-staged command runs,
// the GitHub Actions workflow is parsed and its commands checked, the VS Code settings are read, and
// the SARIF formatter's output for the example storefront validates against the SARIF 2.1.0 schema.
// Needs `npm run build`.
import { execFile } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { afterAll, describe, expect, it } from 'vitest';
import metaPrivacy from '../../dist/index.js';

const require = createRequire(import.meta.url);
const run = promisify(execFile);
const root = path.resolve(import.meta.dirname, '../..');
const recipes = path.join(root, 'docs/recipes');
const eslintBin = path.join(root, 'node_modules/eslint/bin/eslint.js');
/** Packages the recipes import, linked into each temporary project. */
const LINKED = ['typescript-eslint', 'eslint-plugin-html', 'vue-eslint-parser', 'typescript'];

const PIXEL_JSX = [
  "import Script from 'next/script';",
  'export const Pixel = () => (',
  '  <Script id="fb-pixel">',
  "    {`fbq('trackCustom', 'HivTestBooked');`}",
  '  </Script>',
  ');',
  '',
].join('\n');

const folders: string[] = [];
afterAll(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

/** A temporary project: the recipe as eslint.config.js, the given files, node_modules linked here. */
function project(recipe: string, files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'meta-privacy-recipe-'));
  folders.push(dir);
  copyFileSync(path.join(recipes, recipe), path.join(dir, 'eslint.config.js'));
  mkdirSync(path.join(dir, 'node_modules'));
  symlinkSync(root, path.join(dir, 'node_modules/eslint-plugin-meta-privacy'), 'dir');
  for (const name of LINKED) symlinkSync(path.join(root, 'node_modules', name), path.join(dir, 'node_modules', name), 'dir');
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, file)), { recursive: true });
    writeFileSync(path.join(dir, file), text);
  }
  return dir;
}

/** `file rule@line:column` of every message, fatal ones included. */
async function lint(dir: string): Promise<string[]> {
  const results = await new ESLint({ cwd: dir }).lintFiles(['.']);
  return results.flatMap((result) =>
    result.messages.map((m) => `${path.relative(dir, result.filePath)} ${m.ruleId ?? `fatal: ${m.message}`}@${m.line}:${m.column}`),
  );
}

describe('flat-config recipes', () => {
  it('flat-config.js: JavaScript and JSX with inline scripts', async () => {
    const dir = project('flat-config.js', {
      'package.json': '{ "type": "module" }',
      'src/Pixel.jsx': PIXEL_JSX,
      'src/lead.js': "fbq('track', 'Lead', { email: form.email });\n",
    });
    expect(await lint(dir)).toEqual(['src/Pixel.jsx meta-privacy/no-sensitive-event-data@4:26', 'src/lead.js meta-privacy/no-raw-pii@1:24']);
  });

  it('flat-config-typed.js: TypeScript with the project service, type-checked rules alongside', async () => {
    const dir = project('flat-config-typed.js', {
      'package.json': '{ "type": "module" }',
      'tsconfig.json': JSON.stringify({ compilerOptions: { strict: true, jsx: 'preserve', noEmit: true, skipLibCheck: true }, include: ['src'] }),
      'src/jsx.d.ts': 'declare namespace JSX { type Element = object; interface IntrinsicElements { [name: string]: object } }\n',
      'src/Pixel.tsx': PIXEL_JSX.replace("import Script from 'next/script';", 'declare const Script: (props: { id: string; children: string }) => null;'),
      'src/checkout.ts': [
        "type Email = string & { readonly __brand: 'Email' };",
        'declare function fbq(...args: unknown[]): void;',
        'export function track(contact: Email): void {',
        "  fbq('track', 'Purchase', { value: 1, currency: 'EUR', contact });",
        '}',
        '',
      ].join('\n'),
    });
    expect(await lint(dir)).toEqual([
      'src/Pixel.tsx meta-privacy/no-sensitive-event-data@4:26',
      // `contact` is raw PII by its type (Email), which only the typed setup can see
      'src/checkout.ts meta-privacy/no-raw-pii@4:57',
    ]);
  });

  it('flat-config-html-vue.js: an HTML page and a Vue SFC', async () => {
    const dir = project('flat-config-html-vue.js', {
      'package.json': '{ "type": "module" }',
      'index.html': [
        '<script>',
        "  fbq('consent', 'revoke');",
        "  fbq('init', '1');",
        "  fbq('trackCustom', 'RehabIntake');",
        '</script>',
        '<noscript><img src="https://www.facebook.com/tr?id=1&amp;ev=HivTest&amp;noscript=1"></noscript>',
        '',
      ].join('\n'),
      'Checkout.vue': ['<script setup lang="ts">', 'const { $fb } = useNuxtApp();', '$fb.enable();', '</script>', ''].join('\n'),
    });
    expect(await lint(dir)).toEqual([
      'Checkout.vue meta-privacy/require-consent@3:1',
      'index.html meta-privacy/no-sensitive-event-data@4:22',
      'index.html meta-privacy/no-sensitive-event-data@6:21',
    ]);
  });
});

describe('pre-commit recipe (husky + lint-staged)', () => {
  const config = path.join(recipes, 'lint-staged.config.js');

  it('runs lint-staged from the husky hook', () => {
    expect(readFileSync(path.join(recipes, 'husky/pre-commit'), 'utf8')).toMatch(/^npx lint-staged$/m);
  });

  it('its eslint command fails on a staged file with a finding and passes on a clean one', async () => {
    const { default: tasks } = (await import(config)) as { default: Record<string, string> };
    const [[pattern, command]] = Object.entries(tasks) as [[string, string]];
    expect(pattern).toContain('vue');
    expect(pattern).toContain('html');
    const [bin, ...flags] = command.split(' ');
    expect(bin).toBe('eslint');
    const dir = project('flat-config.js', {
      'package.json': '{ "type": "module" }',
      'bad.js': "fbq('track', 'Lead', { email: form.email });\n",
      'good.js': "fbq('track', 'Lead', { value: 1, currency: 'EUR' });\n",
    });
    // lint-staged appends the staged paths to the command.
    const lintStaged = (file: string) => run(process.execPath, [eslintBin, ...flags, path.join(dir, file)], { cwd: dir });
    await expect(lintStaged('good.js')).resolves.toMatchObject({ stdout: '' });
    await expect(lintStaged('bad.js')).rejects.toMatchObject({ code: 1, stdout: expect.stringContaining('meta-privacy/no-raw-pii') });
  });
});

describe('GitHub Actions recipe', () => {
  interface Step {
    uses?: string;
    run?: string;
    with?: Record<string, unknown>;
  }
  const yaml = require('js-yaml') as { load(text: string): unknown };
  const workflow = yaml.load(readFileSync(path.join(recipes, 'github-actions.yml'), 'utf8')) as {
    jobs: Record<string, { permissions: Record<string, string>; steps: Step[] }>;
  };
  const [job] = Object.values(workflow.jobs);
  const lintStep = job!.steps.find((step) => step.run?.includes('eslint'));
  const upload = job!.steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif@'));

  it('may upload to code scanning', () => {
    expect(job!.permissions).toMatchObject({ 'security-events': 'write' });
    expect(job!.steps.map((step) => step.run ?? step.uses)).toEqual(expect.arrayContaining(['npm ci', expect.stringMatching(/^actions\/checkout@/)]));
  });

  it('writes SARIF with @microsoft/eslint-formatter-sarif and uploads that file', () => {
    const args = lintStep!.run!.split(/\s+/);
    expect(args.slice(0, 3)).toEqual(['npx', 'eslint', '.']);
    const option = (name: string) => args[args.indexOf(name) + 1];
    expect(option('--format')).toBe('@microsoft/eslint-formatter-sarif');
    expect(() => require.resolve(option('--format')!)).not.toThrow();
    expect(upload!.with?.sarif_file).toBe(option('--output-file'));
  });
});

describe('VS Code recipe', () => {
  it('uses the flat config and validates HTML and Vue files', () => {
    const settings = JSON.parse(readFileSync(path.join(recipes, 'vscode-settings.json'), 'utf8')) as Record<string, unknown>;
    expect(settings['eslint.useFlatConfig']).toBe(true);
    expect(settings['eslint.validate']).toEqual(expect.arrayContaining(['javascript', 'typescriptreact', 'vue', 'html']));
  });
});

describe('SARIF for code scanning', () => {
  it('the formatter output for the example storefront is valid SARIF 2.1.0 with every finding', async () => {
    const eslint = new ESLint({
      cwd: root,
      overrideConfigFile: true,
      overrideConfig: [
        { files: ['**/*.{ts,tsx}'], languageOptions: { parser: tseslint.parser } },
        metaPrivacy.configs.recommended as never,
        metaPrivacy.configs['inline-scripts'] as never,
      ],
    });
    const results = await eslint.lintFiles(['examples/storefront/**/*.{js,jsx,ts,tsx}']);
    const formatter = await eslint.loadFormatter('@microsoft/eslint-formatter-sarif');
    const sarif = JSON.parse(await formatter.format(results)) as { runs: [{ results: { ruleId: string }[]; tool: { driver: { rules: { id: string }[] } } }] };

    const Ajv = require('ajv-draft-04') as new (options: object) => { compile(schema: object): ((data: unknown) => boolean) & { errors?: unknown } };
    const addFormats = require('ajv-formats') as (ajv: object) => void;
    const ajv = new Ajv({ strict: false, unicodeRegExp: false });
    addFormats(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(path.join(root, 'tests/fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8')) as object);
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);

    const findings = results.flatMap((result) => result.messages.map((message) => message.ruleId));
    expect(findings.length).toBeGreaterThan(10);
    expect(sarif.runs[0].results.map((result) => result.ruleId).sort()).toEqual([...findings].sort());
    expect(sarif.runs[0].tool.driver.rules.map((rule) => rule.id)).toEqual(expect.arrayContaining([...new Set(findings)]));
  });
});
