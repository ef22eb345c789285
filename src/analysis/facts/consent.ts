import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import {
  CMP_CALLBACK_FUNCTIONS,
  CONSENT_GRANT,
  CONSENT_HANDLER_NAME,
  CONSENT_REVOKE,
  CONSENT_SIGNAL,
  REFUSAL_SIGNAL,
} from '../catalog/consent.js';
import type { FileAnalysis } from '../index.js';
import { functionVariable, localFunctionOf, MAX_DEPTH, returnedExpressions, singleValueOf, variableOf } from '../../util/resolve.js';
import type { PixelCall } from '../sinks/types.js';
import { isFunctionNode, keyName, lastName, staticString, unwrap } from '../../util/ast.js';
import { perFile } from '../per-file.js';

/**
 * "Is this node dominated by a consent check?" — for one file, computed lazily and memoised.
 *
 * A node is covered when, walking from it up to the top of the file:
 * - a condition it sits under mentions a consent signal: the branch of an `if` or `?:`, the right of
 *   `&&` / `||` (either polarity: the test mentioning consent is the evidence);
 * - an earlier statement of an enclosing block is an early exit (`if (!consent) return;` / `throw`)
 *   whose test mentions a consent signal;
 * - with `afterRevoke` (pixel commands): an earlier statement of an enclosing block issues
 *   `fbq('consent', 'revoke')`, a conditional consent call or a helper that does, on every path;
 * - it is inside a function passed to a consent API (`OneTrust.OnConsentChanged(cb)`,
 *   `__tcfapi('addEventListener', 2, cb)`, `addEventListener('CookiebotOnAccept', cb)`), or a CMP
 *   callback by name (`function OptanonWrapper() {}`);
 * - it is inside a named function (or method) every call of which in the file is covered, or that
 *   has no call in the file and a consent handler's name (`onConsentSaved`, `CookieBanner`).
 * Inline functions (callbacks, effects, IIFEs, route handlers) are followed out to where they are
 * written. "Mentions" looks at identifiers, property names and strings in the test, at the values
 * of `const`s and imports it uses, and at what local functions it calls return.
 *
 * Program order ("runs before") is source order inside the nearest common block, across nested
 * functions only outwards (code in an enclosing function that comes first runs first); two sibling
 * functions are unordered. Nothing here throws: unknown shapes are simply not covered.
 */
export type ConsentCoverage =
  | { readonly kind: 'check'; readonly node: TSESTree.Node }
  | { readonly kind: 'callback'; readonly node: TSESTree.Node }
  | { readonly kind: 'revoke'; readonly node: TSESTree.Node }
  | { readonly kind: 'callers'; readonly node: TSESTree.FunctionLike };

export interface CoverageOptions {
  /** Whether a preceding `fbq('consent', 'revoke')` covers the node (pixel commands only). */
  readonly afterRevoke: boolean;
}

/** What a pixel consent call does: grant, revoke, or decide at runtime (`cond ? 'grant' : 'revoke'`). */
export type ConsentAction = 'grant' | 'revoke' | 'runtime';

type SourceCode = Readonly<TSESLint.SourceCode>;
type StatementList = readonly TSESTree.Node[];
interface RevokeMark {
  readonly index: number;
  readonly call: TSESTree.Node;
}

/** How deep "mentions" follows constants and helper functions. */
const MENTION_DEPTH = 3;
/** How many nodes of one test "mentions" looks at before giving up. */
const MENTION_BUDGET = 200;
/** Event-name-like strings (not paths or URLs) that can name a consent API event. */
const EVENT_NAME = /^[\w.:-]+$/;

/** The consent facts of the file being linted, shared by every rule (and the data inventory). */
export const getConsent = perFile((analysis) => new FileConsent(analysis));

/** The action of a pixel consent call, or undefined when it is not one (or says neither). */
export function consentAction(call: PixelCall, sourceCode: SourceCode): ConsentAction | undefined {
  if (call.command !== 'consent') return undefined;
  if (call.fixedConsent) return call.fixedConsent;
  const argument = call.slots.consent;
  if (!argument) return undefined;
  const value = staticString(argument, sourceCode.getScope(argument));
  if (value === undefined) return 'runtime';
  return value === CONSENT_GRANT ? 'grant' : value === CONSENT_REVOKE ? 'revoke' : undefined;
}

