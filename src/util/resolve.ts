import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { fileMemo } from './file-memo.js';
import { scopeAt } from './scope-at.js';
import { isFunctionNode, keyName, keyNameIn, lastName, memberPath, plainElements, unwrap } from './ast.js';

type Variable = TSESLint.Scope.Variable;
type SourceCode = Readonly<TSESLint.SourceCode>;
type Class = TSESTree.ClassDeclaration | TSESTree.ClassExpression;
/** What `this` and `x.member` can stand for: a class (its instances) or an object literal. */
export type Owner = Class | TSESTree.ObjectExpression;

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
  /**
   * The `Object.assign(target, source)` that copied the field in from another object, where a report
   * about it belongs: the source's own property built that other object (advanced matching, a form).
   */
  readonly mergedBy?: TSESTree.CallExpression;
}

/**
 * `getScope`, except for a node of a Vue `<template>` (vue-eslint-parser: outside the Program, so
 * ESLint gives it the global scope): it sees the script's module scope, where `<script setup>`
 * declares the names the template uses. In a module file no other node gets the global scope.
 */
function scopeOf(sourceCode: SourceCode, node: TSESTree.Node): TSESLint.Scope.Scope {
  const scope = scopeAt(sourceCode, node);
  if (scope.type !== 'global') return scope;
  // A loop, not `find` with a closure: this runs for every name resolved in a script file.
  for (const child of scope.childScopes) if (child.type === 'module') return child;
  return scope;
}

/**
 * Finds the variable an identifier refers to, from the innermost scope outwards. (`getScope` already
 * gives the innermost scope; eslint-utils' `findVariable` would rescan every child scope of it, which
 * for a top-level name is every function of the file.)
 */
export function variableOf(sourceCode: SourceCode, identifier: TSESTree.Identifier): Variable | undefined {
  const { variables } = answersFor(sourceCode);
  let variable = variables.get(identifier);
  if (variable === undefined) {
    variable = lookUp(sourceCode, identifier);
    variables.set(identifier, variable);
  }
  return variable ?? undefined;
}

/** Answers kept for the file being linted (see fileMemo). */
const answersFor = fileMemo(() => ({
  // Per identifier (null: no variable): resolving a value asks about the same name several times
  // (its objects, its callers' arguments, its classes), each a walk up the scopes.
  variables: new Map<TSESTree.Identifier, Variable | null>(),
  // Per named function: its calls. Each read of a parameter asks for them again (several times per
  // value classified). Methods are not kept: what they find depends on the methods whose callers
  // are being looked for at the time (see methodCallSites).
  namedCallSites: new Map<TSESTree.FunctionLike, readonly TSESTree.CallExpression[]>(),
  // First-level answers (see firstLevel): member values and object fields.
  members: new Map<TSESTree.Node, readonly TSESTree.Node[]>(),
  fields: new Map<TSESTree.Node, readonly Field[]>(),
  // Per class or object literal: every `this.key = value` its own code makes, by key (found in one walk).
  thisAssignmentsByOwner: new Map<Owner, Map<string, TSESTree.Node[]>>(),
}));

function lookUp(sourceCode: SourceCode, identifier: TSESTree.Identifier): Variable | null {
  for (let scope: TSESLint.Scope.Scope | null = scopeOf(sourceCode, identifier); scope; scope = scope.upper) {
    const variable = scope.set.get(identifier.name);
    if (variable) return variable;
  }
  return null;
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

// Per variable, kept for its file (the global scope stands for it): a constant used in every function
// of a big file is asked about once per use, and scanning all its references each time would be quadratic.
const writeCountsIn = fileMemo(() => new Map<Variable, number>());

function writeCount(variable: Variable): number {
  const writeCounts = writeCountsIn(outermostScope(variable.scope));
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

/**
 * The variable that names a function: `function f() {}`, `const f = () => {}`, `const f = function () {}`
 * and React's `const f = useCallback(() => {}, deps)`, which is the same function.
 */
export function functionVariable(sourceCode: SourceCode, fn: TSESTree.FunctionLike): Variable | undefined {
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration && fn.id) return variableOf(sourceCode, fn.id);
  let holder: TSESTree.Node = fn;
  while (holder.parent && functionValue(holder.parent) === fn) holder = holder.parent;
  const parent = holder.parent;
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === holder && parent.id.type === AST_NODE_TYPES.Identifier) {
    return variableOf(sourceCode, parent.id);
  }
  return undefined;
}

