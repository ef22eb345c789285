import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import {
  AWS_COMMAND_CONSTRUCTOR,
  FIRST_PARTY_FUNCTIONS,
  FIRST_PARTY_RECEIVER_WORDS,
  FIRST_PARTY_WRITE_METHODS,
  HTTP_FUNCTIONS,
  HTTP_METHODS,
  LOG_NAME_WORDS,
  META_COMPANION_WORDS,
  META_NAME_WORDS,
  META_URL_PATTERN,
  MODEL_WRITE_METHODS,
  PRUNING_NAME_WORDS,
  RESPONSE_CONSTRUCTORS,
  RESPONSE_HANDLER_FUNCTIONS,
} from '../catalog/destinations.js';
import { enclosingFunction, keyName, memberPath, unwrap } from '../../util/ast.js';
import { callSitesOf, concreteValues, functionVariable, localFunctionOf, objectFields, variableOf } from '../../util/resolve.js';
import { splitWords } from '../../util/words.js';
import { urlParts } from './urls.js';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;

/**
 * Where a value ends up, judged from every way it leaves:
 * - `meta`: a request to a Meta endpoint (Conversions API, App Events API, Custom Audience users)
 *   or a Business SDK call (also through the functions of the file it is passed to or returned from);
 * - `pixel`: an argument of a pixel call or an App Events SDK call (advanced matching, event
 *   parameters, SDK user data: theirs, not CAPI's);
 * - `first-party`: every way it leaves ends at the site's own API, database, cache, queue, log,
 *   browser storage or HTTP response, or at a service that is not Meta;
 * - `unknown`: at least one way leads somewhere this file does not show (an imported function, an
 *   export, a caller elsewhere).
 * `metaHint`: a name on the way says Meta (`sendFacebookEvent(x)`, `const capiUserData = x`,
 * `import { send } from './meta-capi'`, a type `MetaUserData`).
 */
export interface Destination {
  readonly kind: 'meta' | 'pixel' | 'first-party' | 'unknown';
  readonly metaHint: boolean;
}

/** The calls that send to Meta in a file. */
export interface MetaSends {
  /** Conversions API, App Events API and Custom Audience requests, and Business SDK calls. */
  readonly server: ReadonlySet<TSESTree.Node>;
  /** Pixel calls and App Events SDK calls: the objects they take are their own, not CAPI payloads. */
  readonly clientSdk: ReadonlySet<TSESTree.Node>;
}

const META: Destination = { kind: 'meta', metaHint: false };
const PIXEL: Destination = { kind: 'pixel', metaHint: false };
const FIRST_PARTY: Destination = { kind: 'first-party', metaHint: false };
const UNKNOWN: Destination = { kind: 'unknown', metaHint: false };
const META_HINT: Destination = { kind: 'unknown', metaHint: true };
const RANK: Readonly<Record<Destination['kind'], number>> = { 'first-party': 0, unknown: 1, pixel: 2, meta: 3 };

/** Steps followed from one object before giving up (variables, properties, calls, returns). */
const MAX_STEPS = 16;