export class FileConsent {
  private readonly sourceCode: SourceCode;
  private readonly mentions = new WeakMap<TSESTree.Node, boolean>();
  private readonly registrations = new WeakMap<TSESTree.Node, boolean>();
  private readonly covered = [new Map<TSESTree.Node, ConsentCoverage | undefined>(), new Map<TSESTree.Node, ConsentCoverage | undefined>()];
  private revokeCalls: readonly PixelCall[] | undefined;
  private revokeMarks: Map<StatementList, RevokeMark> | undefined;
  private memberCalls: Map<string, TSESTree.CallExpression[]> | undefined;
  private depth = 0;

  constructor(private readonly analysis: FileAnalysis) {
    this.sourceCode = analysis.sourceCode;
  }

  /** The pixel consent calls that pause the pixel or let the visitor's choice decide (not plain grants). */
  get revokes(): readonly PixelCall[] {
    this.revokeCalls ??= this.analysis.sinks.pixelCalls.filter((call) => {
      const action = consentAction(call, this.sourceCode);
      return action === 'revoke' || action === 'runtime';
    });
    return this.revokeCalls;
  }

  /** How `node` is covered by consent, or undefined when it runs whatever the visitor chose. */
  coverage(node: TSESTree.Node, options: CoverageOptions): ConsentCoverage | undefined {
    const cache = this.covered[options.afterRevoke ? 1 : 0]!;
    if (cache.has(node)) return cache.get(node);
    if (this.depth > MAX_DEPTH) return undefined;
    cache.set(node, undefined); // a call cycle counts as not covered
    this.depth++;
    try {
      const result = this.walk(node, options);
      cache.set(node, result);
      return result;
    } finally {
      this.depth--;
    }
  }

  /** Whether an expression mentions a consent signal (catalog patterns and settings `consentSignals`). */
  mentionsConsent(node: TSESTree.Node): boolean {
    let result = this.mentions.get(node);
    if (result === undefined) {
      result = this.scanForSignal(node, 0);
      this.mentions.set(node, result);
    }
    return result;
  }

  /** Whether `a` runs before `b` in program order (see the module comment). */
  runsBefore(a: TSESTree.Node, b: TSESTree.Node): boolean {
    const fa = enclosingFunction(a);
    if (fa && !isInside(b, fa)) return false;
    const ancestorsOfA = new Set<TSESTree.Node>();
    for (let node: TSESTree.Node | undefined = a; node; node = node.parent) ancestorsOfA.add(node);
    let childOfB: TSESTree.Node = b;
    let common = b.parent;
    while (common && !ancestorsOfA.has(common)) {
      childOfB = common;
      common = common.parent;
    }
    if (!common || ancestorsOfA.has(b)) return false;
    let childOfA: TSESTree.Node = a;
    while (childOfA.parent !== common) childOfA = childOfA.parent!;
    return orderedUnder(common, childOfA, childOfB);
  }