/** Calls that hand back the function they are given: a variable holding one holds the function. */
const FUNCTION_KEEPERS: ReadonlySet<string> = new Set(['useCallback']);

/** The function an expression evaluates to as written: a function, or `useCallback(fn, deps)`'s `fn`. */
function functionValue(node: TSESTree.Node): TSESTree.FunctionLike | undefined {
  const target = unwrap(node);
  if (isFunctionNode(target)) return target;
  if (target.type !== AST_NODE_TYPES.CallExpression || !FUNCTION_KEEPERS.has(lastName(target.callee) ?? '')) return undefined;
  const argument = target.arguments[0];
  return argument && isFunctionNode(argument) ? argument : undefined;
}

/**
 * Calls of a function declared in this file: `f(...)` for every reference to its name, and for a
 * method of a class or object literal, `this.m(...)` inside it and `x.m(...)` on what holds it.
 */
export function callSitesOf(sourceCode: SourceCode, fn: TSESTree.FunctionLike): readonly TSESTree.CallExpression[] {
  const { namedCallSites } = answersFor(sourceCode);
  const known = namedCallSites.get(fn);
  if (known) return known;
  const variable = functionVariable(sourceCode, fn);
  if (!variable) return methodCallSites(sourceCode, fn);
  const calls: TSESTree.CallExpression[] = [];
  for (const reference of variable.references) {
    const parent = reference.identifier.parent;
    if (parent?.type === AST_NODE_TYPES.CallExpression && parent.callee === reference.identifier) calls.push(parent);
  }
  namedCallSites.set(fn, calls);
  return calls;
}

/** The function declared in this file that a callee names (`helper(x)`, `this.hash(x)`, `utils.sha256(x)`), if any. */
export function localFunctionOf(sourceCode: SourceCode, callee: TSESTree.Node, depth = 0): TSESTree.FunctionLike | undefined {
  const target = unwrap(callee);
  if (target.type === AST_NODE_TYPES.MemberExpression) {
    const values = resolveMember(sourceCode, target, depth);
    return values.length === 1 ? functionValue(values[0]!) : undefined;
  }
  if (target.type !== AST_NODE_TYPES.Identifier) return undefined;
  const variable = variableOf(sourceCode, target);
  const def = variable?.defs[0];
  if (!variable || variable.defs.length !== 1 || !def) return undefined;
  if (def.type === 'FunctionName' && isFunctionNode(def.node)) return def.node;
  const init = singleValueOf(variable);
  return init ? functionValue(init) : undefined;
}

/** The expressions a function returns (an arrow's body, or every `return x`, not those of nested functions). */
export function returnedExpressions(fn: TSESTree.FunctionLike): readonly TSESTree.Expression[] {
  if (!fn.body) return [];
  if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return [fn.body];
  const returned = returnsIn(rootOf(fn));
  let found = returned.get(fn);
  if (!found) {
    found = findReturns(fn.body);
    returned.set(fn, found);
  }
  return found;
}

/**
 * The returns of each function body, found once per file (its tree's root stands for it): classifying
 * calls asks for them again and again.
 */
const returnsIn = fileMemo(() => new Map<TSESTree.FunctionLike, readonly TSESTree.Expression[]>());

function rootOf(node: TSESTree.Node): TSESTree.Node {
  let root = node;
  while (root.parent) root = root.parent;
  return root;
}

function outermostScope(scope: TSESLint.Scope.Scope): TSESLint.Scope.Scope {
  let outermost = scope;
  while (outermost.upper) outermost = outermost.upper;
  return outermost;
}

function findReturns(body: TSESTree.BlockStatement): TSESTree.Expression[] {
  const found: TSESTree.Expression[] = [];
  const visit = (node: TSESTree.Node): void => {
    if (node.type === AST_NODE_TYPES.ReturnStatement) {
      if (node.argument) found.push(node.argument);
      return;
    }
    if (isStatementHolder(node)) for (const child of childNodes(node)) visit(child);
  };
  for (const statement of body.body) visit(statement);
  return found;
}

