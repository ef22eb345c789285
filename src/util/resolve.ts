import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { isFunctionNode, keyName, memberPath, unwrap } from './ast.js';

type Variable = TSESLint.Scope.Variable;
type SourceCode = Readonly<TSESLint.SourceCode>;

/** How far resolution follows variables, parameters and helper calls before giving up. */
export const MAX_DEPTH = 6;

/** A property of an object built somewhere in the file: a literal property or a later `obj.key = value`. */
export interface Field {
  readonly key: string | undefined;
  readonly keyNode: TSESTree.Node;
  readonly value: TSESTree.Node;
  /** The Property or AssignmentExpression that puts the value there (what a report points at). */
  readonly node: TSESTree.Property | TSESTree.AssignmentExpression;
  /** The object literal holding the property; undefined for assignments. */
  readonly container: TSESTree.ObjectExpression | undefined;
}

/**
 * Finds the variable an identifier refers to, from the innermost scope outwards. (`getScope` already
 * gives the innermost scope; eslint-utils' `findVariable` would rescan every child scope of it, which
 * for a top-level name is every function of the file.)
 */
export function variableOf(sourceCode: SourceCode, identifier: TSESTree.Identifier): Variable | undefined {
  for (let scope: TSESLint.Scope.Scope | null = sourceCode.getScope(identifier); scope; scope = scope.upper) {
    const variable = scope.set.get(identifier.name);
    if (variable) return variable;
  }
  return undefined;
}

/**
 * The one value a variable holds: its initialiser when it is declared once with a plain name and
 * never reassigned (const, or let/var written only by its declaration).
 */
export function singleValueOf(variable: Variable): TSESTree.Expression | undefined {
  if (variable.defs.length !== 1) return undefined;
  const def = variable.defs[0];
  if (def?.type !== 'Variable' || def.node.id.type !== AST_NODE_TYPES.Identifier || !def.node.init) return undefined;
  return writeCount(variable) > 1 ? undefined : def.node.init;
}

// Per variable (so per file): a constant used in every function of a big file is asked about once
// per use, and scanning all its references each time would be quadratic.
const writeCounts = new WeakMap<Variable, number>();

function writeCount(variable: Variable): number {
  let count = writeCounts.get(variable);
  if (count === undefined) {
    count = variable.references.filter((reference) => reference.isWrite()).length;
    writeCounts.set(variable, count);
  }
  return count;
}

/** The function and parameter position of a parameter variable (`function f(a, b = 1)` → b is 1). */
export function parameterOf(variable: Variable): { fn: TSESTree.FunctionLike; index: number } | undefined {
  const def = variable.defs[0];
  if (variable.defs.length !== 1 || def?.type !== 'Parameter' || !isFunctionNode(def.node)) return undefined;
  const fn = def.node;
  const index = fn.params.findIndex((param) => {
    const target = param.type === AST_NODE_TYPES.AssignmentPattern ? param.left : param;
    return target.type === AST_NODE_TYPES.Identifier && target.name === variable.name;
  });
  return index === -1 ? undefined : { fn, index };
}

/** The variable that names a function (`function f() {}`, `const f = () => {}`), if any. */
export function functionVariable(sourceCode: SourceCode, fn: TSESTree.FunctionLike): Variable | undefined {
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration && fn.id) return variableOf(sourceCode, fn.id);
  const parent = fn.parent;
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === fn && parent.id.type === AST_NODE_TYPES.Identifier) {
    return variableOf(sourceCode, parent.id);
  }
  return undefined;
}

/** Calls of a function declared in this file: `f(...)` for every reference to its name. */
export function callSitesOf(sourceCode: SourceCode, fn: TSESTree.FunctionLike): TSESTree.CallExpression[] {
  const variable = functionVariable(sourceCode, fn);
  if (!variable) return [];
  const calls: TSESTree.CallExpression[] = [];
  for (const reference of variable.references) {
    const parent = reference.identifier.parent;
    if (parent?.type === AST_NODE_TYPES.CallExpression && parent.callee === reference.identifier) calls.push(parent);
  }
  return calls;
}

