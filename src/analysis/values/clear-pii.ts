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
 * hashed or a harmless literal.
 */
export function clearPiiOf(analysis: FileAnalysis, key: string | undefined, value: TSESTree.Node, reported: TSESTree.Node): ClearPii | undefined {
  const info = analysis.values.classify(value);
  if (info.kind === 'pii' && !info.weak) return { kind: info.pii, origin: describeOrigin(info, reported) };
  if (key === undefined || (info.kind !== 'unknown' && info.kind !== 'pii')) return undefined;
  const byKey = USER_DATA_KEYS[key]?.pii ?? strongNameKind(analysis, key);
  return byKey ? { kind: byKey, origin: `\`${snippet(analysis.sourceCode, value)}\`` } : undefined;
}

function strongNameKind(analysis: FileAnalysis, key: string): PiiKind | undefined {
  const verdict = classifyName(key, analysis.settings);
  return verdict?.kind === 'pii' && !verdict.weak ? verdict.pii : undefined;
}
