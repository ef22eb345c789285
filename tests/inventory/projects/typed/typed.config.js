// Fixture for tests/inventory: TypeScript with type information (projectService), so the types of
// the values sent say what they hold; untyped.config.js is the same without. (Not named
// eslint.config.js, so the repository's own lint does not pick them up: the tests pass --config.)
import tseslint from 'typescript-eslint';
import metaPrivacy from '../../../../dist/index.js';

export default [
  {
    files: ['**/*.ts'],
    languageOptions: { parser: tseslint.parser, parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  metaPrivacy.configs.recommended,
];
