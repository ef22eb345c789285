/**
 * The `image-pixels` processor for markup (HTML pages, Vue SFCs, server templates): the file itself is
 * the first block, left to whatever lints it (eslint-plugin-html, vue-eslint-parser), and the
 * `src` of every `<img>` that points at the image pixel (`https://www.facebook.com/tr?…`, usually in
 * `<noscript>`) becomes a statement `'<url>';` of one virtual `.js` block, so the image-pixel checks
 * run on it. Comments, `<script>` and `<style>` contents are not markup and are skipped.
 */
import { IMAGE_PIXEL_PATTERN } from '../analysis/catalog/pixel.js';
import type { HostFile, LintMessage } from './remap.js';
import { byPosition, escapeAttribute, remapBlockMessages } from './remap.js';
import { LineIndex, MappedTextBuilder } from './virtual-text.js';
import type { MappedText } from './virtual-text.js';

const BLOCK_NAME = 'image-pixels.js';
/** Comments, raw-text elements (skipped) and `<img>` tags (read). */
const MARKUP = /<!--[\s\S]*?-->|<(script|style)\b[\s\S]*?<\/\1\s*>|<img\b[^>]*>/gi;
const SRC_ATTRIBUTE = /\ssrc\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i;
const CHARACTER_REFERENCE = /^&(?:#(\d{1,7})|#x([\da-f]{1,6})|(amp|quot|apos|lt|gt));/i;
const NAMED_REFERENCES: Readonly<Record<string, string>> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>' };
const JS_STRING_ESCAPES: Readonly<Record<string, string>> = { "'": "\\'", '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\u2028': '\\u2028', '\u2029': '\\u2029' };

/** An attribute value of the host: `[start, end)` is its text between the quotes. */
interface AttributeValue {
  readonly start: number;
  readonly end: number;
}

/** Creates the processor; `ruleNames` are the rules whose reports on the block are kept. */
export function createImagePixelsProcessor(ruleNames: ReadonlySet<string>, version: string) {
  const hosts = new Map<string, HostFile>();
  return {
    meta: { name: 'meta-privacy/image-pixels', version },
    supportsAutofix: true,
    preprocess(text: string, filename: string): (string | { text: string; filename: string })[] {
      hosts.delete(filename);
      const urls = IMAGE_PIXEL_PATTERN.test(text) ? imagePixelSources(text) : [];
      if (urls.length === 0) return [text];
      const mapped = urlStatements(text, urls);
      hosts.set(filename, { lines: new LineIndex(text), blocks: [{ mapped, escape: escapeAttribute }] });
      return [text, { text: mapped.text, filename: BLOCK_NAME }];
    },
    postprocess(messageLists: LintMessage[][], filename: string): LintMessage[] {
      const host = hosts.get(filename);
      hosts.delete(filename);
      const [hostMessages = [], blockMessages = []] = messageLists;
      if (!host) return messageLists.flat();
      return [...hostMessages, ...remapBlockMessages(blockMessages, host.blocks[0]!, host, ruleNames)].sort(byPosition);
    },
  };
}

/** The `src` values of `<img>` tags outside comments and raw-text elements that point at the image pixel. */
export function imagePixelSources(text: string): AttributeValue[] {
  const found: AttributeValue[] = [];
  for (const match of text.matchAll(MARKUP)) {
    if (match[1] !== undefined || match[0].startsWith('<!--')) continue;
    const src = SRC_ATTRIBUTE.exec(match[0]);
    const value = src?.[1] ?? src?.[2] ?? src?.[3];
    if (!src || value === undefined || !IMAGE_PIXEL_PATTERN.test(value)) continue;
    const end = match.index + src.index + src[0].length - (src[3] === undefined ? 1 : 0);
    found.push({ start: end - value.length, end });
  }
  return found;
}

/** `'<url>';` per image pixel, one per line, the URL's character references decoded. */
function urlStatements(text: string, urls: readonly AttributeValue[]): MappedText {
  const builder = new MappedTextBuilder();
  for (const url of urls) {
    builder.put("'", url.start);
    for (let at = url.start; at < url.end; ) at = decodeCharacter(text, at, builder);
    builder.put("';\n", url.end);
  }
  return builder.finish(urls.at(-1)!.end);
}

/** Decodes one character (or character reference) at `at` into a JS string body; returns the next index. */
function decodeCharacter(text: string, at: number, builder: MappedTextBuilder): number {
  const reference = text[at] === '&' ? CHARACTER_REFERENCE.exec(text.slice(at, at + 12)) : null;
  const char = reference ? referencedCharacter(reference) : text[at]!;
  const escaped = JS_STRING_ESCAPES[char];
  if (escaped) builder.put(escaped, at);
  else if (reference) builder.put(char, at);
  else builder.copy(char, at);
  return at + (reference ? reference[0].length : 1);
}

function referencedCharacter(reference: RegExpExecArray): string {
  const [, decimal, hex, name] = reference;
  if (name) return NAMED_REFERENCES[name.toLowerCase()]!;
  const code = Number.parseInt(decimal ?? hex!, decimal ? 10 : 16);
  return code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
}
