// Fixture project for tests/robustness/eslint-cli.test.ts: the built plugin under the ESLint 10 CLI
// with --concurrency (the config is loaded again in every worker thread) and --cache.
// Environment knobs, so a test can change the configuration without rewriting this file:
//   META_PRIVACY_FIXTURE_LOG      file that a witness rule appends each linted file name (and thread id) to
//   META_PRIVACY_FIXTURE_VERSION  overrides the plugin's meta.version
//   META_PRIVACY_FIXTURE_PII      an extra `piiNames` entry in settings['meta-privacy']
import { appendFileSync } from 'node:fs';
import { threadId } from 'node:worker_threads';
import metaPrivacy from '../../../../dist/index.js';

const { META_PRIVACY_FIXTURE_LOG: log, META_PRIVACY_FIXTURE_VERSION: version, META_PRIVACY_FIXTURE_PII: pii } = process.env;

const plugin = version ? { ...metaPrivacy, meta: { ...metaPrivacy.meta, version } } : metaPrivacy;

const witness = {
  meta: { name: 'fixture-witness', version: '1.0.0' },
  rules: {
    linted: {
      meta: { type: 'problem', schema: [] },
      create(context) {
        if (log) appendFileSync(log, `${context.filename}\t${threadId}\n`);
        return {};
      },
    },
  },
};

export default [
  { ignores: ['eslint.config.js'] },
  {
    files: ['**/*.js'],
    plugins: { 'meta-privacy': plugin, witness },
    settings: { 'meta-privacy': pii ? { piiNames: [pii] } : {} },
    rules: { ...metaPrivacy.configs.recommended.rules, 'witness/linted': 'error' },
  },
];
