import type { PixelCommand } from './analysis/catalog/pixel.js';
import { FBQ_COMMAND_SLOTS } from './analysis/catalog/pixel.js';
import type { PiiKind } from './analysis/catalog/pii-vocabulary.js';
import { PII_KIND_LABELS } from './analysis/catalog/pii-vocabulary.js';
import type { HashAlgorithm } from './analysis/catalog/hashing.js';
import { HASH_ALGORITHM_LABELS, hashAlgorithmOf } from './analysis/catalog/hashing.js';
import { splitWords } from './util/words.js';
import { superLinearCause } from './util/pattern-safety.js';
import type { SensitiveCategory } from './analysis/catalog/sensitive-terms.js';
import { SENSITIVE_CATEGORIES } from './analysis/catalog/sensitive-terms.js';

/** The key under `settings` in an ESLint config. */
export const SETTINGS_KEY = 'meta-privacy';

/** A function or export named in settings: `sha256Hex`, `crypto.hashEmail`, `@acme/privacy#hashEmail`. */
export interface NamedFunction {
  /** Dotted path as written at the call site (`hashEmail`, `privacy.hashEmail`). */
  readonly path: string;
  /** Module the first segment is imported from, when given as `module#export`. */
  readonly module?: string;
}

/**
 * A type named in settings, in the spirit of typescript-eslint's TypeOrValueSpecifier: a plain name
 * (`ContactHandle`), matched on whole words of a type's name, or `module#Type`, the type of that exact
 * name declared in a package (`@acme/crm#MemberRef`) or in a file of the project (`./src/types#Handle`).
 */
export interface TypeSpecifier<T> {
  /** As words (`contact handle`) for a plain name; the exact type name with `module`. */
  readonly name: string;
  /** A package name, or a path relative to the project root, when given as `module#Type`. */
  readonly module?: string;
  /** What a value of that type holds: its PII kind, or its hash algorithm. */
  readonly value: T;
}

export interface PixelWrapper extends NamedFunction {
  /** The fbq command the wrapper issues; its arguments are fbq's arguments after the command. */
  readonly command: PixelCommand | 'fbq';
}

/** Validated `settings['meta-privacy']`, shared by every rule. */
export interface MetaPrivacySettings {
  /** Extra names that hold personal data, as word sequences (`contact handle`) → kind. */
  readonly piiNames: ReadonlyMap<string, PiiKind>;
  /** Names never treated as personal data, as word sequences. */
  readonly notPiiNames: readonly string[];
  readonly hashFunctions: readonly NamedFunction[];
  readonly pixelWrappers: readonly PixelWrapper[];
  /** Extra consent signals: identifiers whose mention in a condition makes it a consent check. */
  readonly consentSignals: readonly RegExp[];
  /** Extra sensitive terms by category, for event names and descriptive event data. */
  readonly sensitiveTerms: Readonly<Partial<Record<SensitiveCategory, readonly string[]>>>;
  /** Event names (or terms) that are never reported as sensitive. */
  readonly allowEventNames: readonly string[];
  /** Extra TypeScript types whose values are personal data (typed linting). */
  readonly piiTypes: readonly TypeSpecifier<PiiKind>[];
  /** Extra TypeScript types whose values are digests (typed linting). */
  readonly hashedTypes: readonly TypeSpecifier<HashAlgorithm>[];
}

export const SETTING_KEYS = [
  'piiNames',
  'notPiiNames',
  'hashFunctions',
  'pixelWrappers',
  'consentSignals',
  'sensitiveTerms',
  'allowEventNames',
  'piiTypes',
  'hashedTypes',
] as const;
const DEFAULT_SETTINGS: MetaPrivacySettings = parseSettings({});
const parsedSettings = new WeakMap<object, MetaPrivacySettings>();

/**
 * Reads and validates `settings['meta-privacy']`. Parsed once per settings object (a config shares
 * one object across all its files). Throws an error naming the key when a setting is invalid.
 */
export function readSettings(settings: Readonly<Record<string, unknown>>): MetaPrivacySettings {
  const raw = settings[SETTINGS_KEY];
  if (raw === undefined) {
    checkNamespace(settings);
    return DEFAULT_SETTINGS;
  }
  if (!isPlainObject(raw)) throw settingsError('', 'must be an object', raw);
  let parsed = parsedSettings.get(raw);
  if (!parsed) {
    parsed = parseSettings(raw);
    parsedSettings.set(raw, parsed);
  }
  return parsed;
}

