import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import vueParser from 'vue-eslint-parser';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import { SETTING_KEYS } from '../../src/settings.js';

const DOCS = join(import.meta.dirname, '../../docs');
const ruleIds = Object.keys(plugin.rules);

interface CodeBlock {
  readonly expectation: 'incorrect' | 'correct';
  readonly language: string;
  readonly code: string;
  readonly line: number;
}

/** The fenced code blocks under "### ❌ Incorrect" and "### ✅ Correct". */
function exampleBlocks(markdown: string): CodeBlock[] {
  const blocks: CodeBlock[] = [];
  let expectation: CodeBlock['expectation'] | undefined;
  const lines = markdown.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line.startsWith('#')) expectation = line.includes('❌') ? 'incorrect' : line.includes('✅') ? 'correct' : undefined;
    const fence = /^```(\w+)/.exec(line);
    if (!fence || !expectation) continue;
    const start = index;
    const code: string[] = [];
    while (++index < lines.length && lines[index] !== '```') code.push(lines[index]!);
    blocks.push({ expectation, language: fence[1]!, code: code.join('\n'), line: start + 1 });
  }
  return blocks;
}

/** `vue` blocks are single-file components (vue-eslint-parser); the rest go to typescript-eslint's parser. */
function lint(ruleId: string, block: CodeBlock) {
  const linter = new Linter({ configType: 'flat' });
  const extension = ['ts', 'tsx', 'vue'].includes(block.language) ? block.language : 'jsx';
  const languageOptions = extension === 'vue' ? { parser: vueParser as never, sourceType: 'module' as const } : { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } };
  return linter.verify(
    block.code,
    [
      {
        files: ['**/*.{jsx,ts,tsx,vue}'],
        plugins: { 'meta-privacy': plugin as never },
        languageOptions,
        rules: { [`meta-privacy/${ruleId}`]: 'error' },
      },
    ],
    `example.${extension}`,
  );
}

describe('rule docs', () => {
  it('exist for every rule, and only for rules', () => {
    const files = readdirSync(join(DOCS, 'rules')).map((file) => file.replace(/\.md$/, ''));
    expect(files.sort()).toEqual([...ruleIds].sort());
  });

  describe.each(ruleIds)('%s', (ruleId) => {
    const markdown = readFileSync(join(DOCS, 'rules', `${ruleId}.md`), 'utf8');
    const rule = plugin.rules[ruleId]!;

    it('has the generated header, the required sections and the rule description', () => {
      expect(markdown.startsWith(`# meta-privacy/${ruleId}\n`)).toBe(true);
      expect(markdown).toContain('<!-- end auto-generated rule header -->');
      expect(markdown).toContain(`📝 ${rule.meta.docs?.description}.`);
      for (const heading of ['## Why', '## Examples', '### ❌ Incorrect', '### ✅ Correct', '## When Not To Use It']) {
        expect(markdown).toContain(`\n${heading}\n`);
      }
      if (rule.meta.schema && (rule.meta.schema as unknown[]).length > 0) {
        expect(markdown).toContain('<!-- begin auto-generated rule options list -->');
        const properties = Object.keys((rule.meta.schema as unknown as [{ properties: object }])[0].properties);
        for (const name of properties) expect(markdown).toContain(`| \`${name}\``);
      }
    });

    it('cites Meta as the source of the rule', () => {
      expect(markdown).toMatch(/Sources?: .*Meta/);
    });

    const blocks = exampleBlocks(markdown);
    it('has both incorrect and correct examples', () => {
      expect(blocks.some((block) => block.expectation === 'incorrect')).toBe(true);
      expect(blocks.some((block) => block.expectation === 'correct')).toBe(true);
    });

    it.each(blocks.map((block) => [`${block.expectation} example at line ${block.line}`, block] as const))('%s', (_name, block) => {
      const messages = lint(ruleId, block);
      expect(messages.filter((message) => message.fatal)).toEqual([]);
      const reports = messages.filter((message) => message.ruleId === `meta-privacy/${ruleId}`);
      if (block.expectation === 'incorrect') expect(reports.length).toBeGreaterThan(0);
      else expect(reports.map((report) => report.message)).toEqual([]);
    });
  });
});

describe('settings docs', () => {
  const markdown = readFileSync(join(DOCS, 'settings.md'), 'utf8');
  it.each(SETTING_KEYS)('documents `%s` with its default and an example', (key) => {
    const section = markdown.split(`\n## \`${key}\`\n`)[1]?.split('\n## ')[0];
    expect(section, `docs/settings.md has no "## \`${key}\`" section`).toBeDefined();
    expect(section).toContain('- Default:');
    expect(section).toContain('- Example:');
  });
});
