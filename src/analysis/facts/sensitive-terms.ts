import {
  SENSITIVE_CATEGORIES,
  SENSITIVE_TERMS,
  type SensitiveCategory,
  type SensitiveTerm,
} from '../catalog/sensitive-terms.js';
import { splitWords } from '../../util/words.js';

export { SENSITIVE_CATEGORIES };
export type { SensitiveCategory };

export interface SensitiveTermMatch {
  readonly category: SensitiveCategory;
  /** The lexicon entry as written: `'hepatitis'`, `'clinical trial'`, `'diabet*'`, `'PrEP'`. */
  readonly term: string;
  /** The words of the input that matched, lowercase, joined by a space (`'clinical trials'`, `'diabetes'`). */
  readonly matched: string;
}

export interface SensitiveTermOptions {
  /** `false` turns a category off; missing categories stay on. */
  readonly categories?: Readonly<Partial<Record<SensitiveCategory, boolean>>>;
  /**
   * Never reported, case-insensitively: a whole input (`'HIVTestBooked'`, also matching `hiv_test_booked`),
   * a lexicon term (`'hiv'`, `'clinical trial'`, `'diabet*'`) or the matched words (`'diabetes'`).
   */
  readonly allow?: readonly string[];
  /** Extra entries per category, in the lexicon's notation (`'gluten intolerance'`, `'keto*'`). */
  readonly additionalTerms?: Readonly<Partial<Record<SensitiveCategory, readonly string[]>>>;
}

/** How messages name a category: `'mental health or addiction'`. */
export function sensitiveCategoryLabel(id: SensitiveCategory): string {
  return SENSITIVE_TERMS[id]?.label ?? id;
}

export function isSensitiveCategory(value: unknown): value is SensitiveCategory {
  return typeof value === 'string' && (SENSITIVE_CATEGORIES as readonly string[]).includes(value);
}

/**
 * Finds the lexicon entries that `text` (an identifier or free text) contains as whole words or adjacent
 * word sequences. At each word the longest entry wins and its words are consumed, so `physical therapy`
 * is health, not also `therapy`. One match per category and term, in input order.
 */
export function findSensitiveTerms(text: string, options?: SensitiveTermOptions): SensitiveTermMatch[] {
  if (typeof text !== 'string' || text.length === 0) return [];
  const words = normalizedWords(text);
  if (words.length === 0) return [];

  const allow = options?.allow ? allowSet(options.allow) : undefined;
  if (allow && (allow.has(text.trim().toLowerCase()) || allow.has(words.join(' ')))) return [];

  const extra = options?.additionalTerms ? additionalIndex(options.additionalTerms) : undefined;
  const indexes = extra ? [BUILT_IN, extra] : [BUILT_IN];
  const categories = options?.categories;

  const matches: SensitiveTermMatch[] = [];
  const seen = new Set<string>();
  let i = 0;
  while (i < words.length) {
    const hit = longestAt(words, i, indexes);
    if (!hit) {
      i += 1;
      continue;
    }
    const length = hit.tests.length;
    if (categories?.[hit.category] !== false) {
      const spanned = words.slice(i, i + length);
      const matched = display(spanned, hit.glue);
      const key = `${hit.category}\u0000${hit.term}`;
      if (!seen.has(key) && !(allow && isAllowed(hit, matched, spanned, allow))) {
        seen.add(key);
        matches.push({ category: hit.category, term: hit.term, matched });
      }
    }
    i += length;
  }
  return matches;
}

// ---------------------------------------------------------------------------------------------------
// Compiled form

type WordTest =
  | { readonly kind: 'exact'; readonly forms: ReadonlySet<string> }
  | { readonly kind: 'stem'; readonly prefix: string };

interface CompiledTerm {
  readonly category: SensitiveCategory;
  readonly term: string;
  /** One test per input word. */
  readonly tests: readonly WordTest[];
  /** `glue[k]`: words k and k + 1 came from one mixed-case token (`PrEP` → `pr`, `ep`); shown joined. */
  readonly glue: readonly boolean[];
  readonly notNear: ReadonlySet<string> | undefined;
  /** Spellings of the term that `allow` compares against. */
  readonly allowKeys: readonly string[];
}

