// The ESLint config of `npm run demo`, for its lint and its inventory alike: the example storefront's
// own config (examples/storefront/eslint.config.js and src/app/eslint.config.js), with the plugin
// taken from dist/ so the demo does not depend on the package resolving itself by name.
import metaPrivacy from '../dist/index.js';

export default [
  metaPrivacy.configs.recommended,
  // examples/storefront/src/app/eslint.config.js: inline <Script> text is checked there too.
  { ...metaPrivacy.configs['inline-scripts'], files: ['examples/storefront/src/app/**/*.{js,jsx,ts,tsx}'] },
];
