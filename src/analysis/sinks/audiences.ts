import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { AUDIENCE_SCHEMA_FIELDS, ROW_KEEPING_METHODS, ROW_MAPPING_METHODS } from '../catalog/audiences.js';
import { isFunctionNode, keyName, plainElements, staticValue, unwrap } from '../../util/ast.js';
import { localFunctionOf, MAX_DEPTH, objectFields, returnedExpressions, singleValueOf, variableOf } from '../../util/resolve.js';
import type { AudiencePayload } from './types.js';
import { scopeAt } from '../../util/scope-at.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** `{ schema, data }` whose schema names only Meta's fields (one string, or a list). */
export function audienceOf(sourceCode: SourceCode, object: TSESTree.ObjectExpression): AudiencePayload | undefined {
  const fields = objectFields(sourceCode, object);
  const schemaNode = fields.find((field) => field.key === 'schema')?.value;
  const data = fields.find((field) => field.key === 'data')?.value;
  if (!schemaNode || !data) return undefined;
  const value = staticValue(schemaNode, scopeAt(sourceCode, schemaNode))?.value;
  const schema = typeof value === 'string' ? [value] : Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
  return schema.length > 0 && schema.every((name) => Object.hasOwn(AUDIENCE_SCHEMA_FIELDS, name)) ? { node: object, schema, data } : undefined;
}

/** One cell of an upload: its schema column and the expression that gives its value. */
export interface AudienceCell {
  readonly column: string;
  readonly value: TSESTree.Node;
}

/**
 * The cells of an upload, column by column, wherever its rows are built: array literals, rows
 * returned by a `.map()` callback (`members.map((m) => [sha256(m.email)])`) or listed by a `.flatMap()`
 * one, batches cut with `.slice()` / `.filter()`, rows returned by a local function, either side of a
 * conditional. A cell that is the `.map()` callback's own element (`batch.map((hash) => [hash])`)
 * stands for the elements mapped over.
 */
export function audienceCells(sourceCode: SourceCode, audience: AudiencePayload): AudienceCell[] {
  const cells: AudienceCell[] = [];
  for (const row of elementsOf(sourceCode, audience.data, 0)) {
    const target = unwrap(row);
    const values = target.type === AST_NODE_TYPES.ArrayExpression ? target.elements : audience.schema.length === 1 ? [row] : [];
    values.forEach((value, index) => {
      const column = audience.schema[index];
      if (column === undefined || !value || value.type === AST_NODE_TYPES.SpreadElement) return;
      for (const cell of cellValues(sourceCode, value, 0)) cells.push({ column, value: cell });
    });
  }
  return cells;
}

/** The element expressions of an array, however it was built (see `audienceCells`). */
function elementsOf(sourceCode: SourceCode, node: TSESTree.Node, depth: number): readonly TSESTree.Node[] {
  if (depth > MAX_DEPTH) return [];
  const target = unwrap(node);
  const next = (child: TSESTree.Node) => elementsOf(sourceCode, child, depth + 1);
  switch (target.type) {
    case AST_NODE_TYPES.ArrayExpression:
      return plainElements(target);
    case AST_NODE_TYPES.Identifier: {
      const variable = variableOf(sourceCode, target);
      const value = variable && singleValueOf(variable);
      return value ? next(value) : [];
    }
    case AST_NODE_TYPES.AwaitExpression:
      return next(target.argument);
    case AST_NODE_TYPES.ConditionalExpression:
      return [...next(target.consequent), ...next(target.alternate)];
    case AST_NODE_TYPES.CallExpression: {
      const callee = unwrap(target.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression) {
        const fn = localFunctionOf(sourceCode, callee);
        return fn ? returnedExpressions(fn).flatMap(next) : [];
      }
      const method = keyName(callee);
      if (method !== undefined && ROW_KEEPING_METHODS.has(method)) return next(callee.object);
      const callback = target.arguments[0];
      if (method === undefined || !ROW_MAPPING_METHODS.has(method) || !callback || !isFunctionNode(callback)) return [];
      // `flatMap()` flattens what its callback returns: a list of rows, not one row.
      return method === 'flatMap' ? returnedExpressions(callback).flatMap(next) : [...returnedExpressions(callback)];
    }
    default:
      return [];
  }
}

/** A cell, or the elements it stands for when it is the element parameter of a `.map()` callback. */
function cellValues(sourceCode: SourceCode, cell: TSESTree.Node, depth: number): TSESTree.Node[] {
  const target = unwrap(cell);
  if (target.type !== AST_NODE_TYPES.Identifier || depth > MAX_DEPTH) return [cell];
  const def = variableOf(sourceCode, target)?.defs[0];
  const fn = def?.type === 'Parameter' && isFunctionNode(def.node) && def.node.params[0] === def.name ? def.node : undefined;
  const call = fn?.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || call.arguments[0] !== fn) return [cell];
  const callee = unwrap(call.callee);
  if (callee.type !== AST_NODE_TYPES.MemberExpression || !ROW_MAPPING_METHODS.has(keyName(callee) ?? '')) return [cell];
  const elements = elementsOf(sourceCode, callee.object, depth + 1);
  return elements.length > 0 ? elements.flatMap((element) => cellValues(sourceCode, element, depth + 1)) : [cell];
}
