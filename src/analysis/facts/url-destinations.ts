import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { UrlPartName } from '../catalog/urls.js';
import {
  HISTORY_METHODS,
  HISTORY_PATHS,
  HTTP_CLIENT_FUNCTIONS,
  HTTP_CLIENT_OBJECTS,
  HTTP_METHODS,
  HTTP_VERBS,
  LINK_ATTRIBUTES,
  LOCATION_METHODS,
  LOCATION_PATHS,
  LOCATION_SETTERS,
  NAVIGATION_FUNCTIONS,
  REDIRECT_METHODS,
  REQUEST_BODY_OPTIONS,
  ROUTE_OBJECT_KEYS,
  ROUTER_METHODS,
  ROUTER_RECEIVER,
  WINDOW_OPEN_PATHS,
} from '../catalog/urls.js';
import { callSitesOf, MAX_DEPTH, variableOf } from '../../util/resolve.js';
import { isFunctionNode, keyName, lastName, memberPath, snippet, staticString, unwrap } from '../../util/ast.js';
import { ownEntry } from '../../util/own-entry.js';
import { scopeAt } from '../../util/scope-at.js';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;
export type Call = TSESTree.CallExpression | TSESTree.NewExpression;

/**
 * What a URL is for: a page address (a navigation, link or redirect, or a URL built and not handed
 * to an HTTP client), a request, or a URL that Meta receives itself (`event_source_url`, the image pixel).
 */
export type UrlUse = 'page' | 'request' | 'meta';

/** Where a URL goes; `body` means it is not a URL at all but a request body. */
export interface Destination {
  readonly use: UrlUse | 'body';
  readonly via: string;
}
export const BUILT: Destination = { use: 'page', via: 'a URL built here' };
const BODY: Destination = { use: 'body', via: 'a request body' };

/** A call that navigates or requests: where its URL argument is. */
export interface CallUse extends Destination {
  readonly use: 'page' | 'request';
  readonly urlIndex: number;
}

/** CAPI fields that carry a page URL to Meta. */
export const CAPI_URL_FIELDS: ReadonlySet<string> = new Set(['event_source_url', 'referrer_url']);
const TEXT_WRAPPERS: ReadonlySet<string> = new Set(['String', 'encodeURI', 'URL']);
const URL_READS: ReadonlySet<string> = new Set(['href', 'search', 'hash', 'pathname', 'toString', 'toJSON']);

/** Follows a URL from where it is built to where it is used: a navigation, a link, a request, Meta, a body. */
export class UrlDestinationTracer {
  private readonly visitingVariables = new Set<Variable>();

  constructor(private readonly sourceCode: SourceCode) {}

  /** Where the value of `node` goes; undefined when this use says nothing (`url.searchParams`). */
  of(node: TSESTree.Node, depth = 0): Destination | undefined {
    const parent = node.parent;
    if (!parent || depth > MAX_DEPTH) return BUILT;
    const next = depth + 1;
    switch (parent.type) {
      case AST_NODE_TYPES.TemplateLiteral:
      case AST_NODE_TYPES.BinaryExpression:
      case AST_NODE_TYPES.LogicalExpression:
      case AST_NODE_TYPES.ConditionalExpression:
      case AST_NODE_TYPES.AwaitExpression:
      case AST_NODE_TYPES.ChainExpression:
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
        return parent.type === AST_NODE_TYPES.ConditionalExpression && parent.test === node ? undefined : this.of(parent, next);
      case AST_NODE_TYPES.MemberExpression:
        return parent.object === node ? this.readDestination(parent, next) : undefined;
      case AST_NODE_TYPES.CallExpression:
      case AST_NODE_TYPES.NewExpression:
        return parent.callee === node ? undefined : this.argumentDestination(parent, node, next);
      case AST_NODE_TYPES.Property:
        return parent.value === node ? this.propertyDestination(parent, next) : undefined;
      case AST_NODE_TYPES.AssignmentExpression:
        return parent.right === node ? this.assignmentDestination(parent, next) : undefined;
      case AST_NODE_TYPES.VariableDeclarator:
        return parent.id.type === AST_NODE_TYPES.Identifier ? this.ofVariable(variableOf(this.sourceCode, parent.id), next) : BUILT;
      case AST_NODE_TYPES.ReturnStatement:
        return this.returnDestination(parent, next);
      case AST_NODE_TYPES.ArrowFunctionExpression:
        return parent.body === node ? this.returnDestination(parent, next) : BUILT;
      case AST_NODE_TYPES.JSXExpressionContainer:
        return this.jsxDestination(parent);
      default:
        return BUILT;
    }
  }

