import { NAMESPACE } from '../configs.js';
import type { CollectedField } from './collect.js';
import type { FieldLabel, Finding } from './types.js';

/** The rules whose findings at a field say more than its value's classification: their decision, with the user's options. */
const SECRET_RULE = `${NAMESPACE}/no-exposed-access-token`;
const SENSITIVE_RULE = `${NAMESPACE}/no-sensitive-event-data`;

/**
 * A field's label: a credential or a sensitive value as the rules found it at the field (or where
 * its value came from), else what its value is — personal data in clear, hashed by Meta's own code
 * before it leaves, SHA-256 with or without Meta's normalization, another hash, unknown, safe.
 */
export function fieldLabel(field: CollectedField, findings: readonly Finding[]): FieldLabel {
  if (findings.some((finding) => finding.ruleId === SECRET_RULE)) return 'secret';
  if (findings.some((finding) => finding.ruleId === SENSITIVE_RULE)) return 'sensitive';
  const { classification } = field;
  switch (classification.kind) {
    case 'raw':
      return field.hashedBy ? 'hashed-by-meta' : 'raw';
    case 'unknown':
      return field.hashedBy ? 'hashed-by-meta' : 'unknown';
    case 'hashed':
      return classification.normalized === false ? 'hashed-not-normalized' : 'hashed';
    case 'wrong-hash':
    case 'safe':
      return classification.kind;
  }
}
