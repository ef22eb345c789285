// nodeAtIndex (src/util/node-at.ts) is the O(depth · log n) stand-in for SourceCode#getNodeByRangeIndex,
// and NodeCursor its version for offsets in order, which the URL finder calls once per URL-shaped token:
// both must give the very same node for every token.
import { readFileSync } from 'node:fs';
import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import * as espree from 'espree';
import type { TSESLint } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { NodeCursor, nodeAtIndex } from '../../src/util/node-at.js';
import { generateSinkHeavy } from '../../bench/lib/generate.mjs';

const SAMPLES: Record<string, string> = {
  holesAndJsx: 'const [, a, , b] = list; const el = <a href={`/u?e=${a}`}>{b}</a>; f(...[, 1]);',
  typescript: 'class C<T> { @dec() m(@p x: T = 1 as T): void { label: for (;;) break label; } }\nexport type U = { a?: `x${string}` };',
  sinkHeavy: generateSinkHeavy(400, { ts: true }).text,
  urlAnalysis: readFileSync(new URL('../../src/analysis/facts/urls.ts', import.meta.url), 'utf8'),
};

type SourceCode = Readonly<TSESLint.SourceCode>;
type Lookup = (sourceCode: SourceCode) => (index: number) => unknown;

const LOOKUPS: Record<string, Lookup> = {
  nodeAtIndex: (sourceCode) => (index) => nodeAtIndex(sourceCode, index),
  NodeCursor: (sourceCode) => {
    const cursor = new NodeCursor(sourceCode);
    return (index) => cursor.at(index);
  },
};

/** Every token's start, looked up with `lookup` and with getNodeByRangeIndex; `order` says in which order the tokens are taken. */
function mismatches(text: string, lookup: Lookup, order: 'forward' | 'backward' = 'forward'): string[] {
  const linter = new Linter({ configType: 'flat' });
  const found: string[] = [];
  const probe = {
    rules: {
      compare: {
        create(context: TSESLint.RuleContext<string, []>) {
          const { sourceCode } = context;
          const find = lookup(sourceCode);
          const tokens = order === 'forward' ? sourceCode.ast.tokens : [...sourceCode.ast.tokens].reverse();
          for (const token of tokens) {
            const expected = sourceCode.getNodeByRangeIndex(token.range[0]);
            const actual = find(token.range[0]) as typeof expected;
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

const CASES = Object.keys(LOOKUPS).flatMap((lookup) => Object.keys(SAMPLES).map((sample) => [lookup, sample] as const));

describe('nodeAtIndex and NodeCursor', () => {
  it.each(CASES)('%s finds the node getNodeByRangeIndex finds for every token (%s)', (lookup, sample) => {
    expect(mismatches(SAMPLES[sample]!, LOOKUPS[lookup]!)).toEqual([]);
  });

  it.each(Object.keys(SAMPLES))('NodeCursor finds the same nodes with the tokens taken backwards (%s)', (sample) => {
    expect(mismatches(SAMPLES[sample]!, LOOKUPS.NodeCursor!, 'backward')).toEqual([]);
  });

  it('gives null outside the program, also after a node was found', () => {
    const ast = espree.parse('a;  ', { range: true, ecmaVersion: 'latest' });
    const sourceCode = { ast, visitorKeys: { Program: ['body'], ExpressionStatement: ['expression'] } } as unknown as SourceCode;
    expect(nodeAtIndex(sourceCode, 5)).toBeNull();
    const cursor = new NodeCursor(sourceCode);
    expect(cursor.at(0)).toMatchObject({ type: 'Identifier' });
    expect(cursor.at(5)).toBeNull();
  });
});