  /** `url.toString()`, `url.href`: the URL read out goes on; other reads say nothing. */
  private readDestination(member: TSESTree.MemberExpression, depth: number): Destination | undefined {
    const name = keyName(member);
    if (name === undefined || !URL_READS.has(name)) return undefined;
    const call = member.parent;
    return call?.type === AST_NODE_TYPES.CallExpression && call.callee === member ? this.of(call, depth) : this.of(member, depth);
  }

  private argumentDestination(call: Call, argument: TSESTree.Node, depth: number): Destination {
    const use = callUse(this.sourceCode, call);
    if (use) {
      if (call.arguments.indexOf(argument as TSESTree.CallExpressionArgument) === use.urlIndex) return use;
      return use.use === 'request' ? BODY : BUILT;
    }
    const name = call.callee.type === AST_NODE_TYPES.Identifier ? call.callee.name : undefined;
    return name !== undefined && TEXT_WRAPPERS.has(name) ? (this.of(call, depth) ?? BUILT) : BUILT;
  }

  private propertyDestination(property: TSESTree.Property, depth: number): Destination | undefined {
    const key = keyName(property, scopeAt(this.sourceCode, property));
    if (key === undefined) return BUILT;
    if (REQUEST_BODY_OPTIONS.has(key)) return BODY;
    if (CAPI_URL_FIELDS.has(key)) return { use: 'meta', via: `\`${key}\`` };
    if (key === 'url' || Object.hasOwn(ROUTE_OBJECT_KEYS, key)) return this.of(property.parent, depth);
    return BUILT;
  }

  private assignmentDestination(assignment: TSESTree.AssignmentExpression, depth: number): Destination | undefined {
    const left = assignment.left;
    if (locationPart(left)) return { use: 'page', via: `\`${snippet(this.sourceCode, left)}\`` };
    if (left.type === AST_NODE_TYPES.MemberExpression && REQUEST_BODY_OPTIONS.has(keyName(left) ?? '')) return BODY;
    if (left.type === AST_NODE_TYPES.Identifier) return this.ofVariable(variableOf(this.sourceCode, left), depth);
    return BUILT;
  }

  /** Where a variable's value goes: the first page use of any read decides, then a request, then a body. */
  ofVariable(variable: Variable | null | undefined, depth: number): Destination | undefined {
    if (!variable || this.visitingVariables.has(variable)) return undefined;
    this.visitingVariables.add(variable);
    const uses = variable.references.filter((reference) => reference.isRead()).map((reference) => this.of(reference.identifier as TSESTree.Node, depth));
    this.visitingVariables.delete(variable);
    return strongest(uses);
  }

  /** A returned URL goes where the function's calls in this file send it. */
  private returnDestination(node: TSESTree.Node, depth: number): Destination | undefined {
    let fn: TSESTree.Node | undefined = node;
    while (fn && !isFunctionNode(fn)) fn = fn.parent;
    if (!fn || !isFunctionNode(fn)) return BUILT;
    const calls = callSitesOf(this.sourceCode, fn);
    return calls.length === 0 ? BUILT : strongest(calls.map((call) => this.of(call, depth)));
  }

  private jsxDestination(container: TSESTree.JSXExpressionContainer): Destination {
    const attribute = container.parent;
    const via = attribute?.type === AST_NODE_TYPES.JSXAttribute ? linkLabel(attribute) : undefined;
    return via ? { use: 'page', via } : BUILT;
  }
}

