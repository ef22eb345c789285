import {
  LEXICON_LANGUAGES,
  SENSITIVE_CATEGORIES,
  SENSITIVE_PARAMETER_NAMES,
  SENSITIVE_TERMS,
  type LexiconLanguage,
  type SensitiveCategory,
  type SensitiveTerm,
} from '../catalog/sensitive-terms.js';
import { foldChar, foldedCodeUnit, foldText, isAscii } from '../../util/words.js';

export { SENSITIVE_CATEGORIES };
export type { SensitiveCategory };

export interface SensitiveTermMatch {
  readonly category: SensitiveCategory;
  /** The lexicon entry as written: `'hepatitis'`, `'clinical trial'`, `'diabet*'`, `'PrEP'`, `'ciąż*'`. */
  readonly term: string;
  /** The words of the input that matched, lowercase and spelled as in the input, joined by a space (`'clinical trials'`, `'ciąża'`). */
  readonly matched: string;
}

export interface SensitiveTermOptions {
  /** `false` turns a category off; missing categories stay on. */
  readonly categories?: Readonly<Partial<Record<SensitiveCategory, boolean>>>;
  /**
   * Never reported, case- and accent-insensitively: a whole input (`'HIVTestBooked'`, also matching
   * `hiv_test_booked`), a lexicon term (`'hiv'`, `'clinical trial'`, `'diabet*'`) or the matched words (`'diabetes'`).
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

const NO_MATCHES: readonly SensitiveTermMatch[] = Object.freeze([]);

/**
 * Finds the lexicon entries that `text` (an identifier or free text) contains as whole words or adjacent
 * word sequences, accent-insensitively (`Gravidez`, `ciąża`, `KISIRLIK`). At each word the longest entry
 * wins and its words are consumed, so `physical therapy` is health, not also `therapy`. One match per
 * category and term, in input order.
 *
 * Most inputs match nothing: a precompiled trie of every entry's first word rejects them in one pass
 * over the text, without allocating. `parameterName`: the text names an event parameter, so the
 * entries that count only there (`bmi`, `imc`) count too.
 */
export function findSensitiveTerms(text: string, options?: SensitiveTermOptions, parameterName = false): readonly SensitiveTermMatch[] {
  if (typeof text !== 'string' || text.length === 0) return NO_MATCHES;
  const extra = options?.additionalTerms ? additionalIndex(options.additionalTerms) : undefined;
  const ascii = isAscii(text);
  const folded = ascii ? text : foldText(text);
  const inNames = parameterName && startsAnEntry(folded, PARAMETER_NAMES.firstWords);
  if (!inNames && !startsAnEntry(folded, BUILT_IN.firstWords) && !(extra && startsAnEntry(folded, extra.firstWords))) return NO_MATCHES;

  const words = wordsOf(folded);
  const allow = options?.allow ? allowSet(options.allow) : undefined;
  if (allow && (allow.has(folded.trim().toLowerCase()) || allow.has(words.map((word) => word.text).join(' ')))) return NO_MATCHES;

  const indexes = [BUILT_IN, ...(extra ? [extra] : []), ...(inNames ? [PARAMETER_NAMES] : [])];
  const categories = options?.categories;
  const spelled = ascii ? undefined : originalSpelling(text);
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
      const key = `${hit.category}\u0000${hit.term}`;
      if (!seen.has(key) && !(allow && isAllowed(hit, spanned, allow))) {
        seen.add(key);
        const matched = display(spanned.map((word) => (spelled ? spelled(word) : word.text)), hit.glue);
        matches.push({ category: hit.category, term: hit.term, matched });
      }
    }
    i += length;
  }
  return matches.length === 0 ? NO_MATCHES : matches;
}

// ---------------------------------------------------------------------------------------------------
// Folding: accents and letters outside ASCII (util/words.ts), the same for entries and inputs

/** German umlauts are also written `ae`, `oe`, `ue` (`Gynaekologie`, `Hoergeraet`): entries match both spellings. */
function spellingsOf(entry: string): string[] {
  const transliterated = entry.replace(/[äöü]/gi, (umlaut) => `${foldChar(umlaut)}e`);
  return transliterated === entry ? [foldText(entry)] : [foldText(entry), foldText(transliterated)];
}

