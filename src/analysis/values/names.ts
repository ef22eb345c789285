import type { HashAlgorithm } from '../catalog/hashing.js';
import { algorithmFromText } from '../catalog/hashing.js';
import type { PiiKind, VocabularyEntry } from '../catalog/pii-vocabulary.js';
import {
  CATALOGUE_PEOPLE_WORDS,
  CONTAINER_WORDS,
  HASHED_NAME_WORDS,
  HEAD_FIRST_NAMES,
  HEAD_LAST_NAMES,
  NAME_KINDS,
  NAME_PREPOSITION_WORDS,
  NAME_QUALIFIER_WORDS,
  NOT_PII_WORDS,
  PERSON_WORDS,
  PII_VOCABULARY,
  PLACE_WORDS,
  PREDICATE_PREFIXES,
  WEAK_KIND_OWNER_WORDS,
  WEAK_KINDS,
} from '../catalog/pii-vocabulary.js';
import type { MetaPrivacySettings } from '../../settings.js';
import { splitWords } from '../../util/words.js';
import { BoundedMap } from '../../util/bounded-map.js';

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
 * settings. `context` holds the words of the object the name was read from, outermost first
 * (`req body customer` in `req.body.customer.name`): the nearest of them can make a weak kind strong
 * (`shipping.city`) and a bare `name` a person's name (`customer.name`, not `checkout.name`).
 */
export function classifyName(name: string, settings: MetaPrivacySettings, context: readonly string[] = []): NameVerdict {
  return remembered(settings, context.length === 0 ? name : `${name}\n${context.join(' ')}`, () => verdictOf(name, settings, context));
}

/**
 * `classifyName` with the object's path as written (`req.body.customer` → `req body customer`):
 * split into words only the first time a name is asked about under that path.
 */
export function classifyNameUnder(name: string, settings: MetaPrivacySettings, contextText: string): NameVerdict {
  if (contextText === '') return classifyName(name, settings);
  return remembered(settings, `${name}\t${contextText}`, () => verdictOf(name, settings, splitWords(contextText)));
}

/**
 * Verdicts remembered per settings object (settings are parsed once per configuration): the same
 * names (`email`, `user_data`, `req.body`) are judged again and again within a file and across files.
 */
const verdictsBySettings = new WeakMap<MetaPrivacySettings, BoundedMap<string, NameVerdict | null>>();
/** A bound on what one configuration remembers, for projects with huge numbers of distinct names. */
const MAX_REMEMBERED_NAMES = 20_000;

/** The verdict remembered under `key` (null stands for "no verdict": one lookup answers both). */
function remembered(settings: MetaPrivacySettings, key: string, judge: () => NameVerdict): NameVerdict {
  let verdicts = verdictsBySettings.get(settings);
  if (!verdicts) {
    verdicts = new BoundedMap(MAX_REMEMBERED_NAMES);
    verdictsBySettings.set(settings, verdicts);
  }
  const known = verdicts.get(key);
  if (known !== undefined) return known ?? undefined;
  const verdict = judge();
  verdicts.set(key, verdict ?? null);
  return verdict;
}

function verdictOf(name: string, settings: MetaPrivacySettings, context: readonly string[]): NameVerdict {
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
    if (NAME_KINDS.has(match.entry.kind) && ownedBy(outside, context, CATALOGUE_PEOPLE_WORDS, NOTHING)) return undefined;
    const weak = WEAK_KINDS.has(match.entry.kind) && !ownedBy(outside, context, WEAK_KIND_OWNER_WORDS, PLACE_WORDS);
    return { kind: 'pii', pii: match.entry.kind, weak };
  }
  return isPersonsName(words, context) && !ownedBy(words, context, CATALOGUE_PEOPLE_WORDS, NOTHING) ? { kind: 'pii', pii: 'fullName', weak: false } : undefined;
}

const NOTHING: ReadonlySet<string> = new Set();

/**
 * A bare `name` (`nome`, `nombre`, `nom`, `naam`…) is a person's only on person evidence: a person right
 * before it (`customerName`, `customerDisplayName`, `cliente_nome`) or, for the Romance words, right after
 * it past a preposition (`nome_do_cliente`), or no qualifier but a neutral one (`displayName`) and an object
 * that is a person (`lead.name`, `cliente.nome`). `checkout.name`, `lead.content_name`, `body.content_name`,
 * `plan.name`, `nome_produto` are things, and so are `leadSourceName` and `memberTierName`.
 */
function isPersonsName(words: readonly string[], context: readonly string[]): boolean {
  const last = words[words.length - 1]!;
  if (HEAD_LAST_NAMES.has(last) || HEAD_FIRST_NAMES.has(last)) {
    let qualifier = words.length - 2;
    while (qualifier >= 0 && NAME_QUALIFIER_WORDS.has(words[qualifier]!)) qualifier -= 1;
    return qualifier >= 0 ? PERSON_WORDS.has(words[qualifier]!) : ownedBy([], context, PERSON_WORDS, NOTHING);
  }
  if (!HEAD_FIRST_NAMES.has(words[0]!)) return false;
  let owner = 1;
  while (owner < words.length - 1 && NAME_PREPOSITION_WORDS.has(words[owner]!)) owner += 1;
  return PERSON_WORDS.has(words[owner]!);
}

/**
 * Whether a word of the name itself, or the nearest word of its object that is neither a container
 * (`data`, `body`) nor one of `skipped`, is one of `owners`.
 */
function ownedBy(nameWords: readonly string[], context: readonly string[], owners: ReadonlySet<string>, skipped: ReadonlySet<string>): boolean {
  if (nameWords.some((word) => owners.has(word))) return true;
  for (let index = context.length - 1; index >= 0; index -= 1) {
    const word = context[index]!;
    if (owners.has(word)) return true;
    if (!CONTAINER_WORDS.has(word) && !skipped.has(word)) return false;
  }
  return false;
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
