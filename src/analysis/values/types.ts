import type { TSESTree } from '@typescript-eslint/utils';
import type { Normalization } from '../catalog/capi.js';
import type { HashAlgorithm } from '../catalog/hashing.js';
import type { PiiKind } from '../catalog/pii-vocabulary.js';

/** One step of where a value came from: the expression and its line. */
export interface Origin {
  readonly node: TSESTree.Node;
  readonly text: string;
  readonly line: number;
}

/** Personal data in clear. */
export interface PiiValue {
  readonly kind: 'pii';
  readonly pii: PiiKind;
  /**
   * Only the name hints at it and the kind is common in ordinary code (a city, a postal code):
   * enough where a Meta key says what the value is, not enough on its own.
   */
  readonly weak: boolean;
  /** String operations applied on the way (trim, lowercase…), for the normalization check. */
  readonly normalization: ReadonlySet<Normalization>;
  readonly trail: readonly Origin[];
}

/** A digest. */
export interface HashedValue {
  readonly kind: 'hashed';
  readonly algorithm: HashAlgorithm;
  /** Recognised by a name only (`hashedEmail`, an imported `hashEmail()`), not by seeing the hash. */
  readonly assumed: boolean;
  /** What was hashed, when it is known personal data (for the normalization check). */
  readonly input?: PiiValue;
  readonly trail: readonly Origin[];
}

/** A value known not to be personal data: a literal, a number, a boolean. */
export interface SafeValue {
  readonly kind: 'safe';
  readonly trail: readonly Origin[];
}

/** Nothing is known. Rules do not report unknown values except under a strict option. */
export interface UnknownValue {
  readonly kind: 'unknown';
  readonly trail: readonly Origin[];
}

export type ValueInfo = PiiValue | HashedValue | SafeValue | UnknownValue;
