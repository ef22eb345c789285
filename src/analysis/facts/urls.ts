import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, AST_TOKEN_TYPES } from '@typescript-eslint/utils';
import type { UrlPartName } from '../catalog/urls.js';
import {
  HISTORY_METHODS,
  HTTP_CLIENT_FUNCTIONS,
  HTTP_METHODS,
  LINK_ATTRIBUTES,
  NAVIGATING_RECEIVERS,
  LOCATION_METHODS,
  LOCATION_SETTERS,
  NAVIGATION_FUNCTIONS,
  NON_PAGE_SCHEME,
  QUERY_STRING_BUILDERS,
  QUERY_STRING_MODULE_EXPORTS,
  REDIRECT_METHODS,
  REQUEST_QUERY_OPTIONS,
  ROUTER_METHODS,
  SEARCH_PARAM_SETTERS,
} from '../catalog/urls.js';
import type { FileAnalysis } from '../index.js';
import { objectFields, resolveObjects, singleValueOf, variableOf } from '../../util/resolve.js';
import { outermostString, urlParts, urlShape } from '../sinks/urls.js';
import { templateLinks } from '../sinks/vue-template.js';
import { textHints } from '../sinks/text-hints.js';
import { CALL, FileTracker } from '../sinks/tracker.js';
import type { TraceMap } from '../sinks/tracker.js';
import { keyName, lastName, memberPath, snippet, staticString, unwrap } from '../../util/ast.js';
import { statementOf } from '../../util/fixes.js';
import { NodeCursor } from '../../util/node-at.js';
import { perFile } from '../per-file.js';
import type { Call, CallUse, Destination, UrlUse } from './url-destinations.js';
import { BUILT, CAPI_URL_FIELDS, callUse, linkLabel, locationPart, UrlDestinationTracer } from './url-destinations.js';
import type { UrlValue } from './url-values.js';
import { HOLE, partValues, UrlValueReader } from './url-values.js';
import { IMAGE_PIXEL_PATTERN } from '../catalog/pixel.js';
import { scopeAt } from '../../util/scope-at.js';

export type { UrlPartName, UrlUse };
type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;

/** A value placed in a URL, and where that URL goes. */
export interface UrlFinding extends UrlValue {
  readonly use: UrlUse;
  /**
   * The URL as messages name it: "the URL given to `router.push()`", "`location.href`", "a `<Link href>`
   * link", "`event_source_url`", "the URL requested by `fetch()`", "a URL built here".
   */
  readonly via: string;
  /**
   * The URL the value is part of (the string built, the navigation call, the URLSearchParams, the
   * variable whose `searchParams` are set): findings with the same `url` are one URL.
   */
  readonly url: TSESTree.Node;
}

/** The URLs of one file. */
export interface FileUrls {
  /** Values in page URLs, in URLs Meta receives, and in URLs built here and requested: one finding per value. */
  readonly findings: readonly UrlFinding[];
  /** Values in the URLs and query options of HTTP client calls (found on first use). */
  readonly requestFindings: readonly UrlFinding[];
}

