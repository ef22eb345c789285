/**
 * A virtual file cut out of a host file (an inline script, image-pixel URLs in markup), with the host
 * offset of every character, so reports on it can be put back on the exact host line and column.
 */

/** An interpolation of the host literal, replaced in the virtual text by an identifier. */
export interface Hole {
  /** The identifier that stands for it in the virtual text. */
  readonly name: string;
  /** Its host source, `${user.email}`: what messages show instead of the identifier. */
  readonly source: string;
  /** The host text it replaced (with the quotes of a quoted `'${…}'`): what fixes put back. */
  readonly hostText: string;
}

export interface MappedText {
  readonly text: string;
  /** The host offset of each character of `text`, plus one entry for the end of the text. */
  readonly offsets: readonly number[];
  readonly holes: readonly Hole[];
}

/** Builds a MappedText one piece at a time. */
export class MappedTextBuilder {
  private readonly chunks: string[] = [];
  private readonly offsets: number[] = [];
  private readonly holes: Hole[] = [];

  /** Text copied verbatim from the host, starting at `hostStart`. */
  copy(text: string, hostStart: number): void {
    this.chunks.push(text);
    for (let index = 0; index < text.length; index++) this.offsets.push(hostStart + index);
  }

  /** Text that stands for the host text at `hostOffset` (a decoded escape, a quote we add). */
  put(text: string, hostOffset: number): void {
    this.chunks.push(text);
    for (let index = 0; index < text.length; index++) this.offsets.push(hostOffset);
  }

  /** An identifier that stands for an interpolation of the host at `hostOffset`. */
  hole(hole: Hole, hostOffset: number): void {
    this.put(hole.name, hostOffset);
    this.holes.push(hole);
  }

  get length(): number {
    return this.offsets.length;
  }

  /** The text and its offsets; `hostEnd` is where the end of the text maps to. */
  finish(hostEnd: number): MappedText {
    return { text: this.chunks.join(''), offsets: [...this.offsets, hostEnd], holes: this.holes };
  }
}

/** ESLint's line breaks. */
const LINE_BREAK = /\r\n|[\n\r\u2028\u2029]/g;

/** Converts between offsets and ESLint's 1-based lines and 1-based columns in one text. */
export class LineIndex {
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    for (const match of text.matchAll(LINE_BREAK)) this.starts.push(match.index + match[0].length);
  }

  /** The offset of a 1-based line and 1-based column, or undefined when it is outside the text. */
  offsetOf(line: number, column: number): number | undefined {
    const start = this.starts[line - 1];
    if (start === undefined) return undefined;
    const offset = start + column - 1;
    return offset >= 0 && offset <= this.text.length ? offset : undefined;
  }

  /** The 1-based line and 1-based column of an offset. */
  positionOf(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >> 1;
      if (this.starts[middle]! <= offset) low = middle;
      else high = middle - 1;
    }
    return { line: low + 1, column: offset - this.starts[low]! + 1 };
  }
}
