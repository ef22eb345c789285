import type { TSESTree } from '@typescript-eslint/utils';
import type { FileAnalysis } from '../analysis/index.js';
import { REQUIRED_NORMALIZATION, USER_DATA_KEYS } from '../analysis/catalog/capi.js';
import type { PiiKind } from '../analysis/catalog/pii-vocabulary.js';
import { staticTexts } from '../analysis/facts/event-names.js';
import type { Field } from '../util/resolve.js';
import { describeOrigin } from '../analysis/values/describe.js';
import { classifyName } from '../analysis/values/names.js';
import type { HashedValue, ValueInfo } from '../analysis/values/types.js';
import { snippet } from '../util/ast.js';
import type { CollectedField } from './collect.js';
import type { Classification } from './types.js';

/** A value sent under a key, before it is classified. */
export interface FieldSpec {
  /** How the report names where the value goes: `em`, `user_data.em`, `options.eventID`. */
  readonly key: string;
  readonly value: TSESTree.Node;
  /** The name whose words say what the data is; by default the key after its last `.`. */
  readonly name?: string;
  /** What Meta's catalog says the key holds, where the key is not a user_data key (match_keys, audience schema). */
  readonly keyData?: PiiKind;
  /** Who hashes a clear value before it leaves, when the key is one Meta wants hashed. */
  readonly hashedBy?: 'pixel' | 'sdk';
  /** The node that puts the value there (a property), which rule findings may point at. */
  readonly at?: TSESTree.Node;
}

/** A classified field and the nodes a finding about it can point at. */
export interface FieldDraft {
  readonly field: CollectedField;
  readonly nodes: readonly TSESTree.Node[];
  /** Where the value came from (its provenance), where a finding about the value may sit too (a token in a constant). */
  readonly origins: readonly TSESTree.Node[];
}

const NO_FIELDS: readonly FieldDraft[] = [];

/** Classifies one value sent to Meta, with its provenance. */
export function fieldOf(analysis: FileAnalysis, spec: FieldSpec): FieldDraft {
  const info = analysis.values.classify(spec.value);
  const data = dataOf(analysis, spec, info);
  const classification = classificationOf(info, data);
  const clear = classification.kind === 'raw' || classification.kind === 'unknown';
  return {
    field: {
      key: spec.key,
      data,
      value: snippet(analysis.sourceCode, spec.value),
      line: spec.value.loc.start.line,
      column: spec.value.loc.start.column + 1,
      classification,
      hashedBy: clear ? (spec.hashedBy ?? null) : null,
      provenance: describeOrigin(analysis.sourceCode, info, spec.value),
      trail: info.trail.map((step) => ({ text: step.text, line: step.line })),
    },
    nodes: spec.at ? [spec.at, spec.value] : [spec.value],
    origins: info.trail.map((step) => step.node),
  };
}

/** A value written as static text inside a URL (an image-pixel parameter): safe, no provenance to follow. */
export function staticFieldOf(key: string, text: string, node: TSESTree.Node, keyData?: PiiKind): FieldDraft {
  return {
    field: {
      key,
      data: keyData ?? null,
      value: text,
      line: node.loc.start.line,
      column: node.loc.start.column + 1,
      classification: plain('safe'),
      hashedBy: null,
      provenance: `\`${text}\``,
      trail: [],
    },
    nodes: [node],
    origins: [],
  };
}

/** The fields of an object Meta receives (`user_data`, event parameters), later keys winning as in JavaScript. */
export function objectFieldsOf(analysis: FileAnalysis, fields: readonly Field[], spec: (key: string) => Omit<FieldSpec, 'value' | 'at'>): readonly FieldDraft[] {
  if (fields.length === 0) return NO_FIELDS;
  return effectiveFields(fields).map((field) => fieldOf(analysis, { ...spec(field.key ?? '[computed]'), value: field.value, at: field.node }));
}

/** Drops fields overridden by a later one with the same key (`{ ...event, data_processing_options: [] }`). */
export function effectiveFields(fields: readonly Field[]): Field[] {
  const last = new Map<string, Field>();
  for (const field of fields) if (field.key !== undefined) last.set(field.key, field);
  return fields.filter((field) => field.key === undefined || last.get(field.key) === field);
}

/** What the data is: Meta's key first, then the key's words, then what the value was found to be. */
function dataOf(analysis: FileAnalysis, spec: FieldSpec, info: ValueInfo): PiiKind | null {
  const name = spec.name ?? spec.key.slice(spec.key.lastIndexOf('.') + 1);
  const byCatalog = spec.keyData ?? USER_DATA_KEYS[name]?.pii;
  if (byCatalog) return byCatalog;
  const verdict = classifyName(name, analysis.settings);
  if (verdict?.kind === 'pii' && !verdict.weak) return verdict.pii;
  if (info.kind === 'pii' && !info.weak) return info.pii;
  return info.kind === 'hashed' && info.input && !info.input.weak ? info.input.pii : null;
}

/** The report's classification of a value: a weak name hint counts as personal data only under a personal-data key. */
export function classificationOf(info: ValueInfo, data: PiiKind | null): Classification {
  switch (info.kind) {
    case 'pii':
      return info.weak && data === null ? plain('unknown') : { ...plain('raw'), pii: info.pii };
    case 'hashed':
      return hashedClassification(info, data);
    case 'safe':
    case 'unknown':
      return plain(info.kind);
  }
}

function hashedClassification(info: HashedValue, data: PiiKind | null): Classification {
  const wrong = info.algorithm !== 'sha256' && info.algorithm !== 'unknown';
  const input = info.input;
  // Normalization is judged only where Meta requires one for the kind of data hashed.
  const required = input && info.algorithm === 'sha256' ? REQUIRED_NORMALIZATION[data ?? input.pii] : undefined;
  const missing = input && required ? required.filter((step) => !input.normalization.has(step)) : [];
  return {
    kind: wrong ? 'wrong-hash' : 'hashed',
    pii: input?.pii ?? data,
    algorithm: info.algorithm,
    normalized: required ? missing.length === 0 : null,
    missingNormalization: missing,
    assumed: info.assumed,
  };
}

function plain(kind: Classification['kind']): Classification {
  return { kind, pii: null, algorithm: null, normalized: null, missingNormalization: [], assumed: false };
}

/** An event name: its static texts (alternatives joined by ` | `), or the expressions in backticks. */
export function eventNameOf(analysis: FileAnalysis, nodes: readonly TSESTree.Node[]): string | null {
  if (nodes.length === 0) return null;
  const texts = [...new Set(nodes.flatMap((node) => staticTexts(analysis.sourceCode, node).map((text) => text.text)))];
  if (texts.length > 0) return texts.join(' | ');
  return nodes.map((node) => `\`${snippet(analysis.sourceCode, node)}\``).join(' | ');
}
