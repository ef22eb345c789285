import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { ReferenceTracker } from '@eslint-community/eslint-utils';
import type { TraceMap } from '@eslint-community/eslint-utils';
import { isFunctionNode, keyName, memberPath, staticString, unwrap, wrappingParent } from '../../util/ast.js';
import { localFunctionOf, returnedExpressions, variableOf } from '../../util/resolve.js';
import { scopeAt } from '../../util/scope-at.js';

export const { CALL, CONSTRUCT, ESM, READ } = ReferenceTracker;
export type { TraceMap };

/** A reference found by the tracker, with TSESTree node types. */
export interface Tracked<T> {
  readonly node: TSESTree.Node;
  readonly info: T;
  readonly path: readonly string[];
}

type SourceCode = Readonly<TSESLint.SourceCode>;

/** A `require('module')` call of the file, with the module name when it is a constant. */
interface RequireCall {
  readonly call: TSESTree.CallExpression;
  readonly module: string | undefined;
}

/**
 * Finds references to globals and modules described by trace maps. Unlike ReferenceTracker alone,
 * it also follows globals the user never configured (unresolved names such as a bare `fbq` or
 * `window`), `declare`d ambient globals, `require()` in ES modules and TypeScript, and dynamic
 * `import()` of a module. Each method returns what it found as a list, in the order found.
 */
export class FileTracker {
  private readonly tracker: ReferenceTracker;
  private readonly globalScope: TSESLint.Scope.Scope;
  /** Read once: the pixel, the SDK and App Events each look for modules. */
  private requires: RequireCall[] | undefined;

  constructor(private readonly sourceCode: SourceCode) {
    this.globalScope = sourceCode.scopeManager?.globalScope ?? scopeAt(sourceCode, sourceCode.ast);
    this.tracker = new ReferenceTracker(this.globalScope as never, { mode: 'legacy' });
  }

  /** References to globals in `map`, configured or not, and where their values are handed on. */
  globals<T>(map: TraceMap<T>): Tracked<T>[] {
    const found: Tracked<T>[] = [];
    collect(found, this.tracker.iterateGlobalReferences(map));
    const names = Object.keys(map);
    const unconfigured = this.unconfiguredGlobalIdentifiers(names);
    for (const identifier of unconfigured) {
      const entry = map[identifier.name];
      if (entry) collect(found, this.tracker.iteratePropertyReferences(identifier as never, entry as never), identifier.name);
    }
    this.handedOn(map, [...this.configuredGlobalIdentifiers(names), ...unconfigured], found);
    return found;
  }

  /**
   * Where a traced global travels beyond what ReferenceTracker follows: into a parameter
   * (`(function (w) { w.fbq(…) })(window)`, `boot(window)`) and into the name it is stored from
   * (`window.fbq = stub; stub('init', id)`).
   */
  private handedOn<T>(map: TraceMap<T>, identifiers: readonly TSESTree.Identifier[], found: Tracked<T>[]): void {
    for (const identifier of identifiers) {
      let node: TSESTree.Node = identifier;
      let entry: TraceMap<T>[string] | undefined = map[identifier.name];
      let parent = wrappingParent(node);
      while (entry && parent?.type === AST_NODE_TYPES.MemberExpression && unwrap(parent.object) === node) {
        const key = keyName(parent);
        entry = key === undefined ? undefined : (entry as Record<string, TraceMap<T>[string] | undefined>)[key];
        node = parent;
        parent = wrappingParent(node);
      }
      if (!entry) continue;
      if (parent?.type === AST_NODE_TYPES.CallExpression && unwrap(parent.callee) !== node) {
        const param = this.parameterReceiving(parent, parent.arguments.findIndex((argument) => unwrap(argument) === node));
        if (param) this.parameterReferences(param, entry, found);
      } else if (parent?.type === AST_NODE_TYPES.AssignmentExpression && parent.left === node && parent.right.type === AST_NODE_TYPES.Identifier) {
        for (const reference of variableOf(this.sourceCode, parent.right)?.references ?? []) {
          if (reference.isRead() && reference.identifier !== parent.right) this.propertiesInto(reference.identifier as TSESTree.Node, entry, found);
        }
      }
    }
  }

  /** The parameter of an IIFE or a function of this file that receives argument `index` of `call`. */
  private parameterReceiving(call: TSESTree.CallExpression, index: number): TSESTree.Identifier | undefined {
    const callee = unwrap(call.callee);
    const fn = isFunctionNode(callee) ? callee : localFunctionOf(this.sourceCode, callee);
    const param = index === -1 ? undefined : fn?.params[index];
    return param?.type === AST_NODE_TYPES.Identifier ? param : undefined;
  }

