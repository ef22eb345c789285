import type { TSESTree } from '@typescript-eslint/utils';
import { getAnalysis } from '../analysis/index.js';
import type { Hashing, Normalization } from '../analysis/catalog/capi.js';
import {
  AUDIENCE_SCHEMA_FIELDS,
  MATCH_KEY_PII,
  MATCH_KEYS_NOT_HASHED,
  NORMALIZATION_LABELS,
  REQUIRED_NORMALIZATION,
  USER_DATA_KEYS,
} from '../analysis/catalog/capi.js';
import { HASH_ALGORITHM_LABELS } from '../analysis/catalog/hashing.js';
import type { PiiKind } from '../analysis/catalog/pii-vocabulary.js';
import { PII_KIND_LABELS } from '../analysis/catalog/pii-vocabulary.js';
import { USER_DATA_CONSTRUCTOR_KEYS, USER_DATA_SETTERS } from '../analysis/catalog/sdk.js';
import { arrayElements, objectFields } from '../util/resolve.js';
import { audienceCells } from '../analysis/sinks/audiences.js';
import { describeOrigin } from '../analysis/values/describe.js';
import { classifyName } from '../analysis/values/names.js';
import type { ValueInfo } from '../analysis/values/types.js';
import { snippet, staticString } from '../util/ast.js';
import { createRule } from '../util/create-rule.js';
import { wrapInCall } from '../util/fixes.js';

export type Options = [{ hashExternalId: boolean; notNormalized: boolean; requireProvenHash: boolean }];
export type MessageIds =
  | 'unhashed'
  | 'wrongAlgorithm'
  | 'mustNotHash'
  | 'notNormalized'
  | 'unprovenHash'
  | 'externalIdUnhashed'
  | 'wrapInHash';

/** What Meta expects of one identifier slot. */
interface Slot {
  readonly key: string;
  readonly hashing: Hashing;
  readonly pii?: PiiKind;
  /** The SDK hashes the value itself at send time (UserData setters). */
  readonly sdkHashes?: boolean;
}