  private walk(node: TSESTree.Node, options: CoverageOptions): ConsentCoverage | undefined {
    let child = node;
    for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
      if (isFunctionNode(parent)) return this.functionCoverage(parent, options);
      const guard = this.guardAt(child, parent, options);
      if (guard) return guard;
    }
    return undefined;
  }

  /** A consent guard that `parent` puts around its child `child`. */
  private guardAt(child: TSESTree.Node, parent: TSESTree.Node, options: CoverageOptions): ConsentCoverage | undefined {
    switch (parent.type) {
      case AST_NODE_TYPES.IfStatement:
      case AST_NODE_TYPES.ConditionalExpression:
        return child !== parent.test && this.mentionsConsent(parent.test) ? { kind: 'check', node: parent.test } : undefined;
      case AST_NODE_TYPES.LogicalExpression:
        return child === parent.right && parent.operator !== '??' && this.mentionsConsent(parent.left)
          ? { kind: 'check', node: parent.left }
          : undefined;
      case AST_NODE_TYPES.CallExpression:
      case AST_NODE_TYPES.NewExpression:
        return child !== parent.callee && this.isConsentRegistration(parent) ? { kind: 'callback', node: child } : undefined;
      default: {
        const list = statementList(parent);
        return list ? this.earlierInList(list, child, options) : undefined;
      }
    }
  }

  /** An early-exit consent check, or (with `afterRevoke`) a revoke, among the statements before `child`. */
  private earlierInList(list: StatementList, child: TSESTree.Node, options: CoverageOptions): ConsentCoverage | undefined {
    const index = list.indexOf(child);
    for (let i = 0; i < index; i++) {
      const statement = list[i]!;
      if (statement.type === AST_NODE_TYPES.IfStatement && exitsEarly(statement) && this.mentionsConsent(statement.test)) {
        return { kind: 'check', node: statement.test };
      }
    }
    if (!options.afterRevoke) return undefined;
    const mark = this.marks().get(list);
    return mark && mark.index < index ? { kind: 'revoke', node: mark.call } : undefined;
  }

  private functionCoverage(fn: TSESTree.FunctionLike, options: CoverageOptions): ConsentCoverage | undefined {
    const name = functionName(fn);
    if (name !== undefined && CMP_CALLBACK_FUNCTIONS.has(name)) return { kind: 'callback', node: fn };
    const sites = this.callersOf(fn);
    if (sites === undefined) return this.walk(fn, options);
    if (sites.length === 0) {
      return name !== undefined && CONSENT_HANDLER_NAME.test(name) && !REFUSAL_SIGNAL.test(name) ? { kind: 'callback', node: fn } : undefined;
    }
    return sites.every((site) => this.coverage(site, options)) ? { kind: 'callers', node: fn } : undefined;
  }

  /**
   * Where a named function is used in the file: its calls, and references that hand it on
   * (`OneTrust.OnConsentChanged(loadPixel)`), which are judged where they are written. Undefined for
   * an inline function (a callback, an IIFE), which runs where it is written.
   */
  private callersOf(fn: TSESTree.FunctionLike): TSESTree.Node[] | undefined {
    const parent = fn.parent;
    const variable = functionVariable(this.sourceCode, fn);
    if (variable) {
      // Reads only: `const load = () => …` writes its name once, and that write is no use of the function.
      return variable.references.filter((reference) => reference.isRead()).map((reference) => callOrReference(reference.identifier as TSESTree.Node));
    }
    if (
      parent?.type === AST_NODE_TYPES.MethodDefinition ||
      parent?.type === AST_NODE_TYPES.PropertyDefinition ||
      (parent?.type === AST_NODE_TYPES.Property && parent.value === fn)
    ) {
      const key = keyName(parent as TSESTree.MethodDefinition);
      const owner = parent.parent.type === AST_NODE_TYPES.ClassBody ? parent.parent.parent : parent.parent;
      return key === undefined ? [] : (this.methodCalls().get(key) ?? []).filter((call) => this.isCallOn(call, owner));
    }
    if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.right === fn) return [];
    return undefined;
  }

  /**
   * Whether a method call is made on `owner`: `this.m()` inside the class, `C.m()`, `x.m()` where
   * `x` holds `new C()` or the object literal itself.
   */
  private isCallOn(call: TSESTree.CallExpression, owner: TSESTree.Node): boolean {
    const object = unwrap((unwrap(call.callee) as TSESTree.MemberExpression).object);
    if (object.type === AST_NODE_TYPES.ThisExpression) return isInside(call, owner);
    if (object.type !== AST_NODE_TYPES.Identifier) return false;
    const className = 'id' in owner && owner.id?.type === AST_NODE_TYPES.Identifier ? owner.id.name : undefined;
    if (object.name === className) return true;
    const variable = variableOf(this.sourceCode, object);
    const value = variable && singleValueOf(variable);
    if (!value) return false;
    const instance = unwrap(value.type === AST_NODE_TYPES.AwaitExpression ? value.argument : value);
    if (instance === owner) return true;
    return instance.type === AST_NODE_TYPES.NewExpression && instance.callee.type === AST_NODE_TYPES.Identifier && instance.callee.name === className;
  }

  /** Calls `x.name(…)` / `this.name(…)` in the file, by method name (computed once, on demand). */
  private methodCalls(): Map<string, TSESTree.CallExpression[]> {
    if (this.memberCalls) return this.memberCalls;
    const calls = new Map<string, TSESTree.CallExpression[]>();
    walkTree(this.sourceCode, (node) => {
      if (node.type !== AST_NODE_TYPES.CallExpression) return;
      const callee = unwrap(node.callee);
      if (callee.type !== AST_NODE_TYPES.MemberExpression) return;
      const name = keyName(callee);
      if (name === undefined) return;
      const list = calls.get(name) ?? [];
      list.push(node);
      calls.set(name, list);
    });
    this.memberCalls = calls;
    return calls;
  }

  /**
   * A call that registers its function arguments as consent callbacks: its callee chain or an
   * event-name argument mentions a CMP or consent (`OneTrust.OnConsentChanged`, `__tcfapi`,
   * `addEventListener('CookiebotOnAccept', …)`), and nothing in it says refusal.
   */
  private isConsentRegistration(call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
    let result = this.registrations.get(call);
    if (result === undefined) {
      const names = [...calleeNames(call.callee)];
      for (const argument of call.arguments) {
        const text = argument.type === AST_NODE_TYPES.SpreadElement ? undefined : staticString(argument, this.sourceCode.getScope(argument));
        if (text !== undefined && EVENT_NAME.test(text)) names.push(text);
      }
      result = names.some((name) => this.isSignal(name)) && !names.some((name) => REFUSAL_SIGNAL.test(name));
      this.registrations.set(call, result);
    }
    return result;
  }

  private isSignal(text: string): boolean {
    return CONSENT_SIGNAL.test(text) || this.analysis.settings.consentSignals.some((pattern) => pattern.test(text));
  }

  /** Looks for a consent signal in an expression, following constants, imports and local helpers. */
  private scanForSignal(root: TSESTree.Node, depth: number): boolean {
    const stack: TSESTree.Node[] = [root];
    let budget = MENTION_BUDGET;
    while (stack.length > 0 && budget-- > 0) {
      const node = stack.pop()!;
      if (this.nodeMentionsSignal(node, depth)) return true;
      pushChildren(node, this.sourceCode.visitorKeys, stack);
    }
    return false;
  }

  private nodeMentionsSignal(node: TSESTree.Node, depth: number): boolean {
    switch (node.type) {
      case AST_NODE_TYPES.Identifier:
      case AST_NODE_TYPES.PrivateIdentifier:
        if (this.isSignal(node.name)) return true;
        return node.type === AST_NODE_TYPES.Identifier && depth < MENTION_DEPTH && this.definitionMentionsSignal(node, depth);
      case AST_NODE_TYPES.Literal:
        return typeof node.value === 'string' && this.isSignal(node.value);
      case AST_NODE_TYPES.TemplateElement:
        return this.isSignal(node.value.raw);
      case AST_NODE_TYPES.CallExpression: {
        if (depth >= MENTION_DEPTH) return false;
        const fn = localFunctionOf(this.sourceCode, node.callee);
        return fn !== undefined && returnedExpressions(fn).some((value) => this.scanForSignal(value, depth + 1));
      }
      default:
        return false;
    }
  }

  /** `const ok = hasConsent()`, `const { has } = useConsentManager()`, `import { x } from 'cmp'`. */
  private definitionMentionsSignal(identifier: TSESTree.Identifier, depth: number): boolean {
    if (!isReference(identifier)) return false;
    const def = variableOf(this.sourceCode, identifier)?.defs[0];
    if (def?.type === 'Variable' && def.node.init) return this.scanForSignal(def.node.init, depth + 1);
    if (def?.type === 'ImportBinding' && def.parent?.type === AST_NODE_TYPES.ImportDeclaration) return this.isSignal(def.parent.source.value);
    return false;
  }

  /** For each statement list, the first statement that revokes consent on every path through it. */
  private marks(): Map<StatementList, RevokeMark> {
    if (!this.revokeMarks) {
      this.revokeMarks = new Map();
      for (const call of this.revokes) this.markRevoke(call.node, call.node, 0);
    }
    return this.revokeMarks;
  }

  private markRevoke(from: TSESTree.Node, call: TSESTree.Node, depth: number): void {
    const marks = this.revokeMarks!;
    let child = from;
    let parent = from.parent;
    for (; parent && !isFunctionNode(parent); child = parent, parent = parent.parent) {
      const list = statementList(parent);
      const index = list ? list.indexOf(child) : -1;
      const existing = list && marks.get(list);
      if (list && index >= 0 && (!existing || existing.index > index)) marks.set(list, { index, call });
      if (this.isBranch(child, parent)) return;
    }
    // Reached the top of a function on every path: wherever that function is called revokes too.
    if (!parent || depth >= MAX_DEPTH) return;
    for (const site of this.callersOf(parent) ?? iifeCall(parent)) this.markRevoke(site, call, depth + 1);
  }

  /** Whether `child` runs only on some paths through `parent` (a consent condition does not count). */
  private isBranch(child: TSESTree.Node, parent: TSESTree.Node): boolean {
    switch (parent.type) {
      case AST_NODE_TYPES.IfStatement:
      case AST_NODE_TYPES.ConditionalExpression:
        return child !== parent.test && !this.mentionsConsent(parent.test);
      case AST_NODE_TYPES.LogicalExpression:
        return child === parent.right && !this.mentionsConsent(parent.left);
      case AST_NODE_TYPES.ForStatement:
      case AST_NODE_TYPES.ForInStatement:
      case AST_NODE_TYPES.ForOfStatement:
      case AST_NODE_TYPES.WhileStatement:
        return child === parent.body;
      case AST_NODE_TYPES.SwitchCase:
        return child !== parent.test;
      case AST_NODE_TYPES.CatchClause:
        return true;
      default:
        return false;
    }
  }
}

