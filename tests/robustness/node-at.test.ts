// nodeAtIndex (src/util/node-at.ts) is the O(depth · log n) stand-in for SourceCode#getNodeByRangeIndex
// that the URL finder calls once per URL-shaped token: it must give the very same node for every token.
import { readFileSync } from 'node:fs';
import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import * as espree from 'espree';
import type { TSESLint } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { nodeAtIndex } from '../../src/util/node-at.js';
import { generateSinkHeavy } from '../../bench/lib/generate.mjs';

const SAMPLES: Record<string, string> = {
  holesAndJsx: 'const [, a, , b] = list; const el = <a href={`/u?e=${a}`}>{b}</a>; f(...[, 1]);',
  typescript: 'class C<T> { @dec() m(@p x: T = 1 as T): void { label: for (;;) break label; } }\nexport type U = { a?: `x${string}` };',
  sinkHeavy: generateSinkHeavy(400, { ts: true }).text,
  urlAnalysis: readFileSync(new URL('../../src/analysis/facts/urls.ts', import.meta.url), 'utf8'),
};

/** Every token's start, looked up both ways. */
function mismatches(text: string): string[] {
  const linter = new Linter({ configType: 'flat' });
  const found: string[] = [];
  const probe = {
    rules: {
      compare: {
        create(context: TSESLint.RuleContext<string, []>) {
          const { sourceCode } = context;
          for (const token of sourceCode.ast.tokens) {
            const expected = sourceCode.getNodeByRangeIndex(token.range[0]);
            const actual = nodeAtIndex(sourceCode, token.range[0]);
            if (actual !== expected) found.push(`${token.value}@${token.range[0]}: ${actual?.type} vs ${expected?.type}`);
          }
          return {};
        },
      },
    },
  };
  const config = [
    {
      files: ['**/*.tsx'],
      languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
      plugins: { probe },
      rules: { 'probe/compare': 'error' },
    },
  ] as unknown as Linter.Config[];
  const messages = linter.verify(text, config, { filename: 'sample.tsx' });
  expect(messages.filter((message) => message.fatal)).toEqual([]);
  return found;
}

describe('nodeAtIndex', () => {
  it.each(Object.keys(SAMPLES))('finds the node getNodeByRangeIndex finds for every token (%s)', (name) => {
    expect(mismatches(SAMPLES[name]!)).toEqual([]);
  });

  it('gives null outside the program', () => {
    const sourceCode = { ast: espree.parse('a', { range: true, ecmaVersion: 'latest' }), visitorKeys: {} } as unknown as Readonly<TSESLint.SourceCode>;
    expect(nodeAtIndex(sourceCode, 5)).toBeNull();
  });
});
