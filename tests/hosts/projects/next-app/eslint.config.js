// Fixture project for tests/hosts/hosts.test.ts: a Next.js app router project with the inline-scripts
// processor on, as docs/recipes/flat-config.js sets it up.
import tseslint from 'typescript-eslint';
import metaPrivacy from '../../../../dist/index.js';

export default [
  { files: ['**/*.{ts,tsx}'], languageOptions: { parser: tseslint.parser } },
  metaPrivacy.configs.recommended,
  metaPrivacy.configs['inline-scripts'],
];
