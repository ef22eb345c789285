import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { unwrap } from '../../../util/ast.js';
import { walk } from '../../../util/resolve.js';

/**
 * Statement lists, exits and tree walks: the control-flow vocabulary the consent facts (and the
 * non-production guards of `environment.ts`) are written in.
 */

export type SourceCode = Readonly<TSESLint.SourceCode>;
export type StatementList = readonly TSESTree.Node[];

/** The statements of a block-like node, or undefined. */
export function statementList(node: TSESTree.Node): StatementList | undefined {
  switch (node.type) {
    case AST_NODE_TYPES.Program:
    case AST_NODE_TYPES.BlockStatement:
    case AST_NODE_TYPES.StaticBlock:
    case AST_NODE_TYPES.TSModuleBlock:
      return node.body;
    case AST_NODE_TYPES.SwitchCase:
      return node.consequent;
    default:
      return undefined;
  }
}

/** Whether a statement always leaves its block: `return`, `throw`, `break`, `continue`, or a block / if-else ending in one. */
export function exits(statement: TSESTree.Statement): boolean {
  switch (statement.type) {
    case AST_NODE_TYPES.ReturnStatement:
    case AST_NODE_TYPES.ThrowStatement:
    case AST_NODE_TYPES.BreakStatement:
    case AST_NODE_TYPES.ContinueStatement:
      return true;
    case AST_NODE_TYPES.BlockStatement: {
      const last = statement.body[statement.body.length - 1];
      return last !== undefined && exits(last);
    }
    case AST_NODE_TYPES.IfStatement:
      return statement.alternate !== null && exits(statement.consequent) && exits(statement.alternate);
    default:
      return false;
  }
}

/** `(() => {…})()`: the call of an immediately invoked function. */
export function iifeCall(fn: TSESTree.FunctionLike): TSESTree.Node[] {
  let current: TSESTree.Node = fn;
  while (current.parent && unwrap(current.parent) === fn) current = current.parent;
  const parent = current.parent;
  return parent?.type === AST_NODE_TYPES.CallExpression && parent.callee === current ? [parent] : [];
}

/** Visits every node of the file once (iteratively). */
export function walkTree(sourceCode: SourceCode, visit: (node: TSESTree.Node) => void): void {
  walk(sourceCode, sourceCode.ast, visit);
}

export function pushChildren(node: TSESTree.Node, keys: SourceCode['visitorKeys'], stack: TSESTree.Node[]): void {
  for (const key of keys[node.type] ?? []) {
    const child = (node as unknown as Record<string, unknown>)[key];
    if (Array.isArray(child)) {
      for (const item of child) if (item) stack.push(item as TSESTree.Node);
    } else if (child && typeof child === 'object') {
      stack.push(child as TSESTree.Node);
    }
  }
}
