import type { CollectedSite, Range } from './collect.js';

/** A 1-based line and column. */
export interface Point {
  readonly line: number;
  readonly column: number;
}

/** Moves a position: from a processor's block (or a transformed text) to the file as written. */
export type MovePoint = (point: Point) => Point;

/** `line N` as messages and provenance write it. */
const LINE_REFERENCE = /\bline (\d+)\b/g;

/** The same site with every position it mentions moved: its own, its ranges, fields, send, consent, LDU and provenance lines. */
export function moveSite(collected: CollectedSite, move: MovePoint): CollectedSite {
  const { site } = collected;
  const line = (value: number) => move({ line: value, column: 1 }).line;
  const nullableLine = (value: number | null) => (value === null ? null : line(value));
  const start = move({ line: site.line, column: site.column });
  const end = move({ line: site.endLine, column: site.endColumn });
  return {
    ...collected,
    site: {
      ...site,
      line: start.line,
      column: start.column,
      endLine: end.line,
      endColumn: end.column,
      send: site.send && { ...site.send, line: line(site.send.line) },
      fields: site.fields.map((field) => {
        const at = move({ line: field.line, column: field.column });
        return {
          ...field,
          line: at.line,
          column: at.column,
          provenance: field.provenance.replace(LINE_REFERENCE, (_, number: string) => `line ${line(Number(number))}`),
          trail: field.trail.map((step) => ({ ...step, line: line(step.line) })),
        };
      }),
      consent: { ...site.consent, line: nullableLine(site.consent.line) },
      ldu: site.ldu && { ...site.ldu, line: nullableLine(site.ldu.line) },
    },
    ranges: collected.ranges.map((range) => moveRange(range, move)),
    fieldRanges: collected.fieldRanges.map((ranges) => ranges.map((range) => moveRange(range, move))),
  };
}

function moveRange(range: Range, move: MovePoint): Range {
  const start = move({ line: range.startLine, column: range.startColumn });
  const end = move({ line: range.endLine, column: range.endColumn });
  return { startLine: start.line, startColumn: start.column, endLine: end.line, endColumn: end.column, length: range.length };
}

/** Every position a site mentions, as `line:column`. */
export function pointsOf(collected: CollectedSite): string[] {
  const points: string[] = [];
  moveSite(collected, (point) => {
    points.push(`${point.line}:${point.column}`);
    return point;
  });
  return points;
}
