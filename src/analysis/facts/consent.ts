import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { FileAnalysis } from '../index.js';
import type { PixelCall } from '../sinks/types.js';
import { isFunctionNode } from '../../util/ast.js';
import { MAX_DEPTH } from '../../util/resolve.js';
import { perFile } from '../per-file.js';
import { FunctionCallers, functionName } from './consent/callers.js';
import { ConsentCallbacks, isCmpCallbackName, isConsentHandlerName } from './consent/consent-api-callbacks.js';
import type { StatementList } from './consent/control-flow.js';
import { statementList } from './consent/control-flow.js';
import type { JudgedTest } from './consent/guard-conditions.js';
import { GuardConditions } from './consent/guard-conditions.js';
import { ConsentPurposes } from './consent/purposes.js';
import { runsBefore } from './consent/program-order.js';
import { RevokeFirst } from './consent/revoke-first.js';
import { RouteMiddleware } from './consent/route-middleware.js';
import { ConsentSignals } from './consent/signals.js';

export { consentAction } from './consent/revoke-first.js';
export type { ConsentAction } from './consent/revoke-first.js';
export type { JudgedTest } from './consent/guard-conditions.js';

/**
 * "Is this node dominated by a consent check?" — for one file, computed lazily and memoised.
 *
 * A node is covered when, walking from it up to the top of the file:
 * - a condition it sits under (Vue templates: an element's `v-if` / `v-show`) checks the visitor's consent for Meta's (marketing) purpose, or an
 *   earlier statement of an enclosing block exits early on one (`consent/guard-conditions.ts`,
 *   judged by `consent/purposes.ts`: an analytics-only flag, flags OR-ed so that one lets
 *   analytics-only consent through, and constants are no guard);
 * - with `afterRevoke` (pixel commands): an earlier statement of an enclosing block issues
 *   `fbq('consent', 'revoke')`, a conditional consent call or a helper that does, on every path
 *   (`consent/revoke-first.ts`);
 * - it is inside a function passed to a consent API, or a CMP callback by name
 *   (`consent/consent-api-callbacks.ts`);
 * - it is inside a route handler behind consent middleware: a middleware argument, Fastify hook or
 *   `use` before the route, on its router or wherever that is mounted (`consent/route-middleware.ts`);
 * - it is inside a named function (or method) every call of which in the file is covered, or that
 *   has no call in the file and a consent handler's name (`consent/callers.ts`).
 * Inline functions (callbacks, effects, IIFEs, route handlers) are followed out to where they are
 * written. "Mentions" is `consent/signals.ts`; program order is `consent/program-order.ts`.
 * Nothing here throws: unknown shapes are simply not covered.
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

/** The consent facts of the file being linted, shared by every rule (and the data inventory). */
export const getConsent = perFile((analysis) => new FileConsent(analysis));

export class FileConsent {
  private readonly covered = [new Map<TSESTree.Node, ConsentCoverage | undefined>(), new Map<TSESTree.Node, ConsentCoverage | undefined>()];
  private readonly signals: ConsentSignals;
  private readonly conditions: GuardConditions;
  private readonly callbacks: ConsentCallbacks;
  private readonly callers: FunctionCallers;
  private readonly revokeFirst: RevokeFirst;
  private readonly middleware: RouteMiddleware;
  private depth = 0;

  constructor(analysis: FileAnalysis) {
    const { sourceCode } = analysis;
    this.signals = new ConsentSignals(sourceCode, analysis.settings);
    this.conditions = new GuardConditions(new ConsentPurposes(sourceCode, this.signals));
    this.callbacks = new ConsentCallbacks(sourceCode, this.signals);
    this.callers = new FunctionCallers(sourceCode);
    this.revokeFirst = new RevokeFirst(sourceCode, () => analysis.sinks.pixelCalls, this.callers, this.conditions);
    this.middleware = new RouteMiddleware(sourceCode, this.signals, this.conditions);
  }