function parseSettings(raw: Record<string, unknown>): MetaPrivacySettings {
  for (const key of Object.keys(raw)) {
    if (!(SETTING_KEYS as readonly string[]).includes(key)) {
      throw settingsError(key, `is not a setting of this plugin (known: ${SETTING_KEYS.join(', ')})`, raw[key]);
    }
  }
  return {
    piiNames: parsePiiNames(raw.piiNames),
    notPiiNames: stringList('notPiiNames', raw.notPiiNames).map(toWordKey),
    hashFunctions: stringList('hashFunctions', raw.hashFunctions).map((spec) => parseNamedFunction('hashFunctions', spec)),
    pixelWrappers: parsePixelWrappers(raw.pixelWrappers),
    consentSignals: stringList('consentSignals', raw.consentSignals).map((signal, index) => parsePattern(`consentSignals[${index}]`, signal)),
    sensitiveTerms: parseSensitiveTerms(raw.sensitiveTerms),
    allowEventNames: stringList('allowEventNames', raw.allowEventNames),
    piiTypes: parseTypeSpecifiers('piiTypes', raw.piiTypes, PII_KIND_LABELS, () => 'personal'),
    hashedTypes: parseTypeSpecifiers('hashedTypes', raw.hashedTypes, HASH_ALGORITHM_LABELS, (name) => hashAlgorithmOf(splitWords(name))),
  };
}

/** The longest name or string a user pattern is tried on: consent signals are names and short strings. */
export const MAX_PATTERN_INPUT = 1000;

/** A user's regular expression, never run on inputs longer than `MAX_PATTERN_INPUT`. */
class BoundedPattern extends RegExp {
  override test(text: string): boolean {
    return text.length <= MAX_PATTERN_INPUT && super.test(text);
  }
}

/**
 * A consent signal: a plain name (`hasAdConsent`) matches identifiers containing it, ignoring case;
 * anything else is a regular expression source (`^privacy(Choices|Prefs)$`). Expressions that can
 * backtrack super-linearly are refused (they could stall a lint run on an unlucky name or string).
 */
function parsePattern(key: string, source: string): RegExp {
  if (/^[\w$]+$/.test(source)) return new RegExp(source.replace(/\$/g, '\\$'), 'i');
  let pattern: RegExp;
  try {
    pattern = new BoundedPattern(source, 'i');
  } catch (error) {
    throw settingsError(key, `is not a valid regular expression (${(error as Error).message})`, source);
  }
  const cause = superLinearCause(source, 'i');
  if (cause) throw settingsError(key, `can take super-linear time to match (${cause}); rewrite it without nested or overlapping repetition`, source);
  return pattern;
}

function parseSensitiveTerms(value: unknown): Partial<Record<SensitiveCategory, readonly string[]>> {
  if (value === undefined) return {};
  if (!isPlainObject(value)) throw settingsError('sensitiveTerms', 'must be an object of category → terms', value);
  const terms: Partial<Record<SensitiveCategory, readonly string[]>> = {};
  for (const [category, list] of Object.entries(value)) {
    if (!(SENSITIVE_CATEGORIES as readonly string[]).includes(category)) {
      throw settingsError(`sensitiveTerms.${category}`, `is not a category (known: ${SENSITIVE_CATEGORIES.join(', ')})`, list);
    }
    terms[category as SensitiveCategory] = stringList(`sensitiveTerms.${category}`, list);
  }
  return terms;
}

function parsePiiNames(value: unknown): ReadonlyMap<string, PiiKind> {
  const names = new Map<string, PiiKind>();
  if (value === undefined) return names;
  if (Array.isArray(value)) {
    for (const name of stringList('piiNames', value)) names.set(toWordKey(name), 'personal');
    return names;
  }
  if (!isPlainObject(value)) throw settingsError('piiNames', 'must be an array of names or an object of name → kind', value);
  for (const [name, kind] of Object.entries(value)) {
    if (typeof kind !== 'string' || !Object.hasOwn(PII_KIND_LABELS, kind)) {
      throw settingsError(`piiNames.${name}`, `must be one of ${Object.keys(PII_KIND_LABELS).join(', ')}`, kind);
    }
    names.set(toWordKey(name), kind as PiiKind);
  }
  return names;
}

/**
 * `['ContactHandle', '@acme/crm#MemberRef']` (the value follows from the name) or
 * `{ ContactHandle: 'email' }` (the value given, one of `values`' keys).
 */
function parseTypeSpecifiers<T extends string>(
  key: string,
  value: unknown,
  values: Readonly<Record<T, string>>,
  fallback: (name: string) => T,
): TypeSpecifier<T>[] {
  if (value === undefined) return [];
  if (Array.isArray(value)) {
    return stringList(key, value).map((spec) => parseTypeSpecifier(key, spec, fallback));
  }
  if (!isPlainObject(value)) throw settingsError(key, 'must be an array of type names or an object of type name → value', value);
  return Object.entries(value).map(([spec, given]) => {
    if (typeof given !== 'string' || !Object.hasOwn(values, given)) {
      throw settingsError(`${key}.${spec}`, `must be one of ${Object.keys(values).join(', ')}`, given);
    }
    return parseTypeSpecifier(`${key}.${spec}`, spec, () => given as T);
  });
}