/**
 * Nodes that can hold a `return` of the function itself: statements and the clauses of `switch` and
 * `catch`. Expressions and declarations reach statements only through nested functions and classes.
 */
function isStatementHolder(node: TSESTree.Node): boolean {
  return node.type.endsWith('Statement') || node.type === AST_NODE_TYPES.SwitchCase || node.type === AST_NODE_TYPES.CatchClause;
}

/** The direct child nodes of a statement-level node (enough for finding `return`s). */
function childNodes(node: TSESTree.Node): TSESTree.Node[] {
  const children: TSESTree.Node[] = [];
  // `for…in`, not `Object.entries`: no [key, value] pair per property (range and loc included).
  for (const key in node) {
    if (key === 'parent') continue;
    const value = (node as unknown as Record<string, unknown>)[key];
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
  const found: TSESTree.ObjectExpression[] = [];
  addObjects(sourceCode, node, depth, found);
  return found;
}

/** Adds the objects `node` can stand for to `found`, in the order the paths are followed (one list for the whole walk). */
function addObjects(sourceCode: SourceCode, node: TSESTree.Node, depth: number, found: TSESTree.ObjectExpression[]): void {
  if (depth > MAX_DEPTH) return;
  const target = unwrap(node);
  switch (target.type) {
    case AST_NODE_TYPES.ObjectExpression:
      found.push(target);
      return;
    case AST_NODE_TYPES.ThisExpression: {
      const owner = thisOwner(target);
      if (owner?.type === AST_NODE_TYPES.ObjectExpression) found.push(owner);
      return;
    }
    case AST_NODE_TYPES.Identifier: {
      const variable = variableOf(sourceCode, target);
      if (!variable) return;
      const value = singleValueOf(variable);
      if (value) addObjects(sourceCode, value, depth + 1, found);
      else addObjectsOfEach(sourceCode, argumentsForParameter(sourceCode, target) ?? [], depth + 1, found);
      return;
    }
    case AST_NODE_TYPES.AwaitExpression:
      addObjects(sourceCode, target.argument, depth + 1, found);
      return;
    case AST_NODE_TYPES.ConditionalExpression:
      addObjects(sourceCode, target.consequent, depth + 1, found);
      addObjects(sourceCode, target.alternate, depth + 1, found);
      return;
    case AST_NODE_TYPES.LogicalExpression:
      addObjects(sourceCode, target.left, depth + 1, found);
      addObjects(sourceCode, target.right, depth + 1, found);
      return;
    case AST_NODE_TYPES.SequenceExpression:
      if (target.expressions.length > 0) addObjects(sourceCode, target.expressions[target.expressions.length - 1]!, depth + 1, found);
      return;
    case AST_NODE_TYPES.MemberExpression:
      addObjectsOfEach(sourceCode, resolveMember(sourceCode, target, depth), depth + 1, found);
      return;
    case AST_NODE_TYPES.CallExpression:
    case AST_NODE_TYPES.NewExpression:
      addObjectsOfEach(sourceCode, callResults(sourceCode, target, depth), depth + 1, found);
      return;
    default:
      return;
  }
}

function addObjectsOfEach(sourceCode: SourceCode, nodes: readonly TSESTree.Node[], depth: number, found: TSESTree.ObjectExpression[]): void {
  for (const node of nodes) addObjects(sourceCode, node, depth, found);
}

/** What a call hands on unchanged, or what a local builder function returns. */
function callResults(sourceCode: SourceCode, call: TSESTree.CallExpression | TSESTree.NewExpression, depth: number): readonly TSESTree.Node[] {
  const path = memberPath(call.callee)?.join('.');
  if (path === 'JSON.stringify' || path === 'URLSearchParams') return expressionArguments(call).slice(0, 1);
  if (path === 'Object.assign' || path === 'structuredClone') return expressionArguments(call);
  if (call.type === AST_NODE_TYPES.CallExpression) {
    const fn = localFunctionOf(sourceCode, call.callee, depth + 1);
    if (fn) return returnedExpressions(fn);
  }
  return [];
}

/** A call's arguments other than spreads (`f(...rest)` hands on values this file does not show). */
export function expressionArguments(call: TSESTree.CallExpression | TSESTree.NewExpression): TSESTree.Expression[] {
  return call.arguments.filter((arg): arg is TSESTree.Expression => arg.type !== AST_NODE_TYPES.SpreadElement);
}

/**
 * `obj.key` where `obj` is a known object literal, `this` in one of its methods, or `this` / an
 * instance / the name of a class declared here: the values stored under `key` (fields, methods,
 * `this.key = value` assignments).
 */
export function resolveMember(sourceCode: SourceCode, member: TSESTree.MemberExpression, depth = 0): readonly TSESTree.Node[] {
  return firstLevel(answersFor(sourceCode).members, storedValues, sourceCode, member, depth);
}

/**
 * An answer about a node, kept when it is a first-level question (depth 0): every rule and fact that
 * reads a value or payload asks again, once per read. Not kept while a method's callers are being
 * followed, which can cut answers short.
 */
function firstLevel<N extends TSESTree.Node, T>(
  answers: Map<TSESTree.Node, T>,
  answer: (sourceCode: SourceCode, node: N, depth: number) => T,
  sourceCode: SourceCode,
  node: N,
  depth: number,
): T {
  if (depth > 0 || methodsBeingCalledUp.size > 0) return answer(sourceCode, node, depth);
  let known = answers.get(node);
  if (known === undefined) {
    known = answer(sourceCode, node, 0);
    answers.set(node, known);
  }
  return known;
}

function storedValues(sourceCode: SourceCode, member: TSESTree.MemberExpression, depth: number): TSESTree.Node[] {
  const key = keyNameIn(sourceCode, member);
  if (key === undefined) return [];
  const values: TSESTree.Node[] = [];
  for (const object of resolveObjects(sourceCode, member.object, depth + 1)) {
    for (const field of objectFields(sourceCode, object, depth + 1)) {
      if (field.key === key) values.push(field.value);
    }
    values.push(...(thisAssignments(sourceCode, object).get(key) ?? []));
  }
  for (const owner of classesOf(sourceCode, member.object)) values.push(...classMemberValues(sourceCode, owner, key));
  return values;
}

/**
 * What `this` refers to where it is written: the class of a method, field, accessor or constructor,
 * or the object literal of a method (`{ send() { this.url } }`). Arrow functions keep the `this` around
 * them; a plain function has its own, unknown here.
 */
export function thisOwner(node: TSESTree.Node): Owner | undefined {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.ClassBody) return current.parent;
    if (current.type !== AST_NODE_TYPES.FunctionExpression && current.type !== AST_NODE_TYPES.FunctionDeclaration) continue;
    const parent = current.parent;
    if (parent?.type === AST_NODE_TYPES.MethodDefinition) return parent.parent.parent;
    return parent?.type === AST_NODE_TYPES.Property && parent.value === current && parent.parent.type === AST_NODE_TYPES.ObjectExpression
      ? parent.parent
      : undefined;
  }
  return undefined;
}

