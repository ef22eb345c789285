// Flat config for HTML pages and Vue single-file components, next to your JS/TS config.
// - HTML: eslint-plugin-html lints the inline <script> blocks; the image-pixels processor adds the
//   <noscript><img src="https://www.facebook.com/tr?…"> image pixel, which is markup, not script.
// - Vue: vue-eslint-parser reads <script> and <script setup> (TypeScript through typescript-eslint).
// Name the processor as a string: eslint-plugin-html re-creates the config, and a processor object
// does not survive that.
import html from 'eslint-plugin-html';
import tseslint from 'typescript-eslint';
import vueParser from 'vue-eslint-parser';
import metaPrivacy from 'eslint-plugin-meta-privacy';

export default [
  metaPrivacy.configs.recommended,
  { files: ['**/*.html'], plugins: { html }, processor: 'meta-privacy/image-pixels' },
  {
    files: ['**/*.vue'],
    languageOptions: { parser: vueParser, parserOptions: { parser: tseslint.parser, sourceType: 'module' } },
    processor: 'meta-privacy/image-pixels',
  },
];
