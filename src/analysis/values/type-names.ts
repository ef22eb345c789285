import type { HashAlgorithm } from '../catalog/hashing.js';
import { hashAlgorithmOf } from '../catalog/hashing.js';
import type { PiiKind } from '../catalog/pii-vocabulary.js';
import { NOT_PII_WORDS, PII_KIND_LABELS } from '../catalog/pii-vocabulary.js';
import { HASHED_TAG, HASHED_TYPE_WORDS, NOT_PII_TYPE_WORDS, PII_TAG, PII_TYPE_NAMES } from '../catalog/type-names.js';
import type { MetaPrivacySettings, TypeSpecifier } from '../../settings.js';
import { splitWords } from '../../util/words.js';

/** What a type name or a JSDoc tag says a value holds. */
export type TypeVerdict =
  | { readonly kind: 'pii'; readonly pii: PiiKind }
  | { readonly kind: 'hashed'; readonly algorithm: HashAlgorithm };

/** Whether the type being named was declared in `module` (a package, or a file path), for `module#Type` settings. */
export type DeclaredIn = (module: string) => boolean;

/**
 * Classifies a type alias, interface, enum or brand name (`MobileNumber`, `HashedEmail`) with the
 * settings (`piiTypes`, `hashedTypes`, tried first) and the default type-name vocabulary.
 */
export function classifyTypeName(name: string, settings: MetaPrivacySettings, declaredIn: DeclaredIn): TypeVerdict | undefined {
  const words = splitWords(name);
  if (words.length === 0) return undefined;
  const text = ` ${words.join(' ')} `;
  const configured = <T>(spec: TypeSpecifier<T>) =>
    spec.module === undefined ? text.includes(` ${spec.name} `) : spec.name === name && declaredIn(spec.module);
  const hashed = settings.hashedTypes.find(configured);
  if (hashed) return { kind: 'hashed', algorithm: hashed.value };
  const personal = settings.piiTypes.find(configured);
  if (personal) return { kind: 'pii', pii: personal.value };
  if (words.some((word) => HASHED_TYPE_WORDS.has(word))) return { kind: 'hashed', algorithm: hashAlgorithmOf(words) };
  if (words.some((word) => NOT_PII_WORDS.has(word) || NOT_PII_TYPE_WORDS.has(word))) return undefined;
  const match = PII_TYPE_NAMES.find((entry) => text.includes(` ${entry.words} `));
  return match && { kind: 'pii', pii: match.kind };
}

/** `@pii`, `@pii email`, `@pii phone number`, `@hashed`, `@hashed md5`: what a JSDoc tag says. */
export function classifyTag(tag: string, text: string): TypeVerdict | undefined {
  if (tag === HASHED_TAG) return { kind: 'hashed', algorithm: hashAlgorithmOf(text.split(/\s+/)) };
  if (tag !== PII_TAG) return undefined;
  return { kind: 'pii', pii: piiKindOfText(text) };
}

/** `email`, `firstName`, `phone number`: a kind id or words of the type-name vocabulary; personal data otherwise. */
function piiKindOfText(text: string): PiiKind {
  const first = text.trim().split(/\s+/)[0] ?? '';
  const kind = Object.keys(PII_KIND_LABELS).find((candidate) => candidate.toLowerCase() === first.toLowerCase());
  if (kind) return kind as PiiKind;
  const words = ` ${splitWords(text).join(' ')} `;
  return PII_TYPE_NAMES.find((entry) => words.includes(` ${entry.words} `))?.kind ?? 'personal';
}