/** The statements of a block-like node, or undefined. */
export function statementList(node: TSESTree.Node): StatementList | undefined {
  switch (node.type) {
    case AST_NODE_TYPES.Program:
    case AST_NODE_TYPES.BlockStatement:
    case AST_NODE_TYPES.StaticBlock:
    case AST_NODE_TYPES.TSModuleBlock:
      return node.body;
    case AST_NODE_TYPES.SwitchCase:
      return node.consequent;
    default:
      return undefined;
  }
}

/** `if (…) return;` / `if (…) { …; throw e; }` / `if (…) {…} else return;`. */
function exitsEarly(statement: TSESTree.IfStatement): boolean {
  return exits(statement.consequent) || (statement.alternate !== null && exits(statement.alternate));
}

/** Whether a statement always leaves its block: `return`, `throw`, `break`, `continue`, or a block / if-else ending in one. */
export function exits(statement: TSESTree.Statement): boolean {
  switch (statement.type) {
    case AST_NODE_TYPES.ReturnStatement:
    case AST_NODE_TYPES.ThrowStatement:
    case AST_NODE_TYPES.BreakStatement:
    case AST_NODE_TYPES.ContinueStatement:
      return true;
    case AST_NODE_TYPES.BlockStatement: {
      const last = statement.body[statement.body.length - 1];
      return last !== undefined && exits(last);
    }
    case AST_NODE_TYPES.IfStatement:
      return statement.alternate !== null && exits(statement.consequent) && exits(statement.alternate);
    default:
      return false;
  }
}

