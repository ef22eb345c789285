import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { FileAnalysis } from '../analysis/index.js';
import type { ConsentCoverage } from '../analysis/facts/consent.js';
import { getConsent } from '../analysis/facts/consent.js';
import type { LduDecision } from '../analysis/facts/ldu.js';
import { functionVariable } from '../util/resolve.js';
import { isFunctionNode, snippet } from '../util/ast.js';
import type { ConsentState, LduState } from './types.js';

const UNGUARDED: ConsentState = { status: 'unguarded', via: null, line: null, text: null };
/** Customer-list uploads: require-consent does not judge them (docs/rules/require-consent.md). */
export const OUTSIDE_CONSENT: ConsentState = { status: 'outside-consent', via: null, line: null, text: null };

/**
 * The consent state of a site, from the same per-file consent facts `require-consent` uses.
 * `afterRevoke`: a preceding `fbq('consent', 'revoke')` counts (pixel commands only).
 */
export function consentState(analysis: FileAnalysis, node: TSESTree.Node, afterRevoke: boolean): ConsentState {
  const coverage = getConsent(analysis).coverage(node, { afterRevoke });
  if (!coverage) return UNGUARDED;
  return {
    status: coverage.kind === 'revoke' ? 'revoke-first' : 'guarded',
    via: coverage.kind,
    line: coverage.node.loc.start.line,
    text: guardText(analysis, coverage),
  };
}

/** The guard as a reviewer reads it: the condition, the revoke call, the consent API a callback is given to. */
function guardText(analysis: FileAnalysis, coverage: ConsentCoverage): string {
  const { sourceCode } = analysis;
  const node = coverage.node;
  if (!isFunctionNode(node)) return snippet(sourceCode, node);
  const parent = node.parent;
  if (coverage.kind === 'callback' && parent?.type === AST_NODE_TYPES.CallExpression && parent.callee !== node) {
    return `${snippet(sourceCode, parent.callee)}(…)`;
  }
  const name = node.id?.name ?? functionVariable(sourceCode, node)?.name;
  if (name === undefined) return snippet(sourceCode, node);
  return coverage.kind === 'callers' ? `every call of ${name}()` : `${name}()`;
}

/** The Limited Data Use state a decision sets (none: not set), from the same per-file fact `valid-data-processing-options` checks. */
export function lduStateOf(decision: LduDecision | undefined): LduState {
  const first = decision?.modes ?? decision?.country[0] ?? decision?.state[0];
  return {
    status: decision?.status ?? 'not-set',
    modes: decision?.modes?.text ?? null,
    country: decision?.country[0]?.text ?? null,
    state: decision?.state[0]?.text ?? null,
    line: first ? first.node.loc.start.line : null,
  };
}
