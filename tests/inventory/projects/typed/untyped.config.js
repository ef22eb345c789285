// The typed fixture's config without type information.
import tseslint from 'typescript-eslint';
import metaPrivacy from '../../../../dist/index.js';

export default [{ files: ['**/*.ts'], languageOptions: { parser: tseslint.parser } }, metaPrivacy.configs.recommended];
