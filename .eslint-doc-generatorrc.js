/** @type {import('eslint-doc-generator').GenerateOptions} */
export default {
  configEmoji: [
    ['recommended', '✅'],
    ['strict', '🔒'],
  ],
  ignoreConfig: ['all', 'html', 'vue'],
  ruleDocSectionInclude: ['Why', 'Examples', 'When Not To Use It'],
  ruleDocTitleFormat: 'prefix-name',
  ruleListColumns: ['name', 'description', 'configsError', 'hasSuggestions'],
  urlRuleDoc: (name) => `docs/rules/${name}.md`,
};
