// Flat config for a JavaScript / JSX project (ESLint 9.15+ or 10): the recommended rules, and inline
// pixel scripts (<Script> / <script> children, dangerouslySetInnerHTML) checked as well.
import metaPrivacy from 'eslint-plugin-meta-privacy';

export default [
  { files: ['**/*.jsx'], languageOptions: { parserOptions: { ecmaFeatures: { jsx: true } } } },
  metaPrivacy.configs.recommended,
  metaPrivacy.configs['inline-scripts'],
];
