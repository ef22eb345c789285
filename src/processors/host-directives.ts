/**
 * The host file's `eslint-disable` / `eslint-enable` comments, applied to the reports on its virtual
 * blocks as ESLint applies them to the host's own: ESLint lints each block on its own, so a comment in
 * the host never reaches a report inside an inline script unless the processor carries it there.
 *
 * Same semantics as ESLint (lib/linter/apply-disable-directives.js, @eslint/plugin-kit's
 * ConfigCommentParser): `eslint-disable` / `eslint-enable` ranges from where the comment starts, with
 * or without a rule list; `eslint-disable-line` (its own line; a block comment on one line only) and
 * `eslint-disable-next-line` (the line after the comment ends), line comments allowed only for these
 * two; `--` starts a description. A report is suppressed, not removed: it carries `suppressions`, so
 * ESLint lists it with the suppressed messages. With `reportUnusedDisableDirectives`, ESLint has
 * already reported a host directive that suppressed nothing in the host; one that suppresses a block's
 * report is used, and that report goes (or, for a list of rules, names only the rules still unused).
 */
import type { LintMessage } from './remap.js';

/** A comment of the host, as a parser gives it (ESTree: 0-based columns). */
export interface HostComment {
  readonly type: string;
  readonly value: string;
  readonly loc: { readonly start: Position; readonly end: Position };
}

interface Position {
  readonly line: number;
  readonly column: number;
}

/** One rule (or all, `null`) of one comment, as ESLint orders them: disables and enables at 1-based positions. */
interface Directive {
  readonly type: 'disable' | 'enable';
  readonly line: number;
  readonly column: number;
  readonly ruleId: string | null;
  readonly justification: string;
  /** Where the comment starts (1-based column): where ESLint reports it unused. */
  readonly comment: Position;
}

type Suppression = { kind: string; justification: string };
type Suppressed = LintMessage & { suppressions?: Suppression[] };

const DIRECTIVE = /^([a-z]+(?:-[a-z]+)*)(?:\s|$)/u;
const JUSTIFICATION = /\s-{2,}\s/u;
const LINE_LABELS = new Set(['eslint-disable-line', 'eslint-disable-next-line']);
const LABELS = new Set(['eslint-disable', 'eslint-enable', ...LINE_LABELS]);
/** Whether a host text has directive comments at all: the cheap check before any parsing. */
export const MAY_HAVE_DIRECTIVES = /eslint-(?:disable|enable)/;
const UNUSED_DISABLE = 'Unused eslint-disable directive';
const NO_INLINE_CONFIG = /has no effect because you have 'noInlineConfig' setting/;
const QUOTED_RULE = /'([^']+)'/g;

/** The host's directives in ESLint's two passes: ranges first (`disable` / `enable`), then lines. */
export interface HostDirectives {
  readonly ranges: readonly Directive[];
  readonly lines: readonly Directive[];
}

/** Reads the directive comments of the host. */
export function readDirectives(comments: readonly HostComment[]): HostDirectives {
  const ranges: Directive[] = [];
  const lines: Directive[] = [];
  for (const comment of comments) {
    const parsed = parseDirective(comment);
    if (!parsed) continue;
    const { label, rules, justification } = parsed;
    const { start, end } = comment.loc;
    const at = { line: start.line, column: start.column + 1 };
    for (const ruleId of rules) {
      const base = { ruleId, justification, comment: at };
      if (label === 'eslint-disable' || label === 'eslint-enable') {
        ranges.push({ ...base, type: label === 'eslint-disable' ? 'disable' : 'enable', ...at });
      } else {
        const line = label === 'eslint-disable-line' ? start.line : end.line + 1;
        lines.push({ ...base, type: 'disable', line, column: 1 }, { ...base, type: 'enable', line: line + 1, column: 0 });
      }
    }
  }
  return { ranges: ranges.sort(byLocation), lines: lines.sort(byLocation) };
}