/** The function declared in this file that a callee names (`helper(x)`), if any. */
export function localFunctionOf(sourceCode: SourceCode, callee: TSESTree.Node): TSESTree.FunctionLike | undefined {
  const target = unwrap(callee);
  if (target.type !== AST_NODE_TYPES.Identifier) return undefined;
  const variable = variableOf(sourceCode, target);
  const def = variable?.defs[0];
  if (!variable || variable.defs.length !== 1 || !def) return undefined;
  if (def.type === 'FunctionName' && isFunctionNode(def.node)) return def.node;
  const init = singleValueOf(variable);
  return init && isFunctionNode(init) ? init : undefined;
}

/** The expressions a function returns (an arrow's body, or every `return x`, not those of nested functions). */
export function returnedExpressions(fn: TSESTree.FunctionLike): TSESTree.Expression[] {
  if (!fn.body) return [];
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return [fn.body];
  const found: TSESTree.Expression[] = [];
  const visit = (node: TSESTree.Node): void => {
    if (node.type === AST_NODE_TYPES.ReturnStatement) {
      if (node.argument) found.push(node.argument);
      return;
    }
    if (isFunctionNode(node) || node.type === AST_NODE_TYPES.ClassBody) return;
    for (const child of childNodes(node)) visit(child);
  };
  for (const statement of fn.body.body) visit(statement);
  return found;
}

/** The direct child nodes of a statement-level node (enough for finding `return`s). */
function childNodes(node: TSESTree.Node): TSESTree.Node[] {
  const children: TSESTree.Node[] = [];
  for (const [key, value] of Object.entries(node)) {
    if (key === 'parent') continue;
    if (Array.isArray(value)) {
      for (const item of value) if (isNode(item)) children.push(item);
    } else if (isNode(value)) {
      children.push(value);
    }
  }
  return children;
}

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && typeof (value as { type?: unknown }).type === 'string';
}

/**
 * Follows a parameter of a function declared in this file to the arguments its callers pass
 * (and its default value). Undefined when the node is not such a parameter.
 */
export function argumentsForParameter(sourceCode: SourceCode, node: TSESTree.Node): TSESTree.Node[] | undefined {
  const target = unwrap(node);
  if (target.type !== AST_NODE_TYPES.Identifier) return undefined;
  const variable = variableOf(sourceCode, target);
  const parameter = variable && parameterOf(variable);
  if (!parameter) return undefined;
  const values: TSESTree.Node[] = [];
  const param = parameter.fn.params[parameter.index];
  if (param?.type === AST_NODE_TYPES.AssignmentPattern) values.push(param.right);
  for (const call of callSitesOf(sourceCode, parameter.fn)) {
    const argument = call.arguments[parameter.index];
    if (argument && argument.type !== AST_NODE_TYPES.SpreadElement) values.push(argument);
  }
  return values;
}

/**
 * The object literals an expression can evaluate to: through variables, parameters of local
 * functions (their callers' arguments), conditionals, `await`, `JSON.stringify`, `Object.assign`,
 * member reads of known objects and calls of local builder functions.
 */
export function resolveObjects(sourceCode: SourceCode, node: TSESTree.Node, depth = 0): TSESTree.ObjectExpression[] {
  if (depth > MAX_DEPTH) return [];
  const target = unwrap(node);
  const next = (child: TSESTree.Node) => resolveObjects(sourceCode, child, depth + 1);
  switch (target.type) {
    case AST_NODE_TYPES.ObjectExpression:
      return [target];
    case AST_NODE_TYPES.Identifier: {
      const variable = variableOf(sourceCode, target);
      if (!variable) return [];
      const value = singleValueOf(variable);
      if (value) return next(value);
      return (argumentsForParameter(sourceCode, target) ?? []).flatMap(next);
    }
    case AST_NODE_TYPES.AwaitExpression:
      return next(target.argument);
    case AST_NODE_TYPES.ConditionalExpression:
      return [...next(target.consequent), ...next(target.alternate)];
    case AST_NODE_TYPES.LogicalExpression:
      return [...next(target.left), ...next(target.right)];
    case AST_NODE_TYPES.SequenceExpression:
      return target.expressions.length > 0 ? next(target.expressions[target.expressions.length - 1]!) : [];
    case AST_NODE_TYPES.MemberExpression:
      return resolveMember(sourceCode, target, depth).flatMap(next);
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression:
      return callResults(sourceCode, target).flatMap(next);
    default:
      return [];
  }
}

