// Every rule of the plugin with every option on, for robustness runs (corpus check, fuzzing): the
// flat config per file kind, one lint that tells rule exceptions from parse errors, and a check that
// each suggestion's output still parses. Plain JavaScript so that scripts/check-corpus.mjs (Node,
// built plugin) and the vitest suites (TypeScript, plugin from src) share it.
import tsParser from '@typescript-eslint/parser';
import * as espree from 'espree';

/** Settings that switch on every configurable path (wrappers, hash helpers, user consent patterns…). */
export const ALL_ON_SETTINGS = Object.freeze({
  piiNames: { contactHandle: 'email', loyaltyNumber: 'personal' },
  notPiiNames: ['display name'],
  hashFunctions: ['sha256Hex', 'privacy.hashEmail', '@acme/privacy#hashPhone'],
  pixelWrappers: [
    { name: 'fpixel.event', command: 'track' },
    { name: 'trackIt', command: 'trackCustom', module: '@acme/analytics' },
    { name: 'pixel', command: 'fbq' },
  ],
  consentSignals: ['privacyChoices', '^canTrack(Ads|Marketing)$'],
  sensitiveTerms: { health: ['gluten intolerance', 'keto*'], financialHardship: ['buy now pay later'] },
  allowEventNames: ['PrepCourseViewed'],
});

/** The non-default value of every rule option. */
const ALL_ON_OPTIONS = Object.freeze({
  'no-exposed-access-token': { ignoreTestFiles: false },
  'no-pii-in-url': { includeRequests: true },
  'no-raw-pii': { requireHashedAdvancedMatching: true, allowParameters: ['zip'] },
  'no-sensitive-event-data': { allow: ['therapy'], additionalTerms: { religion: ['prayer app'] } },
  'no-test-event-code': { ignoreTestFiles: false },
  'no-unhashed-identifiers': { hashExternalId: true, notNormalized: true, requireProvenHash: true },
  'require-consent': { checkTrackCalls: true },
  'valid-data-processing-options': { requireLdu: true },
});

/** Parser and source type per file kind; `ts-js` is JavaScript through the TypeScript parser. */
const LANGUAGE_OPTIONS = {
  esm: { ecmaVersion: 'latest', sourceType: 'module', parser: espree, parserOptions: { ecmaFeatures: { jsx: true } } },
  cjs: { ecmaVersion: 'latest', sourceType: 'commonjs', parser: espree },
  script: { ecmaVersion: 'latest', sourceType: 'script', parser: espree },
  ts: { ecmaVersion: 'latest', sourceType: 'module', parser: tsParser },
  tsx: { ecmaVersion: 'latest', sourceType: 'module', parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
  'ts-js': { ecmaVersion: 'latest', sourceType: 'module', parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
};

export const KINDS = Object.freeze(Object.keys(LANGUAGE_OPTIONS));

/** The name a text is linted under: its extension picks nothing (the config matches every file). */
export function virtualName(kind) {
  return { ts: 'input.ts', tsx: 'input.tsx' }[kind] ?? 'input.js';
}

/** Every rule at `error` with its options on; rules without options stay plain `error`. */
export function allOnRules(plugin) {
  const namespace = plugin.meta?.namespace ?? 'meta-privacy';
  return Object.fromEntries(
    Object.keys(plugin.rules).map((id) => [`${namespace}/${id}`, ALL_ON_OPTIONS[id] ? ['error', ALL_ON_OPTIONS[id]] : 'error']),
  );
}

/** The flat config for one file kind, with or without the plugin's rules (parse-only for suggestion checks). */
export function configFor(plugin, kind, { rules = true } = {}) {
  const options = LANGUAGE_OPTIONS[kind];
  if (!options) throw new Error(`unknown kind ${kind} (known: ${KINDS.join(', ')})`);
  return [
    {
      files: ['**/*'],
      languageOptions: options,
      linterOptions: { reportUnusedDisableDirectives: 'off' },
      plugins: { 'meta-privacy': plugin },
      settings: { 'meta-privacy': ALL_ON_SETTINGS },
      rules: rules ? allOnRules(plugin) : {},
    },
  ];
}

/**
 * Lints `text` as `kind` with every rule on. `status` is `parse-error` when the input does not
 * parse (not the plugin's fault), `exception` when a rule threw, `ok` otherwise.
 */
export function lintAllRules(linter, plugin, text, kind) {
  let messages;
  try {
    messages = linter.verify(text, configFor(plugin, kind), { filename: virtualName(kind) });
  } catch (error) {
    return { status: 'exception', error, messages: [] };
  }
  const fatal = messages.find((message) => message.fatal);
  return fatal ? { status: 'parse-error', error: fatal, messages } : { status: 'ok', messages };
}

/** Applies one fix (a single text edit) to `text`. */
export function applyFix(text, fix) {
  return text.slice(0, fix.range[0]) + fix.text + text.slice(fix.range[1]);
}

/** Every suggestion whose output does not parse as `kind`: `{ ruleId, desc, output, error }`. */
export function brokenSuggestions(linter, plugin, text, kind, messages) {
  const broken = [];
  for (const message of messages) {
    for (const suggestion of message.suggestions ?? []) {
      const output = applyFix(text, suggestion.fix);
      const fatal = linter.verify(output, configFor(plugin, kind, { rules: false }), { filename: virtualName(kind) }).find((m) => m.fatal);
      if (fatal) broken.push({ ruleId: message.ruleId, desc: suggestion.desc, output, error: `${fatal.line}:${fatal.column} ${fatal.message}` });
    }
  }
  return broken;
}

/** The first line of an error and the rule ESLint names in it (`Rule: "meta-privacy/…"`). */
export function describeException(error) {
  const message = String(error?.message ?? error);
  const rule = /Rule: "([^"]+)"/.exec(message)?.[1] ?? error?.ruleId ?? null;
  return { rule, message: message.split('\n')[0], stack: String(error?.stack ?? error) };
}