/** The classes declared here whose members `node.x` reads: `this` in a class, an instance `new C()`, `C` itself. */
function classesOf(sourceCode: SourceCode, node: TSESTree.Node, depth = 0): Class[] {
  const target = unwrap(node);
  if (depth > MAX_DEPTH) return [];
  const next = (child: TSESTree.Node) => classesOf(sourceCode, child, depth + 1);
  if (target.type === AST_NODE_TYPES.ThisExpression) {
    const owner = thisOwner(target);
    return owner && owner.type !== AST_NODE_TYPES.ObjectExpression ? [owner] : [];
  }
  if (target.type === AST_NODE_TYPES.ClassExpression) return [target];
  if (target.type === AST_NODE_TYPES.NewExpression) return next(target.callee);
  if (target.type === AST_NODE_TYPES.AwaitExpression) return next(target.argument);
  if (target.type !== AST_NODE_TYPES.Identifier) return [];
  const variable = variableOf(sourceCode, target);
  const def = variable?.defs[0];
  if (def?.type === 'ClassName' && def.node.type === AST_NODE_TYPES.ClassDeclaration) return [def.node];
  const value = variable && singleValueOf(variable);
  return value ? next(value) : [];
}

/** A class's fields and methods named `key`, and the values its code assigns to `this.key`. */
function classMemberValues(sourceCode: SourceCode, owner: Class, key: string): TSESTree.Node[] {
  const values: TSESTree.Node[] = [];
  for (const element of owner.body.body) {
    if (element.type !== AST_NODE_TYPES.MethodDefinition && element.type !== AST_NODE_TYPES.PropertyDefinition) continue;
    if (element.type === AST_NODE_TYPES.MethodDefinition && element.kind !== 'method') continue;
    if (element.value && keyNameIn(sourceCode, element as TSESTree.MethodDefinition) === key) values.push(element.value);
  }
  values.push(...(thisAssignments(sourceCode, owner).get(key) ?? []));
  return values;
}

