import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { staticValue, unwrap } from '../../util/ast.js';
import { singleValueOf, variableOf } from '../../util/resolve.js';
import type { UrlParameter } from './types.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** A URL as written: static text with the interpolated expressions between. */
export type UrlPart = { readonly text: string } | { readonly node: TSESTree.Node };

const MAX_DEPTH = 4;

/**
 * Splits a string-building expression into static text and interpolations: string literals,
 * template literals, `+` concatenation, constants holding those, `new URL(x)` / `String(x)`.
 * A constant that holds anything else keeps its name as the interpolation (`${email}` stays
 * `email`, not the `req.body.email` it was declared from), so reports point inside the URL.
 */
export function urlParts(sourceCode: SourceCode, node: TSESTree.Node, depth = 0): UrlPart[] {
  const target = unwrap(node);
  if (depth > MAX_DEPTH) return [{ node: target }];
  switch (target.type) {
    case AST_NODE_TYPES.Literal:
      return typeof target.value === 'string' ? [{ text: target.value }] : [{ node: target }];
    case AST_NODE_TYPES.TemplateLiteral:
      return target.quasis.flatMap((quasi, index) => {
        const parts: UrlPart[] = [{ text: quasi.value.cooked ?? quasi.value.raw }];
        const expression = target.expressions[index];
        if (expression) parts.push(...urlParts(sourceCode, expression, depth + 1));
        return parts;
      });
    case AST_NODE_TYPES.BinaryExpression:
      if (target.operator !== '+') return [{ node: target }];
      return [...urlParts(sourceCode, target.left, depth + 1), ...urlParts(sourceCode, target.right, depth + 1)];
    case AST_NODE_TYPES.Identifier: {
      const variable = variableOf(sourceCode, target);
      const value = variable && singleValueOf(variable);
      const isConst = variable?.defs[0]?.parent?.type === AST_NODE_TYPES.VariableDeclaration && variable.defs[0].parent.kind === 'const';
      if (value && isConst && holdsText(value)) {
        return urlParts(sourceCode, value, depth + 1);
      }
      const known = staticValue(target, sourceCode.getScope(target));
      return typeof known?.value === 'string' ? [{ text: known.value }] : [{ node: target }];
    }
    case AST_NODE_TYPES.NewExpression:
    case AST_NODE_TYPES.CallExpression: {
      const callee = unwrap(target.callee);
      const wrapsText = callee.type === AST_NODE_TYPES.Identifier && (callee.name === 'URL' || callee.name === 'String');
      const argument = target.arguments[0];
      return wrapsText && argument && target.arguments.length === 1 ? urlParts(sourceCode, argument, depth + 1) : [{ node: target }];
    }
    default:
      return [{ node: target }];
  }
}

/** A string literal, template, `+` or another name: text a constant contributes to a URL. */
function holdsText(value: TSESTree.Node): boolean {
  const target = unwrap(value);
  return (
    (target.type === AST_NODE_TYPES.Literal && typeof target.value === 'string') ||
    target.type === AST_NODE_TYPES.TemplateLiteral ||
    target.type === AST_NODE_TYPES.Identifier ||
    (target.type === AST_NODE_TYPES.BinaryExpression && target.operator === '+')
  );
}

/** The whole string expression a literal or template is part of (`'…?access_token=' + token`). */
export function outermostString(node: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (
    current.parent &&
    ((current.parent.type === AST_NODE_TYPES.BinaryExpression && current.parent.operator === '+') ||
      current.parent.type === AST_NODE_TYPES.TemplateLiteral)
  ) {
    current = current.parent;
  }
  return current;
}

/** Stands for an interpolated value in URL text (a private-use character no real URL contains). */
const HOLE = '\uE000';
const HOLE_END = '\uE001';

/** The text of a URL with every interpolation replaced by `hole`. */
export function urlShape(parts: readonly UrlPart[], hole = HOLE): string {
  return parts.map((part) => ('text' in part ? part.text : hole)).join('');
}

/**
 * The query parameters of a URL built from parts: each key with its static text or the
 * expression interpolated as its value (`?ud[em]=${hash}` → key `ud[em]`, value `hash`).
 */
export function queryParameters(parts: readonly UrlPart[]): UrlParameter[] {
  const nodes = parts.flatMap((part) => ('node' in part ? [part.node] : []));
  let text = '';
  let nodeIndex = 0;
  for (const part of parts) text += 'text' in part ? part.text : `${HOLE}${nodeIndex++}${HOLE_END}`;
  const queryStart = text.indexOf('?');
  if (queryStart === -1) return [];
  const query = text.slice(queryStart + 1).split('#')[0] ?? '';
  const parameters: UrlParameter[] = [];
  for (const pair of query.split('&')) {
    const equals = pair.indexOf('=');
    const rawKey = equals === -1 ? pair : pair.slice(0, equals);
    if (rawKey === '' || rawKey.includes(HOLE)) continue;
    const rawValue = equals === -1 ? '' : pair.slice(equals + 1);
    const placeholder = HOLE_PATTERN.exec(rawValue);
    const value = placeholder ? nodes[Number(placeholder[1])] : undefined;
    parameters.push(value ? { key: safeDecode(rawKey), value } : { key: safeDecode(rawKey), text: safeDecode(rawValue) });
  }
  return parameters;
}

const HOLE_PATTERN = new RegExp(`${HOLE}(\\d+)${HOLE_END}`);

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}
