// createRule passes on the options ESLint (9.15+) already merged with `meta.defaultOptions`, without a
// second merge per file (a structured clone and deep merge cost more than a sink-free file's whole
// check): what every file gets must still be what typescript-eslint's applyDefault would give.
import { Linter } from 'eslint';
import { ESLintUtils } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { checkAfterTraversal, checkSinksAfterTraversal, createRule } from '../../src/util/create-rule.js';

type Options = [{ flag: boolean; list: string[]; nested: { a: number; b: number } }];
const DEFAULTS: Options = [{ flag: false, list: ['x'], nested: { a: 1, b: 2 } }];

function probeRule(seen: Readonly<Options>[]) {
  return createRule<Options, 'm'>({
    name: 'probe',
    meta: {
      type: 'problem',
      docs: { description: 'Disallow nothing (probe)', recommended: false },
      messages: { m: 'm' },
      schema: [{ type: 'object', properties: { flag: { type: 'boolean' }, list: { type: 'array' }, nested: { type: 'object' } } }],
      defaultOptions: DEFAULTS,
    },
    create(_context, options) {
      seen.push(options);
      return {};
    },
  });
}

function lintTwice(ruleOptions: unknown[]): Readonly<Options>[] {
  const seen: Readonly<Options>[] = [];
  const plugin = { rules: { probe: probeRule(seen) } };
  const config = [{ plugins: { p: plugin }, rules: { 'p/probe': ['error', ...ruleOptions] } }] as unknown as Linter.Config[];
  const linter = new Linter({ configType: 'flat' });
  linter.verify('a;', config, { filename: 'a.js' });
  linter.verify('b;', config, { filename: 'b.js' });
  return seen;
}

describe('checkAfterTraversal and checkSinksAfterTraversal', () => {
  it('wait for the end of the traversal in a file where the check may find something', () => {
    let checks = 0;
    const check = () => void checks++;
    expect(Object.keys(checkAfterTraversal(true, check))).toEqual(['Program:exit']);
    expect(Object.keys(checkSinksAfterTraversal(true, check))).toEqual(['Program:exit']);
    expect(checks).toBe(0);
  });

  it('elsewhere: the check runs at once, or, for a check of the sinks, not at all (no listener either way)', () => {
    let checks = 0;
    const check = () => void checks++;
    expect(checkAfterTraversal(false, check)).toEqual({});
    expect(checks).toBe(1);
    expect(checkSinksAfterTraversal(false, check)).toEqual({});
    expect(checks).toBe(1);
  });
});

describe('createRule', () => {
  it.each([[[]], [[{ flag: true }]], [[{ nested: { b: 5 }, list: [] }]]])('gives every file the options applyDefault gives (%j)', (ruleOptions) => {
    const expected = ESLintUtils.applyDefault(DEFAULTS, ruleOptions as unknown as Options);
    expect(lintTwice(ruleOptions)).toEqual([expected, expected]);
  });
});
