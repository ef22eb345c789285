import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, AST_TOKEN_TYPES } from '@typescript-eslint/utils';
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
  NON_PAGE_SCHEME,
  QUERY_STRING_BUILDERS,
  REDIRECT_METHODS,
  REQUEST_BODY_OPTIONS,
  REQUEST_QUERY_OPTIONS,
  ROUTE_OBJECT_KEYS,
  ROUTER_METHODS,
  ROUTER_RECEIVER,
  SEARCH_PARAM_SETTERS,
  WINDOW_OPEN_PATHS,
} from '../catalog/urls.js';
import type { FileAnalysis } from '../index.js';
import { callSitesOf, MAX_DEPTH, objectFields, resolveObjects, singleValueOf, variableOf } from '../../util/resolve.js';
import type { UrlPart } from '../sinks/urls.js';
import { outermostString, urlParts, urlShape } from '../sinks/urls.js';
import { isFunctionNode, keyName, lastName, memberPath, snippet, staticString, unwrap } from '../../util/ast.js';
import { statementOf } from '../../util/fixes.js';
import { nodeAtIndex } from '../../util/node-at.js';
import { perFile } from '../per-file.js';
import { IMAGE_PIXEL_PATTERN } from '../catalog/pixel.js';

export type { UrlPartName };
/** A value placed in a URL, before it is known where the URL goes. */
type UrlValue = Omit<UrlFinding, 'use' | 'via'>;
type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;
type Call = TSESTree.CallExpression | TSESTree.NewExpression;

/**
 * What a URL is for: a page address (a navigation, link or redirect, or a URL built and not handed
 * to an HTTP client), a request, or a URL that Meta receives itself (`event_source_url`, the image pixel).
 */
export type UrlUse = 'page' | 'request' | 'meta';

/** A value placed in a URL, and where that URL goes. */
export interface UrlFinding {
  /** The expression placed in the URL. */
  readonly node: TSESTree.Node;
  readonly part: UrlPartName;
  /** Its query or fragment key (`email` in `?email=${x}`, `searchParams.set('email', x)`, `query: { email }`). */
  readonly key?: string;
  readonly use: UrlUse;
  /**
   * The URL as messages name it: "the URL given to `router.push()`", "`location.href`", "a `<Link href>`
   * link", "`event_source_url`", "the URL requested by `fetch()`", "a URL built here".
   */
  readonly via: string;
  /** A property or statement whose removal takes the value out of the URL. */
  readonly removal?: TSESTree.Property | TSESTree.ExpressionStatement;
}

/** The URLs of one file. */
export interface FileUrls {
  /** Values in page URLs, in URLs Meta receives, and in URLs built here and requested: one finding per value. */
  readonly findings: readonly UrlFinding[];
  /** Values in the URLs and query options of HTTP client calls (found on first use). */
  readonly requestFindings: readonly UrlFinding[];
}

/**
 * Text a file needs before it can put a value in a URL: a `key=` after `?`, `&` or `#`, a path
 * concatenation, an absolute URL, or the name of a navigation, link or URL API.
 */