interface TermIndex {
  /** Entries by every form of their first word. */
  readonly byWord: ReadonlyMap<string, readonly CompiledTerm[]>;
  /** Entries whose first word is a stem, by the stem. */
  readonly byStem: ReadonlyMap<string, readonly CompiledTerm[]>;
  /** Distinct stem lengths, ascending. */
  readonly stemLengths: readonly number[];
}

/** splitWords, then `under13` → `under 13` (entries and inputs alike) and possessive `s` dropped. */
function normalizedWords(text: string): string[] {
  const words: string[] = [];
  for (const word of splitWords(text)) {
    if (word === 's') continue; // "Alzheimer's", "children's"
    let end = word.length;
    while (end > 0 && isDigit(word.charCodeAt(end - 1))) end -= 1;
    if (end > 0 && end < word.length && !isDigit(word.charCodeAt(0))) {
      words.push(word.slice(0, end), word.slice(end));
    } else {
      words.push(word);
    }
  }
  return words;
}

function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

const IRREGULAR_PLURALS: ReadonlyMap<string, string> = new Map([
  ['child', 'children'],
  ['man', 'men'],
  ['person', 'people'],
  ['woman', 'women'],
]);

/** The word and its regular plural: `test tests`, `therapy therapies`, `church churches`, `child children`. */
function wordForms(word: string): string[] {
  const last = word.charCodeAt(word.length - 1);
  if (isDigit(last)) return [word];
  const irregular = IRREGULAR_PLURALS.get(word);
  if (irregular) return [word, irregular];
  if (word.length > 1 && word.endsWith('y') && !'aeiou'.includes(word.charAt(word.length - 2))) {
    return [word, `${word.slice(0, -1)}ies`];
  }
  if (/(?:[sxz]|[cs]h)$/.test(word)) return [word, `${word}es`];
  return [word, `${word}s`];
}

/** Compiles one entry; undefined when it has no words (an empty or punctuation-only additional term). */
function compileTerm(category: SensitiveCategory, spec: SensitiveTerm): CompiledTerm | undefined {
  const term = (typeof spec === 'string' ? spec : spec.term).trim();
  const tests: WordTest[] = [];
  const glue: boolean[] = [];
  const pieces: string[] = [];
  for (const token of term.split(/\s+/)) {
    const isStem = token.endsWith('*');
    const body = isStem ? token.slice(0, -1) : token;
    const tokenPieces = normalizedWords(body);
    if (tokenPieces.length === 0) continue;
    const mixedCase = tokenPieces.length > 1 && /[A-Z]/.test(body);
    tokenPieces.forEach((piece, k) => {
      if (tests.length > 0) glue.push(mixedCase && k > 0);
      pieces.push(piece);
      if (isStem && k === tokenPieces.length - 1) {
        tests.push({ kind: 'stem', prefix: piece });
      } else {
        tests.push({ kind: 'exact', forms: new Set(mixedCase ? [piece] : wordForms(piece)) });
      }
    });
  }
  if (tests.length === 0) return undefined;

  const notNearWords = typeof spec === 'string' ? undefined : spec.notNear;
  const notNear = notNearWords?.length
    ? new Set(notNearWords.flatMap((word) => normalizedWords(word).flatMap(wordForms)))
    : undefined;
  const lower = term.toLowerCase();
  const allowKeys = [...new Set([lower, lower.replaceAll('*', ''), pieces.join(' '), display(pieces, glue)])];
  return { category, term, tests, glue, notNear, allowKeys };
}

function buildIndex(terms: readonly CompiledTerm[]): TermIndex {
  const byWord = new Map<string, CompiledTerm[]>();
  const byStem = new Map<string, CompiledTerm[]>();
  const add = (map: Map<string, CompiledTerm[]>, key: string, term: CompiledTerm): void => {
    const list = map.get(key);
    if (list) list.push(term);
    else map.set(key, [term]);
  };
  for (const term of terms) {
    const first = term.tests[0];
    if (!first) continue;
    if (first.kind === 'stem') add(byStem, first.prefix, term);
    else for (const form of first.forms) add(byWord, form, term);
  }
  const stemLengths = [...new Set([...byStem.keys()].map((stem) => stem.length))].sort((a, b) => a - b);
  return { byWord, byStem, stemLengths };
}