/** For a non-ASCII input: how each word (by its span in the folded text) is spelled in the original, lowercase. */
function originalSpelling(text: string): (word: Word) => string {
  const origin: number[] = [];
  for (let k = 0; k < text.length; k += 1) {
    const length = foldedCodeUnit(text, k).length;
    for (let c = 0; c < length; c += 1) origin.push(k);
  }
  return (word) => {
    let end = origin[word.end - 1]! + 1;
    while (end < text.length && foldedCodeUnit(text, end) === '') end += 1;
    return text.slice(origin[word.start], end).toLowerCase();
  };
}

// ---------------------------------------------------------------------------------------------------
// Words: the cuts of `splitWords` (util/words.ts), computed on character codes so that they can be
// visited without allocating. Then `under13` → `under 13`, and a possessive `s` is dropped.

interface Word {
  /** Lowercase, folded. */
  readonly text: string;
  /** Span in the folded text. */
  readonly start: number;
  readonly end: number;
}

const isUpper = (code: number): boolean => code >= 65 && code <= 90;
const isLower = (code: number): boolean => code >= 97 && code <= 122;
const isDigit = (code: number): boolean => code >= 48 && code <= 57;

function skipLower(text: string, from: number): number {
  let k = from;
  while (k < text.length && isLower(text.charCodeAt(k))) k += 1;
  return k;
}

function skipDigits(text: string, from: number): number {
  let k = from;
  while (k < text.length && isDigit(text.charCodeAt(k))) k += 1;
  return k;
}

/**
 * End of the word that starts at `start`, or `start` when none does: an upper-case run not followed by
 * lower case (`HIV` in `HIVTest`), a capitalised or lower-case word, or a digit run; trailing digits stay.
 */
function wordEnd(text: string, start: number): number {
  const code = text.charCodeAt(start);
  if (isUpper(code)) {
    let end = start + 1;
    while (end < text.length && isUpper(text.charCodeAt(end))) end += 1;
    if (end < text.length && isLower(text.charCodeAt(end))) {
      if (end - start >= 2) return end - 1;
      end = skipLower(text, end);
    }
    return skipDigits(text, end);
  }
  if (isLower(code)) return skipDigits(text, skipLower(text, start + 1));
  if (isDigit(code)) return skipLower(text, skipDigits(text, start + 1));
  return start;
}

/** Where the trailing digits of the word `[start, end)` begin, when they should be a word of their own. */
function digitsSplit(text: string, start: number, end: number): number {
  let split = end;
  while (split > start && isDigit(text.charCodeAt(split - 1))) split -= 1;
  return split > start && !isDigit(text.charCodeAt(start)) ? split : end;
}

const isPossessive = (text: string, start: number, end: number): boolean => end - start === 1 && (text.charCodeAt(start) | 32) === 115;

/**
 * Calls `visit(state, text, start, end)` for each word of `text`; stops at the first `true` and returns it.
 * The visitor is a plain function and its state an argument, so that the gate allocates nothing.
 */
function someWord<S>(text: string, state: S, visit: (state: S, text: string, start: number, end: number) => boolean): boolean {
  for (let start = 0; start < text.length; ) {
    const end = wordEnd(text, start);
    if (end === start) {
      start += 1;
      continue;
    }
    if (!isPossessive(text, start, end)) {
      const split = digitsSplit(text, start, end);
      if (visit(state, text, start, split) || (split < end && visit(state, text, split, end))) return true;
    }
    start = end;
  }
  return false;
}

function pushWord(words: Word[], text: string, start: number, end: number): boolean {
  words.push({ text: text.slice(start, end).toLowerCase(), start, end });
  return false;
}

function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  someWord(text, words, pushWord);
  return words;
}

// ---------------------------------------------------------------------------------------------------
// The gate: a trie of every entry's first word (each form, and stems), walked over the input's words

interface TrieNode {
  /** By character: `a`–`z` are 0–25, `0`–`9` are 26–35. */
  readonly next: (TrieNode | undefined)[];
  /** A whole first word ends here. */
  word: boolean;
  /** A stem ends here: any longer word matches too. */
  stem: boolean;
}

const newNode = (): TrieNode => ({ next: [], word: false, stem: false });

function slot(code: number): number {
  const lower = code | 32;
  if (lower >= 97 && lower <= 122) return lower - 97;
  return isDigit(code) ? code - 22 : -1;
}

