/**
 * Many "does this text match pattern X anywhere" checks answered in one pass over the text, exactly
 * as `X.test(text)` would answer each.
 *
 * Each pattern comes with its anchors: for every way a match can start, the characters it can have at
 * its first four positions (derived from the pattern by `scripts/text-hint-anchors.mjs`). The pass
 * looks up each position's next four characters in three tables of character pairs; only where all
 * three allow a pattern is the pattern itself tried there, as a sticky regular expression. A V8
 * regular expression with a dozen alternatives tries each one at every position of the text; the
 * tables reject almost every position with three array reads, for all the patterns at once.
 *
 * The tables keep pairs, not whole anchors, so the pairs of different anchors mix: `re` from
 * `redirect`, `et` from `setReferrerUrl`. Each pattern has two lanes, one for the anchors of words
 * (at most two characters, a letter's two cases, at each position) and one for the rest, so that
 * the word characters of `[?&#]\w*=` do not let `return` through as a possible `redirect`.
 */

/**
 * The characters a match can have at one position, as a string of the characters' low bytes
 * (`charCodeAt(…) & 0xff`, so `ſ` (U+017F) counts as `\x7f`); `''` for any character.
 */
export type AnchorChars = string;

/** The characters of a match's first positions (at most `ANCHOR_DEPTH`; a shorter list allows anything after). */
export type Anchor = readonly AnchorChars[];

export interface TextGate {
  readonly pattern: RegExp;
  /** Every way a match of `pattern` can start; a position no anchor allows is never tried. */
  readonly anchors: readonly Anchor[];
}

/** Positions an anchor describes: the three pair tables cover positions 0–1, 1–2 and 2–3. */
export const ANCHOR_DEPTH = 4;
const MAX_GATES = 16;
/** Lanes per gate: words, and everything else. */
const LANES = 2;
const WORD_CHARS = 2;
const LANE_MASK = (1 << LANES) - 1;
const ANY_BYTE = Array.from({ length: 256 }, (_, byte) => byte);

/** Which gates a text opens: `has(name)`. */
export interface GateHits<Name extends string> {
  has(name: Name): boolean;
}

export class TextGates<Name extends string> {
  private readonly names: readonly Name[];
  /** The word lane's bit of each gate, by name (`has` is asked a dozen times per file: no search of `names`). */
  private readonly laneBits: Readonly<Record<Name, number>>;
  private readonly sticky: readonly RegExp[];
  /** Bit `l` of `pairs[k][(a << 8) | b]`: lane `l` (of gate `l >> 1`) allows byte `a` at position k and `b` at k + 1. */
  private readonly pairs = [new Uint32Array(0x10000), new Uint32Array(0x10000), new Uint32Array(0x10000)] as const;
  /**
   * Bit `pair & 31` of `starts[pair >> 5]`: whether any lane allows a pair at positions 0–1, the test
   * made at every position. A bit per pair (8 KB), not a byte (64 KB): between two files the rest of
   * a lint evicts the table from the processor's caches, and inside a lint the scan takes 8–10 % less
   * so. A micro-benchmark keeps any table cached and shows no difference: time such changes in a lint.
   */
  private readonly starts = new Int32Array(0x10000 >> 5);

  constructor(gates: Readonly<Record<Name, TextGate>>) {
    this.names = Object.keys(gates) as Name[];
    if (this.names.length > MAX_GATES) throw new Error(`TextGates: at most ${MAX_GATES} gates, got ${this.names.length}`);
    this.sticky = this.names.map((name) => new RegExp(gates[name].pattern.source, `${gates[name].pattern.flags.replace(/[gy]/g, '')}y`));
    this.laneBits = Object.fromEntries(this.names.map((name, gate) => [name, 1 << (gate * LANES)])) as Record<Name, number>;
    this.names.forEach((name, gate) => {
      for (const anchor of gates[name].anchors) this.addAnchor(anchor, 1 << (gate * LANES + (isWord(anchor) ? 0 : 1)));
    });
  }

  /** Which gates `text` opens: for each gate, whether its pattern matches somewhere in `text`. */
  scan(text: string): GateHits<Name> {
    const found = this.scanLanes(text);
    const laneBits = this.laneBits;
    return { has: (name) => (found & laneBits[name]) !== 0 };
  }

  /** The lanes of the gates found, both lanes of each (`0b11 << gate * LANES`). */
  private scanLanes(text: string): number {
    const all = this.names.length * LANES === 32 ? -1 : (1 << (this.names.length * LANES)) - 1;
    // Positions whose next three characters are in the text, read as they are; the last three, from a
    // copy padded with NUL (the tables allow 0 wherever they allow any character). Reading past the
    // end of a string would make V8 compile the loop's reads for it, and the loop three times slower.
    const body = Math.max(0, text.length - 3);
    let found = this.scanRange(text, text, 0, body, 0, all);
    if (found !== all && body < text.length) found = this.scanRange(text, `${text.slice(body)}\0\0\0`, body, text.length, found, all);
    return found;
  }

  /** Scans positions `from` to `to` of `text`, reading characters from `chars` (`text`, or its padded end at offset `from`). */
  private scanRange(text: string, chars: string, from: number, to: number, found: number, all: number): number {
    const [first, second, third] = this.pairs;
    const starts = this.starts;
    const offset = chars === text ? 0 : from;
    let current = chars.charCodeAt(from - offset) & 0xff;
    for (let index = from; index < to; index++) {
      const at = index - offset;
      const next = chars.charCodeAt(at + 1) & 0xff;
      const pair = (current << 8) | next;
      if ((starts[pair >> 5]! & (1 << (pair & 31))) !== 0) {
        const afterNext = chars.charCodeAt(at + 2) & 0xff;
        let open = first[pair]! & second[(next << 8) | afterNext]! & ~found;
        if (open !== 0) open &= third[(afterNext << 8) | (chars.charCodeAt(at + 3) & 0xff)]!;
        if (open !== 0) {
          found |= this.confirm(text, index, open);
          if (found === all) break;
        }
      }
      current = next;
    }
    return found;
  }

  /** The lanes of the gates among `lanes` whose pattern matches at `index`. */
  private confirm(text: string, index: number, lanes: number): number {
    let confirmed = 0;
    for (let gate = 0; gate < this.sticky.length; gate++) {
      const gateLanes = LANE_MASK << (gate * LANES);
      if ((lanes & gateLanes) === 0) continue;
      const pattern = this.sticky[gate]!;
      pattern.lastIndex = index;
      if (pattern.test(text)) confirmed |= gateLanes;
    }
    return confirmed;
  }

  private addAnchor(anchor: Anchor, bit: number): void {
    if (anchor.length === 0) throw new Error('TextGates: an anchor needs at least its first character (a pattern that can match nothing needs no gate)');
    const bytes = Array.from({ length: ANCHOR_DEPTH }, (_, position) => {
      const chars = anchor[position];
      return chars === undefined || chars === '' ? ANY_BYTE : [...chars].map((char) => char.charCodeAt(0) & 0xff);
    });
    this.pairs.forEach((table, position) => {
      for (const a of bytes[position]!) for (const b of bytes[position + 1]!) table[(a << 8) | b]! |= bit;
    });
    for (const a of bytes[0]!) for (const b of bytes[1]!) this.starts[((a << 8) | b) >> 5]! |= 1 << (b & 31);
  }
}

/** An anchor of a word: each position one character, or a letter in either case. */
function isWord(anchor: Anchor): boolean {
  return anchor.every((chars) => chars !== '' && chars.length <= WORD_CHARS);
}