/** Whether `a` (child of `common`) comes before `b` (another child) when `common` runs. */
function orderedUnder(common: TSESTree.Node, a: TSESTree.Node, b: TSESTree.Node): boolean {
  const list = statementList(common);
  if (list) return list.indexOf(a) < list.indexOf(b);
  switch (common.type) {
    case AST_NODE_TYPES.IfStatement:
    case AST_NODE_TYPES.ConditionalExpression:
      return a === common.test;
    case AST_NODE_TYPES.LogicalExpression:
      return a === common.left;
    default:
      return a.range[1] <= b.range[0];
  }
}

/** The name a function is known by: declaration, variable, method or property key, assignment target. */
function functionName(fn: TSESTree.FunctionLike): string | undefined {
  if (fn.type === AST_NODE_TYPES.FunctionDeclaration) return fn.id?.name;
  const parent = fn.parent;
  switch (parent?.type) {
    case AST_NODE_TYPES.VariableDeclarator:
      return parent.id.type === AST_NODE_TYPES.Identifier ? parent.id.name : undefined;
    case AST_NODE_TYPES.MethodDefinition:
    case AST_NODE_TYPES.PropertyDefinition:
    case AST_NODE_TYPES.Property:
      return keyName(parent as TSESTree.MethodDefinition);
    case AST_NODE_TYPES.AssignmentExpression:
      return lastName(parent.left);
    default:
      return undefined;
  }
}