function parseDirective(comment: HostComment): { label: string; rules: (string | null)[]; justification: string } | undefined {
  const split = JUSTIFICATION.exec(comment.value);
  const directivePart = (split ? comment.value.slice(0, split.index) : comment.value).trim();
  const justification = split ? comment.value.slice(split.index + split[0].length).trim() : '';
  const label = DIRECTIVE.exec(directivePart)?.[1];
  if (!label || !LABELS.has(label)) return undefined;
  if (comment.type === 'Line' && !LINE_LABELS.has(label)) return undefined;
  if (label === 'eslint-disable-line' && comment.loc.start.line !== comment.loc.end.line) return undefined;
  const rules = directivePart
    .slice(label.length)
    .split(',')
    .map((name) => name.trim().replace(/^(['"]?)(.*)\1$/su, '$2'))
    .filter(Boolean);
  return { label, rules: rules.length > 0 ? rules : [null], justification };
}

/**
 * Applies the host's directives to the block reports (already in host lines and columns; `judgedAt`
 * may judge a report at another place, such as where its script starts), and drops or narrows
 * ESLint's unused-directive reports on the host for the directives that turned out used.
 */
export function applyHostDirectives(
  directives: HostDirectives,
  hostMessages: readonly LintMessage[],
  blockMessages: readonly LintMessage[],
  judgedAt: (message: LintMessage) => Position = (message) => message,
): LintMessage[] {
  // ESLint does not apply directives with `noInlineConfig`; it says so on the host.
  if (hostMessages.some((message) => message.ruleId === null && NO_INLINE_CONFIG.test(message.message))) return [...hostMessages, ...blockMessages];
  const used = new Set<Directive>();
  const suppressed = blockMessages.map((message) => {
    const at = judgedAt(message);
    return suppress(suppress(message, at, directives.ranges, used), at, directives.lines, used);
  });
  return [...hostMessages.flatMap((message) => stillUnused(message, used)), ...suppressed];
}

/** ESLint's pass over one kind of directive: the disables in force at `at` (the report's position), since the last matching enable. */
function suppress(message: Suppressed, at: Position, directives: readonly Directive[], used: Set<Directive>): Suppressed {
  let disables: Directive[] = [];
  for (const directive of directives) {
    if (byLocation(directive, at) > 0) break;
    if (directive.ruleId !== null && directive.ruleId !== message.ruleId) continue;
    disables = directive.type === 'disable' ? [...disables, directive] : [];
  }
  if (disables.length === 0) return message;
  const suppressions = disables.map((directive) => ({ kind: 'directive', justification: directive.justification }));
  // As in ESLint: only the directive that suppressed a report first counts as used.
  if (!message.suppressions) used.add(disables.at(-1)!);
  return { ...message, suppressions: [...(message.suppressions ?? []), ...suppressions] };
}

/** An unused-disable report of the host without the rules a block report used; gone when none is left. */
function stillUnused(message: LintMessage, used: ReadonlySet<Directive>): LintMessage[] {
  if (message.ruleId !== null || !message.message.startsWith(UNUSED_DISABLE)) return [message];
  const here = [...used].filter((directive) => directive.comment.line === message.line && directive.comment.column === message.column);
  if (here.length === 0) return [message];
  if (here.some((directive) => directive.ruleId === null)) return [];
  const rules = [...message.message.matchAll(QUOTED_RULE)].map((match) => match[1]!);
  const left = rules.filter((rule) => !here.some((directive) => directive.ruleId === rule));
  if (left.length === rules.length) return [message];
  if (left.length === 0) return [];
  const narrowed: LintMessage = { ...message, message: `${UNUSED_DISABLE} (no problems were reported from ${listOf(left.map((rule) => `'${rule}'`))}).` };
  // ESLint's fix removes the whole comment; the rules a block used must stay.
  delete narrowed.fix;
  return [narrowed];
}

/** `'a' or 'b'`, `'a', 'b', or 'c'`: as ESLint lists rules. */
function listOf(names: readonly string[]): string {
  return names.length <= 2 ? names.join(' or ') : `${names.slice(0, -1).join(', ')}, or ${names.at(-1)!}`;
}

function byLocation(a: Position, b: Position): number {
  return a.line - b.line || a.column - b.column;
}
