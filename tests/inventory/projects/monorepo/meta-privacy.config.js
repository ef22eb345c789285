// Fixture for tests/inventory: a monorepo's flat config (the plugin taken from dist/) with a project
// wrapper named in settings; .gitignore files at the root and in a package. Not named
// eslint.config.js, so the repository's own lint does not pick it up: the tests pass it with --config.
import tseslint from 'typescript-eslint';
import metaPrivacy from '../../../../dist/index.js';

export default [
  { files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } },
  metaPrivacy.configs.recommended,
  { settings: { 'meta-privacy': { pixelWrappers: [{ name: 'analytics.track', command: 'track' }] } } },
];
