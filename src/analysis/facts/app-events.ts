import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import {
  APP_EVENTS_API_FIELDS,
  APP_PARAMETER_CONSTANT_HOLDERS,
  APP_PARAMETER_CONSTANTS,
  ATT_SIGNAL,
  FLAG_ON_VALUES,
} from '../catalog/app-events.js';
import type { FileAnalysis } from '../index.js';
import type { AppEventsCall, AppSlot } from '../sinks/types.js';
import type { Field } from '../../util/resolve.js';
import { concreteValues, MAX_DEPTH, objectFields, singleValueOf, variableOf } from '../../util/resolve.js';
import { isFunctionNode, keyName, lastName, memberPath, staticValue, unwrap } from '../../util/ast.js';
import { ownEntry } from '../../util/own-entry.js';
import { exits, statementList } from './consent/control-flow.js';
import { scopeAt } from '../../util/scope-at.js';

/** The expressions one slot of an App Events call stands for (a local helper's callers' arguments). */
export function appSlotValues(analysis: FileAnalysis, call: AppEventsCall, slot: AppSlot): TSESTree.Node[] {
  const argument = call.slots[slot];
  return argument ? concreteValues(analysis.sourceCode, argument) : [];
}

/**
 * The event parameters an App Events call sends (or the properties of `updateUserProperties`), with
 * the SDKs' parameter constants read as the keys they stand for (`[AppEventParams.Description]` is
 * `fb_description`).
 */
export function appParameterFields(analysis: FileAnalysis, call: AppEventsCall): Field[] {
  return appSlotValues(analysis, call, 'params').flatMap((value) => parameterFields(analysis, value));
}

/** The fields of an event object, its SDK parameter constants resolved. */
export function parameterFields(analysis: FileAnalysis, value: TSESTree.Node): Field[] {
  return objectFields(analysis.sourceCode, value).map((field) => (field.key === undefined ? { ...field, key: constantKey(field.keyNode) } : field));
}

/** `AppEventsLogger.AppEventParams.Description` → `fb_description`. */
function constantKey(node: TSESTree.Node): string | undefined {
  const target = unwrap(node);
  if (target.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const holder = lastName(target.object);
  const name = keyName(target);
  return holder !== undefined && APP_PARAMETER_CONSTANT_HOLDERS.has(holder) ? ownEntry(APP_PARAMETER_CONSTANTS, name) : undefined;
}

/** A custom event of the App Events API split into its name (`_eventName`) and its parameters. */
export function customEventParts(analysis: FileAnalysis, event: TSESTree.ObjectExpression): { name?: TSESTree.Node; parameters: Field[] } {
  const fields = parameterFields(analysis, event);
  return {
    name: fields.find((field) => field.key === APP_EVENTS_API_FIELDS.eventName)?.value,
    parameters: fields.filter((field) => field.key !== APP_EVENTS_API_FIELDS.eventName),
  };
}

/**
 * The static value of an App Events API form field, with JSON decoded: `JSON.stringify(['LDU'])` and
 * `'["LDU"]'` are the list `['LDU']`. Undefined when the value is not static.
 */
export function formFieldValue(analysis: FileAnalysis, node: TSESTree.Node): { value: unknown } | undefined {
  const target = unwrap(node);
  if (target.type === AST_NODE_TYPES.CallExpression && memberPath(target.callee)?.join('.') === 'JSON.stringify') {
    const argument = target.arguments[0];
    return argument && argument.type !== AST_NODE_TYPES.SpreadElement ? staticValue(argument, scopeAt(analysis.sourceCode, argument)) : undefined;
  }
  const found = staticValue(target, scopeAt(analysis.sourceCode, node));
  if (typeof found?.value !== 'string' || !/^\s*[[{]/.test(found.value)) return found;
  try {
    return { value: JSON.parse(found.value) as unknown };
  } catch {
    return found;
  }
}

/** Whether a flag value is written as "on" in the code (`true`, `1`, `'1'`, or a constant holding one). */
export function isConstantOn(analysis: FileAnalysis, value: TSESTree.Node): boolean {
  const found = staticValue(unwrap(value), scopeAt(analysis.sourceCode, value));
  return found !== undefined && FLAG_ON_VALUES.has(found.value);
}

/**
 * Whether a node runs only on the device's App Tracking Transparency answer: under a condition (or
 * after an early exit) whose test mentions an ATT API or a variable holding its result
 * (`const { status } = await requestTrackingPermissionsAsync(); if (status === 'granted') …`).
 * Inline callbacks are followed out to where they are written; named functions end the walk.
 */
export function isUnderAttAnswer(analysis: FileAnalysis, node: TSESTree.Node): boolean {
  let child = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (isFunctionNode(parent) && (parent.type === AST_NODE_TYPES.FunctionDeclaration || parent.parent?.type === AST_NODE_TYPES.VariableDeclarator)) return false;
    if (testGuarding(child, parent).some((test) => mentionsAtt(analysis, test, 0))) return true;
  }
  return false;
}

/** The tests that decide whether `child` runs: a condition around it, or early exits before it in a block. */
function testGuarding(child: TSESTree.Node, parent: TSESTree.Node): TSESTree.Node[] {
  switch (parent.type) {
    case AST_NODE_TYPES.IfStatement:
    case AST_NODE_TYPES.ConditionalExpression:
      return child === parent.test ? [] : [parent.test];
    case AST_NODE_TYPES.LogicalExpression:
      return child === parent.right ? [parent.left] : [];
    default: {
      const list = statementList(parent);
      if (!list) return [];
      const index = list.indexOf(child);
      return list
        .slice(0, Math.max(index, 0))
        .filter((statement): statement is TSESTree.IfStatement => statement.type === AST_NODE_TYPES.IfStatement && exits(statement.consequent))
        .map((statement) => statement.test);
    }
  }
}

/** Whether an expression names an ATT API or result, directly or through the variables it reads. */
function mentionsAtt(analysis: FileAnalysis, node: TSESTree.Node, depth: number): boolean {
  if (depth > MAX_DEPTH) return false;
  const target = unwrap(node);
  const next = (child: TSESTree.Node) => mentionsAtt(analysis, child, depth + 1);
  switch (target.type) {
    case AST_NODE_TYPES.Identifier: {
      if (ATT_SIGNAL.test(target.name)) return true;
      const variable = variableOf(analysis.sourceCode, target);
      const value = variable && singleValueOf(variable);
      if (value) return next(value);
      const def = variable?.defs[0];
      return def?.type === 'Variable' && def.node.init !== null && def.node.id.type !== AST_NODE_TYPES.Identifier ? next(def.node.init) : false;
    }
    case AST_NODE_TYPES.MemberExpression:
      return ATT_SIGNAL.test(keyName(target) ?? '') || next(target.object);
    case AST_NODE_TYPES.CallExpression:
      return next(target.callee) || target.arguments.some(next);
    case AST_NODE_TYPES.AwaitExpression:
    case AST_NODE_TYPES.UnaryExpression:
      return next(target.argument);
    case AST_NODE_TYPES.BinaryExpression:
    case AST_NODE_TYPES.LogicalExpression:
      return next(target.left) || next(target.right);
    case AST_NODE_TYPES.ConditionalExpression:
      return next(target.test) || next(target.consequent) || next(target.alternate);
    default:
      return false;
  }
}