/** Calls that hand their argument on, as a copy or a string (`JSON.stringify(x)`, `Object.assign(t, x)`). */
const PASS_THROUGH_CALLS: ReadonlySet<string> = new Set([
  'JSON.stringify', 'String', 'structuredClone', 'Object.freeze', 'Object.assign', 'Promise.all', 'Promise.allSettled',
  'Promise.resolve', 'Array.of', 'Array.from', 'Buffer.from', 'encodeURIComponent', 'btoa', 'URLSearchParams', 'Blob',
  'Object.entries', 'Object.values', 'Object.fromEntries',
]);
/** Calls that read no data from their argument, only its shape (`Object.keys(payload.user_data)`). */
const SHAPE_CALLS: ReadonlySet<string> = new Set(['Object.keys', 'Object.getOwnPropertyNames', 'Array.isArray', 'Boolean']);
/** Array methods that put their argument into the receiver (`events.push(event)`). */
const INSERTING_METHODS: ReadonlySet<string> = new Set(['push', 'unshift', 'splice']);
/** Methods whose result still holds the receiver's data (`events.concat(x)`, `events.filter(f)`). */
const CARRYING_METHODS: ReadonlySet<string> = new Set(['concat', 'slice', 'filter', 'map', 'flat', 'flatMap', 'reverse', 'sort']);
/** Methods whose callback's result the call returns (`events.map((e) => ({ … }))`, `p.then((r) => ({ … }))`). */
const CALLBACK_RESULT_METHODS: ReadonlySet<string> = new Set(['map', 'flatMap', 'then', 'reduce']);
/** Built-in objects whose `create` is not an ORM write. */
const BUILTINS: ReadonlySet<string> = new Set(['Object', 'Array', 'Promise', 'Reflect', 'JSON', 'Math', 'Date', 'Symbol', 'Map', 'Set']);
/** The start of a URL whose host (`https://api.example.com/…`) or own-site path (`/api/…`) is written out. */
const WRITTEN_ORIGIN = /^\s*(?:[a-z][\w+.-]*:\/\/[^/?#\s]|\/(?!\/))/i;
/** Words of a URL's interpolated base that point at Meta (`${GRAPH_API}/${PIXEL_ID}/events`). */
const META_URL_WORDS: ReadonlySet<string> = new Set(['graph', 'facebook', 'fb', 'meta', 'capi', 'pixel', 'dataset']);

/**
 * Follows objects forward — into variables and their uses, containers, spreads, arrays, arguments
 * (into a local function's parameter and on), returns (to the call sites), `JSON.stringify` — to
 * where they leave the file. Memoised per node and per variable; one instance per file.
 */
export class Destinations {
  private readonly nodes = new Map<TSESTree.Node, Destination | null>();
  private readonly variables = new Map<Variable, Destination | null>();

  constructor(
    private readonly sourceCode: SourceCode,
    private readonly sends: MetaSends,
  ) {}

  /** Where the value of an expression goes. */
  of(node: TSESTree.Node): Destination {
    return this.follow(node, 0) ?? UNKNOWN;
  }

  /**
   * Whether an object whose destination is not known is built where Meta payloads are built: the
   * file sends to the Conversions API or the SDK, or a name on its way says Meta.
   */
  inMetaContext(destination: Destination): boolean {
    return destination.metaHint || this.sends.server.size > 0;
  }

  /** Undefined when the value goes nowhere from here (a property read, a discarded expression). */
  private follow(node: TSESTree.Node, steps: number): Destination | undefined {
    const known = this.nodes.get(node);
    if (known !== undefined) return known ?? undefined;
    if (steps > MAX_STEPS) return UNKNOWN;
    this.nodes.set(node, UNKNOWN); // a cycle reads as unknown
    const found = this.use(node, steps + 1);
    this.nodes.set(node, found ?? null);
    return found;
  }

  /** Where the value of `node` goes from its place in the tree. */
  private use(node: TSESTree.Node, steps: number): Destination | undefined {
    const parent = node.parent;
    if (!parent) return UNKNOWN;
    switch (parent.type) {
      case AST_NODE_TYPES.TSAsExpression:
      case AST_NODE_TYPES.TSSatisfiesExpression:
      case AST_NODE_TYPES.TSTypeAssertion: {
        return combine([this.follow(parent, steps)], this.typeIsMetaNamed(parent.typeAnnotation));
      }
      case AST_NODE_TYPES.TSNonNullExpression:
      case AST_NODE_TYPES.ChainExpression:
      case AST_NODE_TYPES.AwaitExpression:
      case AST_NODE_TYPES.ArrayExpression:
      case AST_NODE_TYPES.LogicalExpression:
      case AST_NODE_TYPES.TemplateLiteral:
        return this.follow(parent, steps);
      case AST_NODE_TYPES.BinaryExpression:
        return parent.operator === '+' ? this.follow(parent, steps) : undefined;
      case AST_NODE_TYPES.ConditionalExpression:
        return parent.test === node ? undefined : this.follow(parent, steps);
      case AST_NODE_TYPES.SequenceExpression:
        return parent.expressions[parent.expressions.length - 1] === node ? this.follow(parent, steps) : undefined;
      case AST_NODE_TYPES.Property:
        return parent.value === node && parent.parent.type === AST_NODE_TYPES.ObjectExpression ? this.follow(parent.parent, steps) : undefined;
      case AST_NODE_TYPES.SpreadElement:
        return this.spread(parent, steps);
      case AST_NODE_TYPES.VariableDeclarator:
        return parent.init === node ? this.declared(parent, steps) : undefined;
      case AST_NODE_TYPES.AssignmentExpression:
        return parent.right === node ? this.assignedTo(parent.left, steps) : undefined;
      case AST_NODE_TYPES.CallExpression:
      case AST_NODE_TYPES.NewExpression:
        return parent.callee === node ? undefined : this.argument(parent, parent.arguments.indexOf(node as TSESTree.CallExpressionArgument), steps);
      case AST_NODE_TYPES.ReturnStatement: {
        const fn = enclosingFunction(parent);
        return fn ? this.returned(fn, steps) : UNKNOWN;
      }
      case AST_NODE_TYPES.ArrowFunctionExpression:
        return parent.body === node ? this.returned(parent, steps) : undefined;
      case AST_NODE_TYPES.MemberExpression:
        return parent.object === node ? this.methodResult(parent, steps) : undefined;
      case AST_NODE_TYPES.TaggedTemplateExpression:
        return receiverSaysFirstParty(calleeNames(parent.tag)) ? FIRST_PARTY : UNKNOWN;
      case AST_NODE_TYPES.ExpressionStatement:
      case AST_NODE_TYPES.IfStatement:
      case AST_NODE_TYPES.UnaryExpression:
        return undefined;
      default:
        return UNKNOWN;
    }
  }

  private spread(spread: TSESTree.SpreadElement, steps: number): Destination | undefined {
    const holder = spread.parent;
    if (holder.type === AST_NODE_TYPES.ObjectExpression || holder.type === AST_NODE_TYPES.ArrayExpression) return this.follow(holder, steps);
    if (holder.type === AST_NODE_TYPES.CallExpression || holder.type === AST_NODE_TYPES.NewExpression) {
      return this.argument(holder, holder.arguments.indexOf(spread), steps);
    }
    return UNKNOWN;
  }

  private declared(declarator: TSESTree.VariableDeclarator, steps: number): Destination | undefined {
    if (declarator.id.type !== AST_NODE_TYPES.Identifier) return UNKNOWN;
    const variable = variableOf(this.sourceCode, declarator.id);
    return variable ? this.variableUses(variable, steps) : UNKNOWN;
  }

  /** `x = value` goes where `x` goes; `event.user_data = value` goes where `event` goes. */
  private assignedTo(target: TSESTree.Node, steps: number): Destination | undefined {
    let root = unwrap(target);
    while (root.type === AST_NODE_TYPES.MemberExpression) root = unwrap(root.object);
    if (root.type !== AST_NODE_TYPES.Identifier) return UNKNOWN;
    const variable = variableOf(this.sourceCode, root);
    return variable && variable.defs.length > 0 ? this.variableUses(variable, steps) : UNKNOWN;
  }

  /** Where the value a variable holds goes: every read of it, and outside the file when it is exported. */
  private variableUses(variable: Variable, steps: number): Destination | undefined {
    const known = this.variables.get(variable);
    if (known !== undefined) return known ?? undefined;
    this.variables.set(variable, UNKNOWN);
    const declared = variable.defs[0]?.name;
    const named = isMetaNamed(splitWords(variable.name)) || (declared?.type === AST_NODE_TYPES.Identifier && this.typeIsMetaNamed(declared.typeAnnotation));
    const found: (Destination | undefined)[] = [isExported(variable) ? UNKNOWN : undefined];
    for (const reference of variable.references) {
      if (reference.init || !reference.isRead()) continue;
      found.push(this.follow(reference.identifier as TSESTree.Node, steps));
    }
    const result = combine(found, named);
    this.variables.set(variable, result ?? null);
    return result;
  }

  /** `events.push(x)` fills `events`; `events.concat(…)`, `events.map(…)` carry it on. */
  private methodResult(member: TSESTree.MemberExpression, steps: number): Destination | undefined {
    const call = member.parent;
    if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== member) return undefined;
    const method = keyName(member);
    return method !== undefined && CARRYING_METHODS.has(method) ? this.follow(call, steps) : undefined;
  }

  private argument(call: TSESTree.CallExpression | TSESTree.NewExpression, index: number, steps: number): Destination | undefined {
    if (this.sends.server.has(call)) return META;
    if (this.sends.clientSdk.has(call)) return PIXEL;
    const callee = unwrap(call.callee);
    const names = calleeNames(callee);
    const path = memberPath(callee)?.join('.');
    if (path !== undefined && PASS_THROUGH_CALLS.has(path)) return this.follow(call, steps);
    if (path !== undefined && SHAPE_CALLS.has(path)) return undefined;
    const method = names[names.length - 1];
    if (callee.type === AST_NODE_TYPES.MemberExpression && method !== undefined && INSERTING_METHODS.has(method)) {
      return this.assignedTo(callee.object, steps);
    }
    const fn = call.type === AST_NODE_TYPES.CallExpression ? (localFunctionOf(this.sourceCode, callee) ?? classMethod(callee)) : undefined;
    if (fn) return this.parameter(fn, index, steps);
    if (isFirstPartyCall(call, callee, names)) return FIRST_PARTY;
    const request = this.request(call, callee, names);
    if (request) return request;
    // A function whose body is not here is judged by its name (and its module's): what it says it does.
    const words = names.flatMap(splitWords);
    if (words.some((word) => LOG_NAME_WORDS.has(word))) return FIRST_PARTY;
    const hint = isMetaNamed(words) || this.importedFromMeta(callee);
    if (call.type === AST_NODE_TYPES.CallExpression && words.some((word) => PRUNING_NAME_WORDS.has(word))) return combine([this.follow(call, steps) ?? UNKNOWN], hint);
    return hint ? META_HINT : UNKNOWN;
  }

  /** A value passed to a function of this file goes where its parameter goes (a destructured parameter: unknown). */
  private parameter(fn: TSESTree.FunctionLike, index: number, steps: number): Destination | undefined {
    const param = index === -1 ? undefined : fn.params[index];
    const target = param?.type === AST_NODE_TYPES.AssignmentPattern ? param.left : param;
    if (target?.type !== AST_NODE_TYPES.Identifier) return UNKNOWN;
    const variable = this.sourceCode.getDeclaredVariables(fn).find((candidate) => candidate.name === target.name);
    return variable ? this.variableUses(variable, steps) : UNKNOWN;
  }

  /** A value returned goes where the function's calls go (or the call it is a callback of: `events.map((e) => ({ … }))`). */
  private returned(fn: TSESTree.FunctionLike, steps: number): Destination | undefined {
    const holder = fn.parent;
    if ((holder?.type === AST_NODE_TYPES.CallExpression || holder?.type === AST_NODE_TYPES.NewExpression) && holder.callee !== fn) {
      const method = calleeNames(unwrap(holder.callee)).at(-1);
      if (method !== undefined && RESPONSE_HANDLER_FUNCTIONS.has(method)) return FIRST_PARTY;
      return method !== undefined && CALLBACK_RESULT_METHODS.has(method) ? this.follow(holder, steps) : UNKNOWN;
    }
    const variable = functionVariable(this.sourceCode, fn);
    const names = fn.type === AST_NODE_TYPES.FunctionDeclaration ? [fn.id?.name] : [variable?.name, ...methodNames(fn)];
    const named = names.some((name) => name !== undefined && isMetaNamed(splitWords(name))) || this.typeIsMetaNamed(fn.returnType);
    const sites = callSitesOf(this.sourceCode, fn);
    const found = sites.map((site) => this.follow(site, steps));
    if (sites.length === 0 || isExportedFunction(fn, variable)) found.push(UNKNOWN);
    return combine(found, named);
  }

  /** An HTTP call: to Meta when its URL says so, first-party when the URL is the site's own or another host. */
  private request(call: TSESTree.CallExpression | TSESTree.NewExpression, callee: TSESTree.Node, names: readonly string[]): Destination | undefined {
    const method = names[names.length - 1];
    const isHttp =
      (callee.type === AST_NODE_TYPES.Identifier && HTTP_FUNCTIONS.has(callee.name)) ||
      (callee.type === AST_NODE_TYPES.MemberExpression && method !== undefined && HTTP_METHODS.has(method));
    const first = call.arguments[0] && unwrap(call.arguments[0]);
    if (!isHttp || !first || first.type === AST_NODE_TYPES.SpreadElement) return undefined;
    const config = first.type === AST_NODE_TYPES.ObjectExpression ? objectFields(this.sourceCode, first).find((field) => field.key === 'url') : undefined;
    const url = first.type === AST_NODE_TYPES.ObjectExpression ? config?.value : first;
    // A URL passed in by the callers of a helper (`post(url, body)`) is judged at each call.
    return url ? combine(concreteValues(this.sourceCode, url).map((value) => this.urlDestination(value))) : UNKNOWN;
  }

  private urlDestination(url: TSESTree.Node): Destination {
    const parts = urlParts(this.sourceCode, url);
    const text = parts.map((part) => ('text' in part ? part.text : '')).join('');
    if (META_URL_PATTERN.test(text)) return META;
    // Written from its own host or path, a URL is that host's (`https://tr.snapchat.com/v3/${SNAP_PIXEL_ID}/events`).
    const first = parts[0];
    if (first && 'text' in first && WRITTEN_ORIGIN.test(first.text)) return FIRST_PARTY;
    const holes = parts.flatMap((part) => ('node' in part ? splitWords(memberPath(part.node)?.join(' ') ?? '') : []));
    if (holes.some((word) => META_URL_WORDS.has(word))) return META_HINT;
    return text.trim() === '' ? UNKNOWN : FIRST_PARTY;
  }

  /** `ud: FbCustomerInformation`, `(): Promise<MetaUserData>`, `x as CapiEvent`: a type named for Meta. */
  private typeIsMetaNamed(type: TSESTree.Node | undefined): boolean {
    return type !== undefined && isMetaNamed(splitWords(this.sourceCode.getText(type)));
  }

  /** `import { send } from '@/lib/meta-capi'; send(x)`: the module's name says Meta. */
  private importedFromMeta(callee: TSESTree.Node): boolean {
    let root = callee;
    while (root.type === AST_NODE_TYPES.MemberExpression) root = unwrap(root.object);
    if (root.type !== AST_NODE_TYPES.Identifier) return false;
    const def = variableOf(this.sourceCode, root)?.defs[0];
    if (def?.type !== 'ImportBinding' || def.parent?.type !== AST_NODE_TYPES.ImportDeclaration) return false;
    return def.parent.source.value.split('/').some((segment) => segment.replace(/\.[jt]sx?$/, '') === 'meta' || isMetaNamed(splitWords(segment)));
  }
}

/**
 * The worst of several ways out: Meta over the pixel over unknown over first-party. `hint`: a name
 * where they meet says Meta (it marks the result; it is no way out itself). A way that ends
 * first-party carries no hint: `const metaPayload = x; fetch('/api/meta', …)` is the site's own relay.
 */
function combine(found: readonly (Destination | undefined)[], hint = false): Destination | undefined {
  let worst: Destination | undefined;
  let metaHint = hint;
  for (const destination of found) {
    if (!destination) continue;
    metaHint ||= destination.metaHint && destination.kind !== 'first-party';
    if (!worst || RANK[destination.kind] > RANK[worst.kind]) worst = destination;
  }
  if (!worst) return hint ? META_HINT : undefined;
  if (worst.kind === 'first-party') return FIRST_PARTY;
  return metaHint === worst.metaHint ? worst : { kind: worst.kind, metaHint };
}

/** Names along a callee: `supabase.from('leads').insert` → supabase, from, insert. */
function calleeNames(callee: TSESTree.Node): string[] {
  const names: string[] = [];
  let node = unwrap(callee);
  for (;;) {
    if (node.type === AST_NODE_TYPES.MemberExpression) {
      const name = keyName(node);
      if (name !== undefined) names.push(name);
      node = unwrap(node.object);
    } else if (node.type === AST_NODE_TYPES.CallExpression) {
      node = unwrap(node.callee);
    } else {
      if (node.type === AST_NODE_TYPES.Identifier) names.push(node.name);
      return names.reverse();
    }
  }
}

/** Writes to the site's own stores, logs and responses, and sends to services that are not Meta. */
function isFirstPartyCall(call: TSESTree.CallExpression | TSESTree.NewExpression, callee: TSESTree.Node, names: readonly string[]): boolean {
  if (call.type === AST_NODE_TYPES.NewExpression) {
    return callee.type === AST_NODE_TYPES.Identifier && (RESPONSE_CONSTRUCTORS.has(callee.name) || AWS_COMMAND_CONSTRUCTOR.test(callee.name));
  }
  if (callee.type === AST_NODE_TYPES.Identifier) return FIRST_PARTY_FUNCTIONS.has(callee.name);
  const method = names[names.length - 1];
  if (method === undefined || names.length < 2) return false;
  if (FIRST_PARTY_WRITE_METHODS.has(method) && (receiverSaysFirstParty(names.slice(0, -1)) || isTableQuery(callee))) return true;
  // An ORM model class: `Lead.create(row)`.
  const receiver = names[0]!;
  return names.length === 2 && MODEL_WRITE_METHODS.has(method) && /^[A-Z][a-z]/.test(receiver) && !BUILTINS.has(receiver);
}

/** A query builder on a named table: `client.from('leads').insert(row)` (Supabase), `sb.from('cache').update(patch)`. */
function isTableQuery(callee: TSESTree.Node): boolean {
  let node = unwrap(callee);
  while (node.type === AST_NODE_TYPES.MemberExpression) {
    const receiver = unwrap(node.object);
    if (receiver.type !== AST_NODE_TYPES.CallExpression) return false;
    node = unwrap(receiver.callee);
    const table = receiver.arguments[0];
    if (node.type === AST_NODE_TYPES.MemberExpression && keyName(node) === 'from' && table?.type === AST_NODE_TYPES.Literal && typeof table.value === 'string') return true;
  }
  return false;
}

function receiverSaysFirstParty(names: readonly string[]): boolean {
  return names.some((name) => splitWords(name).some((word) => FIRST_PARTY_RECEIVER_WORDS.has(word)));
}

/**
 * Whether words name Meta: `facebook`, `fb`, `capi`, or `meta` beside a word such as `event` or
 * `pixel` — and do not say the thing is a log (`logMetaEvent`, `capiDebug`).
 */
export function isMetaNamed(words: readonly string[]): boolean {
  if (words.some((word) => LOG_NAME_WORDS.has(word))) return false;
  return words.some((word) => META_NAME_WORDS.has(word)) || (words.includes('meta') && words.some((word) => META_COMPANION_WORDS.has(word)));
}

/** `this.send(x)` inside a class: the method of that class. */
function classMethod(callee: TSESTree.Node): TSESTree.FunctionLike | undefined {
  if (callee.type !== AST_NODE_TYPES.MemberExpression || callee.object.type !== AST_NODE_TYPES.ThisExpression) return undefined;
  const name = keyName(callee);
  let node: TSESTree.Node | undefined = callee;
  while (node && node.type !== AST_NODE_TYPES.ClassBody) node = node.parent;
  const method = node?.body.find((member) => member.type === AST_NODE_TYPES.MethodDefinition && !member.computed && keyName(member) === name);
  return method?.type === AST_NODE_TYPES.MethodDefinition ? method.value : undefined;
}

/**
 * A method's name and its holder's: `class MetaCapi { userData() {} }`, `class MetaCapi { userData = () => … }`,
 * `const fbTracking = { build() {} }`.
 */
function methodNames(fn: TSESTree.FunctionLike): (string | undefined)[] {
  const method = fn.parent;
  if (method?.type !== AST_NODE_TYPES.MethodDefinition && method?.type !== AST_NODE_TYPES.Property && method?.type !== AST_NODE_TYPES.PropertyDefinition) return [];
  const holder = method.parent.type === AST_NODE_TYPES.ClassBody ? method.parent.parent : method.parent;
  const holderName =
    holder.type === AST_NODE_TYPES.ClassDeclaration || holder.type === AST_NODE_TYPES.ClassExpression
      ? holder.id?.name
      : holder.parent?.type === AST_NODE_TYPES.VariableDeclarator && holder.parent.id.type === AST_NODE_TYPES.Identifier
        ? holder.parent.id.name
        : undefined;
  return [keyName(method), holderName];
}

function isExported(variable: Variable): boolean {
  const declaration = variable.defs[0]?.parent;
  return declaration?.parent?.type === AST_NODE_TYPES.ExportNamedDeclaration || variable.references.some((reference) => reference.identifier.parent?.type === AST_NODE_TYPES.ExportSpecifier);
}

function isExportedFunction(fn: TSESTree.FunctionLike, variable: Variable | undefined): boolean {
  const parent = fn.parent;
  return (
    parent?.type === AST_NODE_TYPES.ExportNamedDeclaration ||
    parent?.type === AST_NODE_TYPES.ExportDefaultDeclaration ||
    (variable !== undefined && isExported(variable))
  );
}
