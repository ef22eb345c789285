import type { TSESTree } from '@typescript-eslint/utils';
import type { ValueInfo } from './types.js';

/**
 * Where a value came from, for messages: "`email` ← `req.body.email` (line 12)". Steps on the
 * reported line are shown without a line number.
 */
export function describeOrigin(info: ValueInfo, reported: TSESTree.Node): string {
  const steps = info.trail.filter((step) => step.node !== reported);
  if (steps.length === 0) return `\`${info.trail[0]?.text ?? '?'}\``;
  return steps
    .map((step) => (step.line === reported.loc.start.line ? `\`${step.text}\`` : `\`${step.text}\` (line ${step.line})`))
    .join(' ← ');
}
