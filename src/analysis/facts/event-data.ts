import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { PixelCall } from '../sinks/types.js';
import type { FileAnalysis } from '../index.js';
import { perFile } from '../per-file.js';
import type { Field } from '../../util/resolve.js';
import { concreteValues, functionVariable, localFunctionOf, objectFields, parameterOf, resolveObjects, variableOf } from '../../util/resolve.js';
import { isInside, keyName, memberPath, unwrap } from '../../util/ast.js';
import type { PixelSlot } from '../catalog/pixel.js';
import { scopeAt } from '../../util/scope-at.js';

type Variable = TSESLint.Scope.Variable;

/**
 * The fields of the objects passed in one slot of a pixel call (`params`, `options`,
 * `advancedMatching`), following variables, spreads and local helpers' callers.
 */
export function slotFields(analysis: FileAnalysis, call: PixelCall, slot: PixelSlot): readonly Field[] {
  const slotsOfCalls = fieldsOfSlots(analysis);
  let bySlot = slotsOfCalls.get(call);
  if (!bySlot) {
    bySlot = new Map();
    slotsOfCalls.set(call, bySlot);
  }
  let fields = bySlot.get(slot);
  if (!fields) {
    const argument = call.slots[slot];
    fields = argument ? concreteValues(analysis.sourceCode, argument).flatMap((value) => objectFields(analysis.sourceCode, value)) : [];
    bySlot.set(slot, fields);
  }
  return fields;
}

// Per pixel call and slot: no-raw-pii and no-sensitive-event-data both read the event parameters.
const fieldsOfSlots = perFile(() => new Map<PixelCall, Map<PixelSlot, readonly Field[]>>());

/** The expressions one slot of a pixel call stands for (its callers' arguments for a local helper's parameter). */
export function slotValues(analysis: FileAnalysis, call: PixelCall, slot: PixelSlot): TSESTree.Node[] {
  const argument = call.slots[slot];
  return argument ? concreteValues(analysis.sourceCode, argument) : [];
}

/** A key the code reads from an object it sends whole in a slot, whose fields the file does not show. */
export interface SlotRead {
  readonly key: string;
  /** The read: `params.email`, or the `email` of `const { email } = values`. */
  readonly value: TSESTree.Node;
  /** The object as the slot receives it (`params` in `fbq('track', name, params)`), where a report belongs. */
  readonly at: TSESTree.Node;
}

/** How many local functions deep an object is followed when looking for what is read from it. */
const MAX_READ_DEPTH = 2;

/**
 * What the code reads from an object sent whole in a slot when its fields are not all in view: a
 * form's values (`handleSubmit((values) => fbq('track', 'Lead', values))`) or the parameter of a
 * forwarding helper called from outside the file (`trackEvent(name, params)` exported or put on
 * `window`). Reading `params.email` or `values.telefone` — here or in a local function the object is
 * passed to — says the object carries it, and the slot sends it along.
 */
export function slotReads(analysis: FileAnalysis, call: PixelCall, slot: PixelSlot): SlotRead[] {
  const argument = call.slots[slot];
  if (!argument) return [];
  const { sourceCode } = analysis;
  const candidates = new Set([argument, ...concreteValues(sourceCode, argument)]);
  return [...candidates].flatMap((candidate) => {
    const target = unwrap(candidate);
    if (target.type !== AST_NODE_TYPES.ObjectExpression) return readsSentAt(sourceCode, candidate, new Set());
    // `{ ...values, value: 1 }`: what the spread object carries, but for the keys the literal sets itself.
    const written = new Set(target.properties.flatMap((property) => (property.type === AST_NODE_TYPES.Property ? (keyName(property) ?? []) : [])));
    return target.properties.flatMap((property) => (property.type === AST_NODE_TYPES.SpreadElement ? readsSentAt(sourceCode, property, written) : []));
  });
}

/** The reads of the object `at` stands for (a name, or a spread of one), but for the keys deleted or `overridden`. */
function readsSentAt(sourceCode: FileAnalysis['sourceCode'], at: TSESTree.Node, overridden: ReadonlySet<string>): SlotRead[] {
  const target = unwrap(at.type === AST_NODE_TYPES.SpreadElement ? at.argument : at);
  const variable = target.type === AST_NODE_TYPES.Identifier ? variableOf(sourceCode, target) : undefined;
  const shown = variable && shownKeysOfUnseen(sourceCode, variable);
  if (!variable || !shown) return [];
  const deleted = new Set<string>();
  const reads = readsOf(sourceCode, variable, deleted, 0);
  const missing = new Set(reads.filter((read) => isMissingAt(read.value, variable.name, at)).map((read) => read.key));
  const skipped = (key: string) => deleted.has(key) || overridden.has(key) || missing.has(key) || shown.has(key);
  return reads.filter((read) => !skipped(read.key)).map((read) => ({ ...read, at }));
}

/**
 * `if (params && params.email) { … } else fbq('track', name, params)`: where the test of a key failed,
 * the object does not carry it. The test may add checks of the same object with `&&`; any other
 * condition beside it (`params.email && consent`) leaves the key possibly there.
 */