  /**
   * References to a module's exports through `import`, `require()` and `import()`. `require` is
   * followed whether it is unresolved or a configured global (`sourceType: 'commonjs'`, the default
   * for `.cjs` files, and `globals.node` configure it).
   */
  modules<T>(map: TraceMap<T>): Tracked<T>[] {
    const found: Tracked<T>[] = [];
    collect(found, this.tracker.iterateEsmReferences(map));
    for (const { call, module } of this.requireCalls()) {
      const entry = module === undefined ? undefined : map[module];
      if (entry) collect(found, this.tracker.iteratePropertyReferences(call as never, commonJsView(entry) as never));
    }
    return found;
  }

  /** The file's calls of `require` as a global, each with its module (read once for every map asked about). */
  private requireCalls(): RequireCall[] {
    const names = ['require'];
    this.requires ??= [...this.configuredGlobalIdentifiers(names), ...this.unconfiguredGlobalIdentifiers(names)].flatMap((identifier) => {
      const call = identifier.parent;
      if (call?.type !== AST_NODE_TYPES.CallExpression || call.callee !== identifier) return [];
      return [{ call, module: staticString(call.arguments[0], this.globalScope) }];
    });
    return this.requires;
  }

  /** References to the properties of one expression's value (`this` in `this.$fb.track()`). */
  properties<T>(node: TSESTree.Node, entry: TraceMap<T>[string]): Tracked<T>[] {
    const found: Tracked<T>[] = [];
    this.propertiesInto(node, entry, found);
    return found;
  }

  private propertiesInto<T>(node: TSESTree.Node, entry: TraceMap<T>[string], found: Tracked<T>[]): void {
    collect(found, this.tracker.iteratePropertyReferences(node as never, entry as never));
  }

  /**
   * References through `import('module')`: awaited, or along a `.then()` chain — each callback's
   * parameter holds what the one before returned (`.then((m) => m.default).then((RP) => RP.init())`),
   * and an awaited chain holds what its last callback returned.
   */
  dynamicImport<T>(node: TSESTree.ImportExpression, map: TraceMap<T>): Tracked<T>[] {
    const found: Tracked<T>[] = [];
    let entry = this.moduleEntry(map, node.source);
    let promise: TSESTree.Node = node;
    for (let links = 0; entry && links < MAX_THEN_LINKS; links++) {
      const parent = wrappingParent(promise);
      if (parent?.type === AST_NODE_TYPES.AwaitExpression) {
        this.propertiesInto(parent, entry, found);
        break;
      }
      const link = thenLink(promise);
      if (!link) break;
      const param = link.callback.params[0];
      if (param) this.patternReferences(param, entry, found);
      entry = returnedEntry(link.callback, entry);
      promise = link.call;
    }
    return found;
  }

  /** References through a parameter that receives `entry`'s value: a name, or `{ default: RP }`. */
  private patternReferences<T>(param: TSESTree.Parameter, entry: TraceMap<T>[string], found: Tracked<T>[]): void {
    if (param.type === AST_NODE_TYPES.Identifier) {
      this.parameterReferences(param, entry, found);
    } else if (param.type === AST_NODE_TYPES.ObjectPattern) {
      for (const property of param.properties) {
        if (property.type !== AST_NODE_TYPES.Property || property.value.type !== AST_NODE_TYPES.Identifier) continue;
        const key = property.key.type === AST_NODE_TYPES.Identifier ? property.key.name : undefined;
        const sub = key === undefined ? undefined : (entry as Record<string, TraceMap<T>[string]>)[key];
        if (sub) this.parameterReferences(property.value, sub, found);
      }
    }
  }

  private parameterReferences<T>(identifier: TSESTree.Identifier, entry: TraceMap<T>[string], found: Tracked<T>[]): void {
    const variable = scopeAt(this.sourceCode, identifier).set.get(identifier.name);
    for (const reference of variable?.references ?? []) this.propertiesInto(reference.identifier as TSESTree.Node, entry, found);
  }

  private moduleEntry<T>(map: TraceMap<T>, source: TSESTree.Node | undefined): TraceMap<T>[string] | undefined {
    const name = staticString(source, this.globalScope);
    return name === undefined ? undefined : map[name];
  }

