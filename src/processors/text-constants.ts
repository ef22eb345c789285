/**
 * Follows a name used as an inline script (`<Script>{pixelScript}</Script>`, `__html: pixelScript`)
 * to the string or template literal it holds, from the text alone (the processor runs before any
 * parsing): a `const` of the same file whose value is the literal (`const pixelScript = `…`;`), or a
 * conditional with literal branches (`= pixelId ? `…` : null`). Limits: only a name declared once in
 * the file with `const` (any other `const` / `let` / `var` / `function` / `class` of that name, or an
 * assignment to it, and the name is not followed); a parameter or destructured binding of the same
 * name that shadows it cannot be seen; imported constants, functions that build the script
 * (`pixelScript(id)`) and concatenations are not followed.
 */
import type { LiteralRange } from './js-scan.js';
import { skipLiteral, skipTrivia } from './js-scan.js';

const NOT_FOUND = -1;
const NAME = /[$_a-z][\w$]*/iy;
/** What may stand between `=` and `?` in a conditional script: `pixelId`, `!disabled && config.pixel`. */
const CONDITION_CHAR = /[!\w$.\s&|]/;
/** The other branch of a conditional script that renders nothing. */
const NOTHING = /(?:null|undefined|''|""|``|false)(?![\w$])/y;
/** After the literal, what ends its statement (or its declarator): `;`, `,`, `}` or the end. */
const STATEMENT_END = new Set([';', ',', '}', undefined]);
/** Characters that continue an expression across a line break (`\n  .trim()`, `\n  + suffix`). */
const CONTINUES = new Set([...'.+-*/%?:[(`&|=<>']);

/** A name (`pixelScript`) at `start`, and where it ends. */
export function nameAt(text: string, start: number): { name: string; end: number } | undefined {
  NAME.lastIndex = start;
  const name = NAME.exec(text)?.[0];
  return name ? { name, end: start + name.length } : undefined;
}

/** The literals a same-file constant holds (one, or both branches of a conditional), or none. */
export function constantLiterals(text: string, name: string): LiteralRange[] {
  const escaped = name.replaceAll('$', '\\$');
  const declarations = [...text.matchAll(new RegExp(`(?<![\\w$.])(const|let|var|function|class)\\s+${escaped}(?![\\w$])`, 'g'))];
  if (declarations.length !== 1 || declarations[0]![1] !== 'const') return [];
  const declaration = declarations[0]!;
  const equals = skipTrivia(text, declaration.index + declaration[0].length);
  if (text[equals] !== '=' || isAssigned(text, escaped, equals)) return [];
  return initializerLiterals(text, skipTrivia(text, equals + 1));
}

/** Whether the name is assigned anywhere but at its declaration (`pixelScript = …`, `pixelScript += …`). */
function isAssigned(text: string, escapedName: string, declaredAt: number): boolean {
  const assignment = new RegExp(`(?<![\\w$.])${escapedName}\\s*(?:[-+*/%&|^]|\\*\\*|<<|>>>?|&&|\\|\\||\\?\\?)?=(?![=>])`, 'g');
  return [...text.matchAll(assignment)].some((match) => skipTrivia(text, match.index + match[0].length - 1) !== declaredAt);
}

/** `` `…` `` or `cond ? `…` : null` (or a literal in both branches), ending the statement. */
function initializerLiterals(text: string, start: number): LiteralRange[] {
  const literal = literalAt(text, start);
  if (literal) return endsStatement(text, literal.end) ? [literal] : [];
  const question = conditionEnd(text, start);
  if (question === NOT_FOUND) return [];
  const consequent = literalAt(text, skipTrivia(text, question + 1));
  const colon = consequent ? skipTrivia(text, consequent.end) : NOT_FOUND;
  if (!consequent || text[colon] !== ':') return [];
  const alternateStart = skipTrivia(text, colon + 1);
  const alternate = literalAt(text, alternateStart);
  NOTHING.lastIndex = alternateStart;
  const end = alternate ? alternate.end : NOTHING.exec(text) ? NOTHING.lastIndex : NOT_FOUND;
  if (end === NOT_FOUND || !endsStatement(text, end)) return [];
  return alternate ? [consequent, alternate] : [consequent];
}

/** The `?` after a simple condition at `start` (not `?.` or `??`), or -1. */
function conditionEnd(text: string, start: number): number {
  let at = start;
  while (at < text.length && CONDITION_CHAR.test(text[at]!)) at++;
  const isConditional = at > start && text[at] === '?' && text[at + 1] !== '?' && text[at + 1] !== '.';
  return isConditional ? at : NOT_FOUND;
}

function literalAt(text: string, start: number): LiteralRange | undefined {
  const end = skipLiteral(text, start);
  return end === NOT_FOUND ? undefined : { start, end };
}

function endsStatement(text: string, end: number): boolean {
  const next = skipTrivia(text, end);
  if (STATEMENT_END.has(text[next])) return true;
  return /[\n\r\u2028\u2029]/.test(text.slice(end, next)) && !CONTINUES.has(text[next]!);
}