  /** The pixel consent calls that pause the pixel or let the visitor's choice decide (not plain grants). */
  get revokes(): readonly PixelCall[] {
    return this.revokeFirst.revokes;
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
    return this.signals.mentionsConsent(node);
  }

  /** Whether `a` runs before `b` in program order (see `consent/program-order.ts`). */
  runsBefore(a: TSESTree.Node, b: TSESTree.Node): boolean {
    return runsBefore(a, b);
  }

  /**
   * For a node that is not covered: the nearest consent check around it that falls short for Meta
   * — it also lets through consent to other purposes only, or it is a constant — in its function,
   * out through inline callbacks, or around the first call of its function that is not covered.
   * For messages.
   */
  shortfall(node: TSESTree.Node, depth = 0): JudgedTest | undefined {
    let child = node;
    for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
      if (isFunctionNode(parent)) {
        const sites = this.callers.callersOf(parent);
        if (sites === undefined) continue;
        const uncovered = depth < MAX_DEPTH ? sites.find((site) => !this.coverage(site, { afterRevoke: false })) : undefined;
        return uncovered && this.shortfall(uncovered, depth + 1);
      }
      const judged = this.conditions.checkAt(child, parent);
      if (judged && judged.judgement.kind !== 'guard') return judged;
    }
    return undefined;
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
      case AST_NODE_TYPES.LogicalExpression:
        return this.checkAround(child, parent);
      case AST_NODE_TYPES.CallExpression:
      case AST_NODE_TYPES.NewExpression:
        if (child === parent.callee) return undefined;
        return this.callbacks.isConsentRegistration(parent) ? { kind: 'callback', node: child } : this.middlewareBefore(child, parent);
      case AST_NODE_TYPES.Property:
        return this.middlewareBefore(child, parent);
      default: {
        const list = statementList(parent);
        return list ? this.earlierInList(list, child, options) : this.checkAround(child, parent);
      }
    }
  }

  /** A consent check that `parent` (an `if`, `?:`, logical expression or Vue `v-if` element) puts around `child`. */
  private checkAround(child: TSESTree.Node, parent: TSESTree.Node): ConsentCoverage | undefined {
    const judged = this.conditions.testAround(child, parent);
    return judged?.judgement.kind === 'guard' ? { kind: 'check', node: judged.test } : undefined;
  }

  /** An early-exit consent check, or (with `afterRevoke`) a revoke, among the statements before `child`. */
  private earlierInList(list: StatementList, child: TSESTree.Node, options: CoverageOptions): ConsentCoverage | undefined {
    const index = list.indexOf(child);
    const judged = this.conditions.earlyExitBefore(list, index);
    if (judged?.judgement.kind === 'guard') return { kind: 'check', node: judged.test };
    const revoke = options.afterRevoke ? this.revokeFirst.revokeBefore(list, index) : undefined;
    return revoke ? { kind: 'revoke', node: revoke } : undefined;
  }

  /** Consent middleware that runs before a route handler `child` (see `consent/route-middleware.ts`). */
  private middlewareBefore(child: TSESTree.Node, parent: TSESTree.Node): ConsentCoverage | undefined {
    const middleware = this.middleware.guardOf(child, parent);
    return middleware ? { kind: 'check', node: middleware } : undefined;
  }

  private functionCoverage(fn: TSESTree.FunctionLike, options: CoverageOptions): ConsentCoverage | undefined {
    const name = functionName(fn);
    if (isCmpCallbackName(name)) return { kind: 'callback', node: fn };
    // A Fastify `handler:` is a method of its route options, with no caller in the file.
    const route = fn.parent?.type === AST_NODE_TYPES.Property ? this.middlewareBefore(fn, fn.parent) : undefined;
    if (route) return route;
    const sites = this.callers.callersOf(fn);
    if (sites === undefined) return this.walk(fn, options);
    if (sites.length === 0) return isConsentHandlerName(name) ? { kind: 'callback', node: fn } : undefined;
    return sites.every((site) => this.coverage(site, options)) ? { kind: 'callers', node: fn } : undefined;
  }
}
