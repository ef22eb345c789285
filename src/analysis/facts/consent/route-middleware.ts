import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { isFunctionNode, keyName, lastName, staticString, unwrap } from '../../../util/ast.js';
import { localFunctionOf, returnedExpressions, singleValueOf, variableOf } from '../../../util/resolve.js';
import { calleeNames } from './consent-api-callbacks.js';
import type { SourceCode } from './control-flow.js';
import { exits, pushChildren, walkTree } from './control-flow.js';
import type { GuardConditions } from './guard-conditions.js';
import { runsBefore } from './program-order.js';
import { namesCoverMeta } from './purposes.js';
import type { ConsentSignals } from './signals.js';
import { scopeAt } from '../../../util/scope-at.js';

/**
 * Consent checked by server middleware before a route handler runs, in the shapes the HTTP
 * frameworks give it (these are framework facts, not Meta's, so they live here, not in the catalog):
 * - a middleware argument before the handler: Express / Koa router / Hono
 *   `app.post('/lead', requireConsent, handler)` (arrays too), Fastify route options
 *   `{ preHandler: [requireConsent] }` or `fastify.route({ preHandler, handler })`;
 * - middleware in front of the router, registered before the route on the same app or router:
 *   `router.use(requireConsent)` (with a path prefix the route falls under), Fastify
 *   `addHook('preHandler', checkConsent)`, a next-connect chain `router.use(mw).post(handler)`;
 * - the same for every place the router is mounted: `app.use('/capi', requireConsent, router)`,
 *   `app.use(requireConsent); app.use(router.routes())`, `fastify.register(async (app) => …)`.
 * A middleware counts when its name says consent (catalog patterns, settings `consentSignals`) for
 * Meta's purpose (`requireConsent('analytics')` does not), or its body checks consent and stops the
 * request: every `next()` it makes is under a consent check, or (without `next`) an early exit on
 * one answers the request (`return reply.code(403).send()`, `throw`, `ctx.status = 403`).
 * A Next.js `middleware.ts` lives in a file of its own: what it checks is not visible from a route
 * handler, so it cannot count here.
 */

/** Methods that register a route or middleware: Express, Koa router, Fastify, Hono, next-connect. */
const ROUTE_METHODS: ReadonlySet<string> = new Set(['get', 'post', 'put', 'patch', 'delete', 'del', 'all', 'any', 'options', 'head', 'use', 'on', 'route']);
/** Calls on an app or router that put middleware in front of later routes, or mount a router. */
const REGISTRATION_METHODS: ReadonlySet<string> = new Set(['use', 'addHook', 'route', 'register']);
/** Fastify hooks that run before a route's handler (route option keys and `addHook` names). */
const BEFORE_HANDLER_HOOKS: ReadonlySet<string> = new Set(['onRequest', 'preParsing', 'preValidation', 'preHandler', 'beforeHandler']);
/** Methods that answer a request (Express `res`, Fastify `reply`, Koa `ctx`). */
const ANSWER_METHODS: ReadonlySet<string> = new Set(['send', 'status', 'code', 'sendStatus', 'json', 'end', 'redirect', 'throw', 'render']);
/** Properties that set the answer (`ctx.status = 403`, `res.statusCode = 403`, `ctx.body = …`). */
const ANSWER_PROPERTIES: ReadonlySet<string> = new Set(['status', 'statusCode', 'body']);
/** Koa router methods whose result mounts the router (`app.use(router.routes())`). */
const MOUNT_METHODS: ReadonlySet<string> = new Set(['routes', 'middleware']);
/** How far mounts are followed out from a router, and how many nodes of a branch are read for an answer. */
const MOUNT_DEPTH = 2;
const ANSWER_BUDGET = 60;

type RouterKey = TSESLint.Scope.Variable | string;

export class RouteMiddleware {
  private readonly middleware = new Map<TSESTree.Node, boolean>();
  private registrations: Map<RouterKey, TSESTree.CallExpression[]> | undefined;

  constructor(
    private readonly sourceCode: SourceCode,
    private readonly signals: ConsentSignals,
    private readonly conditions: GuardConditions,
  ) {}

  /**
   * The consent middleware that runs before `child`: a handler (or a reference to one) among the
   * arguments of a route registration `parent`, or the `handler` of Fastify route options.
   */
  guardOf(child: TSESTree.Node, parent: TSESTree.Node): TSESTree.Node | undefined {
    if (parent.type === AST_NODE_TYPES.CallExpression) return this.beforeArgument(child, parent);
    if (parent.type === AST_NODE_TYPES.Property && parent.value === child && keyName(parent) === 'handler' && parent.parent.type === AST_NODE_TYPES.ObjectExpression) {
      const options = parent.parent;
      const call = options.parent;
      return this.middlewareIn(options) ?? (call?.type === AST_NODE_TYPES.CallExpression && isRouteCall(call, this.sourceCode) ? this.routerGuard(call, 0) : undefined);
    }
    return undefined;
  }