function isMissingAt(read: TSESTree.Node, objectName: string, at: TSESTree.Node): boolean {
  let child: TSESTree.Node = read;
  for (let parent = read.parent; parent?.type === AST_NODE_TYPES.LogicalExpression && parent.operator === '&&'; child = parent, parent = parent.parent) {
    const other = parent.left === child ? parent.right : parent.left;
    if (memberPath(other)?.[0] !== objectName) return false;
  }
  const branch = child.parent;
  const tested = (branch?.type === AST_NODE_TYPES.IfStatement || branch?.type === AST_NODE_TYPES.ConditionalExpression) && branch.test === child;
  return tested && branch.alternate !== null && isInside(at, branch.alternate);
}


const NO_KEYS: ReadonlySet<string> = new Set();

/**
 * For a variable holding an object whose fields the file does not all show — a parameter of a
 * function called from outside the file, a value that is no object literal of the file, or one
 * filled under keys known only at run time (`fields[input.name] = input.value` over a form's inputs)
 * — and holding it throughout (never reassigned): the keys the file does show, which are judged as
 * fields, not reads. Undefined when every field is in view.
 */
function shownKeysOfUnseen(sourceCode: FileAnalysis['sourceCode'], variable: Variable): ReadonlySet<string> | undefined {
  // `params = sanitize(params)`: what was read before may not be what is sent.
  if (variable.references.some((reference) => reference.isWrite() && !reference.init)) return undefined;
  const parameter = parameterOf(variable);
  if (parameter) return isCalledFromOutside(sourceCode, parameter.fn) ? NO_KEYS : undefined;
  const def = variable.defs[0];
  if (def?.type !== 'Variable' || def.node.init === null) return undefined;
  if (resolveObjects(sourceCode, def.node.init).length === 0) return NO_KEYS;
  const fields = objectFields(sourceCode, def.node.init);
  return fields.some((field) => field.key === undefined) ? new Set(fields.flatMap((field) => field.key ?? [])) : undefined;
}

/**
 * A function whose callers are not all in the file: exported, handed on as a value (`window.api = {
 * trackEvent }`, a callback), or a method.
 */
function isCalledFromOutside(sourceCode: FileAnalysis['sourceCode'], fn: TSESTree.FunctionLike): boolean {
  const variable = functionVariable(sourceCode, fn);
  if (!variable) return true;
  const declaration = variable.defs[0]?.node;
  const holder = declaration?.type === AST_NODE_TYPES.VariableDeclarator ? declaration.parent?.parent : declaration?.parent;
  if (holder?.type === AST_NODE_TYPES.ExportNamedDeclaration || holder?.type === AST_NODE_TYPES.ExportDefaultDeclaration) return true;
  return variable.references.some((reference) => {
    const parent = reference.identifier.parent;
    return !reference.init && !(parent?.type === AST_NODE_TYPES.CallExpression && parent.callee === reference.identifier);
  });
}

/** The keys read from a variable (`v.key`, `const { key } = v`) and from the parameters of local functions it is passed to. */
function readsOf(sourceCode: FileAnalysis['sourceCode'], variable: Variable, deleted: Set<string>, depth: number): Omit<SlotRead, 'at'>[] {
  const reads: Omit<SlotRead, 'at'>[] = [];
  for (const reference of variable.references) {
    const identifier = reference.identifier as TSESTree.Node;
    const parent = identifier.parent;
    if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === identifier) {
      const key = keyName(parent, scopeAt(sourceCode, parent));
      if (key === undefined) continue;
      if (parent.parent?.type === AST_NODE_TYPES.UnaryExpression && parent.parent.operator === 'delete') deleted.add(key);
      else if (!(parent.parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.parent.left === parent)) reads.push({ key, value: parent });
    } else if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === identifier && parent.id.type === AST_NODE_TYPES.ObjectPattern) {
      for (const property of parent.id.properties) {
        const key = property.type === AST_NODE_TYPES.Property ? keyName(property) : undefined;
        if (key !== undefined) reads.push({ key, value: (property as TSESTree.Property).value });
      }
    } else if (parent?.type === AST_NODE_TYPES.CallExpression && depth < MAX_READ_DEPTH) {
      reads.push(...readsInCallee(sourceCode, parent, identifier, deleted, depth));
    }
  }
  return reads;
}

/** `sendToCapi(id, params)`: what the local function reads from the parameter the object lands in. */
function readsInCallee(
  sourceCode: FileAnalysis['sourceCode'],
  call: TSESTree.CallExpression,
  argument: TSESTree.Node,
  deleted: Set<string>,
  depth: number,
): Omit<SlotRead, 'at'>[] {
  const index = call.arguments.indexOf(argument as TSESTree.CallExpressionArgument);
  const fn = index === -1 ? undefined : localFunctionOf(sourceCode, call.callee);
  const param = fn?.params[index];
  const name = param?.type === AST_NODE_TYPES.AssignmentPattern ? param.left : param;
  if (!fn || name?.type !== AST_NODE_TYPES.Identifier) return [];
  const variable = sourceCode.getDeclaredVariables(fn).find((candidate) => candidate.name === name.name);
  return variable ? readsOf(sourceCode, variable, deleted, depth + 1) : [];
}
