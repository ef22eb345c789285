// Fixture project for tests/e2e/eslint-api.test.ts: TypeScript through typescript-eslint's parser
// (no type information), the plugin object registered by hand with two of its rules.
import tseslint from 'typescript-eslint';
import metaPrivacy from '../../../../dist/index.js';

export default [
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser },
    plugins: { 'meta-privacy': metaPrivacy },
    rules: {
      'meta-privacy/no-raw-pii': 'error',
      'meta-privacy/no-unhashed-identifiers': 'error',
    },
  },
];