/** How far after `://` an interpolation or the end of the string is looked for. */
const ADDRESS_LOOKAHEAD = 200;
/** A whole receiver text that can navigate: one of the catalog's NAVIGATING_RECEIVERS. */
const NAVIGATING_RECEIVER = new RegExp(`^(?:${NAVIGATING_RECEIVERS.join('|')})$`, 'i');
/** A template or string piece that can belong to a URL. */
const URL_PIECE = /[/?#=]/;
/** A name that can hold (part of) a URL: `BASE_URL`, `apiBase`, `thanksPath`, `endpoint`. */
const URL_NAME = /url|uri|href|path|base|origin|endpoint|route|link|api/i;
/** How a URL starts: a scheme, a path, or a base value followed by a path (`${origin}/thanks`). */
const URL_START = /^(?:https?:\/\/|\/|\.\.?\/|\{\}\/)/;
const QUERY_OR_FRAGMENT_KEY = /[?#&][^?#&=]*=/;
const RELATIVE_PATH = /^\.\.?\//;
const WHITESPACE = /\s/;
const IMAGE_PIXEL_META_KEY = /^(?:ud|cd)\[/;
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
/**
 * The length (under 64) and first character (ASCII) of every name in NAME_KINDS: an identifier is
 * looked up in the map only when this table says it can be one (a map would hash each token's text).
 */
const NAME_SHAPES = new Uint8Array(64 * 128);
for (const name of NAME_KINDS.keys()) {
  if (name.length >= 64 || name.charCodeAt(0) >= 128) throw new Error(`URL API name '${name}' is too long or not ASCII for NAME_SHAPES`);
  NAME_SHAPES[(name.length << 7) | name.charCodeAt(0)] = 1;
}

/**
 * Whether the identifier written at `start`–`end` of `text` can be a name of NAME_KINDS, read from the
 * text: reading each identifier token's `value` string made the token scan slower. The text spells
 * the name only when no identifier in it is written with a `\u` escape (`spelled` in scanTokens).
 */
function mayBeNameAt(text: string, start: number, end: number): boolean {
  const first = text.charCodeAt(start);
  const length = end - start;
  return length < 64 && first < 128 && NAME_SHAPES[(length << 7) | first] === 1;
}

function mayBeName(name: string): boolean {
  return mayBeNameAt(name, 0, name.length);
}

/** Of two findings for one value, the one that names the weightier use: Meta, then a page, then a request. */
const PRIORITY: Readonly<Record<UrlUse, number>> = { meta: 3, page: 2, request: 1 };

/** The URLs of the file being linted, memoised per SourceCode (computed by the first rule that asks). */
export const getUrls = perFile((analysis): FileUrls => new UrlFinder(analysis));

/**
 * Finds the URLs of one file from its tokens (only URL-shaped strings and URL API names are looked
 * at), reads their values with a UrlValueReader and where each goes with a UrlDestinationTracer.
 */
class UrlFinder implements FileUrls {
  private readonly sourceCode: SourceCode;
  private readonly values: UrlValueReader;
  private readonly destinations: UrlDestinationTracer;
  private readonly found = new Map<TSESTree.Node, UrlFinding>();
  private readonly visited = new Set<TSESTree.Node>();
  private requests: UrlFinding[] | undefined;
  /** Finds the node at each token: the tokens are looked at in order. */
  private cursor: NodeCursor | undefined;
  readonly findings: readonly UrlFinding[];

  constructor(private readonly analysis: FileAnalysis) {
    this.sourceCode = analysis.sourceCode;
    this.values = new UrlValueReader(this.sourceCode);
    this.destinations = new UrlDestinationTracer(this.sourceCode);
    if (URL_STEPS.tokens(this.sourceCode)) this.scanTokens();
    if (URL_STEPS.queryStringModules(this.sourceCode)) this.addImportedQueryStringBuilders();
    if (URL_STEPS.metaFields(this.sourceCode)) this.addMetaFields();
    if (URL_STEPS.templateLinks(this.sourceCode)) this.addTemplateLinks();
    this.findings = [...this.found.values()].sort((a, b) => a.node.range[0] - b.node.range[0]);
  }

  get requestFindings(): readonly UrlFinding[] {
    // A request's query can be an option (`axios.get('https://api.example/users', { params })`).
    this.requests ??= mayBuildUrl(this.sourceCode.text) || this.sourceCode.text.includes('://') ? this.findRequests() : [];
    return this.requests;
  }

  /** One pass over the tokens, cheapest tests first (identifiers and punctuators are most of them). */
  private scanTokens(): void {
    const { text } = this.sourceCode;
    const tokens = this.sourceCode.ast.tokens;
    const usesSearchParams = text.includes('URLSearchParams');
    // Identifiers and punctuators are read from the text where it spells them (see mayBeNameAt).
    const spelled = !text.includes('\\u');
    for (let index = 0; index < tokens.length; index++) {
      const token = tokens[index]!;
      switch (token.type) {
        case AST_TOKEN_TYPES.Identifier: {
          const { range } = token;
          const shaped = spelled ? mayBeNameAt(text, range[0], range[1]) : mayBeName(token.value);
          const kind = shaped ? NAME_KINDS.get(token.value) : undefined;
          if (kind && worthLooking(kind, tokens, index, usesSearchParams)) this.addName(kind, token);
          break;
        }
        case AST_TOKEN_TYPES.Punctuator: {
          const { range } = token;
          const plus = range[1] - range[0] === 1 && text.charCodeAt(range[0]) === PLUS;
          if (plus && (isUrlName(tokens[index - 1]) || isUrlName(tokens[index + 1]))) this.addString(token);
          break;
        }
        case AST_TOKEN_TYPES.String:
          if ((isPlus(tokens[index - 1]) || isPlus(tokens[index + 1])) && URL_PIECE.test(token.value)) this.addString(token);
          break;
        case AST_TOKEN_TYPES.Template:
          if (URL_PIECE.test(token.value) || isUrlName(tokens[index + 1])) this.addString(token);
          break;
        case AST_TOKEN_TYPES.JSXIdentifier:
          if (LINK_ATTRIBUTE_NAMES.has(token.value) && tokens[index + 1]?.value === '=' && tokens[index + 2]?.value === '{') {
            this.addLinkAttribute(this.nodeAt(token));
          }
          break;
        default:
          break;
      }
    }
  }

  private nodeAt(token: TSESTree.Token): TSESTree.Node | null {
    this.cursor ??= new NodeCursor(this.sourceCode);
    return this.cursor.at(token.range[0]);
  }

  // ----------------------------------------------------------------------------------------------
  // Discovery

  /** A string built with `+` or a template: a URL when its static text looks like one. */
  private addString(token: TSESTree.Token): void {
    const found = this.nodeAt(token);
    const inner = found?.type === AST_NODE_TYPES.TemplateElement ? found.parent : found;
    if (!inner) return;
    const node = outermostString(inner);
    if (!isStringBuilder(node) || !this.firstVisit(node) || writesWhitespace(node)) return;
    const parts = urlParts(this.sourceCode, node);
    const shape = urlShape(parts, HOLE);
    if (!looksLikeUrl(shape)) return;
    if (IMAGE_PIXEL_PATTERN.test(shape)) {
      const values = partValues(parts, 'path').filter((value) => !IMAGE_PIXEL_META_KEY.test(value.key ?? ''));
      this.record(values, { use: 'meta', via: 'an image-pixel URL' }, node);
      return;
    }
    const destination = this.destinations.of(node);
    // A relative `./x` or `../x` built for no known destination is a file path, not a page.
    if (!destination && RELATIVE_PATH.test(shape)) return;
    this.record(partValues(parts, 'path'), destination ?? BUILT, node);
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

  /**
   * `router.push(url)`, `res.redirect(302, url)`, `window.open(url)`: the URL and any route object arguments,
   * written in place or held in a variable (Angular's `router.navigate(['/thanks'], navigationExtras)`).
   */
  private addNavigation(call: Call, use: CallUse): void {
    call.arguments.forEach((argument, index) => {
      this.record(index === use.urlIndex ? this.values.ofExpression(argument, 'path') : this.values.ofRouteObject(argument), use, call);
    });
  }

  /** `location = url`, `location.href = url`, `window.location.hash = x`. */
  private addLocationAssignment(node: TSESTree.Identifier): void {
    const target = node.parent?.type === AST_NODE_TYPES.MemberExpression && node.parent.property === node ? node.parent : node;
    const assignment = target.parent;
    if (assignment?.type !== AST_NODE_TYPES.AssignmentExpression || assignment.left !== target || assignment.operator !== '=') return;
    const part = locationPart(target);
    if (part && this.firstVisit(assignment)) this.record(this.values.ofExpression(assignment.right, part), { use: 'page', via: `\`${snippet(this.sourceCode, target)}\`` }, assignment);
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

  /** `import { stringify } from 'qs'`, `const { encode } = require('querystring')`: builder calls through the module, under any local name. */
  private addImportedQueryStringBuilders(): void {
    for (const { node } of new FileTracker(this.sourceCode).modules(QUERY_STRING_TRACE_MAP)) {
      if (node.type === AST_NODE_TYPES.CallExpression && node.arguments[0] && this.firstVisit(node)) this.addQueryObject(node.arguments[0], node);
    }
  }

  private addQueryObject(object: TSESTree.Node, construction: TSESTree.Node): void {
    const destination = this.destinations.of(construction) ?? BUILT;
    if (destination.use !== 'body') this.record(this.values.ofObject(object, 'query'), destination, construction);
  }

  /** `url.searchParams.set('email', x)`, `params.append('phone', x)` on a URL or URLSearchParams. */
  private addSearchParamSetter(node: TSESTree.Identifier): void {
    const call = callNamed(node);
    const callee = call && unwrap(call.callee);
    if (callee?.type !== AST_NODE_TYPES.MemberExpression || !call || call.arguments.length < 2) return;
    const owner = this.searchParamsOwner(callee.object);
    if (owner === undefined || !this.firstVisit(call)) return;
    const destination = owner ? (this.destinations.ofVariable(owner, 0) ?? BUILT) : BUILT;
    if (destination.use === 'body') return;
    const key = staticString(call.arguments[0], scopeAt(this.sourceCode, call));
    const url = owner?.defs[0]?.name ?? call;
    this.record([{ node: call.arguments[1]!, part: 'query', key, removal: statementOf(call) }], destination, url);
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
      this.record(this.values.ofExpression(value.expression, 'path'), { use: 'page', via }, attribute);
    }
  }

  /** `<a :href="…">`, `<router-link :to="…">` in a Vue template. */
  private addTemplateLinks(): void {
    for (const link of templateLinks(this.sourceCode)) {
      this.record(this.values.ofExpression(link.expression, 'path'), { use: 'page', via: `a \`<${link.element} :${link.attribute}>\` link` }, link.expression);
    }
  }

  /** CAPI `event_source_url` / `referrer_url` and `ServerEvent.setEventSourceUrl()`: URLs Meta receives as they are. */
  private addMetaFields(): void {
    const { sinks } = this.analysis;
    for (const event of sinks.serverEvents) {
      for (const field of objectFields(this.sourceCode, event.node)) {
        if (field.key && CAPI_URL_FIELDS.has(field.key)) this.record(this.values.ofExpression(field.value, 'path'), { use: 'meta', via: `\`${field.key}\`` }, field.value);
      }
    }
    for (const call of sinks.sdkCalls) {
      const argument = call.args[0];
      if (call.className === 'ServerEvent' && SDK_URL_SETTERS.has(call.method) && argument) {
        this.record(this.values.ofExpression(argument, 'path'), { use: 'meta', via: `\`${call.className}.${call.method}()\`` }, call.node);
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
      // A URL argument that is an object is the request's options (`axios({ url, params })`).
      const values = call.arguments.flatMap((argument, index) =>
        index === use.urlIndex && resolveObjects(this.sourceCode, argument).length === 0 ? this.values.ofExpression(argument, 'path') : this.requestOptionValues(argument),
      );
      for (const value of values) if (!this.found.has(value.node)) requests.push(findingOf(value, 'request', use.via, call));
    }
    return requests;
  }

  private requestOptionValues(argument: TSESTree.Node): UrlValue[] {
    return objectFields(this.sourceCode, argument).flatMap((field) =>
      field.key === 'url' ? this.values.ofExpression(field.value, 'path') : field.key && REQUEST_QUERY_OPTIONS.has(field.key) ? this.values.ofObject(field.value, 'query') : [],
    );
  }

  // ----------------------------------------------------------------------------------------------
  // Findings

  private record(values: readonly UrlValue[], destination: Destination, url: TSESTree.Node): void {
    if (destination.use === 'body') return;
    const { use, via } = destination;
    for (const value of values) {
      const existing = this.found.get(value.node);
      if (!existing || PRIORITY[use] > PRIORITY[existing.use]) this.found.set(value.node, findingOf(value, use, via, url));
    }
  }

  private firstVisit(node: TSESTree.Node): boolean {
    if (this.visited.has(node)) return false;
    this.visited.add(node);
    return true;
  }
}

// ------------------------------------------------------------------------------------------------
// Helpers

/** A value's finding, its fields written out: a spread of values of several shapes is one of the slowest ways to copy them. */
function findingOf(value: UrlValue, use: UrlUse, via: string, url: TSESTree.Node): UrlFinding {
  return { node: value.node, part: value.part, key: value.key, removal: value.removal, use, via, url };
}

type UrlStep = 'tokens' | 'queryStringModules' | 'metaFields' | 'templateLinks';

/** Whether each of UrlFinder's steps has anything to look at in a file (cheap checks of its text and tree), cheapest first. */
const URL_STEPS: Readonly<Record<UrlStep, (sourceCode: SourceCode) => boolean>> = {
  queryStringModules: (sourceCode) => textHints(sourceCode.text).has('queryStringModule'),
  metaFields: (sourceCode) => textHints(sourceCode.text).has('metaUrlField'),
  templateLinks: hasTemplate,
  tokens: (sourceCode) => mayBuildUrl(sourceCode.text),
};
const URL_STEP_TESTS = Object.values(URL_STEPS);

/**
 * Whether a file can hold a URL finding at all: whether one of UrlFinder's steps has anything to look
 * at (request URLs aside: a check that only wants to know whether to wait for the file asks this).
 * Asked for every file, most of which answer no: no step's answer is kept.
 */
export function mayHoldUrls(sourceCode: SourceCode): boolean {
  return URL_STEP_TESTS.some((test) => test(sourceCode));
}

/**
 * Whether a file's text can build or navigate to a URL: a URL-building text hint, an absolute URL with
 * a value (`https://${host}`, `'https://shop.example' +`; an address alone, as in most files' comments,
 * holds none), or a call of a method that navigates on a receiver that can (`router.push(`,
 * `location.replace(`; `list.push(` is in most files and never navigates, see `worthLooking`).
 */
export function mayBuildUrl(text: string): boolean {
  const hints = textHints(text);
  return hints.has('urlBuilding') || hints.has('navigatingCall') || hasAddressWithValue(text);
}

/**
 * `https://shop.example${path}` or `'https://shop.example' + path`. An address alone holds no value (most
 * files have one in a comment), so each `://` is looked at: `indexOf` is far cheaper than a regular
 * expression that must try every position of the file.
 */
function hasAddressWithValue(text: string): boolean {
  for (let index = text.indexOf('://'); index !== -1; index = text.indexOf('://', index + 3)) {
    if (valueFollows(text, index + 3) && (text.startsWith('http', index - 4) || text.startsWith('https', index - 5))) return true;
  }
  return false;
}

/** Within the address that starts at `start` (no white space or quote): a `${`, or its closing quote and then `+`. */
function valueFollows(text: string, start: number): boolean {
  const end = Math.min(text.length, start + ADDRESS_LOOKAHEAD + 1);
  for (let index = start; index < end; index++) {
    const code = text.charCodeAt(index);
    if (code === DOLLAR && text.charCodeAt(index + 1) === OPEN_BRACE) return true;
    if (code === QUOTE || code === DOUBLE_QUOTE || code === BACKTICK) return text[afterWhitespace(text, index + 1)] === '+';
    if (isWhitespace(code)) return false;
  }
  return false;
}

function afterWhitespace(text: string, start: number): number {
  let index = start;
  while (index < text.length && isWhitespace(text.charCodeAt(index))) index++;
  return index;
}

const [DOLLAR, OPEN_BRACE, QUOTE, DOUBLE_QUOTE, BACKTICK, PLUS] = [...'${\'"`+'].map((char) => char.charCodeAt(0));

/** `/\s/` for one character code, without a regular expression call for the ASCII ones. */
function isWhitespace(code: number): boolean {
  return code < 128 ? code === 32 || (code >= 9 && code <= 13) : WHITESPACE.test(String.fromCharCode(code));
}

/** A Vue single-file component with a `<template>` (vue-eslint-parser). */
function hasTemplate(sourceCode: SourceCode): boolean {
  return Boolean((sourceCode.ast as { templateBody?: unknown }).templateBody);
}

/**
 * A URL: no spaces, not `mailto:` and the like, and it starts like one or has a `key=` in its query or
 * fragment (a bare `#${id}` is a selector or a private name as often as a fragment).
 */
function looksLikeUrl(shape: string): boolean {
  return !WHITESPACE.test(shape) && !NON_PAGE_SCHEME.test(shape) && (URL_START.test(shape) || QUERY_OR_FRAGMENT_KEY.test(shape));
}

/**
 * Whether the text a string expression writes itself (its literals and template pieces, which its URL
 * shape holds as they are) has whitespace: then it is no URL, and nothing needs resolving to say so.
 * Most strings built in ordinary code are messages.
 */
function writesWhitespace(node: TSESTree.Node): boolean {
  const target = unwrap(node);
  switch (target.type) {
    case AST_NODE_TYPES.Literal:
      return typeof target.value === 'string' && WHITESPACE.test(target.value);
    case AST_NODE_TYPES.TemplateLiteral:
      return target.quasis.some((quasi) => WHITESPACE.test(quasi.value.cooked ?? quasi.value.raw)) || target.expressions.some(writesWhitespace);
    case AST_NODE_TYPES.BinaryExpression:
      return target.operator === '+' && (writesWhitespace(target.left) || writesWhitespace(target.right));
    default:
      return false;
  }
}

function isStringBuilder(node: TSESTree.Node): boolean {
  return (node.type === AST_NODE_TYPES.TemplateLiteral && node.expressions.length > 0) || (node.type === AST_NODE_TYPES.BinaryExpression && node.operator === '+');
}

const QUERY_STRING_TRACE_MAP: TraceMap<true> = Object.fromEntries(
  Object.entries(QUERY_STRING_MODULE_EXPORTS).map(([module, builders]) => [module, Object.fromEntries(builders.map((name) => [name, { [CALL]: true }]))]),
);
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
