// unlintedFileTypes: the file types a project has that no config lints with this plugin's rules
// (for the inventory's warning), computed from ESLint's own config for each file.
import path from 'node:path';
import { ESLint } from 'eslint';
import html from 'eslint-plugin-html';
import vueParser from 'vue-eslint-parser';
import { describe, expect, it } from 'vitest';
import type { Linter } from 'eslint';
import plugin, { rules } from '../../src/index.js';
import { buildConfigs, unlintedFileTypes } from '../../src/configs.js';

const cwd = path.join(import.meta.dirname, '../e2e/projects/readme/js');
const FILES = ['src/a.js', 'src/B.jsx', 'src/c.mjs', 'src/Page.tsx', 'src/api.ts', 'src/Cart.vue', 'public/index.html', 'vendor/x.tsx'];

async function unlinted(config: unknown[]) {
  const eslint = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: config as never });
  return (await unlintedFileTypes(eslint, FILES)).map(({ extension, files, reason }) => `${extension} ${reason} ${files.join(',')}`);
}

/** The configs as a project without typescript-eslint gets them. */
const jsOnly = buildConfigs(rules, { plugin, parser: plugin.configs.recommended.languageOptions!.parser as Linter.Parser, typescript: false });

describe('unlintedFileTypes', () => {
  it('names TypeScript, Vue and HTML files the one-line setup leaves alone, and what to install or add', async () => {
    const eslint = new ESLint({ cwd, overrideConfigFile: true, overrideConfig: [jsOnly.recommended, { ignores: ['vendor/**'] }] });
    const found = await unlintedFileTypes(eslint, FILES);
    expect(found.map(({ extension, reason, files }) => [extension, reason, files])).toEqual([
      ['.html', 'not-linted', ['public/index.html']],
      ['.ts', 'not-linted', ['src/api.ts']],
      ['.tsx', 'not-linted', ['src/Page.tsx']],
      ['.vue', 'not-linted', ['src/Cart.vue']],
    ]);
    expect(found.find((type) => type.extension === '.tsx')!.fix).toMatch(/^Install typescript-eslint/);
    expect(found.find((type) => type.extension === '.vue')!.fix).toMatch(/metaPrivacy\.configs\.vue/);
    expect(found.find((type) => type.extension === '.html')!.fix).toMatch(/eslint-plugin-html .* metaPrivacy\.configs\.html/);
  });

  it('finds nothing when the README setups for TypeScript, HTML and Vue are in place', async () => {
    const config = [
      plugin.configs.recommended,
      { files: ['**/*.html'], plugins: { html } },
      plugin.configs.html,
      { files: ['**/*.vue'], languageOptions: { parser: vueParser } },
      plugin.configs.vue,
    ];
    expect(await unlinted(config)).toEqual([]);
  });

  it('says when files are linted, but not with this plugin\'s rules', async () => {
    expect(await unlinted([plugin.configs.recommended, { files: ['**/*.vue', '**/*.html'], languageOptions: { parser: vueParser } }])).toEqual([
      '.html no-rules public/index.html',
      '.vue no-rules src/Cart.vue',
    ]);
  });

  it('reports .jsx and TypeScript files a config without `files` never reaches, and leaves ignored folders alone', async () => {
    const bare = { plugins: { 'meta-privacy': plugin }, rules: plugin.configs.recommended.rules };
    expect(await unlinted([bare, { ignores: ['vendor/**'] }])).toEqual([
      '.html not-linted public/index.html',
      '.jsx not-linted src/B.jsx',
      '.ts not-linted src/api.ts',
      '.tsx not-linted src/Page.tsx',
      '.vue not-linted src/Cart.vue',
    ]);
  });
});
