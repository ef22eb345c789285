/**
 * Just enough JavaScript lexing to step over strings, template literals, comments, regular
 * expressions and balanced `{…}` in host source, and to decode a string or template literal into the
 * text it evaluates to. Every scanner returns -1 when the text is not what it expected: callers skip
 * that spot, they never throw.
 */
import { MappedTextBuilder } from './virtual-text.js';
import type { MappedText } from './virtual-text.js';

const NOT_FOUND = -1;
/** Characters after which `/` starts a regular expression rather than a division. */
const BEFORE_REGEX = new Set([...'(,=:[!&|?{};~+-*%<>^']);
const SIMPLE_ESCAPES: Readonly<Record<string, string>> = { n: '\n', t: '\t', r: '\r', b: '\b', f: '\f', v: '\v', 0: '\0' };
const LINE_CONTINUATION = /^(?:\r\n|[\n\r\u2028\u2029])/;
const HEX_ESCAPE = /^x([\da-f]{2})|^u([\da-f]{4})|^u\{([\da-f]{1,6})\}/i;
const MEMBER_PATH = /^[$_a-z][\w$]*(?:\s*\??\.\s*[$_a-z][\w$]*)*$/i;
const STRINGIFIED = /^JSON\.stringify\(([^()]*)\)$/;

/** Skips whitespace and comments from `index`; returns the next significant index (or the length). */
export function skipTrivia(text: string, index: number): number {
  let at = index;
  for (;;) {
    while (at < text.length && /\s/.test(text[at]!)) at++;
    if (text.startsWith('//', at)) {
      const end = text.indexOf('\n', at);
      at = end === NOT_FOUND ? text.length : end + 1;
    } else if (text.startsWith('/*', at)) {
      const end = text.indexOf('*/', at + 2);
      if (end === NOT_FOUND) return text.length;
      at = end + 2;
    } else {
      return at;
    }
  }
}

/** Skips a `'…'` or `"…"` string literal at `start`; returns the index after its closing quote. */
export function skipString(text: string, start: number): number {
  const quote = text[start];
  for (let at = start + 1; at < text.length; at++) {
    const char = text[at];
    if (char === '\\') at++;
    else if (char === quote) return at + 1;
    else if (char === '\n' || char === '\r') return NOT_FOUND;
  }
  return NOT_FOUND;
}

/** Skips a template literal at `start` (a backtick), interpolations included. */
export function skipTemplate(text: string, start: number): number {
  for (let at = start + 1; at < text.length; at++) {
    const char = text[at];
    if (char === '\\') {
      at++;
    } else if (char === '`') {
      return at + 1;
    } else if (char === '$' && text[at + 1] === '{') {
      const end = skipBalanced(text, at + 1);
      if (end === NOT_FOUND) return NOT_FOUND;
      at = end - 1;
    }
  }
  return NOT_FOUND;
}

/** Skips a `{…}` block at `start` with everything nested in it; returns the index after its `}`. */
export function skipBalanced(text: string, start: number): number {
  let depth = 0;
  let previous = '{';
  for (let at = start; at < text.length; ) {
    const char = text[at]!;
    const next = skipToken(text, at, previous);
    if (next === NOT_FOUND) return NOT_FOUND;
    if (next === at + 1) {
      if (char === '{') depth++;
      else if (char === '}' && --depth === 0) return at + 1;
    }
    if (!/\s/.test(char)) previous = char;
    at = next;
  }
  return NOT_FOUND;
}

/** The end of the token that starts at `at`: a whole string, template, comment or regex, else one character. */
function skipToken(text: string, at: number, previous: string): number {
  const char = text[at];
  if (char === "'" || char === '"') return skipString(text, at);
  if (char === '`') return skipTemplate(text, at);
  if (char === '/' && (text[at + 1] === '/' || text[at + 1] === '*')) return skipTrivia(text, at);
  if (char === '/' && BEFORE_REGEX.has(previous)) return skipRegex(text, at);
  return at + 1;
}

function skipRegex(text: string, start: number): number {
  let inClass = false;
  for (let at = start + 1; at < text.length; at++) {
    const char = text[at];
    if (char === '\\') at++;
    else if (char === '\n') return NOT_FOUND;
    else if (char === '[') inClass = true;
    else if (char === ']') inClass = false;
    else if (char === '/' && !inClass) return at + 1;
  }
  return NOT_FOUND;
}

/** A string or template literal of the host: `[start, end)` covers its quotes or backticks. */
export interface LiteralRange {
  readonly start: number;
  readonly end: number;
}

/** Skips a string or template literal at `start`; -1 when there is none. */
export function skipLiteral(text: string, start: number): number {
  const char = text[start];
  if (char === '`') return skipTemplate(text, start);
  if (char === "'" || char === '"') return skipString(text, start);
  return NOT_FOUND;
}

/**
 * The text a string or template literal evaluates to, each character mapped to the host. An
 * interpolation `${expr}` becomes an identifier named after `expr` when it is a member path
 * (`${user.email}` → `user_email$0`), `value$N` otherwise: its value is unknown, its name is evidence.
 */
export function decodeLiteral(host: string, literal: LiteralRange): MappedText {
  const builder = new MappedTextBuilder();
  const last = literal.end - 1;
  const template = host[literal.start] === '`';
  let at = literal.start + 1;
  while (at < last) {
    const char = host[at]!;
    if (char === '\\') {
      at = decodeEscape(host, at, builder);
    } else if (template && host.startsWith('${', at)) {
      at = decodeHole(host, at, builder, '');
    } else if (template && (char === "'" || char === '"') && host.startsWith('${', at + 1)) {
      at = decodeHole(host, at, builder, char);
    } else {
      builder.copy(char, at);
      at++;
    }
  }
  return builder.finish(last);
}

function decodeEscape(host: string, at: number, builder: MappedTextBuilder): number {
  const rest = host.slice(at + 1, at + 12);
  const continuation = LINE_CONTINUATION.exec(rest);
  if (continuation) return at + 1 + continuation[0].length;
  const hex = HEX_ESCAPE.exec(rest);
  if (hex) {
    const code = Number.parseInt(hex[1] ?? hex[2] ?? hex[3]!, 16);
    builder.put(code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD', at);
    return at + 1 + hex[0].length;
  }
  const char = rest[0] ?? '';
  builder.put(SIMPLE_ESCAPES[char] ?? char, at);
  return at + 2;
}

/**
 * `${expr}` → an identifier. A whole quoted string `'${expr}'` becomes the identifier too: the script
 * then holds the value itself (`{ email: '${user.email}' }` sends the email), not text about it.
 */
function decodeHole(host: string, at: number, builder: MappedTextBuilder, quote: string): number {
  const start = at + quote.length;
  const end = skipBalanced(host, start + 1);
  const stop = end === NOT_FOUND ? host.length : end;
  if (quote !== '' && host[stop] !== quote) {
    builder.copy(quote, at);
    return at + 1;
  }
  const source = host.slice(start, stop);
  const name = holeName(source.slice(2, -1).trim(), builder.length);
  builder.hole({ name, source, hostText: host.slice(at, stop + quote.length) }, at);
  return stop + quote.length;
}

/**
 * `user.email` or `JSON.stringify(user.email)` → `user_email$17`; anything else → `value$17`
 * (17: where it sits in the block, which keeps names unique).
 */
function holeName(expression: string, position: number): string {
  const inner = (STRINGIFIED.exec(expression)?.[1] ?? expression).trim();
  return `${MEMBER_PATH.test(inner) ? inner.replace(/\s+/g, '').replace(/\??\./g, '_') : 'value'}$${position}`;
}