function addToTrie(root: TrieNode, word: string, stem: boolean): void {
  let node = root;
  for (let k = 0; k < word.length; k += 1) {
    const index = slot(word.charCodeAt(k));
    if (index < 0) return;
    node = node.next[index] ??= newNode();
  }
  if (stem) node.stem = true;
  else node.word = true;
}

/** Whether the word `[start, end)` is a first word in the trie, or starts with a stem of it. */
function inTrie(root: TrieNode, text: string, start: number, end: number): boolean {
  let node: TrieNode | undefined = root;
  for (let k = start; k < end; k += 1) {
    node = node.next[slot(text.charCodeAt(k))];
    if (!node) return false;
    if (node.stem) return true;
  }
  return node.word;
}

/** Whether any word of `text` can start an entry: a sound `false` lets the caller stop at once. */
function startsAnEntry(text: string, root: TrieNode): boolean {
  return someWord(text, root, inTrie);
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
  /** Spellings of the term that `allow` compares against, folded. */
  readonly allowKeys: readonly string[];
}

interface TermIndex {
  /** Entries by every form of their first word. */
  readonly byWord: ReadonlyMap<string, readonly CompiledTerm[]>;
  /** Entries whose first word is a stem, by the stem. */
  readonly byStem: ReadonlyMap<string, readonly CompiledTerm[]>;
  /** Distinct stem lengths, ascending. */
  readonly stemLengths: readonly number[];
  /** Every first word and stem, for the gate. */
  readonly firstWords: TrieNode;
}

const IRREGULAR_PLURALS: ReadonlyMap<string, string> = new Map([
  ['child', 'children'],
  ['man', 'men'],
  ['person', 'people'],
  ['woman', 'women'],
]);

type Plurals = (word: string) => string[];

