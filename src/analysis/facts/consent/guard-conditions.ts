import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { StatementList } from './control-flow.js';
import { exitsEarly } from './control-flow.js';
import type { ConsentSignals } from './signals.js';

/**
 * Consent checks written as conditions: the branch of an `if` or `?:`, the right of `&&` / `||`
 * (either polarity: the test mentioning consent is the evidence), and an earlier statement that
 * exits early (`if (!consent) return;` / `throw`).
 */
export class GuardConditions {
  constructor(private readonly signals: ConsentSignals) {}

  /** The consent test that `parent` (an `if`, `?:` or logical expression) puts around its child `child`. */
  testAround(child: TSESTree.Node, parent: TSESTree.Node): TSESTree.Node | undefined {
    switch (parent.type) {
      case AST_NODE_TYPES.IfStatement:
      case AST_NODE_TYPES.ConditionalExpression:
        return child !== parent.test && this.signals.mentionsConsent(parent.test) ? parent.test : undefined;
      case AST_NODE_TYPES.LogicalExpression:
        return child === parent.right && parent.operator !== '??' && this.signals.mentionsConsent(parent.left) ? parent.left : undefined;
      default:
        return undefined;
    }
  }

  /** The test of an early-exit consent check among the statements of `list` before `index`. */
  earlyExitBefore(list: StatementList, index: number): TSESTree.Node | undefined {
    for (let i = 0; i < index; i++) {
      const statement = list[i]!;
      if (statement.type === AST_NODE_TYPES.IfStatement && exitsEarly(statement) && this.signals.mentionsConsent(statement.test)) {
        return statement.test;
      }
    }
    return undefined;
  }
}
