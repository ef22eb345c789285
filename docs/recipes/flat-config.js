// Flat config for a JavaScript / JSX project (ESLint 9.15+ or 10): the recommended rules on every
// .js/.jsx/.mjs/.cjs file with JSX parsing on (and on TypeScript files when typescript-eslint is
// installed), and inline pixel scripts (<Script> / <script> children, dangerouslySetInnerHTML)
// checked as well.
import metaPrivacy from 'eslint-plugin-meta-privacy';

export default [metaPrivacy.configs.recommended, metaPrivacy.configs['inline-scripts']];