  /** References to the given names where they are configured globals (declared by no code of the file). */
  private configuredGlobalIdentifiers(names: readonly string[]): TSESTree.Identifier[] {
    const found: TSESTree.Identifier[] = [];
    for (const name of names) {
      const variable = this.globalScope.set.get(name);
      if (variable && variable.defs.length === 0) for (const reference of variable.references) found.push(reference.identifier as TSESTree.Identifier);
    }
    return found;
  }

  /**
   * Identifiers of the given names that refer to no declared variable, or to one declared only as
   * an ambient `declare` (TypeScript's `declare const fbq: …`).
   */
  private unconfiguredGlobalIdentifiers(names: readonly string[]): TSESTree.Identifier[] {
    const found: TSESTree.Identifier[] = [];
    for (const reference of this.globalScope.through) {
      if (names.includes(reference.identifier.name)) found.push(reference.identifier as TSESTree.Identifier);
    }
    for (const variable of this.ambientVariables(names)) {
      for (const reference of variable.references) found.push(reference.identifier as TSESTree.Identifier);
    }
    return found;
  }

  /**
   * The variables of the given names declared only as ambient globals, in declaration order. Looked
   * up by name: the global scope holds every configured global (over a thousand with browser and
   * Node globals), too many to walk on each of the several lookups a file makes.
   */
  private ambientVariables(names: readonly string[]): TSESLint.Scope.Variable[] {
    const found: TSESLint.Scope.Variable[] = [];
    for (const scope of [this.globalScope, ...this.globalScope.childScopes.filter((s) => s.type === 'module')]) {
      const inScope: typeof scope.variables = [];
      for (const name of names) {
        const variable = scope.set.get(name);
        if (variable && variable.defs.length > 0 && variable.defs.every(isAmbient)) inScope.push(variable);
      }
      found.push(...inScope.sort((a, b) => scope.variables.indexOf(a) - scope.variables.indexOf(b)));
    }
    return found;
  }
}

/** Adds ReferenceTracker's references to `found`, with TSESTree node types (and `prefix` before each path). */
function collect<T>(found: Tracked<T>[], references: Iterable<{ node: unknown; info: T; path: string[] }>, prefix?: string): void {
  for (const reference of references) {
    found.push({ node: reference.node as TSESTree.Node, info: reference.info, path: prefix ? [prefix, ...reference.path] : reference.path });
  }
}

/**
 * What `require()` returns for a module described as ES exports: the named exports and the default
 * export's members on the object itself, and the default export again as `.default` (Babel interop).
 */
function commonJsView<T>(entry: TraceMap<T>[string]): TraceMap<T>[string] {
  const defaultExport = (entry as Record<string, TraceMap<T>[string] | undefined>).default;
  return { ...entry, ...defaultExport, default: defaultExport ?? entry };
}

function isAmbient(def: TSESLint.Scope.Definition): boolean {
  const node = def.node as TSESTree.Node;
  if ('declare' in node && node.declare) return true;
  const declaration = node.parent;
  return declaration !== undefined && 'declare' in declaration && declaration.declare === true;
}

/** How many `.then()` links of a dynamic import are followed. */
const MAX_THEN_LINKS = 4;

/** `promise.then(cb)` → the call and cb, when cb is an inline function. */
function thenLink(promise: TSESTree.Node): { call: TSESTree.CallExpression; callback: TSESTree.FunctionLike } | undefined {
  const member = wrappingParent(promise);
  if (member?.type !== AST_NODE_TYPES.MemberExpression || keyName(member) !== 'then') return undefined;
  const call = wrappingParent(member);
  if (call?.type !== AST_NODE_TYPES.CallExpression || unwrap(call.callee) !== member) return undefined;
  const callback = call.arguments[0];
  return callback?.type === AST_NODE_TYPES.ArrowFunctionExpression || callback?.type === AST_NODE_TYPES.FunctionExpression
    ? { call, callback }
    : undefined;
}

/** What a `.then()` callback hands on of the module: its parameter (`m => m`) or a property of it (`m => m.default`). */
function returnedEntry<T>(callback: TSESTree.FunctionLike, entry: TraceMap<T>[string]): TraceMap<T>[string] | undefined {
  const param = callback.params[0];
  const returned = returnedExpressions(callback);
  const path = returned.length === 1 ? memberPath(returned[0]!) : undefined;
  if (param?.type !== AST_NODE_TYPES.Identifier || !path || path[0] !== param.name) return undefined;
  let current: TraceMap<T>[string] | undefined = entry;
  for (const key of path.slice(1)) current = current && (current as Record<string, TraceMap<T>[string] | undefined>)[key];
  return current;
}
