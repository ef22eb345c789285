/**
 * Splits an identifier or free text into lowercase words at camelCase, PascalCase, snake_case,
 * kebab-case, dot and space boundaries: `HIVTestBooked` → `hiv test booked`,
 * `email_sha256` → `email sha256`, `asthma-inhaler-refill` → `asthma inhaler refill`.
 * Digits stay attached to the letters before them (`sha256`, `e164`).
 */
export function splitWords(text: string): string[] {
  const words: string[] = [];
  for (const match of text.matchAll(WORD_PATTERN)) {
    words.push(match[0].toLowerCase());
  }
  return words;
}

// An upper-case run not followed by lower case (HIV in HIVTest), a capitalised or lower-case word,
// or a digit run; trailing digits stay with their word.
const WORD_PATTERN = /[A-Z]+(?![a-z])\d*|[A-Z]?[a-z]+\d*|\d+[a-z]*/g;
