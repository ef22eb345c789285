// Fixture project for tests/e2e/eslint-api.test.ts: TSX through typescript-eslint's parser, with the
// plugin's recommended config, exactly as a user would write it.
import tseslint from 'typescript-eslint';
import metaPrivacy from '../../../../dist/index.js';

export default [
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parser: tseslint.parser },
  },
  metaPrivacy.configs.recommended,
];