export default createRule<Options, MessageIds>({
  name: 'no-unhashed-identifiers',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require SHA-256 hashing of CAPI user_data identifiers, and forbid hashing the ones Meta wants raw',
      recommended: true,
      strictOptions: { notNormalized: true, requireProvenHash: true },
    },
    hasSuggestions: true,
    messages: {
      unhashed:
        '`{{key}}` sends {{kind}} to Meta unhashed (from {{origin}}). Meta requires `{{key}}` to be normalized and SHA-256 hashed, and its systems do not accept raw contact information. Hash it before sending.',
      wrongAlgorithm:
        '`{{key}}` is hashed with {{algorithm}} (from {{origin}}). Meta matches only lowercase hex SHA-256 of the normalized value; use SHA-256.',
      mustNotHash:
        '`{{key}}` is hashed (from {{origin}}), but Meta needs it as-is and never matches a hashed `{{key}}`. Send the raw value.',
      notNormalized:
        '`{{key}}` hashes {{kind}} without {{missing}} first (from {{origin}}). Meta matches only hashes of normalized values; normalize before hashing.',
      unprovenHash:
        '`{{key}}` must be SHA-256 hashed, but nothing shows that `{{value}}` is. Hash it where the payload is built, or name your hash helper in the `hashFunctions` setting.',
      externalIdUnhashed:
        '`{{key}}` is sent unhashed (from {{origin}}). This project hashes external IDs with SHA-256 (option `hashExternalId`), as Meta recommends.',
      wrapInHash: 'Wrap the value in `{{fn}}()`.',
    },
    schema: [
      {
        type: 'object',
        additionalProperties: false,
        properties: {
          hashExternalId: { type: 'boolean', description: 'Report `external_id` values that are not SHA-256 hashed (Meta recommends hashing them).' },
          notNormalized: {
            type: 'boolean',
            description: 'Report values hashed without the normalization Meta requires (email trimmed and lowercased, phone digits only, names lowercased).',
          },
          requireProvenHash: {
            type: 'boolean',
            description: 'Report must-hash values whose hashing cannot be seen (unknown provenance), not only values known to be raw.',
          },
        },
      },
    ],
    defaultOptions: [{ hashExternalId: false, notNormalized: false, requireProvenHash: false }],
  },
  create(context, [options]) {
    const analysis = getAnalysis(context);
    const { sinks, sourceCode, settings } = analysis;
    const reported = new Set<TSESTree.Node>();
    const hashHelper = settings.hashFunctions.find((fn) => fn.module === undefined)?.path;

    const check = (slot: Slot, value: TSESTree.Node) => {
      const elements = slot.hashing === 'forbidden' ? undefined : arrayElements(sourceCode, value);
      if (elements) {
        for (const element of elements) check(slot, element);
        return;
      }
      if (reported.has(value)) return;
      const info = analysis.values.classify(value);
      report(slot, value, info, (staticString(value, sourceCode.getScope(value)) ?? '') !== '');
    };

    /** Reports a value (or static URL text, reported at its URL) if it breaks the slot's hashing rule. */
    const report = (slot: Slot, value: TSESTree.Node, info: ValueInfo, nonEmptyText: boolean) => {
      const problem = judge(slot, info, nonEmptyText);
      if (!problem) return;
      reported.add(value);
      // For a hash of unnormalized data, show the data that was hashed rather than the hash call.
      const origin = describeOrigin(problem.messageId === 'notNormalized' && info.kind === 'hashed' && info.input ? info.input : info, value);
      const kind = PII_KIND_LABELS[slot.pii ?? (info.kind === 'pii' ? info.pii : 'personal')];
      const canWrap = hashHelper !== undefined && (problem.messageId === 'unhashed' || problem.messageId === 'unprovenHash');
      context.report({
        node: value,
        messageId: problem.messageId,
        data: { key: slot.key, kind, origin, value: snippet(sourceCode, value), ...problem.data },
        suggest: canWrap ? [{ messageId: 'wrapInHash', data: { fn: hashHelper }, fix: wrapInCall(sourceCode, value, hashHelper) }] : null,
      });
    };

    const judge = (slot: Slot, info: ValueInfo, nonEmptyText: boolean): { messageId: MessageIds; data?: Record<string, string> } | undefined => {
      if (slot.hashing === 'forbidden') return info.kind === 'hashed' ? { messageId: 'mustNotHash' } : undefined;
      if (info.kind === 'hashed') {
        if (info.algorithm !== 'sha256' && info.algorithm !== 'unknown' && slot.hashing === 'required') {
          return { messageId: 'wrongAlgorithm', data: { algorithm: HASH_ALGORITHM_LABELS[info.algorithm] } };
        }
        const missing = options.notNormalized && !slot.sdkHashes ? missingNormalization(slot, info.input) : [];
        return missing.length > 0 ? { messageId: 'notNormalized', data: { missing: missing.map((step) => NORMALIZATION_LABELS[step]).join(' and ') } } : undefined;
      }
      if (slot.sdkHashes) return undefined;
      const raw = info.kind === 'pii' || (info.kind === 'safe' && nonEmptyText);
      if (slot.hashing === 'recommended') {
        return options.hashExternalId && (raw || info.kind === 'unknown') ? { messageId: 'externalIdUnhashed' } : undefined;
      }
      if (raw) return { messageId: 'unhashed' };
      return info.kind === 'unknown' && options.requireProvenHash ? { messageId: 'unprovenHash' } : undefined;
    };

    for (const payload of sinks.userData) {
      for (const field of objectFields(sourceCode, payload.node)) {
        const slot = field.key === undefined ? undefined : payload.format === 'match_keys' ? matchKeySlot(field.key) : userDataSlot(field.key, analysis.settings);
        if (slot) check(slot, field.value);
      }
    }
    /** A `ud[…]` parameter of an image pixel or an App Events API request: its value, or its static text reported `at` the URL. */
    const checkUserDataParameter = (parameter: { key: string; value?: TSESTree.Node; text?: string }, at: TSESTree.Node) => {
      const key = /^ud\[(.+)\]$/.exec(parameter.key)?.[1];
      const slot = key === undefined ? undefined : userDataSlot(key, analysis.settings);
      if (slot && parameter.value) check(slot, parameter.value);
      else if (slot && parameter.text && !reported.has(at)) report(slot, at, analysis.values.classifyText(parameter.text, at), true);
    };
    for (const pixel of sinks.imagePixels) {
      for (const parameter of pixel.parameters) checkUserDataParameter(parameter, pixel.node);
    }
    for (const audience of sinks.audiences) {
      for (const cell of audienceCells(sourceCode, audience)) {
        const field = AUDIENCE_SCHEMA_FIELDS[cell.column];
        if (field) check({ key: cell.column, ...field }, cell.value);
      }
    }
    for (const request of sinks.appEventsRequests) {
      for (const field of request.fields) checkUserDataParameter(field, field.node);
    }
    for (const call of sinks.sdkCalls) {
      if (call.className !== 'UserData') continue;
      const keys = call.method === 'constructor' ? USER_DATA_CONSTRUCTOR_KEYS : [USER_DATA_SETTERS[call.method]?.key];
      keys.forEach((key, index) => {
        const argument = call.args[index];
        const known = key === undefined ? undefined : USER_DATA_KEYS[key];
        if (key !== undefined && known && argument) check({ key, ...known, sdkHashes: known.hashing !== 'forbidden' }, argument);
      });
    }
    return {};
  },
});

/** A user_data key: Meta's own keys, or a personal-data name sent under a key Meta does not know (`email`). */
function userDataSlot(key: string, settings: Parameters<typeof classifyName>[1]): Slot | undefined {
  const known = USER_DATA_KEYS[key];
  if (known) return { key, ...known };
  const verdict = classifyName(key, settings);
  return verdict?.kind === 'pii' && !verdict.weak ? { key, hashing: 'required', pii: verdict.pii } : undefined;
}

function matchKeySlot(key: string): Slot | undefined {
  if (MATCH_KEYS_NOT_HASHED.has(key)) return { key, hashing: key === 'extern_id' ? 'recommended' : 'forbidden' };
  const pii = MATCH_KEY_PII[key];
  return pii ? { key, hashing: 'required', pii } : undefined;
}

/** The normalization steps Meta requires for a slot that the hashed input did not go through. */
function missingNormalization(slot: Slot, input: Extract<ValueInfo, { kind: 'pii' }> | undefined): Normalization[] {
  if (!input) return [];
  const required = REQUIRED_NORMALIZATION[slot.pii ?? input.pii] ?? [];
  return required.filter((step) => !input.normalization.has(step));
}
