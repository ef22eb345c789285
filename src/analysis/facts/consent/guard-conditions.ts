import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { templateCondition } from '../../sinks/vue-template.js';
import type { StatementList } from './control-flow.js';
import { exits, statementList } from './control-flow.js';
import type { ConsentPurposes, Judgement } from './purposes.js';

/** A consent test around a node, with what it makes sure of (`consent/purposes.ts`). */
export interface JudgedTest {
  readonly test: TSESTree.Node;
  readonly judgement: Judgement;
}

/**
 * Consent checks written as conditions: the branch of an `if` or `?:`, the right of `&&` / `||`,
 * a Vue template element's `v-if` / `v-else-if` / `v-show`, and an earlier statement that exits early (`if (!consent) return;` / `throw`). The code under
 * the check runs when its test is true (the `if` branch, the right of `&&`) or false (the `else`
 * branch, the right of `||`, the code after an early exit); either way, testing a consent flag is
 * the evidence, and `consent/purposes.ts` judges which purposes the test makes sure of.
 */
export class GuardConditions {
  constructor(private readonly purposes: ConsentPurposes) {}

  /** The consent test that `parent` puts around its child `child`: a condition, or an early exit before it in a block. */
  checkAt(child: TSESTree.Node, parent: TSESTree.Node): JudgedTest | undefined {
    const list = statementList(parent);
    return list ? this.earlyExitBefore(list, list.indexOf(child)) : this.testAround(child, parent);
  }

  /** Whether a consent check inside `fn` guards `node` (without looking at where `fn` is called). */
  guardedWithin(node: TSESTree.Node, fn: TSESTree.FunctionLike): boolean {
    for (let child = node, parent = node.parent; parent && child !== fn; child = parent, parent = parent.parent) {
      if (this.checkAt(child, parent)?.judgement.kind === 'guard') return true;
    }
    return false;
  }

  /** The consent test that `parent` (an `if`, `?:` or logical expression) puts around its child `child`. */
  testAround(child: TSESTree.Node, parent: TSESTree.Node): JudgedTest | undefined {
    switch (parent.type) {
      case AST_NODE_TYPES.IfStatement:
      case AST_NODE_TYPES.ConditionalExpression:
        return child === parent.test ? undefined : this.judged(parent.test, child === parent.consequent);
      case AST_NODE_TYPES.LogicalExpression:
        return child === parent.right && parent.operator !== '??' ? this.judged(parent.left, parent.operator === '&&') : undefined;
      default: {
        // A Vue template element rendered under `v-if` / `v-show`: its handlers run only when that holds.
        const condition = templateCondition(parent);
        return condition && this.judged(condition, true);
      }
    }
  }

  /** Whether `test` guards code that runs when it is `holds`. */
  guards(test: TSESTree.Node, holds: boolean): boolean {
    return this.purposes.judge(test, holds)?.kind === 'guard';
  }

  /**
   * The early-exit consent checks among the statements of `list` before `index`: the first that
   * guards what follows, else the first that falls short.
   */
  earlyExitBefore(list: StatementList, index: number): JudgedTest | undefined {
    let shortfall: JudgedTest | undefined;
    for (let i = 0; i < index; i++) {
      const statement = list[i]!;
      const continues = statement.type === AST_NODE_TYPES.IfStatement ? continuesWhen(statement) : undefined;
      const judged = continues === undefined ? undefined : this.judged((statement as TSESTree.IfStatement).test, continues);
      if (judged?.judgement.kind === 'guard') return judged;
      shortfall ??= judged;
    }
    return shortfall;
  }

  private judged(test: TSESTree.Node, holds: boolean): JudgedTest | undefined {
    const judgement = this.purposes.judge(test, holds);
    return judgement && { test, judgement };
  }
}

/**
 * When the code after an early exit runs: `if (t) return;` → when `t` is false; `if (t) {…} else
 * return;` → when it is true. Undefined when neither branch exits.
 */
function continuesWhen(statement: TSESTree.IfStatement): boolean | undefined {
  if (exits(statement.consequent)) return false;
  return statement.alternate !== null && exits(statement.alternate) ? true : undefined;
}
