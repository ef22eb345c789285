// The flat config a user of the plugin would write. (In this repository `npm run demo` uses an
// equivalent in-code config that imports the freshly built plugin from dist/ instead.)
import metaPrivacy from 'eslint-plugin-meta-privacy';
import tseslint from 'typescript-eslint';

export default [
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { parser: tseslint.parser },
  },
  metaPrivacy.configs.recommended,
];
