import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { keyName, staticValue, unwrap } from '../../util/ast.js';
import { fileMemo } from '../../util/file-memo.js';
import { localFunctionOf, resolveMember, returnedExpressions, singleValueOf, variableOf } from '../../util/resolve.js';
import type { UrlParameter } from './types.js';
import { scopeAt } from '../../util/scope-at.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** A URL as written: static text with the interpolated expressions between. */
export type UrlPart = { readonly text: string } | { readonly node: TSESTree.Node };

const MAX_DEPTH = 4;

/** How `urlParts` reads a value it cannot see whole. */
export interface UrlPartsOptions {
  /**
   * `env.VER || 'v19.0'`, `process.env.GRAPH_URL ?? 'https://…'`: read as the default written there (an
   * empty default says nothing: `env.PIXEL_ID || ''` stays a value), and `eventsUrl(pixelId)` as what that
   * helper of the file returns. Enough to tell where a URL points, not what it carries, so off for judging values.
   */
  readonly defaults?: boolean;
}

/** `urlParts` answers of the file being linted, by expression: sink discovery, the URL facts and the rules ask for the same strings. */
const partsFoundIn = fileMemo(() => ({ plain: new Map<TSESTree.Node, readonly UrlPart[]>(), withDefaults: new Map<TSESTree.Node, readonly UrlPart[]>() }));

/**
 * Splits a string-building expression into static text and interpolations: string literals,
 * template literals, `+` concatenation (any length), constants and object or class fields holding
 * those (`this.apiUrl`), `new URL(path, base)` / `String(x)`. A constant that holds anything else
 * keeps its name as the interpolation (`${email}` stays `email`, not the `req.body.email` it was
 * declared from), so reports point inside the URL. Computed once per expression and options.
 */
export function urlParts(sourceCode: SourceCode, node: TSESTree.Node, options: UrlPartsOptions = {}): readonly UrlPart[] {
  const { plain, withDefaults } = partsFoundIn(sourceCode);
  const found = options.defaults ? withDefaults : plain;
  let parts = found.get(node);
  if (!parts) {
    parts = partsOf(sourceCode, node, options, 0);
    found.set(node, parts);
  }
  return parts;
}

function partsOf(sourceCode: SourceCode, node: TSESTree.Node, options: UrlPartsOptions, depth: number): UrlPart[] {
  const parts: UrlPart[] = [];
  addParts(parts, sourceCode, node, options, depth);
  return parts;
}

/**
 * Appends the parts of `node` to `parts`: one list for the whole expression, not a list per piece.
 * Syntax nesting (`a + b + c`, `${x}` in a template) is finite; only hops to other values count as depth.
 */
function addParts(parts: UrlPart[], sourceCode: SourceCode, node: TSESTree.Node, options: UrlPartsOptions, depth: number): void {
  const target = unwrap(node);
  if (depth > MAX_DEPTH) {
    parts.push({ node: target });
    return;
  }
  switch (target.type) {
    case AST_NODE_TYPES.Literal:
      parts.push(typeof target.value === 'string' ? { text: target.value } : { node: target });
      return;
    case AST_NODE_TYPES.TemplateLiteral:
      for (let index = 0; index < target.quasis.length; index++) {
        const quasi = target.quasis[index]!;
        parts.push({ text: quasi.value.cooked ?? quasi.value.raw });
        const expression = target.expressions[index];
        if (expression) addParts(parts, sourceCode, expression, options, depth);
      }
      return;
    case AST_NODE_TYPES.BinaryExpression:
      if (target.operator !== '+') {
        parts.push({ node: target });
        return;
      }
      addParts(parts, sourceCode, target.left, options, depth);
      addParts(parts, sourceCode, target.right, options, depth);
      return;
    case AST_NODE_TYPES.LogicalExpression: {
      const fallback = options.defaults && target.operator !== '&&' ? staticValue(target.right, scopeAt(sourceCode, target)) : undefined;
      parts.push(typeof fallback?.value === 'string' && fallback.value !== '' ? { text: fallback.value } : { node: target });
      return;
    }
    case AST_NODE_TYPES.Identifier: {
      const variable = variableOf(sourceCode, target);
      const value = variable && singleValueOf(variable);
      const isConst = variable?.defs[0]?.parent?.type === AST_NODE_TYPES.VariableDeclaration && variable.defs[0].parent.kind === 'const';
      if (value && isConst && holdsText(value, options)) {
        addParts(parts, sourceCode, value, options, depth + 1);
        return;
      }
      const known = staticValue(target, scopeAt(sourceCode, target));
      parts.push(typeof known?.value === 'string' ? { text: known.value } : { node: target });
      return;
    }
    case AST_NODE_TYPES.MemberExpression: {
      const known = staticValue(target, scopeAt(sourceCode, target));
      if (typeof known?.value === 'string') parts.push({ text: known.value });
      else if (keyName(target) === 'href') addUrlObjectParts(parts, sourceCode, target.object, target, options, depth);
      else {
        const values = resolveMember(sourceCode, target);
        if (values.length === 1 && holdsText(values[0]!, options)) addParts(parts, sourceCode, values[0]!, options, depth + 1);
        else parts.push({ node: target });
      }
      return;
    }
    case AST_NODE_TYPES.NewExpression:
    case AST_NODE_TYPES.CallExpression:
      addCallParts(parts, sourceCode, target, options, depth);
      return;
    default:
      parts.push({ node: target });
  }
}

