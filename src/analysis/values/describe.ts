import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { snippet } from '../../util/ast.js';
import type { ValueInfo } from './types.js';

/**
 * Where a value came from, for messages: "`email` ← `req.body.email` (line 12)". Steps on the
 * reported line are shown without a line number. A value with no steps (a call whose result is
 * unknown, `crypto.randomUUID()`) is its own origin.
 */
export function describeOrigin(sourceCode: Readonly<TSESLint.SourceCode>, info: ValueInfo, reported: TSESTree.Node): string {
  // A reference and its declaration read the same (`email` ← `email`): keep the declaration.
  const steps = info.trail.filter((step, index) => step.node !== reported && step.text !== info.trail[index + 1]?.text);
  if (steps.length === 0) return `\`${info.trail[0]?.text ?? snippet(sourceCode, reported)}\``;
  return steps
    .map((step) => (step.line === reported.loc.start.line ? `\`${step.text}\`` : `\`${step.text}\` (line ${step.line})`))
    .join(' ← ');
}