/** Whether a call navigates to a page or requests a URL, and which argument holds the URL. */
export function callUse(sourceCode: SourceCode, call: Call): CallUse | undefined {
  const callee = unwrap(call.callee);
  const name = lastName(callee);
  if (name === undefined) return undefined;
  // The label is read from the source only for a call that navigates or requests: most calls are neither.
  const label = () => `\`${snippet(sourceCode, callee)}()\``;
  const page = (urlIndex: number): CallUse => ({ use: 'page', via: `the URL given to ${label()}`, urlIndex });
  const request = (urlIndex: number): CallUse => ({ use: 'request', via: `the URL requested by ${label()}`, urlIndex });
  if (callee.type === AST_NODE_TYPES.Identifier) {
    if (NAVIGATION_FUNCTIONS.has(name)) return page(firstNonStatus(call));
    return HTTP_CLIENT_FUNCTIONS.has(name) ? request(0) : undefined;
  }
  if (callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const receiverPath = memberPath(callee.object)?.join('.');
  const receiver = receiverName(callee.object);
  if (receiverPath !== undefined && LOCATION_PATHS.has(receiverPath) && LOCATION_METHODS.has(name)) return page(0);
  if (receiverPath !== undefined && HISTORY_PATHS.has(receiverPath) && HISTORY_METHODS[name] !== undefined) return page(HISTORY_METHODS[name]);
  if (WINDOW_OPEN_PATHS.has(`${receiverPath}.${name}`)) return page(0);
  if (REDIRECT_METHODS.has(name)) return page(firstNonStatus(call));
  if (ROUTER_METHODS.has(name) && receiver !== undefined && ROUTER_RECEIVER.test(receiver)) return page(0);
  if (name === 'open') return HTTP_VERBS.has(staticString(call.arguments[0], scopeAt(sourceCode, call))?.toUpperCase() ?? '') ? request(1) : undefined;
  return HTTP_METHODS.has(name) || (receiver !== undefined && HTTP_CLIENT_OBJECTS.has(receiver)) ? request(0) : undefined;
}

/** The name of a method's receiver: `router` in `this.router.push`, `useRouter` in `useRouter().push`. */
function receiverName(object: TSESTree.Node): string | undefined {
  const target = unwrap(object);
  return target.type === AST_NODE_TYPES.CallExpression ? lastName(target.callee) : lastName(target);
}

/** The index of the first argument that is not a numeric status code (`redirect(303, url)`). */
function firstNonStatus(call: Call): number {
  const index = call.arguments.findIndex((argument) => !(argument.type === AST_NODE_TYPES.Literal && typeof argument.value === 'number'));
  return index === -1 ? 0 : index;
}

/** The part of the URL an assignment to `target` sets, when `target` is a location or one of its setters. */
export function locationPart(target: TSESTree.Node): UrlPartName | undefined {
  const path = memberPath(target);
  if (!path) return undefined;
  if (LOCATION_PATHS.has(path.join('.'))) return 'path';
  const setter = path[path.length - 1]!;
  return LOCATION_PATHS.has(path.slice(0, -1).join('.')) ? ownEntry(LOCATION_SETTERS, setter) : undefined;
}

/** "a `<Link href>` link" when the attribute is a link element's target, else undefined. */
export function linkLabel(attribute: TSESTree.JSXAttribute): string | undefined {
  const element = attribute.parent;
  if (element?.type !== AST_NODE_TYPES.JSXOpeningElement || attribute.name.type !== AST_NODE_TYPES.JSXIdentifier) return undefined;
  const elementName = element.name.type === AST_NODE_TYPES.JSXIdentifier ? element.name.name : element.name.type === AST_NODE_TYPES.JSXMemberExpression ? element.name.property.name : undefined;
  const attributeName = attribute.name.name;
  return ownEntry(LINK_ATTRIBUTES, elementName)?.includes(attributeName) ? `a \`<${elementName} ${attributeName}>\` link` : undefined;
}

/** Of several uses, the one that matters most: a page (or Meta) use, then a request, then a body. */
function strongest(uses: readonly (Destination | undefined)[]): Destination | undefined {
  let best: Destination | undefined;
  for (const use of uses) {
    if (!use) continue;
    if (use.use === 'page' || use.use === 'meta') return use;
    if (!best || (best.use === 'body' && use.use === 'request')) best = use;
  }
  return best;
}