/** `url.toString()`, `String(x)`, `new URL(path, base)`, a helper's result: their text, or the call as a value. */
function addCallParts(
  parts: UrlPart[],
  sourceCode: SourceCode,
  target: TSESTree.CallExpression | TSESTree.NewExpression,
  options: UrlPartsOptions,
  depth: number,
): void {
  const callee = unwrap(target.callee);
  if (callee.type === AST_NODE_TYPES.MemberExpression && URL_TEXT_METHODS.has(keyName(callee) ?? '') && target.arguments.length === 0) {
    addUrlObjectParts(parts, sourceCode, callee.object, target, options, depth);
    return;
  }
  const built = options.defaults && target.type === AST_NODE_TYPES.CallExpression ? builtBy(sourceCode, target) : undefined;
  const [argument, base] = target.arguments;
  if (built) addParts(parts, sourceCode, built, options, depth + 1);
  else if (!argument || argument.type === AST_NODE_TYPES.SpreadElement || !wrapsText(target)) parts.push({ node: target });
  else if (!base) addParts(parts, sourceCode, argument, options, depth + 1);
  else {
    // `new URL('/v19.0/1/events', 'https://graph.facebook.com')`: a path against its base.
    const path = partsOf(sourceCode, argument, options, depth + 1);
    const first = path[0];
    if (base.type !== AST_NODE_TYPES.SpreadElement && first && 'text' in first && first.text.startsWith('/')) {
      addParts(parts, sourceCode, base, options, depth + 1);
      parts.push(...path);
    } else {
      parts.push({ node: target });
    }
  }
}

/** `url.href`, `url.toString()`: the parts of the URL object `url` holds, when it holds one; else `read` as a value. */
function addUrlObjectParts(parts: UrlPart[], sourceCode: SourceCode, object: TSESTree.Node, read: TSESTree.Node, options: UrlPartsOptions, depth: number): void {
  const objectParts = partsOf(sourceCode, object, options, depth);
  if (objectParts.length === 1 && 'node' in objectParts[0]!) parts.push({ node: read });
  else parts.push(...objectParts);
}

/** The one text a helper of this file returns (`const eventsUrl = (id) => \`https://…/${id}/events\``), if that is what it returns. */
function builtBy(sourceCode: SourceCode, call: TSESTree.CallExpression): TSESTree.Node | undefined {
  const fn = localFunctionOf(sourceCode, call.callee);
  const returned = fn ? returnedExpressions(fn) : [];
  return returned.length === 1 && holdsText(returned[0]!, {}) ? returned[0] : undefined;
}

/** Reads of a URL object's whole text. */
const URL_TEXT_METHODS: ReadonlySet<string> = new Set(['toString', 'toJSON']);

/** `URL(x)`, `new URL(path, base)`, `String(x)`: the text of their argument. */
function wrapsText(node: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
  const callee = unwrap(node.callee);
  if (callee.type !== AST_NODE_TYPES.Identifier) return false;
  return callee.name === 'URL' ? node.arguments.length <= 2 : callee.name === 'String' && node.arguments.length === 1;
}

/** A string literal, template, `+`, another name or a URL object: text a constant contributes to a URL. */
function holdsText(value: TSESTree.Node, options: UrlPartsOptions): boolean {
  const target = unwrap(value);
  switch (target.type) {
    case AST_NODE_TYPES.Literal:
      return typeof target.value === 'string';
    case AST_NODE_TYPES.TemplateLiteral:
    case AST_NODE_TYPES.Identifier:
      return true;
    case AST_NODE_TYPES.BinaryExpression:
      return target.operator === '+';
    case AST_NODE_TYPES.LogicalExpression:
      return options.defaults === true;
    case AST_NODE_TYPES.NewExpression:
      return wrapsText(target);
    default:
      return false;
  }
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
  let shape = '';
  for (const part of parts) shape += 'text' in part ? part.text : hole;
  return shape;
}

/**
 * The query parameters of a URL built from parts: each key with its static text or the
 * expression interpolated as its value (`?ud[em]=${hash}` → key `ud[em]`, value `hash`).
 */
export function queryParameters(parts: readonly UrlPart[]): UrlParameter[] {
  const nodes: TSESTree.Node[] = [];
  let text = '';
  for (const part of parts) text += 'text' in part ? part.text : `${HOLE}${nodes.push(part.node) - 1}${HOLE_END}`;
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
  // Most keys and values have nothing to decode: no call, no copy.
  if (!text.includes('%') && !text.includes('+')) return text;
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return text;
  }
}
