// Fixture project for tests/e2e/settings-errors.test.ts: configs.recommended with the settings given
// in META_PRIVACY_FIXTURE_SETTINGS (JSON of the whole `settings` object).
import metaPrivacy from '../../../../dist/index.js';

export default [metaPrivacy.configs.recommended, { settings: JSON.parse(process.env.META_PRIVACY_FIXTURE_SETTINGS ?? '{}') }];
