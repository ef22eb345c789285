import { BoundedMap } from './bounded-map.js';

/**
 * Splits an identifier or free text into lowercase words at camelCase, PascalCase, snake_case,
 * kebab-case, dot and space boundaries: `HIVTestBooked` → `hiv test booked`,
 * `email_sha256` → `email sha256`, `asthma-inhaler-refill` → `asthma inhaler refill`.
 * Digits stay attached to the letters before them (`sha256`, `e164`). Accents are folded first
 * (`dataNascimento`, `prénom` → `prenom`, `Straße` → `strasse`, `imię` → `imie`), so words in any Latin
 * script split and compare like English ones.
 */
export function splitWords(text: string): readonly string[] {
  if (text.length > MAX_REMEMBERED_LENGTH) return wordsOf(text);
  let words = splitTexts.get(text);
  if (!words) {
    words = wordsOf(text);
    splitTexts.set(text, words);
  }
  return words;
}

/**
 * Texts already split: the analysis asks about the same names (`email`, `user_data`, `fbq`) many
 * times per file, and a regex match per word allocated more than the rest of the name checks.
 */
const splitTexts = new BoundedMap<string, readonly string[]>(20_000);
/** Only names are remembered, not free text. */
const MAX_REMEMBERED_LENGTH = 100;

function wordsOf(text: string): string[] {
  const words: string[] = [];
  for (const match of (isAscii(text) ? text : foldText(text)).matchAll(WORD_PATTERN)) {
    words.push(match[0].toLowerCase());
  }
  return words;
}

// An upper-case run not followed by lower case (HIV in HIVTest), a capitalised or lower-case word,
// or a digit run; trailing digits stay with their word.
const WORD_PATTERN = /[A-Z]+(?![a-z])\d*|[A-Z]?[a-z]+\d*|\d+[a-z]*/g;

// ---------------------------------------------------------------------------------------------------
// Folding: accents and letters outside ASCII

/** Letters that no decomposition turns into ASCII: Polish ł, Turkish dotless ı, German ß, Nordic ø, æ. */
const LETTER_FOLDS: Readonly<Record<string, string>> = {
  ł: 'l', Ł: 'L', ı: 'i', ß: 'ss', ø: 'o', Ø: 'O', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', đ: 'd', Đ: 'D', ð: 'd', Ð: 'D',
};
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** `ç` → `c`, `Ş` → `S`, `ß` → `ss`, a combining mark → nothing; other characters stay as they are. */
export function foldChar(char: string): string {
  const code = char.charCodeAt(0);
  if (code >= 0x300 && code <= 0x36f) return '';
  const base = char.normalize('NFD').replace(COMBINING_MARKS, '');
  const folded = LETTER_FOLDS[base] ?? base;
  return isAscii(folded) ? folded : char;
}

// Latin-1 Supplement, Latin Extended-A/B and the combining marks, folded once.
const FOLD_TABLE_END = 0x370;
const FOLD_TABLE: readonly string[] = Array.from({ length: FOLD_TABLE_END - 0x80 }, (_, k) => foldChar(String.fromCharCode(0x80 + k)));

/** The folded form of the code unit at `index` (one character, several, or none for a combining mark). */
export function foldedCodeUnit(text: string, index: number): string {
  const code = text.charCodeAt(index);
  if (code < 0x80) return text.charAt(index);
  return code < FOLD_TABLE_END ? FOLD_TABLE[code - 0x80]! : foldChar(text.charAt(index));
}

export function isAscii(text: string): boolean {
  for (let k = 0; k < text.length; k += 1) if (text.charCodeAt(k) >= 0x80) return false;
  return true;
}

/** The text with every character folded; non-Latin characters stay, and act as word breaks. */
export function foldText(text: string): string {
  let out = '';
  for (let k = 0; k < text.length; k += 1) out += foldedCodeUnit(text, k);
  return out;
}
