import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { ASTUtils } from '@typescript-eslint/utils';

/** Removes a property from an object literal, with the comma and spacing that separate it from its neighbours. */
export function removeProperty(
  sourceCode: Readonly<TSESLint.SourceCode>,
  property: TSESTree.Property,
): (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix {
  return (fixer) => {
    const after = sourceCode.getTokenAfter(property);
    if (after && ASTUtils.isCommaToken(after)) {
      const next = sourceCode.getTokenAfter(after, { includeComments: true });
      return fixer.removeRange([property.range[0], next ? next.range[0] : after.range[1]]);
    }
    const before = sourceCode.getTokenBefore(property);
    if (before && ASTUtils.isCommaToken(before)) return fixer.removeRange([before.range[0], property.range[1]]);
    // The only property: leave `{}`.
    return fixer.removeRange([before ? before.range[1] : property.range[0], after ? after.range[0] : property.range[1]]);
  };
}

/** Wraps an expression in a call: `value` → `hashFn(value)`. */
export function wrapInCall(
  sourceCode: Readonly<TSESLint.SourceCode>,
  node: TSESTree.Node,
  callee: string,
): (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix {
  return (fixer) => fixer.replaceText(node, `${callee}(${sourceCode.getText(node)})`);
}
