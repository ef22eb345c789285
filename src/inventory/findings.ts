import type { Linter } from 'eslint';
import { NAMESPACE } from '../configs.js';
import type { CollectedSite, Range } from './collect.js';
import type { Finding } from './types.js';

const RULE_PREFIX = `${NAMESPACE}/`;

/** The findings of the meta-privacy rules among a file's lint messages. */
export function ruleFindings(messages: readonly Linter.LintMessage[]): Finding[] {
  return messages.filter((message) => message.ruleId?.startsWith(RULE_PREFIX)).map(toFinding);
}

function toFinding(message: Linter.LintMessage): Finding {
  return {
    ruleId: message.ruleId!,
    messageId: message.messageId ?? null,
    severity: message.severity === 1 ? 1 : 2,
    line: message.line,
    column: message.column,
    endLine: message.endLine ?? null,
    endColumn: message.endColumn ?? null,
    message: message.message,
  };
}

/**
 * Places each finding at the sites of its file whose ranges hold its start: the site with the
 * tightest such range (a field value beats the call around it); sites tied on that range share it.
 * Findings at no site are returned apart.
 */
export function attachFindings(sites: readonly CollectedSite[], findings: readonly Finding[]): { perSite: Finding[][]; other: Finding[] } {
  const perSite = sites.map((): Finding[] => []);
  const other: Finding[] = [];
  for (const finding of findings) {
    const sizes = sites.map((site) => tightest(site.ranges, finding));
    const best = Math.min(...sizes);
    if (best === Infinity) other.push(finding);
    else sizes.forEach((size, index) => size === best && perSite[index]!.push(finding));
  }
  return { perSite, other };
}

/** The findings that start inside any of the ranges. */
export function findingsIn(ranges: readonly Range[], findings: readonly Finding[]): Finding[] {
  return findings.filter((finding) => ranges.some((range) => holds(range, finding.line, finding.column)));
}

/** The length of the shortest range holding the finding's start, or Infinity. */
function tightest(ranges: readonly Range[], finding: Finding): number {
  let best = Infinity;
  for (const range of ranges) if (range.length < best && holds(range, finding.line, finding.column)) best = range.length;
  return best;
}

/** Whether a range holds a position (end exclusive). */
export function holds(range: Range, line: number, column: number): boolean {
  const afterStart = line > range.startLine || (line === range.startLine && column >= range.startColumn);
  const beforeEnd = line < range.endLine || (line === range.endLine && column < range.endColumn);
  return afterStart && beforeEnd;
}
