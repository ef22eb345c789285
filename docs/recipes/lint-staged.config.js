// lint-staged configuration (run by the husky hook in husky/pre-commit): lint the staged
// files that can hold pixel code, and fail the commit on any report.
export default {
  '*.{js,jsx,mjs,cjs,ts,tsx,mts,cts,vue,html}': 'eslint --max-warnings=0 --no-warn-ignored',
};