const URL_HINT =
  /[?&#][\w.[\]%-]*=|\/\$\{|\/['"`]\s*\+|https?:\/\/|\b(?:URL|URLSearchParams|location|redirect|permanentRedirect|navigate|navigateTo|navigateByUrl|goto|pushState|replaceState|searchParams|stringify|event_source_url|referrer_url|setEventSourceUrl|setReferrerUrl)\b|\b(?:href|to|as)=|\.(?:push|replace|open|assign)\s*\(/;
/** Names without which a file sends no URL to Meta itself (checked before asking for the file's sinks). */
const META_URL_HINT = /event_source_url|referrer_url|setEventSourceUrl|setReferrerUrl/;
/** A template or string piece that can belong to a URL. */
const URL_PIECE = /[/?#=]/;
/** A name that can hold (part of) a URL: `BASE_URL`, `apiBase`, `thanksPath`, `endpoint`. */
const URL_NAME = /url|uri|href|path|base|origin|endpoint|route|link|api/i;
const HOLE = '{}';
/** Values are reported where they sit in the URL, not where their constant was declared. */
/** How a URL starts: a scheme, a path, or a base value followed by a path (`${origin}/thanks`). */
const URL_START = /^(?:https?:\/\/|\/|\.\.?\/|\{\}\/)/;
const QUERY_OR_FRAGMENT_KEY = /[?#&][^?#&=]*=/;
const RELATIVE_PATH = /^\.\.?\//;
const IMAGE_PIXEL_META_KEY = /^(?:ud|cd)\[/;
const TEXT_WRAPPERS: ReadonlySet<string> = new Set(['String', 'encodeURI', 'URL']);
const URL_READS: ReadonlySet<string> = new Set(['href', 'search', 'hash', 'pathname', 'toString', 'toJSON']);
const CAPI_URL_FIELDS: ReadonlySet<string> = new Set(['event_source_url', 'referrer_url']);
const SDK_URL_SETTERS: ReadonlySet<string> = new Set(['setEventSourceUrl', 'setReferrerUrl']);
const LINK_ATTRIBUTE_NAMES: ReadonlySet<string> = new Set(Object.values(LINK_ATTRIBUTES).flat());

type NameKind = 'call' | 'locationSetter' | 'searchParams' | 'builder' | 'setter';
const NAME_KINDS: ReadonlyMap<string, NameKind> = new Map<string, NameKind>([
  ...[...LOCATION_METHODS, ...Object.keys(HISTORY_METHODS), ...ROUTER_METHODS, ...NAVIGATION_FUNCTIONS, ...REDIRECT_METHODS, 'open'].map(
    (name) => [name, 'call'] as const,
  ),
  ...['location', ...Object.keys(LOCATION_SETTERS)].map((name) => [name, 'locationSetter'] as const),
  ['URLSearchParams', 'searchParams'],
  ['stringify', 'builder'],
  ['encode', 'builder'],
  ...[...SEARCH_PARAM_SETTERS].map((name) => [name, 'setter'] as const),
]);
const REQUEST_NAMES: ReadonlySet<string> = new Set([...HTTP_CLIENT_FUNCTIONS, ...HTTP_METHODS, 'open']);

/** Where a URL goes; `body` means it is not a URL at all but a request body. */
interface Destination {
  readonly use: UrlUse | 'body';
  readonly via: string;
}
const BUILT: Destination = { use: 'page', via: 'a URL built here' };
const BODY: Destination = { use: 'body', via: 'a request body' };
const PRIORITY: Readonly<Record<UrlUse, number>> = { meta: 3, page: 2, request: 1 };

/** A call that navigates or requests: where its URL argument is. */
interface CallUse extends Destination {
  readonly use: 'page' | 'request';
  readonly urlIndex: number;
}

/** The URLs of the file being linted, memoised per SourceCode (computed by the first rule that asks). */
export const getUrls = perFile((analysis): FileUrls => new UrlFinder(analysis));

/** Finds the URLs of one file from its tokens: only URL-shaped strings and URL API names are looked at. */
class UrlFinder implements FileUrls {
  private readonly sourceCode: SourceCode;
  private readonly found = new Map<TSESTree.Node, UrlFinding>();
  private readonly visited = new Set<TSESTree.Node>();
  private readonly visitingVariables = new Set<Variable>();
  private requests: UrlFinding[] | undefined;
  readonly findings: readonly UrlFinding[];

  constructor(private readonly analysis: FileAnalysis) {
    this.sourceCode = analysis.sourceCode;
    if (URL_HINT.test(this.sourceCode.text)) this.scanTokens();
    if (META_URL_HINT.test(this.sourceCode.text)) this.addMetaFields();
    this.findings = [...this.found.values()].sort((a, b) => a.node.range[0] - b.node.range[0]);
  }

  get requestFindings(): readonly UrlFinding[] {
    this.requests ??= URL_HINT.test(this.sourceCode.text) ? this.findRequests() : [];
    return this.requests;
  }

  private scanTokens(): void {
    const tokens = this.sourceCode.ast.tokens;
    const usesSearchParams = this.sourceCode.text.includes('URLSearchParams');
    tokens.forEach((token, index) => {
      switch (token.type) {
        case AST_TOKEN_TYPES.Template:
          if (URL_PIECE.test(token.value) || isUrlName(tokens[index + 1])) this.addString(token);
          break;
        case AST_TOKEN_TYPES.String:
          if (URL_PIECE.test(token.value) && (isPlus(tokens[index - 1]) || isPlus(tokens[index + 1]))) this.addString(token);
          break;
        case AST_TOKEN_TYPES.Punctuator:
          if (token.value === '+' && (isUrlName(tokens[index - 1]) || isUrlName(tokens[index + 1]))) this.addString(token);
          break;
        case AST_TOKEN_TYPES.Identifier: {
          const kind = NAME_KINDS.get(token.value);
          if (kind && worthLooking(kind, tokens, index, usesSearchParams)) this.addName(kind, token);
          break;
        }
        case AST_TOKEN_TYPES.JSXIdentifier:
          if (LINK_ATTRIBUTE_NAMES.has(token.value) && tokens[index + 1]?.value === '=' && tokens[index + 2]?.value === '{') {
            this.addLinkAttribute(this.nodeAt(token));
          }
          break;
        default:
          break;
      }
    });
  }

  private nodeAt(token: TSESTree.Token): TSESTree.Node | null {
    return nodeAtIndex(this.sourceCode, token.range[0]);
  }

  // ----------------------------------------------------------------------------------------------
  // Discovery

  /** A string built with `+` or a template: a URL when its static text looks like one. */
  private addString(token: TSESTree.Token): void {
    const found = this.nodeAt(token);
    const inner = found?.type === AST_NODE_TYPES.TemplateElement ? found.parent : found;
    if (!inner) return;
    const node = outermostString(inner);
    if (!isStringBuilder(node) || !this.firstVisit(node)) return;
    const parts = urlParts(this.sourceCode, node);
    const shape = urlShape(parts, HOLE);
    if (!looksLikeUrl(shape)) return;
    if (IMAGE_PIXEL_PATTERN.test(shape)) {
      const values = partValues(parts, 'path').filter((value) => !IMAGE_PIXEL_META_KEY.test(value.key ?? ''));
      this.record(values, { use: 'meta', via: 'an image-pixel URL' });
      return;
    }
    const destination = this.destinationOf(node);
    // A relative `./x` or `../x` built for no known destination is a file path, not a page.
    if (!destination && RELATIVE_PATH.test(shape)) return;
    this.record(partValues(parts, 'path'), destination ?? BUILT);
  }

  private addName(kind: NameKind, token: TSESTree.Token): void {
    const node = this.nodeAt(token);
    if (node?.type !== AST_NODE_TYPES.Identifier) return;
    switch (kind) {
      case 'call': {
        const call = callNamed(node);
        const use = call && callUse(this.sourceCode, call);
        if (call && use?.use === 'page' && this.firstVisit(call)) this.addNavigation(call, use);
        break;
      }
      case 'locationSetter':
        this.addLocationAssignment(node);
        break;
      case 'searchParams':
        this.addSearchParams(node);
        break;
      case 'builder':
        this.addQueryStringBuilder(node);
        break;
      case 'setter':
        this.addSearchParamSetter(node);
        break;
    }
  }

  /** `router.push(url)`, `res.redirect(302, url)`, `window.open(url)`: the URL and any route object arguments. */
  private addNavigation(call: Call, use: CallUse): void {
    call.arguments.forEach((argument, index) => {
      if (index === use.urlIndex) this.record(this.expressionValues(argument, 'path'), use);
      else if (unwrap(argument).type === AST_NODE_TYPES.ObjectExpression) this.record(this.routeObjectValues(argument), use);
    });
  }

  /** `location = url`, `location.href = url`, `window.location.hash = x`. */
  private addLocationAssignment(node: TSESTree.Identifier): void {
    const target = node.parent?.type === AST_NODE_TYPES.MemberExpression && node.parent.property === node ? node.parent : node;
    const assignment = target.parent;
    if (assignment?.type !== AST_NODE_TYPES.AssignmentExpression || assignment.left !== target || assignment.operator !== '=') return;
    const part = locationPart(target);
    if (part && this.firstVisit(assignment)) this.record(this.expressionValues(assignment.right, part), { use: 'page', via: `\`${snippet(this.sourceCode, target)}\`` });
  }

  /** `new URLSearchParams({ email })`: the object's values, wherever the query string goes. */
  private addSearchParams(node: TSESTree.Identifier): void {
    const construction = node.parent;
    if (construction?.type !== AST_NODE_TYPES.NewExpression || construction.callee !== node || !construction.arguments[0]) return;
    if (this.firstVisit(construction)) this.addQueryObject(construction.arguments[0], construction);
  }

  /** `qs.stringify({ email })`, `querystring.stringify(…)`. */
  private addQueryStringBuilder(node: TSESTree.Identifier): void {
    const call = callNamed(node);
    const path = call && memberPath(call.callee)?.join('.');
    if (call?.arguments[0] && path !== undefined && QUERY_STRING_BUILDERS.has(path) && this.firstVisit(call)) this.addQueryObject(call.arguments[0], call);
  }

  private addQueryObject(object: TSESTree.Node, construction: TSESTree.Node): void {
    const destination = this.destinationOf(construction) ?? BUILT;
    if (destination.use !== 'body') this.record(this.objectValues(object, 'query'), destination);
  }

  /** `url.searchParams.set('email', x)`, `params.append('phone', x)` on a URL or URLSearchParams. */
  private addSearchParamSetter(node: TSESTree.Identifier): void {
    const call = callNamed(node);
    const callee = call && unwrap(call.callee);
    if (callee?.type !== AST_NODE_TYPES.MemberExpression || !call || call.arguments.length < 2) return;
    const owner = this.searchParamsOwner(callee.object);
    if (owner === undefined || !this.firstVisit(call)) return;
    const destination = owner ? (this.variableDestination(owner, 0) ?? BUILT) : BUILT;
    if (destination.use === 'body') return;
    const key = staticString(call.arguments[0], this.sourceCode.getScope(call));
    this.record([{ node: call.arguments[1]!, part: 'query', key, removal: statementOf(call) }], destination);
  }

  /**
   * The variable holding the URL or URLSearchParams a setter is called on (`url` in `url.searchParams`,
   * `params` for `const params = new URLSearchParams()`); null for a URL object not held in one here
   * (`request.nextUrl.searchParams`); undefined when the receiver is not a search-params object.
   */
  private searchParamsOwner(receiver: TSESTree.Node): Variable | null | undefined {
    const target = unwrap(receiver);
    if (target.type === AST_NODE_TYPES.MemberExpression && keyName(target) === 'searchParams') {
      const object = unwrap(target.object);
      return object.type === AST_NODE_TYPES.Identifier ? (variableOf(this.sourceCode, object) ?? null) : null;
    }
    if (target.type !== AST_NODE_TYPES.Identifier) return undefined;
    const variable = variableOf(this.sourceCode, target);
    const value = variable && singleValueOf(variable);
    const init = value && unwrap(value);
    return init?.type === AST_NODE_TYPES.NewExpression && lastName(init.callee) === 'URLSearchParams' ? variable : undefined;
  }

  /** `<a href={…}>`, `<Link href={{ pathname, query }}>`, `<NavLink to={…}>`. */
  private addLinkAttribute(name: TSESTree.Node | null): void {
    const attribute = name?.parent;
    if (attribute?.type !== AST_NODE_TYPES.JSXAttribute || attribute.name !== name) return;
    const via = linkLabel(attribute);
    const value = attribute.value;
    if (via && value?.type === AST_NODE_TYPES.JSXExpressionContainer && value.expression.type !== AST_NODE_TYPES.JSXEmptyExpression) {
      this.record(this.expressionValues(value.expression, 'path'), { use: 'page', via });
    }
  }

  /** CAPI `event_source_url` / `referrer_url` and `ServerEvent.setEventSourceUrl()`: URLs Meta receives as they are. */
  private addMetaFields(): void {
    const { sinks } = this.analysis;
    for (const event of sinks.serverEvents) {
      for (const field of objectFields(this.sourceCode, event.node)) {
        if (field.key && CAPI_URL_FIELDS.has(field.key)) this.record(this.expressionValues(field.value, 'path'), { use: 'meta', via: `\`${field.key}\`` });
      }
    }
    for (const call of sinks.sdkCalls) {
      const argument = call.args[0];
      if (call.className === 'ServerEvent' && SDK_URL_SETTERS.has(call.method) && argument) {
        this.record(this.expressionValues(argument, 'path'), { use: 'meta', via: `\`${call.className}.${call.method}()\`` });
      }
    }
  }

  /** HTTP client calls: the URL argument and query options (`axios.get(url, { params })`). */
  private findRequests(): UrlFinding[] {
    const requests: UrlFinding[] = [];
    const seen = new Set<TSESTree.Node>();
    for (const token of this.sourceCode.ast.tokens) {
      if (token.type !== AST_TOKEN_TYPES.Identifier || !REQUEST_NAMES.has(token.value)) continue;
      const node = this.nodeAt(token);
      const call = node?.type === AST_NODE_TYPES.Identifier ? callNamed(node) : undefined;
      const use = call && callUse(this.sourceCode, call);
      if (!call || use?.use !== 'request' || seen.has(call)) continue;
      seen.add(call);
      const values = call.arguments.flatMap((argument, index) =>
        index === use.urlIndex ? this.expressionValues(argument, 'path') : this.requestOptionValues(argument),
      );
      for (const value of values) if (!this.found.has(value.node)) requests.push({ ...value, use: 'request', via: use.via });
    }
    return requests;
  }

  private requestOptionValues(argument: TSESTree.Node): UrlValue[] {
    return objectFields(this.sourceCode, argument).flatMap((field) =>
      field.key === 'url' ? this.expressionValues(field.value, 'path') : field.key && REQUEST_QUERY_OPTIONS.has(field.key) ? this.objectValues(field.value, 'query') : [],
    );
  }

  // ----------------------------------------------------------------------------------------------
  // Values

  /** The values a URL expression puts in the URL: a string built from parts, or a route object. */
  private expressionValues(node: TSESTree.Node, start: UrlPartName): UrlValue[] {
    const target = unwrap(node);
    if (target.type === AST_NODE_TYPES.ObjectExpression || target.type === AST_NODE_TYPES.Identifier) {
      const objects = resolveObjects(this.sourceCode, target);
      if (objects.length > 0) return objects.flatMap((object) => this.routeObjectValues(object));
    }
    const parts = urlParts(this.sourceCode, target);
    return NON_PAGE_SCHEME.test(urlShape(parts, HOLE)) ? [] : partValues(parts, start);
  }

  /** `{ pathname: '/thanks', query: { email } }`: each key by the part of the URL it fills. */
  private routeObjectValues(object: TSESTree.Node): UrlValue[] {
    return objectFields(this.sourceCode, object).flatMap((field) => {
      const spec = field.key === undefined ? undefined : ROUTE_OBJECT_KEYS[field.key];
      if (!spec) return [];
      return spec.holds === 'object' ? this.objectValues(field.value, spec.part) : partValues(urlParts(this.sourceCode, field.value), spec.part);
    });
  }

  /** `{ email, source: 'ad' }` as query values: each value under its key. */
  private objectValues(object: TSESTree.Node, part: UrlPartName): UrlValue[] {
    return objectFields(this.sourceCode, object).flatMap((field) => {
      if (field.key === undefined) return [];
      const removal = field.node.type === AST_NODE_TYPES.Property && field.container ? field.node : undefined;
      return [{ node: field.value, part, key: field.key, removal }];
    });
  }

  private record(values: readonly UrlValue[], destination: Destination): void {
    if (destination.use === 'body') return;
    const { use, via } = destination;
    for (const value of values) {
      const existing = this.found.get(value.node);
      if (!existing || PRIORITY[use] > PRIORITY[existing.use]) this.found.set(value.node, { ...value, use, via });
    }
  }

  private firstVisit(node: TSESTree.Node): boolean {
    if (this.visited.has(node)) return false;
    this.visited.add(node);
    return true;
  }

  // ----------------------------------------------------------------------------------------------
  // Destinations: follow a URL from where it is built to where it is used.

  /** Where the value of `node` goes; undefined when this use says nothing (`url.searchParams`). */
  private destinationOf(node: TSESTree.Node, depth = 0): Destination | undefined {
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
        return parent.type === AST_NODE_TYPES.ConditionalExpression && parent.test === node ? undefined : this.destinationOf(parent, next);
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
        return parent.id.type === AST_NODE_TYPES.Identifier ? this.variableDestination(variableOf(this.sourceCode, parent.id), next) : BUILT;
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
    return call?.type === AST_NODE_TYPES.CallExpression && call.callee === member ? this.destinationOf(call, depth) : this.destinationOf(member, depth);
  }

  private argumentDestination(call: Call, argument: TSESTree.Node, depth: number): Destination {
    const use = callUse(this.sourceCode, call);
    if (use) {
      if (call.arguments.indexOf(argument as TSESTree.CallExpressionArgument) === use.urlIndex) return use;
      return use.use === 'request' ? BODY : BUILT;
    }
    const name = call.callee.type === AST_NODE_TYPES.Identifier ? call.callee.name : undefined;
    return name !== undefined && TEXT_WRAPPERS.has(name) ? (this.destinationOf(call, depth) ?? BUILT) : BUILT;
  }

  private propertyDestination(property: TSESTree.Property, depth: number): Destination | undefined {
    const key = keyName(property, this.sourceCode.getScope(property));
    if (key === undefined) return BUILT;
    if (REQUEST_BODY_OPTIONS.has(key)) return BODY;
    if (CAPI_URL_FIELDS.has(key)) return { use: 'meta', via: `\`${key}\`` };
    if (key === 'url' || key in ROUTE_OBJECT_KEYS) return this.destinationOf(property.parent, depth);
    return BUILT;
  }

  private assignmentDestination(assignment: TSESTree.AssignmentExpression, depth: number): Destination | undefined {
    const left = assignment.left;
    if (locationPart(left)) return { use: 'page', via: `\`${snippet(this.sourceCode, left)}\`` };
    if (left.type === AST_NODE_TYPES.MemberExpression && REQUEST_BODY_OPTIONS.has(keyName(left) ?? '')) return BODY;
    if (left.type === AST_NODE_TYPES.Identifier) return this.variableDestination(variableOf(this.sourceCode, left), depth);
    return BUILT;
  }

  /** Where a variable's value goes: the first page use of any read decides, then a request, then a body. */
  private variableDestination(variable: Variable | null | undefined, depth: number): Destination | undefined {
    if (!variable || this.visitingVariables.has(variable)) return undefined;
    this.visitingVariables.add(variable);
    const uses = variable.references.filter((reference) => reference.isRead()).map((reference) => this.destinationOf(reference.identifier as TSESTree.Node, depth));
    this.visitingVariables.delete(variable);
    return strongest(uses);
  }

  /** A returned URL goes where the function's calls in this file send it. */
  private returnDestination(node: TSESTree.Node, depth: number): Destination | undefined {
    let fn: TSESTree.Node | undefined = node;
    while (fn && !isFunctionNode(fn)) fn = fn.parent;
    if (!fn || !isFunctionNode(fn)) return BUILT;
    const calls = callSitesOf(this.sourceCode, fn);
    return calls.length === 0 ? BUILT : strongest(calls.map((call) => this.destinationOf(call, depth)));
  }

  private jsxDestination(container: TSESTree.JSXExpressionContainer): Destination {
    const attribute = container.parent;
    const via = attribute?.type === AST_NODE_TYPES.JSXAttribute ? linkLabel(attribute) : undefined;
    return via ? { use: 'page', via } : BUILT;
  }
}

// ------------------------------------------------------------------------------------------------
// Helpers

/**
 * The values placed in a URL built from parts, with the part each lands in and its key. Values before
 * any static text are the base (`${origin}/thanks`) and are skipped when the URL starts as a path.
 */
function partValues(parts: readonly UrlPart[], start: UrlPartName): UrlValue[] {
  const values: UrlValue[] = [];
  let part = start;
  let pending = '';
  let key: string | undefined;
  let started = start !== 'path';
  for (const piece of parts) {
    if ('node' in piece) {
      if (started) values.push({ node: piece.node, part, key: part === 'path' ? undefined : key || undefined });
      continue;
    }
    started ||= piece.text.length > 0;
    for (const char of piece.text) {
      if (char === '?' || char === '#' || char === '&') {
        if (char === '?' && part === 'path') part = 'query';
        else if (char === '#' && part !== 'fragment') part = 'fragment';
        pending = '';
        key = undefined;
      } else if (char === '=' && key === undefined && part !== 'path') {
        key = safeDecode(pending);
      } else {
        pending += char;
      }
    }
  }
  return values;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/**
 * A URL: no spaces, not `mailto:` and the like, and it starts like one or has a `key=` in its query or
 * fragment (a bare `#${id}` is a selector or a private name as often as a fragment).
 */
function looksLikeUrl(shape: string): boolean {
  return !/\s/.test(shape) && !NON_PAGE_SCHEME.test(shape) && (URL_START.test(shape) || QUERY_OR_FRAGMENT_KEY.test(shape));
}

function isStringBuilder(node: TSESTree.Node): boolean {
  return (node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length > 0) || (node.type === AST_NODE_TYPES.BinaryExpression && node.operator === '+');
}

/** Receivers whose methods can navigate (`router.push`, `location.assign`, `window.open`, `useRouter().push`). */
const NAVIGATING_RECEIVER = /^(?:\$?router|history|navigation|location|window|globalThis|self|top|\))$/i;
const QUERY_STRING_MODULES: ReadonlySet<string> = new Set([...QUERY_STRING_BUILDERS].map((path) => path.split('.')[0]!));

/**
 * Token-level checks that keep node lookups rare: a method needs a receiver that can navigate
 * (`str.replace()` is skipped), a setter a `searchParams` receiver (or a file that builds URLSearchParams), a
 * location setter an `=`.
 */
function worthLooking(kind: NameKind, tokens: readonly TSESTree.Token[], index: number, usesSearchParams: boolean): boolean {
  const before = tokens[index - 1]?.value;
  const receiver = before === '.' || before === '?.' ? tokens[index - 2]?.value : undefined;
  const name = tokens[index]!.value;
  switch (kind) {
    case 'call':
      if (receiver === undefined) return NAVIGATION_FUNCTIONS.has(name);
      return REDIRECT_METHODS.has(name) || NAVIGATING_RECEIVER.test(receiver);
    case 'locationSetter':
      return tokens[index + 1]?.value === '=' && (name === 'location' || receiver === 'location');
    case 'searchParams':
      return before === 'new';
    case 'builder':
      return receiver !== undefined && QUERY_STRING_MODULES.has(receiver);
    case 'setter':
      return receiver === 'searchParams' || (receiver !== undefined && usesSearchParams);
  }
}

function isPlus(token: TSESTree.Token | undefined): boolean {
  return token?.type === AST_TOKEN_TYPES.Punctuator && token.value === '+';
}

function isUrlName(token: TSESTree.Token | undefined): boolean {
  return token?.type === AST_TOKEN_TYPES.Identifier && URL_NAME.test(token.value);
}

/** The call whose callee is `name` or ends in `.name`. */
function callNamed(name: TSESTree.Identifier): Call | undefined {
  let callee: TSESTree.Node = name;
  if (name.parent?.type === AST_NODE_TYPES.MemberExpression && name.parent.property === name) callee = name.parent;
  let call = callee.parent;
  while (call?.type === AST_NODE_TYPES.TSNonNullExpression || call?.type === AST_NODE_TYPES.ChainExpression) {
    callee = call;
    call = call.parent;
  }
  return (call?.type === AST_NODE_TYPES.CallExpression || call?.type === AST_NODE_TYPES.NewExpression) && call.callee === callee ? call : undefined;
}

/** Whether a call navigates to a page or requests a URL, and which argument holds the URL. */
function callUse(sourceCode: SourceCode, call: Call): CallUse | undefined {
  const callee = unwrap(call.callee);
  const name = lastName(callee);
  if (name === undefined) return undefined;
  const label = `\`${snippet(sourceCode, callee)}()\``;
  const page = (urlIndex: number): CallUse => ({ use: 'page', via: `the URL given to ${label}`, urlIndex });
  const request = (urlIndex: number): CallUse => ({ use: 'request', via: `the URL requested by ${label}`, urlIndex });
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
  if (name === 'open') return HTTP_VERBS.has(staticString(call.arguments[0], sourceCode.getScope(call))?.toUpperCase() ?? '') ? request(1) : undefined;
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
function locationPart(target: TSESTree.Node): UrlPartName | undefined {
  const path = memberPath(target);
  if (!path) return undefined;
  if (LOCATION_PATHS.has(path.join('.'))) return 'path';
  const setter = path[path.length - 1]!;
  return LOCATION_PATHS.has(path.slice(0, -1).join('.')) ? LOCATION_SETTERS[setter] : undefined;
}

/** "a `<Link href>` link" when the attribute is a link element's target, else undefined. */
function linkLabel(attribute: TSESTree.JSXAttribute): string | undefined {
  const element = attribute.parent;
  if (element?.type !== AST_NODE_TYPES.JSXOpeningElement || attribute.name.type !== AST_NODE_TYPES.JSXIdentifier) return undefined;
  const elementName = element.name.type === AST_NODE_TYPES.JSXIdentifier ? element.name.name : element.name.type === AST_NODE_TYPES.JSXMemberExpression ? element.name.property.name : undefined;
  const attributeName = attribute.name.name;
  return elementName !== undefined && LINK_ATTRIBUTES[elementName]?.includes(attributeName) ? `a \`<${elementName} ${attributeName}>\` link` : undefined;
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