  private beforeArgument(child: TSESTree.Node, call: TSESTree.CallExpression): TSESTree.Node | undefined {
    if (!isRouteCall(call, this.sourceCode)) return undefined;
    const index = call.arguments.indexOf(child as TSESTree.CallExpressionArgument);
    if (index < 0) return undefined;
    for (const argument of call.arguments.slice(0, index)) {
      const found = this.middlewareIn(argument);
      if (found) return found;
    }
    return this.routerGuard(call, 0);
  }

  /** A consent middleware in a middleware slot: itself, an element of an array, a Fastify hook option. */
  private middlewareIn(node: TSESTree.Node): TSESTree.Node | undefined {
    const target = unwrap(node);
    if (target.type === AST_NODE_TYPES.ArrayExpression) {
      return target.elements.find((element): element is TSESTree.Expression => element !== null && this.middlewareIn(element) !== undefined);
    }
    if (target.type === AST_NODE_TYPES.ObjectExpression) {
      for (const property of target.properties) {
        if (property.type !== AST_NODE_TYPES.Property || !BEFORE_HANDLER_HOOKS.has(keyName(property) ?? '')) continue;
        const found = this.middlewareIn(property.value);
        if (found) return found;
      }
      return undefined;
    }
    return this.isConsentMiddleware(target) ? target : undefined;
  }

  /**
   * Consent middleware in front of the app or router a route call is made on: earlier links of a
   * chain, earlier `use` / `addHook` registrations on it, or every place it is mounted.
   */
  private routerGuard(call: TSESTree.CallExpression, depth: number): TSESTree.Node | undefined {
    let object = memberObject(call.callee);
    while (object?.type === AST_NODE_TYPES.CallExpression && isRouteCall(object, this.sourceCode)) {
      for (const argument of object.arguments) {
        const found = this.middlewareIn(argument);
        if (found) return found;
      }
      object = memberObject(object.callee);
    }
    if (!object) return undefined;
    const key = this.keyOf(object);
    return this.registeredBefore(key, call) ?? (depth < MOUNT_DEPTH ? this.mountGuard(key, object, depth) : undefined);
  }

  /** `router.use(requireConsent)` / `fastify.addHook('preHandler', checkConsent)` before the route, on the same object. */
  private registeredBefore(key: RouterKey, call: TSESTree.CallExpression): TSESTree.Node | undefined {
    const path = routePath(this.sourceCode, call);
    for (const registration of this.registrationsOf(key)) {
      if (!runsBefore(registration, call)) continue;
      const method = lastName(registration.callee);
      const [first, ...rest] = registration.arguments;
      if (method === 'addHook' && first && BEFORE_HANDLER_HOOKS.has(staticString(first, scopeAt(this.sourceCode, first)) ?? '')) {
        const found = rest.map((argument) => this.middlewareIn(argument)).find(Boolean);
        if (found) return found;
      }
      if (method === 'use' && pathCovers(routePath(this.sourceCode, registration), path)) {
        const found = registration.arguments.map((argument) => this.middlewareIn(argument)).find(Boolean);
        if (found) return found;
      }
    }
    return undefined;
  }

  /** Every place a router is mounted puts consent middleware in front of it (and it is mounted somewhere). */
  private mountGuard(key: RouterKey, router: TSESTree.Node, depth: number): TSESTree.Node | undefined {
    const mounts = this.mountsOf(key, router);
    let first: TSESTree.Node | undefined;
    for (const { call, index } of mounts) {
      const found = call.arguments.slice(0, index).map((argument) => this.middlewareIn(argument)).find(Boolean) ?? this.routerGuard(call, depth + 1);
      if (!found) return undefined;
      first ??= found;
    }
    return first;
  }

  /**
   * Calls that mount a router: `app.use('/api', router)`, `app.use(router.routes())`,
   * `app.route('/capi', capi)`, and `fastify.register(fn)` for the first parameter of `fn`.
   */
  private mountsOf(key: RouterKey, router: TSESTree.Node): { call: TSESTree.CallExpression; index: number }[] {
    const mounts: { call: TSESTree.CallExpression; index: number }[] = [];
    const plugin = router.type === AST_NODE_TYPES.Identifier ? pluginOf(this.variableOf(router)) : undefined;
    for (const calls of this.index().values()) {
      for (const call of calls) {
        const index = call.arguments.findIndex((argument) => (plugin !== undefined && this.functionOf(argument) === plugin) || this.mountedRouter(argument) === key);
        if (index >= 0) mounts.push({ call, index });
      }
    }
    return mounts;
  }

