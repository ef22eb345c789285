import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { CONSENT_GRANT, CONSENT_REVOKE } from '../../catalog/consent.js';
import type { PixelCall } from '../../sinks/types.js';
import { isFunctionNode, staticString } from '../../../util/ast.js';
import { MAX_DEPTH } from '../../../util/resolve.js';
import type { FunctionCallers } from './callers.js';
import type { SourceCode, StatementList } from './control-flow.js';
import { iifeCall, statementList } from './control-flow.js';
import type { GuardConditions } from './guard-conditions.js';
import { scopeAt } from '../../../util/scope-at.js';

/** What a pixel consent call does: grant, revoke, or decide at runtime (`cond ? 'grant' : 'revoke'`). */
export type ConsentAction = 'grant' | 'revoke' | 'runtime';

interface RevokeMark {
  readonly index: number;
  readonly call: TSESTree.Node;
}

/** The action of a pixel consent call, or undefined when it is not one (or says neither). */
export function consentAction(call: PixelCall, sourceCode: SourceCode): ConsentAction | undefined {
  if (call.command !== 'consent') return undefined;
  if (call.fixedConsent) return call.fixedConsent;
  const argument = call.slots.consent;
  if (!argument) return undefined;
  const value = staticString(argument, scopeAt(sourceCode, argument));
  if (value === undefined) return 'runtime';
  return value === CONSENT_GRANT ? 'grant' : value === CONSENT_REVOKE ? 'revoke' : undefined;
}

/**
 * Meta's order for the pixel: `fbq('consent', 'revoke')` before `init`. Finds, for each statement
 * list, the first statement that revokes consent on every path through it — directly, through a
 * conditional consent call (`cond ? 'grant' : 'revoke'`), or through a helper that does.
 */
export class RevokeFirst {
  private revokeCalls: readonly PixelCall[] | undefined;
  private revokeMarks: Map<StatementList, RevokeMark> | undefined;

  constructor(
    private readonly sourceCode: SourceCode,
    private readonly pixelCalls: () => readonly PixelCall[],
    private readonly callers: FunctionCallers,
    private readonly conditions: GuardConditions,
  ) {}

  /** The pixel consent calls that pause the pixel or let the visitor's choice decide (not plain grants). */
  get revokes(): readonly PixelCall[] {
    this.revokeCalls ??= this.pixelCalls().filter((call) => {
      const action = consentAction(call, this.sourceCode);
      return action === 'revoke' || action === 'runtime';
    });
    return this.revokeCalls;
  }

  /** The revoke that runs, on every path, before the statement at `index` of `list`. */
  revokeBefore(list: StatementList, index: number): TSESTree.Node | undefined {
    const mark = this.marks().get(list);
    return mark && mark.index < index ? mark.call : undefined;
  }

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
    for (const site of this.callers.callersOf(parent) ?? iifeCall(parent)) this.markRevoke(site, call, depth + 1);
  }

  /** Whether `child` runs only on some paths through `parent` (a consent condition does not count). */
  private isBranch(child: TSESTree.Node, parent: TSESTree.Node): boolean {
    switch (parent.type) {
      case AST_NODE_TYPES.IfStatement:
      case AST_NODE_TYPES.ConditionalExpression:
        return child !== parent.test && !this.conditions.guards(parent.test, child === parent.consequent);
      case AST_NODE_TYPES.LogicalExpression:
        return child === parent.right && (parent.operator === '??' || !this.conditions.guards(parent.left, parent.operator === '&&'));
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
