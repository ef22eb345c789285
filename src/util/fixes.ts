import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';

/** Removes a property from an object literal, with the comma and spacing that separate it from its neighbours. */
export function removeProperty(
  sourceCode: Readonly<TSESLint.SourceCode>,
  property: TSESTree.Property,
): (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix {
  return (fixer) => {
    const tokens = tokenStoreOf(sourceCode, property);
    const after = tokens.getTokenAfter(property);
    if (after && ASTUtils.isCommaToken(after)) {
      const next = tokens.getTokenAfter(after, { includeComments: true });
      return fixer.removeRange([property.range[0], next ? next.range[0] : after.range[1]]);
    }
    const before = tokens.getTokenBefore(property);
    if (before && ASTUtils.isCommaToken(before)) return fixer.removeRange([before.range[0], property.range[1]]);
    // The only property: leave `{}`.
    return fixer.removeRange([before ? before.range[1] : property.range[0], after ? after.range[0] : property.range[1]]);
  };
}

export type TokenStore = Pick<TSESLint.SourceCode, 'getTokenAfter' | 'getTokenBefore'>;

/**
 * The tokens around `node`: vue-eslint-parser's template token store for a node of a Vue
 * `<template>` (the file's own store holds only the `<script>` tokens), else the file's.
 */
export function tokenStoreOf(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): TokenStore {
  const template = (sourceCode.ast as { templateBody?: { range: TSESTree.Range } | null }).templateBody;
  if (!template || node.range[0] < template.range[0] || node.range[1] > template.range[1]) return sourceCode;
  const services = sourceCode.parserServices as { getTemplateBodyTokenStore?: () => TokenStore } | undefined;
  return services?.getTemplateBodyTokenStore?.() ?? sourceCode;
}

/**
 * Wraps an expression in a call: `value` → `hashFn(value)`; a shorthand property's value keeps its
 * key (`{ em }` → `{ em: hashFn(em) }`) and a comma expression stays one argument. `prefix` goes
 * before the call (`await `), `suffix` after the argument (`.trim()`, parenthesizing it if needed).
 */
export function wrapInCall(
  sourceCode: Readonly<TSESLint.SourceCode>,
  node: TSESTree.Node,
  callee: string,
  { prefix = '', suffix = '' }: { prefix?: string; suffix?: string } = {},
): (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix {
  return replaceValue(sourceCode, node, wrappedText(sourceCode, node, callee, { prefix, suffix }));
}

/** The text `wrapInCall` puts in place of `node`. */
export function wrappedText(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node, callee: string, { prefix = '', suffix = '' }: { prefix?: string; suffix?: string } = {}): string {
  const text = sourceCode.getText(node);
  const argument = node.type === AST_NODE_TYPES.SequenceExpression || (suffix !== '' && !isPrimary(node)) ? `(${text})` : text;
  return `${prefix}${callee}(${argument}${suffix})`;
}

/** Replaces an expression with new text; a shorthand property's value keeps its key (`{ ip }` → `{ ip: text }`). */
export function replaceValue(
  sourceCode: Readonly<TSESLint.SourceCode>,
  node: TSESTree.Node,
  text: string,
): (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix {
  const parent = node.parent;
  if (parent?.type === AST_NODE_TYPES.Property && parent.shorthand && parent.value === node) {
    return (fixer) => fixer.replaceText(parent, `${sourceCode.getText(parent.key)}: ${text}`);
  }
  return (fixer) => fixer.replaceText(node, text);
}

/** Replaces a property (`email: x`) or a property assignment (`ud.email = x`) with the same value under another key. */
export function renameProperty(
  sourceCode: Readonly<TSESLint.SourceCode>,
  node: TSESTree.Property | TSESTree.AssignmentExpression,
  key: string,
  valueText: string,
): (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix {
  if (node.type === AST_NODE_TYPES.Property) return (fixer) => fixer.replaceText(node, `${key}: ${valueText}`);
  const target = node.left as TSESTree.MemberExpression;
  return (fixer) => fixer.replaceText(node, `${sourceCode.getText(target.object)}.${key} = ${valueText}`);
}

/** Expressions a method call can follow without parentheses (`a.b`, `f(x)`, `'text'`). */
function isPrimary(node: TSESTree.Node): boolean {
  return (
    node.type === AST_NODE_TYPES.Identifier ||
    node.type === AST_NODE_TYPES.MemberExpression ||
    node.type === AST_NODE_TYPES.CallExpression ||
    node.type === AST_NODE_TYPES.Literal ||
    node.type === AST_NODE_TYPES.TemplateLiteral
  );
}

/** The expression statement a call makes up on its own, when that statement sits directly in a block. */
export function statementOf(call: TSESTree.Node): TSESTree.ExpressionStatement | undefined {
  let node = call;
  while (node.parent?.type === AST_NODE_TYPES.ChainExpression || node.parent?.type === AST_NODE_TYPES.AwaitExpression) node = node.parent;
  const statement = node.parent;
  if (statement?.type !== AST_NODE_TYPES.ExpressionStatement) return undefined;
  return isStatementList(statement.parent) ? statement : undefined;
}

/** A block or the program: where a statement can be removed or inserted without leaving a gap in the syntax. */
export function isStatementList(node: TSESTree.Node | undefined): boolean {
  return node?.type === AST_NODE_TYPES.BlockStatement || node?.type === AST_NODE_TYPES.Program;
}

/** Inserts a statement's text before `target`, on its own line with the target's indentation. */
export function insertStatementBefore(
  sourceCode: Readonly<TSESLint.SourceCode>,
  target: TSESTree.Node,
  text: string,
): (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix {
  return (fixer) => fixer.insertTextBefore(target, `${text}${separatorBefore(sourceCode, target)}`);
}

/** Moves a statement (with its line, when it has one to itself) to just before `target`. */
export function moveStatementBefore(
  sourceCode: Readonly<TSESLint.SourceCode>,
  statement: TSESTree.Node,
  target: TSESTree.Node,
): (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix[] {
  return (fixer) => [
    fixer.insertTextBefore(target, `${sourceCode.getText(statement)}${separatorBefore(sourceCode, target)}`),
    fixer.removeRange(ownLineRange(sourceCode, statement)),
  ];
}

/** Removes a statement, with its line when it has one to itself. */
export function removeStatement(sourceCode: Readonly<TSESLint.SourceCode>, statement: TSESTree.Node): (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix {
  return (fixer) => fixer.removeRange(ownLineRange(sourceCode, statement));
}

/** A newline plus the indentation of `node` when it starts its line, otherwise a space. */
function separatorBefore(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): string {
  const indent = textBefore(sourceCode, node);
  return /^\s*$/.test(indent) ? `\n${indent}` : ' ';
}

/** The text on a node's first line before it. */
function textBefore(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): string {
  return sourceCode.lines[node.loc.start.line - 1]!.slice(0, node.loc.start.column);
}

/** The range of a statement, widened to its whole line when nothing else is on that line. */
function ownLineRange(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): TSESTree.Range {
  const before = textBefore(sourceCode, node);
  const after = sourceCode.lines[node.loc.end.line - 1]!.slice(node.loc.end.column);
  if (!/^\s*$/.test(before) || !/^\s*$/.test(after)) return node.range;
  const start = node.range[0] - before.length;
  const nextLine = node.loc.end.line + 1;
  if (nextLine <= sourceCode.lines.length) return [start, sourceCode.getIndexFromLoc({ line: nextLine, column: 0 })];
  // The last line: take the line break before it instead of the one after.
  const previousLine = node.loc.start.line - 1;
  const lineBreak = previousLine >= 1 ? sourceCode.getIndexFromLoc({ line: previousLine, column: sourceCode.lines[previousLine - 1]!.length }) : start;
  return [lineBreak, sourceCode.text.length];
}
