import { createRequire } from 'node:module';
import type * as Scslre from 'scslre';
import type * as AstAnalysis from 'regexp-ast-analysis';

type Parsed = Scslre.AnalysisResult['parsed'];
type RegexNode = Parsed['pattern'] | Parsed['pattern']['alternatives'][number] | Parsed['pattern']['alternatives'][number]['elements'][number];

/** A repetition bounded by at most this many is as cheap as writing its element out. */
const MAX_SMALL_REPEAT = 10;

// Loaded on first use: only settings with a regular-expression pattern need them (~100 ms to load).
const require = createRequire(import.meta.url);

/**
 * Why matching `source` can take more than linear time (beyond the quadratic of trying an open
 * repetition from every start), or undefined: nested or adjacent quantifiers that trade characters
 * (scslre), a repeated group whose alternatives can start with the same character (`(\w|\d)+`, which
 * scslre does not look for), or two open-ended repetitions (`.*a.*b` is cubic, and scslre misses it).
 */
export function superLinearCause(source: string, flags: string): string | undefined {
  const { analyse } = require('scslre') as typeof Scslre;
  const { parsed, reports } = analyse({ source, flags });
  const report = reports.find((candidate) => candidate.type !== 'Move');
  if (report) {
    return `${report.exponential ? 'exponential' : 'polynomial'} backtracking on a long run of '${report.character.pick}'`;
  }
  const repeated = ambiguousRepetition(parsed.pattern, parsed.flags, false);
  if (repeated) return `exponential backtracking: the alternatives in \`${repeated}\` can start with the same character inside a repetition`;
  const open = openRepetitions(parsed.pattern);
  // One open repetition tried from every start is quadratic at worst (bounded by the input cap); two can be cubic.
  return open.length > 1 ? `more than one open-ended repetition: ${open.map((raw) => `\`${raw}\``).join(', ')}` : undefined;
}

/** Repetitions with no small upper bound (`*`, `+`, `{2,}`, `{0,99}`), by their source. */
function openRepetitions(node: RegexNode): string[] {
  const own = node.type === 'Quantifier' && node.max > MAX_SMALL_REPEAT ? [node.raw] : [];
  return [...own, ...childrenOf(node).flatMap(openRepetitions)];
}

/** The first repeated group (within a quantifier of max > 1) with overlapping alternatives, by its source. */
function ambiguousRepetition(node: RegexNode, flags: Parsed['flags'], repeated: boolean): string | undefined {
  if (repeated && (node.type === 'Group' || node.type === 'CapturingGroup') && alternativesOverlap(node.alternatives, flags)) return node.raw;
  const inside = repeated || (node.type === 'Quantifier' && node.max > 1);
  for (const child of childrenOf(node)) {
    const found = ambiguousRepetition(child, flags, inside);
    if (found) return found;
  }
  return undefined;
}

function childrenOf(node: RegexNode): readonly RegexNode[] {
  switch (node.type) {
    case 'Pattern':
    case 'Group':
    case 'CapturingGroup':
      return node.alternatives;
    case 'Assertion':
      return node.kind === 'lookahead' || node.kind === 'lookbehind' ? node.alternatives : [];
    case 'Alternative':
      return node.elements;
    case 'Quantifier':
      return [node.element];
    default:
      return [];
  }
}

function alternativesOverlap(alternatives: Parsed['pattern']['alternatives'], flags: Parsed['flags']): boolean {
  const { getFirstConsumedChar } = require('regexp-ast-analysis') as typeof AstAnalysis;
  const firsts = alternatives.map((alternative) => getFirstConsumedChar(alternative, 'ltr', flags).char);
  return firsts.some((first, index) => firsts.slice(index + 1).some((other) => !first.isDisjointWith(other)));
}
