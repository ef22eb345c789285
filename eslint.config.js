import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import eslintPlugin from 'eslint-plugin-eslint-plugin';
import globals from 'globals';
import regexpPlugin from 'eslint-plugin-regexp';

export default tseslint.config(
  { ignores: ['dist/**', 'examples/**', 'tests/e2e/projects/**', 'tests/hosts/projects/**', 'tests/robustness/projects/**', 'tests/fixtures/**', 'tests/regression/corpus/**', 'coverage/**', 'bench/.results/**', '.stryker-tmp/**', 'reports/**'] },
  js.configs.recommended,
  {
    files: ['**/*.ts'],
    extends: [...tseslint.configs.strict],
  },
  {
    // Our own regexes (catalog lexicons, text gates): correct, simple, no super-linear backtracking.
    files: ['src/**/*.ts'],
    ...regexpPlugin.configs.recommended,
  },
  {
    files: ['src/**/*.ts'],
    ignores: ['src/util/scope-at.ts'],
    rules: {
      'no-restricted-syntax': [
        'error',
        { selector: 'CallExpression[callee.property.name="getScope"]', message: 'Use scopeAt (src/util/scope-at.ts): the same scope, without allocating on every call.' },
      ],
    },
  },
  {
    files: ['src/rules/**/*.ts'],
    ...eslintPlugin.configs.recommended,
    rules: {
      ...eslintPlugin.configs.recommended.rules,
      'eslint-plugin/require-meta-docs-description': ['error', { pattern: '^(Disallow|Require|Enforce)' }],
      'eslint-plugin/require-meta-schema-description': 'error',
      'eslint-plugin/require-meta-default-options': 'error',
      'eslint-plugin/no-meta-schema-default': 'error',
    },
  },
  {
    files: ['tests/rules/**/*.ts'],
    ...eslintPlugin.configs.recommended,
    rules: {
      ...eslintPlugin.configs.recommended.rules,
      'eslint-plugin/require-test-error-positions': 'error',
      'eslint-plugin/unique-test-case-names': 'error',
    },
  },
  {
    files: ['**/*.{js,mjs,cjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
  {
    // noUncheckedIndexedAccess makes `!` the honest way to say "checked just above".
    files: ['**/*.ts'],
    rules: {
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
);
