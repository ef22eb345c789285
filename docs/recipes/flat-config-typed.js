// Flat config for a TypeScript project with type information (typescript-eslint's project service):
// the rules read branded types and declared return types, and inline pixel scripts in TSX are
// checked too. Drop `recommendedTypeChecked` if you only want this plugin's rules.
import tseslint from 'typescript-eslint';
import metaPrivacy from 'eslint-plugin-meta-privacy';

export default tseslint.config(
  ...tseslint.configs.recommendedTypeChecked,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  {
    // Inline scripts are linted as virtual `.js` files: no type information there.
    files: ['**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  metaPrivacy.configs.recommended,
  metaPrivacy.configs['inline-scripts'],
);
