import { join } from 'node:path';
import { RuleTester } from '@typescript-eslint/rule-tester';
import tsParser from '@typescript-eslint/parser';
import * as espree from 'espree';
import vueParser from 'vue-eslint-parser';

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

/** The fixture project of typed tests: types declared in its modules, test code linted as its `file.ts`. */
export const TYPED_FIXTURES = join(import.meta.dirname, 'fixtures/typed');

/**
 * A RuleTester with type information: the project service over `tests/fixtures/typed/tsconfig.json`.
 * Test code is linted as `file.ts` there (or as `filename`, relative to that folder), so it can import
 * the fixture's modules. The project service is slow to start: create one tester per test file.
 */
export function createTypedRuleTester(): RuleTester {
  return new RuleTester({
    languageOptions: { parser: tsParser, parserOptions: { projectService: true, tsconfigRootDir: TYPED_FIXTURES } },
  });
}

/** A RuleTester for Vue single-file components (vue-eslint-parser, `<script>` through espree). */
export function createVueRuleTester(): RuleTester {
  return new RuleTester({
    languageOptions: { parser: vueParser as never, ecmaVersion: 'latest', sourceType: 'module' },
  });
}