  /** The function an argument is or names (`register(plugin)`, `register(async (app) => …)`). */
  private functionOf(argument: TSESTree.Node): TSESTree.Node | undefined {
    const target = unwrap(argument);
    return isFunctionNode(target) ? target : localFunctionOf(this.sourceCode, target);
  }

  private mountedRouter(argument: TSESTree.Node): RouterKey | undefined {
    const target = unwrap(argument);
    if (target.type === AST_NODE_TYPES.CallExpression && MOUNT_METHODS.has(lastName(target.callee) ?? '')) {
      const object = memberObject(target.callee);
      return object && this.keyOf(object);
    }
    return target.type === AST_NODE_TYPES.Identifier || target.type === AST_NODE_TYPES.MemberExpression ? this.keyOf(target) : undefined;
  }

  private registrationsOf(key: RouterKey): readonly TSESTree.CallExpression[] {
    return this.index().get(key) ?? [];
  }

  /** `use` / `addHook` / `route` / `register` calls of the file, by the object they are made on (computed once, on demand). */
  private index(): Map<RouterKey, TSESTree.CallExpression[]> {
    if (this.registrations) return this.registrations;
    const registrations = new Map<RouterKey, TSESTree.CallExpression[]>();
    walkTree(this.sourceCode, (node) => {
      if (node.type !== AST_NODE_TYPES.CallExpression || !REGISTRATION_METHODS.has(lastName(node.callee) ?? '')) return;
      const object = memberObject(node.callee);
      if (!object) return;
      const key = this.keyOf(object);
      const list = registrations.get(key) ?? [];
      list.push(node);
      registrations.set(key, list);
    });
    this.registrations = registrations;
    return registrations;
  }

  /** What identifies an app or router: its variable, or the text of a member chain (`this.router`). */
  private keyOf(object: TSESTree.Node): RouterKey {
    const target = unwrap(object);
    if (target.type === AST_NODE_TYPES.Identifier) return this.variableOf(target) ?? target.name;
    return this.sourceCode.getText(target).replace(/\s+/g, '');
  }

  private variableOf(identifier: TSESTree.Identifier): TSESLint.Scope.Variable | undefined {
    return variableOf(this.sourceCode, identifier);
  }

  /** Whether a middleware checks consent, by its name or by its body (memoised). */
  private isConsentMiddleware(node: TSESTree.Node): boolean {
    let result = this.middleware.get(node);
    if (result === undefined) {
      this.middleware.set(node, false); // a middleware that refers to itself is no check
      result = this.checksConsent(node);
      this.middleware.set(node, result);
    }
    return result;
  }

  private checksConsent(node: TSESTree.Node): boolean {
    if (isFunctionNode(node)) return this.bodyChecksConsent(node);
    if (node.type === AST_NODE_TYPES.CallExpression) {
      // A factory: `requireConsent('marketing')`, or a local one that returns the middleware.
      const names = [...calleeNames(node.callee), ...node.arguments.map((argument) => staticString(argument, scopeAt(this.sourceCode, argument))).filter((text) => text !== undefined)];
      if (names.some((name) => this.signals.isSignal(name))) return namesCoverMeta(names);
      const factory = localFunctionOf(this.sourceCode, node.callee);
      return factory !== undefined && returnedExpressions(factory).some((value) => isFunctionNode(value) && this.bodyChecksConsent(value));
    }
    const name = lastName(node);
    if (name !== undefined && this.signals.isSignal(name)) return namesCoverMeta([name]);
    // `function checkConsent(req, res, next) {…}`, a method of a local object (`mw.gate`), or a
    // constant holding one: `const gate = consentGate('marketing')`, `const gate = requireConsent`.
    const fn = localFunctionOf(this.sourceCode, node);
    if (fn) return this.bodyChecksConsent(fn);
    if (node.type !== AST_NODE_TYPES.Identifier) return false;
    const variable = this.variableOf(node);
    const value = variable && singleValueOf(variable);
    return value !== undefined && this.isConsentMiddleware(unwrap(value));
  }

  /**
   * A middleware body that stops the request unless the visitor consented: every `next()` it
   * makes is under a consent check, or, with no `next()`, an early exit on a consent check answers
   * the request.
   */
  private bodyChecksConsent(fn: TSESTree.FunctionLike): boolean {
    const nexts = this.nextCalls(fn);
    if (nexts.length > 0) return nexts.every((call) => this.conditions.guardedWithin(call, fn));
    if (fn.body?.type !== AST_NODE_TYPES.BlockStatement) return false;
    return fn.body.body.some(
      (statement) =>
        statement.type === AST_NODE_TYPES.IfStatement && exits(statement.consequent) && this.answers(statement.consequent) && this.conditions.guards(statement.test, false),
    );
  }

