import { RuleTester } from '@typescript-eslint/rule-tester';
import tsParser from '@typescript-eslint/parser';
import * as espree from 'espree';

/** A RuleTester for plain JavaScript (espree, ES modules, JSX). */
export function createJsRuleTester(): RuleTester {
  return new RuleTester({
    languageOptions: {
      parser: espree as never,
      ecmaVersion: 'latest',
      sourceType: 'module',
      parserOptions: { ecmaFeatures: { jsx: true } },
    },
  });
}

/** A RuleTester for TypeScript without type information (the default `file.ts`). */
export function createTsRuleTester(): RuleTester {
  return new RuleTester({ languageOptions: { parser: tsParser } });
}
