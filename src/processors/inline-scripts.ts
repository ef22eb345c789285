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
import type { HostComment } from './host-directives.js';
import { applyHostDirectives, MAY_HAVE_DIRECTIVES, readDirectives } from './host-directives.js';
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

/** The comments of a host file (none when it cannot be read). */
export type ReadComments = (text: string, filename: string) => readonly HostComment[];

/**
 * Creates the processor; `ruleNames` are the rules whose reports on a block are kept, `readComments`
 * gives the host's comments for its `eslint-disable` directives.
 */
export function createInlineScriptsProcessor(ruleNames: ReadonlySet<string>, version: string, readComments: ReadComments) {
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
      const reconciled = reconcileConsent(hostMessages, mapped, host);
      const { text } = host.lines;
      if (reconciled.blocks.length === 0 || !MAY_HAVE_DIRECTIVES.test(text)) return [...reconciled.host, ...reconciled.blocks].sort(byPosition);
      const directives = readDirectives(readComments(text, filename));
      return applyHostDirectives(directives, reconciled.host, reconciled.blocks, (message) => reconciled.judgedAt.get(message) ?? message).sort(byPosition);
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
 * as an unguarded loader, the block's reports at the exact calls replace it (suppressed as it was, when
 * a host directive suppressed it); when the host does not, the script runs under a consent check the
 * host can see, and the block's start-without-consent reports go. When a script calls init, base code
 * loaded anywhere else in the file (`<Script src=".../fbevents.js">`, a script of base code alone) is
 * judged at that init, as require-consent judges a loader and an init in one file: no loader report.
 * The host's directives judge such a script's consent reports where the script starts (a comment above
 * `<Script>` covers the script as a whole), as they judged the host's report of the literal.
 */
function reconcileConsent(
  hostMessages: readonly LintMessage[],
  blockMessages: readonly LintMessage[][],
  host: HostFile<InlineScript>,
): { host: LintMessage[]; blocks: LintMessage[]; judgedAt: Map<LintMessage, Position> } {
  const dropped = new Set<LintMessage>();
  const replaced = new Map<LintMessage, LintMessage>();
  const scriptStart = new Map<LintMessage, Position>();
  host.blocks.forEach((block, index) => {
    if (!block.hostJudgesConsent) return;
    const hostReport = hostMessages.find((m) => isLoaderReport(m) && within(m, block.literal, host));
    const blockReports = blockMessages[index]!.filter(isStartReport);
    if (!hostReport) for (const message of blockReports) dropped.add(message);
    else if (blockReports.length > 0) dropped.add(hostReport);
    const { suppressions } = (hostReport ?? {}) as { suppressions?: unknown };
    if (hostReport && suppressions) for (const message of blockReports) replaced.set(message, { ...message, suppressions } as LintMessage);
    const start = host.lines.positionOf(block.literal.start);
    for (const message of blockReports) scriptStart.set(message, start);
  });
  const startsPixel = host.blocks.some((block) => block.startsPixel);
  const judgedAt = new Map<LintMessage, Position>();
  const kept = (messages: readonly LintMessage[]) =>
    messages
      .filter((message) => !dropped.has(message) && !(startsPixel && isLoaderReport(message)))
      .map((message) => {
        const result = replaced.get(message) ?? message;
        const start = scriptStart.get(message);
        if (start) judgedAt.set(result, start);
        return result;
      });
  return { host: kept(hostMessages), blocks: kept(blockMessages.flat()), judgedAt };
}

type Position = { readonly line: number; readonly column: number };

/** Whether a host report starts inside the literal (the host points into a base-code string). */
function within(message: LintMessage, literal: LiteralRange, host: HostFile<InlineScript>): boolean {
  const start = host.lines.positionOf(literal.start);
  const end = host.lines.positionOf(literal.end);
  const after = (a: Position, b: Position) => a.line > b.line || (a.line === b.line && a.column >= b.column);
  return after(message, start) && after(end, message);
}

function isLoaderReport(message: LintMessage): boolean {
  return isStartReport(message) && message.messageId === 'unguardedLoader';
}

function isStartReport(message: LintMessage): boolean {
  return isRuleMessage(message, CONSENT_RULE) && START_WITHOUT_CONSENT.has(message.messageId ?? '');
}