function thisAssignments(sourceCode: SourceCode, owner: Owner): Map<string, TSESTree.Node[]> {
  const { thisAssignmentsByOwner } = answersFor(sourceCode);
  let found = thisAssignmentsByOwner.get(owner);
  if (!found) {
    const assignments = new Map<string, TSESTree.Node[]>();
    walk(sourceCode, owner, (node) => {
      if (node.type !== AST_NODE_TYPES.AssignmentExpression || node.operator !== '=' || node.left.type !== AST_NODE_TYPES.MemberExpression) return;
      if (node.left.object.type !== AST_NODE_TYPES.ThisExpression || thisOwner(node.left.object) !== owner) return;
      const key = keyNameIn(sourceCode, node.left);
      if (key !== undefined) append(assignments, key, node.right);
    });
    found = assignments;
    thisAssignmentsByOwner.set(owner, found);
  }
  return found;
}

/** Methods whose callers are being looked for: a receiver that is the method's own parameter asks again. */
const methodsBeingCalledUp = new Set<TSESTree.FunctionLike>();

/** Calls of a method of a class or object literal declared here: `this.m()` inside it, `x.m()` on what holds it. */
function methodCallSites(sourceCode: SourceCode, fn: TSESTree.FunctionLike): TSESTree.CallExpression[] {
  if (methodsBeingCalledUp.has(fn)) return [];
  methodsBeingCalledUp.add(fn);
  try {
    return methodCallSitesOnce(sourceCode, fn);
  } finally {
    methodsBeingCalledUp.delete(fn);
  }
}

function methodCallSitesOnce(sourceCode: SourceCode, fn: TSESTree.FunctionLike): TSESTree.CallExpression[] {
  const member = fn.parent;
  let owner: Owner | undefined;
  if (member?.type === AST_NODE_TYPES.MethodDefinition || (member?.type === AST_NODE_TYPES.PropertyDefinition && member.value === fn)) {
    owner = member.parent.parent;
  } else if (member?.type === AST_NODE_TYPES.Property && member.value === fn && member.parent.type === AST_NODE_TYPES.ObjectExpression) {
    owner = member.parent;
  }
  const key = owner && keyNameIn(sourceCode, member as TSESTree.MethodDefinition);
  if (!owner || key === undefined) return [];
  return (memberCalls(sourceCode).get(key) ?? []).filter((call) => {
    const object = (unwrap(call.callee) as TSESTree.MemberExpression).object;
    return classesOf(sourceCode, object).includes(owner as Class) || resolveObjects(sourceCode, object).includes(owner as TSESTree.ObjectExpression);
  });
}

// Per file: the calls `x.name(…)` by method name, found in one walk the first time a method's callers are asked for.
const memberCallCache = new WeakMap<object, Map<string, TSESTree.CallExpression[]>>();

function memberCalls(sourceCode: SourceCode): Map<string, TSESTree.CallExpression[]> {
  let calls = memberCallCache.get(sourceCode.ast);
  if (!calls) {
    const found = new Map<string, TSESTree.CallExpression[]>();
    walk(sourceCode, sourceCode.ast, (node) => {
      if (node.type !== AST_NODE_TYPES.CallExpression) return;
      const callee = unwrap(node.callee);
      const name = callee.type === AST_NODE_TYPES.MemberExpression ? keyName(callee) : undefined;
      if (name !== undefined) append(found, name, node);
    });
    calls = found;
    memberCallCache.set(sourceCode.ast, calls);
  }
  return calls;
}

