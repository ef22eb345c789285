/**
 * The `inline-scripts` processor for JS/JSX/TS/TSX files: the file itself is the first block, and each
 * inline script that can reach Meta (`<Script>` / `<script>` children, `dangerouslySetInnerHTML.__html`)
 * is one more virtual `.js` block, checked by the same rules. Reports come back at the exact host line
 * and column. A file without `<script`/`<Script` costs one text search; a block that does not parse
 * is skipped.
 */
import { CONSENT_SIGNAL } from '../analysis/catalog/consent.js';
import { PIXEL_INIT_PATTERN, PIXEL_LOADER_PATTERN } from '../analysis/catalog/pixel.js';
import { mayReachMeta } from '../analysis/sinks/index.js';
import { readSettings } from '../settings.js';
import type { LiteralRange } from './js-scan.js';
import { decodeLiteral } from './js-scan.js';
import { findInlineScripts, mayHaveInlineScripts } from './jsx-scripts.js';
import type { HostFile, LintMessage, VirtualBlock } from './remap.js';
import { byPosition, escapeQuoted, escapeTemplate, isRuleMessage, remapBlockMessages } from './remap.js';
import { LineIndex } from './virtual-text.js';

interface InlineScript extends VirtualBlock {
  readonly literal: LiteralRange;
  /**
   * Whether the host's require-consent judges this script's consent: it does for a literal that loads
   * the base code (fbevents.js) and never mentions consent (a literal that mentions it, even in a
   * comment, the host takes as handling consent itself; the block's own analysis knows better).
   */
  readonly hostJudgesConsent: boolean;
  /** Whether the script calls init: then it, not a base-code loader elsewhere in the host, says whether the pixel starts under consent. */
  readonly startsPixel: boolean;
}

/** ESLint names a block `<file>/<index>_<name>`. */
const BLOCK_NAME = 'inline-script.js';
const BLOCK_PATH = /[/\\]\d+_inline-script\.js$/;
const DEFAULT_SETTINGS = readSettings({});
const CONSENT_RULE = new Set(['require-consent']);
/**
 * require-consent reports about whether the pixel starts under consent. For a script that loads the
 * base code, the host file decides this (it sees a consent check around the element, and reports the
 * literal as `unguardedLoader` when there is none); the block only says where, at the exact call.
 */
const START_WITHOUT_CONSENT = new Set(['unguardedInit', 'unguardedLoader', 'unguardedTrack']);

/** Creates the processor; `ruleNames` are the rules whose reports on a block are kept. */
export function createInlineScriptsProcessor(ruleNames: ReadonlySet<string>, version: string) {
  const hosts = new Map<string, HostFile<InlineScript>>();
  return {
    meta: { name: 'meta-privacy/inline-scripts', version },
    supportsAutofix: true,
    preprocess(text: string, filename: string): (string | { text: string; filename: string })[] {
      hosts.delete(filename);
      const blocks = BLOCK_PATH.test(filename) || !mayHaveInlineScripts(text) ? [] : inlineScripts(text);
      if (blocks.length === 0) return [text];
      hosts.set(filename, { lines: new LineIndex(text), blocks });
      return [text, ...blocks.map((block) => ({ text: block.mapped.text, filename: BLOCK_NAME }))];
    },
    postprocess(messageLists: LintMessage[][], filename: string): LintMessage[] {
      const host = hosts.get(filename);
      hosts.delete(filename);
      const [hostMessages = [], ...blockMessages] = messageLists;
      if (!host) return messageLists.flat();
      const mapped = host.blocks.map((block, index) => remapBlockMessages(blockMessages[index] ?? [], block, host, ruleNames));
      return reconcileConsent(hostMessages, mapped, host).sort(byPosition);
    },
  };
}

/** The file's inline scripts that can reach Meta, decoded. */
function inlineScripts(text: string): InlineScript[] {
  return findInlineScripts(text).flatMap((literal) => {
    const mapped = decodeLiteral(text, literal);
    if (!mayReachMeta(mapped.text, DEFAULT_SETTINGS)) return [];
    const quote = text[literal.start]!;
    const escape = quote === '`' ? escapeTemplate : escapeQuoted(quote);
    const hostJudgesConsent = PIXEL_LOADER_PATTERN.test(mapped.text) && !CONSENT_SIGNAL.test(mapped.text);
    return [{ literal, mapped, escape, hostJudgesConsent, startsPixel: PIXEL_INIT_PATTERN.test(mapped.text) }];
  });
}

/**
 * One report per fault for a script whose consent the host judges: when the host reports the literal
 * as an unguarded loader, the block's reports at the exact calls replace it; when the host does not,
 * the script runs under a consent check the host can see, and the block's start-without-consent
 * reports go. When a script calls init, base code loaded anywhere else in the file (`<Script
 * src=".../fbevents.js">`, a script of base code alone) is judged at that init, as require-consent
 * judges a loader and an init in one file: no loader report.
 */
function reconcileConsent(hostMessages: readonly LintMessage[], blockMessages: readonly LintMessage[][], host: HostFile<InlineScript>): LintMessage[] {
  const dropped = new Set<LintMessage>();
  host.blocks.forEach((block, index) => {
    if (!block.hostJudgesConsent) return;
    const hostReport = hostMessages.find((m) => isLoaderReport(m) && within(m, block.literal, host));
    const blockReports = blockMessages[index]!.filter(isStartReport);
    if (!hostReport) for (const message of blockReports) dropped.add(message);
    else if (blockReports.length > 0) dropped.add(hostReport);
  });
  const startsPixel = host.blocks.some((block) => block.startsPixel);
  return [...hostMessages, ...blockMessages.flat()].filter((message) => !dropped.has(message) && !(startsPixel && isLoaderReport(message)));
}

/** Whether a host report starts inside the literal (the host points into a base-code string). */
function within(message: LintMessage, literal: LiteralRange, host: HostFile<InlineScript>): boolean {
  const start = host.lines.positionOf(literal.start);
  const end = host.lines.positionOf(literal.end);
  const after = (a: { line: number; column: number }, b: { line: number; column: number }) => a.line > b.line || (a.line === b.line && a.column >= b.column);
  return after(message, start) && after(end, message);
}

function isLoaderReport(message: LintMessage): boolean {
  return isStartReport(message) && message.messageId === 'unguardedLoader';
}

function isStartReport(message: LintMessage): boolean {
  return isRuleMessage(message, CONSENT_RULE) && START_WITHOUT_CONSENT.has(message.messageId ?? '');
}