function compileBuiltIn(): TermIndex {
  const compiled: CompiledTerm[] = [];
  for (const category of SENSITIVE_CATEGORIES) {
    for (const spec of SENSITIVE_TERMS[category].terms) {
      const term = compileTerm(category, spec);
      if (!term) throw new Error(`sensitive-terms: entry ${JSON.stringify(spec)} in ${category} has no words`);
      compiled.push(term);
    }
  }
  return buildIndex(compiled);
}

const BUILT_IN: TermIndex = compileBuiltIn();

// Options are usually the same objects for a whole lint run (rule options, settings): compile once.
const additionalCache = new WeakMap<object, TermIndex>();
const allowCache = new WeakMap<readonly string[], ReadonlySet<string>>();

function additionalIndex(additional: Readonly<Partial<Record<SensitiveCategory, readonly string[]>>>): TermIndex {
  let index = additionalCache.get(additional);
  if (!index) {
    const compiled: CompiledTerm[] = [];
    for (const category of SENSITIVE_CATEGORIES) {
      const entries = additional[category];
      if (!Array.isArray(entries)) continue;
      for (const entry of entries as readonly unknown[]) {
        if (typeof entry !== 'string') continue;
        const term = compileTerm(category, entry);
        if (term) compiled.push(term);
      }
    }
    index = buildIndex(compiled);
    additionalCache.set(additional, index);
  }
  return index;
}

function allowSet(allow: readonly string[]): ReadonlySet<string> {
  let set = allowCache.get(allow);
  if (!set) {
    const keys = new Set<string>();
    for (const entry of allow) {
      if (typeof entry !== 'string') continue;
      const lower = entry.trim().toLowerCase();
      if (lower) keys.add(lower);
      const words = normalizedWords(entry.replaceAll('*', ''));
      if (words.length > 0) keys.add(words.join(' '));
    }
    set = keys;
    allowCache.set(allow, set);
  }
  return set;
}

function isAllowed(
  term: CompiledTerm,
  matched: string,
  spanned: readonly string[],
  allow: ReadonlySet<string>,
): boolean {
  return term.allowKeys.some((key) => allow.has(key)) || allow.has(matched) || allow.has(spanned.join(' '));
}

// ---------------------------------------------------------------------------------------------------
// Matching

/** The longest entry that starts at word `start` and is not cancelled by a neighbour; ties go to the earlier index. */
function longestAt(words: readonly string[], start: number, indexes: readonly TermIndex[]): CompiledTerm | undefined {
  const word = words[start];
  if (word === undefined) return undefined;
  let best: CompiledTerm | undefined;
  const consider = (candidates: readonly CompiledTerm[] | undefined): void => {
    if (!candidates) return;
    for (const candidate of candidates) {
      const length = candidate.tests.length;
      if ((best && length <= best.tests.length) || start + length > words.length) continue;
      if (matchesFrom(words, start, candidate) && !cancelled(words, start, length, candidate)) best = candidate;
    }
  };
  for (const index of indexes) {
    consider(index.byWord.get(word));
    for (const length of index.stemLengths) {
      if (length > word.length) break;
      consider(index.byStem.get(word.slice(0, length)));
    }
  }
  return best;
}

/** Checks words 1.. of the entry; word 0 matched through the index key. */
function matchesFrom(words: readonly string[], start: number, term: CompiledTerm): boolean {
  for (let k = 1; k < term.tests.length; k += 1) {
    const word = words[start + k];
    const test = term.tests[k];
    if (word === undefined || test === undefined) return false;
    if (test.kind === 'exact' ? !test.forms.has(word) : !word.startsWith(test.prefix)) return false;
  }
  return true;
}

function cancelled(words: readonly string[], start: number, length: number, term: CompiledTerm): boolean {
  if (!term.notNear) return false;
  const before = words[start - 1];
  const after = words[start + length];
  return (before !== undefined && term.notNear.has(before)) || (after !== undefined && term.notNear.has(after));
}

function display(words: readonly string[], glue: readonly boolean[]): string {
  let out = words[0] ?? '';
  for (let k = 1; k < words.length; k += 1) out += (glue[k - 1] ? '' : ' ') + words[k];
  return out;
}
