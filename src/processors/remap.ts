/**
 * Puts the reports on a virtual block back into its host file: exact line and column, fixes and
 * suggestions re-escaped for the host literal (or dropped when they would touch an interpolation or
 * an escape), interpolation placeholders named as written. Only this plugin's rules (and the data
 * inventory's collecting rule) report on a block; other rules' reports and parse errors of a block are
 * dropped (a block is not code anyone wrote).
 */
import type { TSESLint } from '@typescript-eslint/utils';
import type { LineIndex, MappedText } from './virtual-text.js';
import { LineIndex as Lines } from './virtual-text.js';

export type LintMessage = TSESLint.Linter.LintMessage;
type Fix = TSESLint.RuleFix;

/** The data inventory's collecting rule (src/inventory/collect.ts): its messages carry a block's data flows to the host. */
export const INVENTORY_RULE_ID = 'meta-privacy-inventory/collect';

/** Messages that point at another place in the file: `comes after fbq('init') (line 9)`. */
const LINE_REFERENCE = /\bline (\d+)\b/g;

/** A virtual block of a host file. */
export interface VirtualBlock {
  readonly mapped: MappedText;
  /** Escapes replacement text for the host literal the block came from. */
  readonly escape: (text: string) => string;
}

/** What a processor knows about the host file while ESLint lints its blocks. */
export interface HostFile<Block extends VirtualBlock = VirtualBlock> {
  readonly lines: LineIndex;
  readonly blocks: readonly Block[];
}

/** Escapes for a template literal: backslash, backtick and `${`. */
export const escapeTemplate = (text: string): string => text.replace(/\\|`|\$\{/g, (match) => `\\${match}`);

/** Escapes for a quoted string literal. */
export const escapeQuoted =
  (quote: string) =>
  (text: string): string =>
    text.replace(/[\n\r\\\u2028\u2029]/g, (match) => JSON.stringify(match).slice(1, -1)).replaceAll(quote, `\\${quote}`);

/** Escapes for an HTML attribute value. */
export const escapeAttribute = (text: string): string =>
  text.replace(/[&"'<>]/g, (char) => `&#${char.charCodeAt(0)};`);

/** Whether a message comes from one of `ruleNames` (under whatever namespace the plugin was given). */
export function isRuleMessage(message: LintMessage, ruleNames: ReadonlySet<string>): boolean {
  return message.ruleId !== null && ruleNames.has(message.ruleId.slice(message.ruleId.lastIndexOf('/') + 1));
}

/** The block's messages of the given rules, in host coordinates. */
export function remapBlockMessages(messages: readonly LintMessage[], block: VirtualBlock, host: HostFile, ruleNames: ReadonlySet<string>): LintMessage[] {
  const lines = new Lines(block.mapped.text);
  const mapped: LintMessage[] = [];
  for (const message of messages) {
    if (!isRuleMessage(message, ruleNames) && message.ruleId !== INVENTORY_RULE_ID) continue;
    mapped.push(remapMessage(message, block, lines, host));
  }
  return mapped;
}

function remapMessage(message: LintMessage, block: VirtualBlock, lines: LineIndex, host: HostFile): LintMessage {
  const { offsets } = block.mapped;
  const toHost = (line: number, column: number) => host.lines.positionOf(offsets[lines.offsetOf(line, column) ?? 0] ?? offsets[0]!);
  const start = toHost(message.line, message.column);
  const text = nameHoles(message.message, block).replace(LINE_REFERENCE, (_, line: string) => `line ${toHost(Number(line), 1).line}`);
  const result: LintMessage = { ...message, line: start.line, column: start.column, message: text };
  if (message.endLine !== undefined && message.endColumn !== undefined) {
    const end = toHost(message.endLine, message.endColumn);
    result.endLine = end.line;
    result.endColumn = end.column;
  }
  const fix = message.fix && remapFix(message.fix, block);
  if (fix) result.fix = fix;
  else delete result.fix;
  const suggestions = message.suggestions?.flatMap((suggestion) => {
    const suggestionFix = remapFix(suggestion.fix, block);
    return suggestionFix ? [{ ...suggestion, desc: nameHoles(suggestion.desc, block), fix: suggestionFix }] : [];
  });
  if (suggestions?.length) result.suggestions = suggestions;
  else delete result.suggestions;
  return result;
}

/**
 * A fix in host offsets, when both ends of its range fall between host units (not inside an
 * interpolation's placeholder or a decoded escape); its new text escaped for the host, with the
 * interpolations it mentions put back as written.
 */
function remapFix(fix: Fix, block: VirtualBlock): Fix | undefined {
  const { offsets } = block.mapped;
  const [start, end] = fix.range;
  if (!isBoundary(offsets, start) || !isBoundary(offsets, end)) return undefined;
  return { range: [offsets[start]!, offsets[end]!], text: hostTextOf(fix.text, block) };
}

/** Whether a block offset sits between two host units. */
function isBoundary(offsets: readonly number[], index: number): boolean {
  if (index < 0 || index >= offsets.length) return false;
  return index === 0 || offsets[index - 1] !== offsets[index];
}

function hostTextOf(text: string, block: VirtualBlock): string {
  const { holes } = block.mapped;
  if (holes.length === 0) return block.escape(text);
  const byName = new Map(holes.map((hole) => [hole.name, hole.hostText]));
  const names = new RegExp(`(${holes.map((hole) => hole.name.replaceAll('$', '\\$')).join('|')})`);
  return text
    .split(names)
    .map((part, index) => (index % 2 === 1 ? byName.get(part)! : block.escape(part)))
    .join('');
}

/** Messages name the interpolation as written (`${user.email}`), not its placeholder. */
function nameHoles(text: string, block: VirtualBlock): string {
  let named = text;
  for (const hole of block.mapped.holes) named = named.replaceAll(hole.name, hole.source);
  return named;
}

/** Messages in reading order. */
export function byPosition(a: LintMessage, b: LintMessage): number {
  return a.line - b.line || a.column - b.column;
}
