import type { TSESTree } from '@typescript-eslint/utils';
import { USER_DATA_KEYS } from '../catalog/capi.js';
import type { PiiKind } from '../catalog/pii-vocabulary.js';
import { snippet } from '../../util/ast.js';
import type { FileAnalysis } from '../index.js';
import { describeOrigin } from './describe.js';
import { classifyName } from './names.js';

/** Personal data found in clear, with where it came from (for messages). */
export interface ClearPii {
  readonly kind: PiiKind;
  readonly origin: string;
}

/**
 * Whether a value sent under `key` is personal data in clear: judged by the value (a raw email from
 * `req.body.email`) and by the key (`email: getValue()`, `em: x`) when the value is not known to be
 * hashed or a harmless literal. A place that is no person's (`listing.country`) takes a person's key
 * (`customer_country`) to count, not a Meta key that is also a place (`country`, which Meta's dynamic
 * ads ask for as the listing's).
 */
export function clearPiiOf(analysis: FileAnalysis, key: string | undefined, value: TSESTree.Node, reported: TSESTree.Node): ClearPii | undefined {
  const info = analysis.values.classify(value);
  if (info.kind === 'pii' && !info.weak) return { kind: info.pii, origin: describeOrigin(analysis.sourceCode, info, reported) };
  if (key === undefined || (info.kind !== 'unknown' && info.kind !== 'pii')) return undefined;
  const byKey = (info.kind === 'unknown' ? USER_DATA_KEYS[key]?.pii : undefined) ?? strongNameKind(analysis, key);
  return byKey ? { kind: byKey, origin: `\`${snippet(analysis.sourceCode, value)}\`` } : undefined;
}

function strongNameKind(analysis: FileAnalysis, key: string): PiiKind | undefined {
  const verdict = classifyName(key, analysis.settings);
  return verdict?.kind === 'pii' && !verdict.weak ? verdict.pii : undefined;
}
