// Fixture project for tests/hosts/hosts.test.ts: Vue single-file components through
// vue-eslint-parser (TypeScript in <script lang="ts"> through typescript-eslint's parser), and the
// image-pixels processor for a <noscript> image pixel in a template.
import tseslint from 'typescript-eslint';
import vueParser from 'vue-eslint-parser';
import metaPrivacy from '../../../../dist/index.js';

export default [
  metaPrivacy.configs.recommended,
  {
    files: ['**/*.vue'],
    languageOptions: { parser: vueParser, parserOptions: { parser: tseslint.parser, sourceType: 'module' } },
  },
  metaPrivacy.configs.vue,
];