  /** Whether a branch answers the request: throws, or calls `res.status()` / `reply.send()` / sets `ctx.status`. */
  private answers(branch: TSESTree.Node): boolean {
    const stack: TSESTree.Node[] = [branch];
    let budget = ANSWER_BUDGET;
    while (stack.length > 0 && budget-- > 0) {
      const node = stack.pop()!;
      if (node.type === AST_NODE_TYPES.ThrowStatement) return true;
      if (node.type === AST_NODE_TYPES.CallExpression && ANSWER_METHODS.has(lastName(node.callee) ?? '')) return true;
      if (node.type === AST_NODE_TYPES.AssignmentExpression && node.left.type === AST_NODE_TYPES.MemberExpression && ANSWER_PROPERTIES.has(keyName(node.left) ?? '')) return true;
      if (!isFunctionNode(node)) pushChildren(node, this.sourceCode.visitorKeys, stack);
    }
    return false;
  }

  /** `next()` (no error argument): the calls that pass the request on, to any parameter after the first. */
  private nextCalls(fn: TSESTree.FunctionLike): TSESTree.CallExpression[] {
    const calls: TSESTree.CallExpression[] = [];
    for (const param of fn.params.slice(1)) {
      if (param.type !== AST_NODE_TYPES.Identifier) continue;
      for (const reference of this.variableOf(param)?.references ?? []) {
        const parent = reference.identifier.parent;
        if (parent?.type === AST_NODE_TYPES.CallExpression && parent.callee === reference.identifier && parent.arguments.length === 0) calls.push(parent);
      }
    }
    return calls;
  }
}

/**
 * A call that registers a route or middleware: `use` / `route`, or a route method whose first
 * argument is a path (`app.post('/lead', …)`, `app.post(EVENTS_PATH, …)`, koa-router's named
 * `router.post('lead', '/lead', …)`) or a handler (next-connect's `router.post(handler)`), or that is
 * chained on one.
 */
function isRouteCall(call: TSESTree.CallExpression, sourceCode: SourceCode): boolean {
  const method = lastName(call.callee);
  if (method === undefined || !ROUTE_METHODS.has(method) || unwrap(call.callee).type !== AST_NODE_TYPES.MemberExpression) return false;
  if (method === 'use' || method === 'route') return true;
  const first = call.arguments[0] && unwrap(call.arguments[0]);
  if (first !== undefined && (isPath(first, sourceCode) || isFunctionNode(first))) return true;
  // `app.route('/book').get(requireConsent, handler)`, `router.use(mw).post(requireConsent, handler)`.
  const object = memberObject(call.callee);
  return object?.type === AST_NODE_TYPES.CallExpression && isRouteCall(object, sourceCode);
}

/** A route path: a string, regular expression, template or array of paths, or a constant holding a string. */
function isPath(node: TSESTree.Node, sourceCode: SourceCode): boolean {
  switch (node.type) {
    case AST_NODE_TYPES.Literal:
      return typeof node.value === 'string' || 'regex' in node;
    case AST_NODE_TYPES.TemplateLiteral:
      return true;
    case AST_NODE_TYPES.ArrayExpression:
      return node.elements.every((element) => element !== null && isPath(element, sourceCode));
    case AST_NODE_TYPES.Identifier:
    case AST_NODE_TYPES.MemberExpression:
      return staticString(node, scopeAt(sourceCode, node)) !== undefined;
    default:
      return false;
  }
}

/** The static path a route or `use` call starts with (`''` for none). */
function routePath(sourceCode: SourceCode, call: TSESTree.CallExpression): string | undefined {
  const first = call.arguments[0];
  if (!first || isFunctionNode(unwrap(first))) return '';
  return staticString(first, scopeAt(sourceCode, first));
}

/** Whether middleware `use`d under `prefix` runs for a route at `path` (unknown paths count). */
function pathCovers(prefix: string | undefined, path: string | undefined): boolean {
  if (prefix === undefined || path === undefined) return true;
  const base = prefix.replace(/\/?(?:\*|\(\.\*\))?$/, '');
  return base === '' || path === base || path.startsWith(`${base}/`);
}

/** The object of a member callee: `app` in `app.post`. */
function memberObject(callee: TSESTree.Node): TSESTree.Node | undefined {
  const target = unwrap(callee);
  return target.type === AST_NODE_TYPES.MemberExpression ? unwrap(target.object) : undefined;
}

/** The function a Fastify plugin's instance parameter belongs to (`async (app) => { … }`). */
function pluginOf(variable: TSESLint.Scope.Variable | undefined): TSESTree.Node | undefined {
  const def = variable?.defs[0];
  return def?.type === 'Parameter' && isFunctionNode(def.node) && def.node.params[0] === def.name ? def.node : undefined;
}

