import type { TSESTree } from '@typescript-eslint/utils';
import type { ValueInfo } from './types.js';

/**
 * Where a value came from, for messages: "`email` ← `req.body.email` (line 12)". Steps on the
 * reported line are shown without a line number.
 */
export function describeOrigin(info: ValueInfo, reported: TSESTree.Node): string {
  // A reference and its declaration read the same (`email` ← `email`): keep the declaration.
  const steps = info.trail.filter((step, index) => step.node !== reported && step.text !== info.trail[index + 1]?.text);
  if (steps.length === 0) return `\`${info.trail[0]?.text ?? '?'}\``;
  return steps
    .map((step) => (step.line === reported.loc.start.line ? `\`${step.text}\`` : `\`${step.text}\` (line ${step.line})`))
    .join(' ← ');
}
