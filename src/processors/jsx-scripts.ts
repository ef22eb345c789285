/**
 * Finds the inline scripts of a JSX/TSX file from its text: the string or template literal child of
 * `<Script>` (next/script) and `<script>` elements, and their `dangerouslySetInnerHTML={{ __html: … }}`
 * when that is a string or template literal, or a name for one (a same-file `const`, see
 * text-constants.ts). Anything of another shape is left alone.
 */
import type { LiteralRange } from './js-scan.js';
import { skipBalanced, skipLiteral, skipTrivia } from './js-scan.js';
import { constantLiterals, nameAt } from './text-constants.js';

const NOT_FOUND = -1;
/** Elements whose content is a script, followed by what may end their name in an opening tag. */
const SCRIPT_TAG = /<(script|Script)(?=[\s/>])/g;
const ATTRIBUTE_NAME = /[\w$-]+(?::[\w$-]+)?/y;
const INNER_HTML = 'dangerouslySetInnerHTML';
const HTML_KEY = /__html|'__html'|"__html"/y;

/** Whether a file can hold an inline script at all: the cheap check before any scanning. */
export function mayHaveInlineScripts(text: string): boolean {
  return text.includes('<script') || text.includes('<Script');
}

/** The literals of every inline script in the file, in source order of the elements (a constant's once). */
export function findInlineScripts(text: string): LiteralRange[] {
  const found = new Map<number, LiteralRange>();
  for (const match of text.matchAll(SCRIPT_TAG)) {
    const tag = openingTag(text, match.index + match[0].length);
    if (!tag) continue;
    const innerHtml = tag.innerHtml ? innerHtmlScript(text, tag.innerHtml) : [];
    const child = tag.selfClosing ? [] : childScript(text, tag.end, match[1]!);
    for (const literal of [...innerHtml, ...child]) if (!found.has(literal.start)) found.set(literal.start, literal);
  }
  return [...found.values()];
}

interface OpeningTag {
  /** Index after the `>`. */
  readonly end: number;
  readonly selfClosing: boolean;
  /** The `{…}` value of `dangerouslySetInnerHTML`. */
  readonly innerHtml?: LiteralRange;
}

/** Reads the attributes of an opening tag whose name ends at `start`. */
function openingTag(text: string, start: number): OpeningTag | undefined {
  let innerHtml: LiteralRange | undefined;
  let at = skipTrivia(text, start);
  while (at < text.length) {
    if (text[at] === '>') return { end: at + 1, selfClosing: false, innerHtml };
    if (text.startsWith('/>', at)) return { end: at + 2, selfClosing: true, innerHtml };
    const attribute = readAttribute(text, at);
    if (!attribute) return undefined;
    if (attribute.name === INNER_HTML && attribute.value) innerHtml = attribute.value;
    at = skipTrivia(text, attribute.end);
  }
  return undefined;
}

/** `name`, `name="…"`, `name={…}` or a spread `{...props}` at `start`. */
function readAttribute(text: string, start: number): { name: string; value?: LiteralRange; end: number } | undefined {
  if (text[start] === '{') {
    const end = skipBalanced(text, start);
    return end === NOT_FOUND ? undefined : { name: '', end };
  }
  ATTRIBUTE_NAME.lastIndex = start;
  const name = ATTRIBUTE_NAME.exec(text)?.[0];
  if (!name) return undefined;
  const equals = skipTrivia(text, start + name.length);
  if (text[equals] !== '=') return { name, end: start + name.length };
  const value = skipTrivia(text, equals + 1);
  const end = text[value] === '{' ? skipBalanced(text, value) : jsxStringEnd(text, value);
  return end === NOT_FOUND ? undefined : { name, value: { start: value, end }, end };
}

/** JSX attribute strings have no escapes: they end at the next matching quote. */
function jsxStringEnd(text: string, start: number): number {
  const quote = text[start];
  if (quote !== '"' && quote !== "'") return NOT_FOUND;
  const end = text.indexOf(quote, start + 1);
  return end === NOT_FOUND ? NOT_FOUND : end + 1;
}

/** `{`…`}` (or a string, or a constant's name) as the only child, directly followed by the closing tag. */
function childScript(text: string, start: number, tagName: string): LiteralRange[] {
  const open = skipWhitespace(text, start);
  if (text[open] !== '{') return [];
  const script = scriptAt(text, skipTrivia(text, open + 1));
  if (!script) return [];
  const close = skipTrivia(text, script.end);
  if (text[close] !== '}') return [];
  const closing = skipWhitespace(text, close + 1);
  const closed = text.startsWith(`</${tagName}`, closing) && text[skipWhitespace(text, closing + tagName.length + 2)] === '>';
  return closed ? script.literals() : [];
}

/** `{{ __html: '…' }}` or `{{ __html: pixelScript }}` → the literals. */
function innerHtmlScript(text: string, value: LiteralRange): LiteralRange[] {
  const object = skipTrivia(text, value.start + 1);
  if (text[value.start] !== '{' || text[object] !== '{') return [];
  HTML_KEY.lastIndex = skipTrivia(text, object + 1);
  const key = HTML_KEY.exec(text);
  if (!key) return [];
  const colon = skipTrivia(text, HTML_KEY.lastIndex);
  if (text[colon] !== ':') return [];
  const script = scriptAt(text, skipTrivia(text, colon + 1));
  if (!script) return [];
  let close = skipTrivia(text, script.end);
  if (text[close] === ',') close = skipTrivia(text, close + 1);
  return text[close] === '}' && skipTrivia(text, close + 1) === value.end - 1 ? script.literals() : [];
}

/** A literal, or a name, at `start`: where it ends, and (lazily, once the shape is confirmed) the literals it stands for. */
function scriptAt(text: string, start: number): { end: number; literals: () => LiteralRange[] } | undefined {
  const end = skipLiteral(text, start);
  if (end !== NOT_FOUND) return { end, literals: () => [{ start, end }] };
  const name = nameAt(text, start);
  return name && { end: name.end, literals: () => constantLiterals(text, name.name) };
}

function skipWhitespace(text: string, start: number): number {
  let at = start;
  while (at < text.length && /\s/.test(text[at]!)) at++;
  return at;
}
