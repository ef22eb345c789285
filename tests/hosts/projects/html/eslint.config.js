// Fixture project for tests/hosts/hosts.test.ts: plain HTML pages. eslint-plugin-html lints the
// inline <script> blocks; the image-pixels processor adds the <noscript> image pixel's URL.
import html from 'eslint-plugin-html';
import metaPrivacy from '../../../../dist/index.js';

export default [
  metaPrivacy.configs.recommended,
  { files: ['**/*.html'], plugins: { html } },
  metaPrivacy.configs.html,
];
