import type { HashAlgorithm } from '../catalog/hashing.js';
import { algorithmFromText } from '../catalog/hashing.js';
import type { PiiKind, VocabularyEntry } from '../catalog/pii-vocabulary.js';
import {
  HASHED_NAME_WORDS,
  NOT_PII_WORDS,
  PERSON_CONTEXT_WORDS,
  PII_VOCABULARY,
  PREDICATE_PREFIXES,
  WEAK_KINDS,
} from '../catalog/pii-vocabulary.js';
import type { MetaPrivacySettings } from '../../settings.js';
import { splitWords } from '../../util/words.js';

/** What a name says about the value it holds. */
export type NameVerdict =
  | { readonly kind: 'pii'; readonly pii: PiiKind; readonly weak: boolean }
  | { readonly kind: 'hashed'; readonly algorithm: HashAlgorithm }
  | undefined;

interface CompiledEntry {
  readonly words: readonly string[];
  readonly kind: PiiKind;
  readonly last: boolean;
}

const compile = (entry: VocabularyEntry): CompiledEntry => ({ words: entry.words.split(' '), kind: entry.kind, last: entry.last ?? false });
// Longest entries first, so `email address` beats `address` and `postal code` beats nothing shorter.
const VOCABULARY: readonly CompiledEntry[] = PII_VOCABULARY.map(compile).sort((a, b) => b.words.length - a.words.length);

/**
 * Classifies a name (`billingEmail`, `customer_phone`, `hashedEmail`) with the vocabulary and
 * settings. `context` holds the words of the object the name was read from (`shipping` in
 * `shipping.city`), which can make a weak kind strong and a bare `name` a person's name.
 */
export function classifyName(name: string, settings: MetaPrivacySettings, context: readonly string[] = []): NameVerdict {
  const words = splitWords(name);
  if (words.length === 0) return undefined;
  if (settings.notPiiNames.some((entry) => containsRun(words, entry.split(' ')) !== -1)) return undefined;
  for (const [entry, kind] of settings.piiNames) {
    if (containsRun(words, entry.split(' ')) !== -1) return { kind: 'pii', pii: kind, weak: false };
  }
  if (words.some((word) => HASHED_NAME_WORDS.has(word))) {
    return { kind: 'hashed', algorithm: algorithmFromText(name) ?? 'unknown' };
  }
  if (PREDICATE_PREFIXES.has(words[0]!) && words.length > 1) return undefined;
  const match = findEntry(words);
  if (match) {
    const outside = words.filter((_, index) => index < match.start || index >= match.start + match.entry.words.length);
    if (outside.some((word) => NOT_PII_WORDS.has(word)) || isIdSuffix(words, match)) return undefined;
    const personal = hasPersonContext(outside, context);
    return { kind: 'pii', pii: match.entry.kind, weak: WEAK_KINDS.has(match.entry.kind) && !personal };
  }
  // A bare `name` belongs to a person only when the name or its object says whose it is.
  if (words[words.length - 1] === 'name' && hasPersonContext(words.slice(0, -1), context)) {
    return { kind: 'pii', pii: 'fullName', weak: false };
  }
  return undefined;
}

function findEntry(words: readonly string[]): { entry: CompiledEntry; start: number } | undefined {
  for (const entry of VOCABULARY) {
    const start = containsRun(words, entry.words);
    if (start === -1) continue;
    if (entry.last && start + entry.words.length !== words.length) continue;
    return { entry, start };
  }
  return undefined;
}

/** `emailId`, `phone_ids`: an identifier of the record, not the data. */
function isIdSuffix(words: readonly string[], match: { entry: CompiledEntry; start: number }): boolean {
  const last = words[words.length - 1];
  return match.start + match.entry.words.length < words.length && (last === 'id' || last === 'ids' || last === 'uuid');
}

function hasPersonContext(words: readonly string[], context: readonly string[]): boolean {
  return words.some((word) => PERSON_CONTEXT_WORDS.has(word)) || context.some((word) => PERSON_CONTEXT_WORDS.has(word));
}

/** Index where `run` occurs as contiguous words in `words`, or -1. */
function containsRun(words: readonly string[], run: readonly string[]): number {
  outer: for (let start = 0; start + run.length <= words.length; start++) {
    for (let offset = 0; offset < run.length; offset++) {
      if (words[start + offset] !== run[offset]) continue outer;
    }
    return start;
  }
  return -1;
}