/** The call around a reference used as a callee (`f()`), or the reference itself (`onX(f)`). */
function callOrReference(identifier: TSESTree.Node): TSESTree.Node {
  const parent = identifier.parent;
  return parent?.type === AST_NODE_TYPES.CallExpression && parent.callee === identifier ? parent : identifier;
}

/** `(() => {…})()`: the call of an immediately invoked function. */
function iifeCall(fn: TSESTree.FunctionLike): TSESTree.Node[] {
  let current: TSESTree.Node = fn;
  while (current.parent && unwrap(current.parent) === fn) current = current.parent;
  const parent = current.parent;
  return parent?.type === AST_NODE_TYPES.CallExpression && parent.callee === current ? [parent] : [];
}

/** The names along a callee chain: `OneTrust.OnConsentChanged` → OnConsentChanged, OneTrust; `getConsent().then` → then, getConsent. */
function* calleeNames(callee: TSESTree.Node): Generator<string> {
  let current: TSESTree.Node | undefined = unwrap(callee);
  for (let steps = 0; current && steps < 8; steps++) {
    if (current.type === AST_NODE_TYPES.Identifier) {
      yield current.name;
      return;
    }
    if (current.type === AST_NODE_TYPES.MemberExpression) {
      const name = keyName(current);
      if (name !== undefined) yield name;
      current = unwrap(current.object);
    } else if (current.type === AST_NODE_TYPES.CallExpression) {
      current = unwrap(current.callee);
    } else {
      return;
    }
  }
}

/** An identifier that reads a variable (not a property name or an object key). */
function isReference(identifier: TSESTree.Identifier): boolean {
  const parent = identifier.parent;
  if (parent?.type === AST_NODE_TYPES.MemberExpression) return parent.object === identifier || parent.computed;
  if (parent?.type === AST_NODE_TYPES.Property) return parent.value === identifier;
  return true;
}

function enclosingFunction(node: TSESTree.Node): TSESTree.FunctionLike | undefined {
  for (let current = node.parent; current; current = current.parent) if (isFunctionNode(current)) return current;
  return undefined;
}

function isInside(node: TSESTree.Node, ancestor: TSESTree.Node): boolean {
  for (let current = node.parent; current; current = current.parent) if (current === ancestor) return true;
  return false;
}

/** Visits every node of the file once (iteratively). */
function walkTree(sourceCode: SourceCode, visit: (node: TSESTree.Node) => void): void {
  const keys = sourceCode.visitorKeys;
  const stack: TSESTree.Node[] = [sourceCode.ast];
  while (stack.length > 0) {
    const node = stack.pop()!;
    visit(node);
    pushChildren(node, keys, stack);
  }
}

function pushChildren(node: TSESTree.Node, keys: SourceCode['visitorKeys'], stack: TSESTree.Node[]): void {
  for (const key of keys[node.type] ?? []) {
    const child = (node as unknown as Record<string, unknown>)[key];
    if (Array.isArray(child)) {
      for (const item of child) if (item) stack.push(item as TSESTree.Node);
    } else if (child && typeof child === 'object') {
      stack.push(child as TSESTree.Node);
    }
  }
}
