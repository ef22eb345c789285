import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { enclosingFunction, isInside } from '../../../util/ast.js';
import { statementList } from './control-flow.js';

/**
 * Whether `a` runs before `b` in program order: source order inside the nearest common block, a
 * condition before its branches, and across nested functions only outwards (code in an enclosing
 * function that comes first runs first); two sibling functions are unordered.
 */
export function runsBefore(a: TSESTree.Node, b: TSESTree.Node): boolean {
  const fa = enclosingFunction(a);
  if (fa && !isInside(b, fa)) return false;
  const ancestorsOfA = new Set<TSESTree.Node>();
  for (let node: TSESTree.Node | undefined = a; node; node = node.parent) ancestorsOfA.add(node);
  let childOfB: TSESTree.Node = b;
  let common = b.parent;
  while (common && !ancestorsOfA.has(common)) {
    childOfB = common;
    common = common.parent;
  }
  if (!common || ancestorsOfA.has(b)) return false;
  let childOfA: TSESTree.Node = a;
  while (childOfA.parent !== common) childOfA = childOfA.parent!;
  return orderedUnder(common, childOfA, childOfB);
}

/** Whether `a` (child of `common`) comes before `b` (another child) when `common` runs. */
function orderedUnder(common: TSESTree.Node, a: TSESTree.Node, b: TSESTree.Node): boolean {
  const list = statementList(common);
  if (list) return list.indexOf(a) < list.indexOf(b);
  switch (common.type) {
    case AST_NODE_TYPES.IfStatement:
    case AST_NODE_TYPES.ConditionalExpression:
      return a === common.test;
    case AST_NODE_TYPES.LogicalExpression:
      return a === common.left;
    default:
      return a.range[1] <= b.range[0];
  }
}