function parseTypeSpecifier<T>(key: string, spec: string, valueOf: (name: string) => T): TypeSpecifier<T> {
  const { path, module } = parseNamedFunction(key, spec);
  if (module === undefined) {
    const words = toWordKey(path);
    if (words === '') throw settingsError(key, `entry '${spec}' has no words to match in a type name`, spec);
    return { name: words, value: valueOf(path) };
  }
  if (!/^[a-z_$][\w$]*$/i.test(path)) throw settingsError(key, `entry '${spec}' must end in a type name after '#'`, spec);
  return { name: path, module, value: valueOf(path) };
}

function parsePixelWrappers(value: unknown): PixelWrapper[] {
  if (value === undefined) return [];
  if (!Array.isArray(value)) throw settingsError('pixelWrappers', 'must be an array of { name, command, module? }', value);
  const commands = ['fbq', ...Object.keys(FBQ_COMMAND_SLOTS)];
  return value.map((wrapper: unknown, index) => {
    const key = `pixelWrappers[${index}]`;
    if (!isPlainObject(wrapper)) throw settingsError(key, 'must be an object { name, command, module? }', wrapper);
    const { name, command, module, ...rest } = wrapper;
    const extra = Object.keys(rest)[0];
    if (extra !== undefined) throw settingsError(`${key}.${extra}`, 'is not a wrapper property (name, command, module)', rest[extra]);
    if (typeof name !== 'string' || name === '') throw settingsError(`${key}.name`, 'must be a non-empty string', name);
    if (typeof command !== 'string' || !commands.includes(command)) {
      throw settingsError(`${key}.command`, `must be one of ${commands.join(', ')}`, command);
    }
    if (module !== undefined && (typeof module !== 'string' || module === '')) {
      throw settingsError(`${key}.module`, 'must be a non-empty string', module);
    }
    return { path: name, module, command: command as PixelCommand | 'fbq' };
  });
}

function parseNamedFunction(key: string, spec: string): NamedFunction {
  const hash = spec.lastIndexOf('#');
  if (hash === -1) return { path: spec };
  const module = spec.slice(0, hash);
  const path = spec.slice(hash + 1);
  if (module === '' || path === '') throw settingsError(key, `entry '${spec}' must be 'name' or 'module#export'`, spec);
  return { path, module };
}

function stringList(key: string, value: unknown): string[] {
  if (value === undefined) return [];
  if (!Array.isArray(value) || value.some((item) => typeof item !== 'string' || item === '')) {
    throw settingsError(key, 'must be an array of non-empty strings', value);
  }
  return value as string[];
}

/** `contactHandle`, `contact_handle` and `contact handle` all become `contact handle`. */
function toWordKey(name: string): string {
  return splitWords(name).join(' ');
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/**
 * `settings.metaPrivacy`, `settings['meta_privacy']`: a near miss of `settings['meta-privacy']` would be silently ignored.
 * Searched for every file: when several config objects apply, ESLint merges a settings object of its
 * own for each file (the namespace's value inside it stays shared), so a set of the objects already
 * searched rarely hit and cost an entry per file.
 */
function checkNamespace(settings: Readonly<Record<string, unknown>>): void {
  const misspelt = Object.keys(settings).find((key) => NAMESPACE_SPELLINGS.has(key.toLowerCase().replace(/[^a-z]/g, '')));
  if (misspelt !== undefined) {
    throw new SettingsError(`settings['${misspelt}']`, `is not read: this plugin's settings go under settings['${SETTINGS_KEY}']`, settings[misspelt]);
  }
}

/** `meta-privacy` and `eslint-plugin-meta-privacy` with their separators and case dropped. */
const NAMESPACE_SPELLINGS: ReadonlySet<string> = new Set(['metaprivacy', 'eslintpluginmetaprivacy']);

function settingsError(key: string, problem: string, value: unknown): Error {
  return new SettingsError(key === '' ? `settings['${SETTINGS_KEY}']` : `settings['${SETTINGS_KEY}'].${key}`, problem, value);
}

/**
 * An invalid setting. ESLint prefixes an error thrown while a rule starts with that rule's id and
 * appends the file it was linting, and its CLI prints the stack: none of that is about the setting.
 * So the message and the printed text stay this one, whose first line names the plugin and the key.
 */
export class SettingsError extends Error {
  constructor(where: string, problem: string, value: unknown) {
    const text = `Invalid eslint-plugin-meta-privacy setting: ${where}\n${where} ${problem}; got ${JSON.stringify(value)}.`;
    super(text);
    Object.defineProperty(this, 'message', { get: () => text, set: () => {}, enumerable: false, configurable: true });
    Object.defineProperty(this, 'stack', { value: text, writable: true, enumerable: false, configurable: true });
  }
}
