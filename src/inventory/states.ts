import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { FileAnalysis } from '../analysis/index.js';
import { LDU_MODE } from '../analysis/catalog/ldu.js';
import type { ConsentCoverage } from '../analysis/facts/consent.js';
import { getConsent } from '../analysis/facts/consent.js';
import { functionVariable } from '../util/resolve.js';
import { isFunctionNode, snippet, staticValue } from '../util/ast.js';
import type { ConsentState, LduState, LduStatus } from './types.js';

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

const DYNAMIC = Symbol('dynamic');

/** One setting of a data processing decision as written: its text, its value (or DYNAMIC) and line. */
export interface LduPart {
  readonly text: string;
  readonly value: unknown;
  readonly line: number;
}

/** A setting written as an expression. */
export function lduPartOf(analysis: FileAnalysis, node: TSESTree.Node): LduPart {
  const found = staticValue(node, analysis.sourceCode.getScope(node));
  return { text: snippet(analysis.sourceCode, node), value: found ? found.value : DYNAMIC, line: node.loc.start.line };
}

/** A setting written as URL text (`dpo=LDU`: the modes are comma-separated). */
export function lduTextPart(text: string, line: number, modes: boolean): LduPart {
  return { text, value: modes ? text.split(',').filter(Boolean) : text, line };
}

/** The Limited Data Use state from the modes, country and state a decision sets (each optional). */
export function lduState(modes: LduPart | undefined, country: LduPart | undefined, state: LduPart | undefined): LduState {
  return {
    status: modes ? lduStatus(modes.value) : 'not-set',
    modes: modes?.text ?? null,
    country: country?.text ?? null,
    state: state?.text ?? null,
    line: (modes ?? country ?? state)?.line ?? null,
  };
}

function lduStatus(value: unknown): LduStatus {
  if (value === DYNAMIC) return 'dynamic';
  if (!Array.isArray(value)) return 'invalid';
  if (value.length === 0) return 'off';
  return value.every((mode) => mode === LDU_MODE) ? 'on' : 'invalid';
}