/** The word and its regular English plural: `test tests`, `therapy therapies`, `church churches`, `child children`. */
function englishForms(word: string): string[] {
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

/** Spanish, Portuguese and French add `s` (Spanish `es` after a consonant): `pacientes`, `enfermedades`, `réfugiés`. */
function romanceForms(word: string): string[] {
  if (isDigit(word.charCodeAt(word.length - 1)) || word.endsWith('s')) return [word];
  return 'aeiou'.includes(word.charAt(word.length - 1)) ? [word, `${word}s`] : [word, `${word}s`, `${word}es`];
}

/**
 * The forms an entry's words match in each language. German, Italian, Dutch, Polish and Turkish inflect
 * otherwise: their entries write the forms out or use a stem, so no form is guessed that could be another
 * language's word (Italian `obesità` + `s` is Dutch `obesitas`).
 */
const PLURALS: Readonly<Record<LexiconLanguage, Plurals>> = {
  en: englishForms,
  es: romanceForms,
  pt: romanceForms,
  fr: romanceForms,
  de: (word) => [word],
  it: (word) => [word],
  nl: (word) => [word],
  pl: (word) => [word],
  tr: (word) => [word],
};

/** Compiles one entry, once per spelling; none when it has no words (an empty or punctuation-only additional term). */
function compileTerm(category: SensitiveCategory, spec: SensitiveTerm, wordForms: Plurals = englishForms): CompiledTerm[] {
  const term = (typeof spec === 'string' ? spec : spec.term).trim();
  const notNearWords = typeof spec === 'string' ? undefined : spec.notNear;
  const notNear = notNearWords?.length
    ? new Set(notNearWords.flatMap((word) => spellingsOf(word).flatMap((spelling) => wordsOf(spelling).flatMap((piece) => wordForms(piece.text)))))
    : undefined;
  return spellingsOf(term).flatMap((spelling) => {
    const compiled = compileSpelling(spelling, wordForms);
    if (!compiled) return [];
    const lower = spelling.toLowerCase();
    const allowKeys = [...new Set([lower, lower.replaceAll('*', ''), compiled.pieces.join(' '), display(compiled.pieces, compiled.glue)])];
    return [{ category, term, tests: compiled.tests, glue: compiled.glue, notNear, allowKeys }];
  });
}

function compileSpelling(spelling: string, wordForms: Plurals): { tests: WordTest[]; glue: boolean[]; pieces: string[] } | undefined {
  const tests: WordTest[] = [];
  const glue: boolean[] = [];
  const pieces: string[] = [];
  for (const token of spelling.split(/\s+/)) {
    const isStem = token.endsWith('*');
    const body = isStem ? token.slice(0, -1) : token;
    const tokenPieces = wordsOf(body).map((word) => word.text);
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
  return tests.length === 0 ? undefined : { tests, glue, pieces };
}

function buildIndex(terms: readonly CompiledTerm[]): TermIndex {
  const byWord = new Map<string, CompiledTerm[]>();
  const byStem = new Map<string, CompiledTerm[]>();
  const firstWords = newNode();
  const add = (map: Map<string, CompiledTerm[]>, key: string, term: CompiledTerm): void => {
    const list = map.get(key);
    if (list) list.push(term);
    else map.set(key, [term]);
  };
  for (const term of terms) {
    const first = term.tests[0];
    if (!first) continue;
    if (first.kind === 'stem') {
      add(byStem, first.prefix, term);
      addToTrie(firstWords, first.prefix, true);
    } else {
      for (const form of first.forms) {
        add(byWord, form, term);
        addToTrie(firstWords, form, false);
      }
    }
  }
  const stemLengths = [...new Set([...byStem.keys()].map((stem) => stem.length))].sort((a, b) => a - b);
  return { byWord, byStem, stemLengths, firstWords };
}

function compileBuiltIn(): TermIndex {
  const compiled: CompiledTerm[] = [];
  for (const category of SENSITIVE_CATEGORIES) {
    for (const language of LEXICON_LANGUAGES) {
      for (const spec of SENSITIVE_TERMS[category].terms[language]) {
        const spellings = compileTerm(category, spec, PLURALS[language]);
        if (spellings.length === 0) throw new Error(`sensitive-terms: entry ${JSON.stringify(spec)} in ${category} has no words`);
        compiled.push(...spellings);
      }
    }
  }
  return buildIndex(compiled);
}

const BUILT_IN: TermIndex = compileBuiltIn();

/** The entries that count only in the name of an event parameter (`{ bmi }`, `{ imc }`). */
const PARAMETER_NAMES: TermIndex = buildIndex(
  SENSITIVE_CATEGORIES.flatMap((category) =>
    LEXICON_LANGUAGES.flatMap((language) => (SENSITIVE_PARAMETER_NAMES[category]?.[language] ?? []).flatMap((spec) => compileTerm(category, spec, PLURALS[language]))),
  ),
);

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
        if (typeof entry === 'string') compiled.push(...compileTerm(category, entry));
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
      const folded = foldText(entry);
      const lower = folded.trim().toLowerCase();
      if (lower) keys.add(lower);
      const words = wordsOf(folded.replaceAll('*', ''));
      if (words.length > 0) keys.add(words.map((word) => word.text).join(' '));
    }
    set = keys;
    allowCache.set(allow, set);
  }
  return set;
}

function isAllowed(term: CompiledTerm, spanned: readonly Word[], allow: ReadonlySet<string>): boolean {
  const texts = spanned.map((word) => word.text);
  return term.allowKeys.some((key) => allow.has(key)) || allow.has(display(texts, term.glue)) || allow.has(texts.join(' '));
}

// ---------------------------------------------------------------------------------------------------
// Matching

/** The longest entry that starts at word `start` and is not cancelled by a neighbour; ties go to the earlier index. */
function longestAt(words: readonly Word[], start: number, indexes: readonly TermIndex[]): CompiledTerm | undefined {
  const word = words[start]?.text;
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
function matchesFrom(words: readonly Word[], start: number, term: CompiledTerm): boolean {
  for (let k = 1; k < term.tests.length; k += 1) {
    const word = words[start + k]?.text;
    const test = term.tests[k];
    if (word === undefined || test === undefined) return false;
    if (test.kind === 'exact' ? !test.forms.has(word) : !word.startsWith(test.prefix)) return false;
  }
  return true;
}

function cancelled(words: readonly Word[], start: number, length: number, term: CompiledTerm): boolean {
  if (!term.notNear) return false;
  const before = words[start - 1]?.text;
  const after = words[start + length]?.text;
  return (before !== undefined && term.notNear.has(before)) || (after !== undefined && term.notNear.has(after));
}

function display(words: readonly string[], glue: readonly boolean[]): string {
  let out = words[0] ?? '';
  for (let k = 1; k < words.length; k += 1) out += (glue[k - 1] ? '' : ' ') + words[k];
  return out;
}
