// Fixture project for tests/e2e/eslint-api.test.ts: plain JavaScript (espree), the plugin object
// registered by hand with two of its rules.
import metaPrivacy from '../../../../dist/index.js';

export default [
  {
    plugins: { 'meta-privacy': metaPrivacy },
    rules: {
      'meta-privacy/no-raw-pii': 'error',
      'meta-privacy/no-unhashed-identifiers': 'error',
    },
  },
];