function append<T>(map: Map<string, T[]>, key: string, value: T): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Visits `root` and every node under it once, in source order (parents first), without recursion. */
export function walk(sourceCode: SourceCode, root: TSESTree.Node, visit: (node: TSESTree.Node) => void): void {
  const keys = sourceCode.visitorKeys;
  const stack: TSESTree.Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    visit(node);
    // Children pushed last first, so they are visited in source order; indexed loops, as this runs
    // for every node of the file and iterators here allocated more than the rest of the walk.
    const nodeKeys = keys[node.type] ?? [];
    for (let keyIndex = nodeKeys.length - 1; keyIndex >= 0; keyIndex--) {
      const child = (node as unknown as Record<string, unknown>)[nodeKeys[keyIndex]!];
      if (Array.isArray(child)) {
        for (let index = child.length - 1; index >= 0; index--) if (isNode(child[index])) stack.push(child[index] as TSESTree.Node);
      } else if (isNode(child)) {
        stack.push(child);
      }
    }
  }
}

/**
 * The fields of every object an expression can evaluate to, with spreads expanded and later
 * `obj.key = value` assignments to a `const obj = {…}` included.
 */
export function objectFields(sourceCode: SourceCode, node: TSESTree.Node, depth = 0): readonly Field[] {
  return firstLevel(answersFor(sourceCode).fields, fieldsOf, sourceCode, node, depth);
}


function fieldsOf(sourceCode: SourceCode, node: TSESTree.Node, depth: number): Field[] {
  const fields: Field[] = [];
  for (const object of resolveObjects(sourceCode, node, depth)) {
    for (const property of object.properties) {
      if (property.type === AST_NODE_TYPES.SpreadElement) {
        if (depth < MAX_DEPTH) fields.push(...objectFields(sourceCode, property.argument, depth + 1));
        continue;
      }
      fields.push({
        key: keyNameIn(sourceCode, property),
        keyNode: property.key,
        value: property.value,
        node: property,
        container: object,
      });
    }
    fields.push(...assignedFields(sourceCode, object, depth));
  }
  return fields;
}

/**
 * `const ud = {}; ud.em = x;` — the assignments made to a const object after it is built, and the fields
 * `Object.assign(ud, source)` copies into it.
 */
function assignedFields(sourceCode: SourceCode, object: TSESTree.ObjectExpression, depth: number): Field[] {
  const declarator = object.parent;
  if (declarator?.type !== AST_NODE_TYPES.VariableDeclarator || declarator.id.type !== AST_NODE_TYPES.Identifier) return [];
  const variable = variableOf(sourceCode, declarator.id);
  if (!variable) return [];
  const fields: Field[] = [];
  for (const reference of variable.references) {
    const member = reference.identifier.parent;
    if (depth < MAX_DEPTH && isAssignTarget(member, reference.identifier)) {
      const call = member as TSESTree.CallExpression;
      for (const source of call.arguments.slice(1)) {
        if (source.type === AST_NODE_TYPES.SpreadElement) continue;
        // A literal written in the call is the merge itself: its properties are where the data is chosen.
        const literal = unwrap(source).type === AST_NODE_TYPES.ObjectExpression;
        for (const field of objectFields(sourceCode, source, depth + 1)) fields.push(literal ? field : { ...field, mergedBy: field.mergedBy ?? call });
      }
      continue;
    }
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== reference.identifier) continue;
    const assignment = member.parent;
    if (assignment?.type !== AST_NODE_TYPES.AssignmentExpression || assignment.left !== member || assignment.operator !== '=') continue;
    fields.push({
      key: keyNameIn(sourceCode, member),
      keyNode: member.property,
      value: assignment.right,
      node: assignment,
      container: undefined,
    });
  }
  return fields;
}

/** `Object.assign(target, …)` with `target` as the object written to. */
function isAssignTarget(parent: TSESTree.Node | undefined, target: TSESTree.Node): boolean {
  return parent?.type === AST_NODE_TYPES.CallExpression && parent.arguments[0] === target && memberPath(parent.callee)?.join('.') === 'Object.assign';
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
    return plainElements(target);
  }
  if (target.type === AST_NODE_TYPES.Identifier) {
    const variable = variableOf(sourceCode, target);
    const value = variable && singleValueOf(variable);
    return value ? arrayElements(sourceCode, value) : undefined;
  }
  return undefined;
}

