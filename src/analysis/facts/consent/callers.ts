import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { keyName, lastName, unwrap } from '../../../util/ast.js';
import { functionVariable, singleValueOf, variableOf } from '../../../util/resolve.js';
import type { SourceCode } from './control-flow.js';
import { isInside } from '../../../util/ast.js';
import { walkTree } from './control-flow.js';

/**
 * Where a named function is used in the file, for "every caller is guarded": the calls of a
 * function declaration or `const f = () => …`, and of a method on its own object or class.
 */
export class FunctionCallers {
  private memberCalls: Map<string, TSESTree.CallExpression[]> | undefined;

  constructor(private readonly sourceCode: SourceCode) {}

  /**
   * Its calls, and references that hand it on (`OneTrust.OnConsentChanged(loadPixel)`), which are
   * judged where they are written. Undefined for an inline function (a callback, an IIFE), which
   * runs where it is written.
   */
  callersOf(fn: TSESTree.FunctionLike): TSESTree.Node[] | undefined {
    const parent = fn.parent;
    const variable = functionVariable(this.sourceCode, fn);
    if (variable) {
      // Reads only: `const load = () => …` writes its own name, which is no call.
      return variable.references.filter((reference) => reference.isRead()).map((reference) => callOrReference(reference.identifier as TSESTree.Node));
    }
    if (
      parent?.type === AST_NODE_TYPES.MethodDefinition ||
      parent?.type === AST_NODE_TYPES.PropertyDefinition ||
      (parent?.type === AST_NODE_TYPES.Property && parent.value === fn)
    ) {
      const key = keyName(parent as TSESTree.MethodDefinition);
      const owner = parent.parent.type === AST_NODE_TYPES.ClassBody ? parent.parent.parent : parent.parent;
      return key === undefined ? [] : (this.methodCalls().get(key) ?? []).filter((call) => this.isCallOn(call, owner));
    }
    if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.right === fn) return [];
    return undefined;
  }

  /**
   * Whether a method call is made on `owner`: `this.m()` inside the class, `C.m()`, `x.m()` where
   * `x` holds `new C()` or the object literal itself.
   */
  private isCallOn(call: TSESTree.CallExpression, owner: TSESTree.Node): boolean {
    const object = unwrap((unwrap(call.callee) as TSESTree.MemberExpression).object);
    if (object.type === AST_NODE_TYPES.ThisExpression) return isInside(call, owner);
    if (object.type !== AST_NODE_TYPES.Identifier) return false;
    const className = 'id' in owner && owner.id?.type === AST_NODE_TYPES.Identifier ? owner.id.name : undefined;
    if (object.name === className) return true;
    const variable = variableOf(this.sourceCode, object);
    const value = variable && singleValueOf(variable);
    if (!value) return false;
    const instance = unwrap(value.type === AST_NODE_TYPES.AwaitExpression ? value.argument : value);
    if (instance === owner) return true;
    return instance.type === AST_NODE_TYPES.NewExpression && instance.callee.type === AST_NODE_TYPES.Identifier && instance.callee.name === className;
  }

  /** Calls `x.name(…)` / `this.name(…)` in the file, by method name (computed once, on demand). */
  private methodCalls(): Map<string, TSESTree.CallExpression[]> {
    if (this.memberCalls) return this.memberCalls;
    const calls = new Map<string, TSESTree.CallExpression[]>();
    walkTree(this.sourceCode, (node) => {
      if (node.type !== AST_NODE_TYPES.CallExpression) return;
      const callee = unwrap(node.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression) return;
      const name = keyName(callee);
      if (name === undefined) return;
      const list = calls.get(name) ?? [];
      list.push(node);
      calls.set(name, list);
    });
    this.memberCalls = calls;
    return calls;
  }
}

/** The name a function is known by: declaration, variable, method or property key, assignment target. */
export function functionName(fn: TSESTree.FunctionLike): string | undefined {
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration) return fn.id?.name;
  const parent = fn.parent;
  switch (parent?.type) {
    case AST_NODE_TYPES.VariableDeclarator:
      return parent.id.type === AST_NODE_TYPES.Identifier ? parent.id.name : undefined;
    case AST_NODE_TYPES.MethodDefinition:
    case AST_NODE_TYPES.PropertyDefinition:
    case AST_NODE_TYPES.Property:
      return keyName(parent as TSESTree.MethodDefinition);
    case AST_NODE_TYPES.AssignmentExpression:
      return lastName(parent.left);
    default:
      return undefined;
  }
}

/** The call around a reference used as a callee (`f()`), or the reference itself (`onX(f)`). */
function callOrReference(identifier: TSESTree.Node): TSESTree.Node {
  const parent = identifier.parent;
  return parent?.type === AST_NODE_TYPES.CallExpression && parent.callee === identifier ? parent : identifier;
}
