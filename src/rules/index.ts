import type { TSESLint } from '@typescript-eslint/utils';
import type { MetaPrivacyRuleDocs } from '../util/create-rule.js';
import noExposedAccessToken from './no-exposed-access-token.js';
import noPiiInUrl from './no-pii-in-url.js';
import noRawPii from './no-raw-pii.js';
import noSensitiveEventData from './no-sensitive-event-data.js';
import noTestEventCode from './no-test-event-code.js';
import noUnhashedIdentifiers from './no-unhashed-identifiers.js';
import requireConsent from './require-consent.js';
import validDataProcessingOptions from './valid-data-processing-options.js';

type AnyRule = TSESLint.RuleModule<string, readonly unknown[], MetaPrivacyRuleDocs>;

/** Every rule of the plugin, by id (file name = rule id). Kept in alphabetical order. */
export const rules: Record<string, AnyRule> = {
  'no-exposed-access-token': noExposedAccessToken as unknown as AnyRule,
  'no-pii-in-url': noPiiInUrl as unknown as AnyRule,
  'no-raw-pii': noRawPii as unknown as AnyRule,
  'no-sensitive-event-data': noSensitiveEventData as unknown as AnyRule,
  'no-test-event-code': noTestEventCode as unknown as AnyRule,
  'no-unhashed-identifiers': noUnhashedIdentifiers as unknown as AnyRule,
  'require-consent': requireConsent as unknown as AnyRule,
  'valid-data-processing-options': validDataProcessingOptions as unknown as AnyRule,
};
