import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { getPropertyName, getStaticValue } from '@eslint-community/eslint-utils';
import type * as ESTree from 'estree';
import { scopeAt } from './scope-at.js';

type Scope = TSESLint.Scope.Scope;

/** The elements of an array literal that are expressions: holes and spreads left out. */
export function plainElements(array: TSESTree.ArrayExpression): TSESTree.Expression[] {
  return array.elements.filter((element): element is TSESTree.Expression => element !== null && element.type !== AST_NODE_TYPES.SpreadElement);
}

/** Strips the wrappers that do not change a value: TS assertions, `!`, `satisfies`, optional chains. */
export function unwrap(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  for (;;) {
    switch (current.type) {
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSTypeAssertion:
      case AST_NODE_TYPES.TSInstantiationExpression:
        current = current.expression;
        break;
      case AST_NODE_TYPES.ChainExpression:
        current = current.expression;
        break;
      default:
        return current;
    }
  }
}

/** The parent of a node, skipping the wrappers `unwrap` removes. */
export function wrappingParent(node: TSESTree.Node): TSESTree.Node | undefined {
  let current = node;
  while (current.parent && unwrap(current.parent) === unwrap(node) && current.parent !== current) {
    current = current.parent;
  }
  return current.parent;
}

/** The static value of a node (constants resolved through `scope`), or undefined when not static. */
export function staticValue(node: TSESTree.Node, scope: Scope): { value: unknown } | undefined {
  return getStaticValue(node as ESTree.Node, scope as never) ?? undefined;
}

export function staticString(node: TSESTree.Node | undefined, scope: Scope): string | undefined {
  if (!node) return undefined;
  const result = staticValue(node, scope);
  return typeof result?.value === 'string' ? result.value : undefined;
}

/** The name of a property, member, method or class field key (computed keys resolved through `scope`). */
export function keyName(
  node: TSESTree.Property | TSESTree.MemberExpression | TSESTree.MethodDefinition | TSESTree.PropertyDefinition,
  scope?: Scope,
): string | undefined {
  // A plain `.name` key (most keys) is read directly; eslint-utils reads it the same way.
  if (!node.computed) {
    const key = node.type === AST_NODE_TYPES.MemberExpression ? node.property : node.key;
    if (key.type === AST_NODE_TYPES.Identifier) return key.name;
  }
  return getPropertyName(node as ESTree.Property, scope as never) ?? undefined;
}

/**
 * `keyName` with computed keys resolved in the node's scope, asked for only when the key is computed
 * (`[KEY]`): a plain key needs none, and finding a node's scope the first time walks its ancestors.
 */
export function keyNameIn(
  sourceCode: Readonly<TSESLint.SourceCode>,
  node: TSESTree.Property | TSESTree.MemberExpression | TSESTree.MethodDefinition,
): string | undefined {
  return node.computed ? keyName(node, scopeAt(sourceCode, node)) : keyName(node);
}

/** `window.fbq` → ['window', 'fbq']; undefined when any part is not a plain name. */
export function memberPath(node: TSESTree.Node): string[] | undefined {
  // Collected from the last name inwards into one list, then put in reading order.
  const names: string[] = [];
  let target = unwrap(node);
  while (target.type === AST_NODE_TYPES.MemberExpression) {
    const property = keyName(target);
    if (property === undefined) return undefined;
    names.push(property);
    target = unwrap(target.object);
  }
  if (target.type === AST_NODE_TYPES.Identifier) names.push(target.name);
  else if (target.type === AST_NODE_TYPES.ThisExpression) names.push('this');
  else return undefined;
  return names.reverse();
}

/** The last name of a callee or member: `crypto.createHash` → `createHash`, `sha256` → `sha256`. */
export function lastName(node: TSESTree.Node): string | undefined {
  const target = unwrap(node);
  if (target.type === AST_NODE_TYPES.Identifier) return target.name;
  if (target.type === AST_NODE_TYPES.MemberExpression) return keyName(target);
  return undefined;
}

export function isFunctionNode(node: TSESTree.Node): node is TSESTree.FunctionLike {
  return (
    node.type === AST_NODE_TYPES.FunctionDeclaration ||
    node.type === AST_NODE_TYPES.FunctionExpression ||
    node.type === AST_NODE_TYPES.ArrowFunctionExpression
  );
}

/** The innermost function around a node, if any. */
export function enclosingFunction(node: TSESTree.Node): TSESTree.FunctionLike | undefined {
  for (let current = node.parent; current; current = current.parent) if (isFunctionNode(current)) return current;
  return undefined;
}

/** Whether `ancestor` is one of `node`'s ancestors. */
export function isInside(node: TSESTree.Node, ancestor: TSESTree.Node): boolean {
  for (let current = node.parent; current; current = current.parent) if (current === ancestor) return true;
  return false;
}

/** Source text of a node for messages, on one line and shortened. */
export function snippet(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node, max = 48): string {
  const text = sourceCode.getText(node).replace(/\s+/g, ' ');
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
