// Flat config for HTML pages and Vue single-file components, next to your JS/TS config.
// - HTML: eslint-plugin-html lints the inline <script> blocks; configs.html turns this plugin's rules
//   on for .html files and adds the image-pixels processor for the
//   <noscript><img src="https://www.facebook.com/tr?…"> image pixel, which is markup, not script.
// - Vue: vue-eslint-parser reads <script> and <script setup> (TypeScript through typescript-eslint);
//   configs.vue turns the rules and the image-pixels processor on for .vue files.
import html from 'eslint-plugin-html';
import tseslint from 'typescript-eslint';
import vueParser from 'vue-eslint-parser';
import metaPrivacy from 'eslint-plugin-meta-privacy';

export default [
  metaPrivacy.configs.recommended,
  { files: ['**/*.html'], plugins: { html } },
  metaPrivacy.configs.html,
  {
    files: ['**/*.vue'],
    languageOptions: { parser: vueParser, parserOptions: { parser: tseslint.parser, sourceType: 'module' } },
  },
  metaPrivacy.configs.vue,
];