/** What a call hands on unchanged, or what a local builder function returns. */
function callResults(sourceCode: SourceCode, call: TSESTree.CallExpression | TSESTree.NewExpression): TSESTree.Node[] {
  const path = memberPath(call.callee)?.join('.');
  const args = call.arguments.filter((arg): arg is TSESTree.Expression => arg.type !== AST_NODE_TYPES.SpreadElement);
  if (path === 'JSON.stringify' || path === 'URLSearchParams') return args.slice(0, 1);
  if (path === 'Object.assign' || path === 'structuredClone') return args;
  if (call.type === AST_NODE_TYPES.CallExpression) {
    const fn = localFunctionOf(sourceCode, call.callee);
    if (fn) return returnedExpressions(fn);
  }
  return [];
}

/** `obj.key` where `obj` is a known object literal: the value stored under `key`. */
export function resolveMember(sourceCode: SourceCode, member: TSESTree.MemberExpression, depth = 0): TSESTree.Node[] {
  const key = keyName(member, sourceCode.getScope(member));
  if (key === undefined) return [];
  const values: TSESTree.Node[] = [];
  for (const object of resolveObjects(sourceCode, member.object, depth + 1)) {
    for (const field of objectFields(sourceCode, object, depth + 1)) {
      if (field.key === key) values.push(field.value);
    }
  }
  return values;
}

/**
 * The fields of every object an expression can evaluate to, with spreads expanded and later
 * `obj.key = value` assignments to a `const obj = {…}` included.
 */
export function objectFields(sourceCode: SourceCode, node: TSESTree.Node, depth = 0): Field[] {
  const fields: Field[] = [];
  for (const object of resolveObjects(sourceCode, node, depth)) {
    for (const property of object.properties) {
      if (property.type === AST_NODE_TYPES.SpreadElement) {
        if (depth < MAX_DEPTH) fields.push(...objectFields(sourceCode, property.argument, depth + 1));
        continue;
      }
      fields.push({
        key: keyName(property, sourceCode.getScope(property)),
        keyNode: property.key,
        value: property.value,
        node: property,
        container: object,
      });
    }
    fields.push(...assignedFields(sourceCode, object));
  }
  return fields;
}

/** `const ud = {}; ud.em = x;` — the assignments made to a const object after it is built. */
function assignedFields(sourceCode: SourceCode, object: TSESTree.ObjectExpression): Field[] {
  const declarator = object.parent;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id.type !== AST_NODE_TYPES.Identifier) return [];
  const variable = variableOf(sourceCode, declarator.id);
  if (!variable) return [];
  const fields: Field[] = [];
  for (const reference of variable.references) {
    const member = reference.identifier.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== reference.identifier) continue;
    const assignment = member.parent;
    if (assignment?.type !== AST_NODE_TYPES.AssignmentExpression || assignment.left !== member || assignment.operator !== '=') continue;
    fields.push({
      key: keyName(member, sourceCode.getScope(member)),
      keyNode: member.property,
      value: assignment.right,
      node: assignment,
      container: undefined,
    });
  }
  return fields;
}

/**
 * The expressions a sink argument stands for, following only parameters of local functions to
 * their call sites: `event(name, opts)` called as `event('Lead', {…})` gives the call's arguments.
 * Reports then point at the caller, where the data is chosen.
 */
export function concreteValues(sourceCode: SourceCode, node: TSESTree.Node, depth = 0): TSESTree.Node[] {
  const args = depth < MAX_DEPTH ? argumentsForParameter(sourceCode, node) : undefined;
  if (!args || args.length === 0) return [node];
  return args.flatMap((arg) => concreteValues(sourceCode, arg, depth + 1));
}

/** The elements of an array literal an expression evaluates to (through variables), or undefined. */
export function arrayElements(sourceCode: SourceCode, node: TSESTree.Node): TSESTree.Node[] | undefined {
  const target = unwrap(node);
  if (target.type === AST_NODE_TYPES.ArrayExpression) {
    return target.elements.filter((element): element is TSESTree.Expression => element !== null && element.type !== AST_NODE_TYPES.SpreadElement);
  }
  if (target.type === AST_NODE_TYPES.Identifier) {
    const variable = variableOf(sourceCode, target);
    const value = variable && singleValueOf(variable);
    return value ? arrayElements(sourceCode, value) : undefined;
  }
  return undefined;
}

