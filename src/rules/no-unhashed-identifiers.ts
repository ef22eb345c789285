import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, ASTUtils } from '@typescript-eslint/utils';
import { getAnalysis } from '../analysis/index.js';
import type { FileAnalysis } from '../analysis/index.js';
import type { Hashing, Normalization } from '../analysis/catalog/capi.js';
import {
  FOREIGN_ID_KEYS,
  FOREIGN_PII_KEYS,
  MATCH_KEY_PII,
  MATCH_KEYS_NOT_HASHED,
  NORMALIZATION_LABELS,
  REQUIRED_NORMALIZATION,
  USER_DATA_KEYS,
  USER_DATA_KEYS_BY_KIND,
} from '../analysis/catalog/capi.js';
import { HASH_ALGORITHM_LABELS } from '../analysis/catalog/hashing.js';
import type { PiiKind } from '../analysis/catalog/pii-vocabulary.js';
import { HASHED_NAME_WORDS, PII_KIND_LABELS } from '../analysis/catalog/pii-vocabulary.js';
import { USER_DATA_CONSTRUCTOR_KEYS, USER_DATA_SETTERS } from '../analysis/catalog/sdk.js';
import type { Field } from '../util/resolve.js';
import { arrayElements, objectFields } from '../util/resolve.js';
import { ownEntry } from '../util/own-entry.js';
import { AUDIENCE_SCHEMA_FIELDS } from '../analysis/catalog/audiences.js';
import { audienceCells } from '../analysis/sinks/audiences.js';
import { describeOrigin } from '../analysis/values/describe.js';
import type { HashHelper } from '../analysis/values/hash-helpers.js';
import { hashHelpersOf } from '../analysis/values/hash-helpers.js';
import { inPlaceHashingOf } from '../analysis/values/in-place-hashing.js';
import { classifyName } from '../analysis/values/names.js';
import type { HashedValue, ValueInfo } from '../analysis/values/types.js';
import type { MetaPrivacySettings } from '../settings.js';
import { enclosingFunction, lastName, snippet, staticString, unwrap } from '../util/ast.js';
import { checkSinksAfterTraversal, createRule } from '../util/create-rule.js';
import { isStatementList, removeProperty, removeStatement, renameProperty, replaceValue, statementOf, wrappedText } from '../util/fixes.js';
import { splitWords } from '../util/words.js';
import { scopeAt } from '../util/scope-at.js';

export type Options = [{ hashExternalId: boolean; notNormalized: boolean; requireProvenHash: boolean }];
export type MessageIds =
  | 'unhashed'
  | 'wrongAlgorithm'
  | 'mustNotHash'
  | 'notNormalized'
  | 'unprovenHash'
  | 'externalIdUnhashed'
  | 'nonMetaKey'
  | 'noMetaKey'
  | 'wrapInHash'
  | 'sendAsIs'
  | 'removeHashing'
  | 'useMetaKey'
  | 'removeKey';

/** What Meta expects of one identifier slot. */
interface Slot {
  readonly key: string;
  readonly hashing: Hashing;
  readonly pii?: PiiKind;
  /** The SDK hashes the value itself at send time (UserData setters). */
  readonly sdkHashes?: boolean;
}

/** A user_data key Meta does not define, and what it seems to hold. */
interface ForeignKey {
  /** How messages name the data: `a phone number`, `the site's own ID for the person`. */
  readonly holds: string;
  readonly pii?: PiiKind;
  /** The Meta keys for that data; empty when Meta has none. */
  readonly metaKeys: readonly string[];
}

type Suggestion = TSESLint.SuggestionReportDescriptor<MessageIds>;

const TREATMENT: Readonly<Record<Hashing, string>> = {
  required: 'normalized and SHA-256 hashed',
  forbidden: 'as-is, never hashed',
  recommended: 'hashed with SHA-256 if you can (Meta recommends it)',
};

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
      nonMetaKey:
        '`{{key}}` is not a user_data key Meta defines, so Meta does not match on it; it seems to hold {{kind}} (from {{origin}}). Send it as {{metaKey}}, {{treatment}}.',
      noMetaKey:
        '`{{key}}` is not a user_data key Meta defines; it seems to hold {{kind}} (from {{origin}}), which Meta has no user_data key for and only receives as-is. Remove it.',
      wrapInHash: 'Hash it with `{{fn}}()`: `{{replacement}}`.',
      sendAsIs: 'Send the value as-is: `{{replacement}}`.',
      removeHashing: 'Remove the statement that hashes `{{key}}`, so that its raw value is sent.',
      useMetaKey: 'Send it as `{{replacement}}`.',
      removeKey: 'Remove `{{key}}`.',
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
    return checkSinksAfterTraversal(analysis.mayReachMeta, () => {
      const { sinks, sourceCode, settings } = analysis;
      const reported = new Set<TSESTree.Node>();

      /** Whether a value is static text that is not empty (`'a@b.c'` sends data; `''` sends nothing). */
      const hasStaticText = (value: TSESTree.Node) => (staticString(value, scopeAt(sourceCode, value)) ?? '') !== '';
      const isText = () => true;

      const check = (slot: Slot, value: TSESTree.Node) => {
        const elements = slot.hashing === 'forbidden' ? undefined : arrayElements(sourceCode, value);
        if (elements) {
          for (const element of elements) check(slot, element);
          return;
        }
        if (reported.has(value)) return;
        report(slot, value, analysis.values.classify(value), hasStaticText);
      };

      /** Reports a value (or static URL text, reported at its URL: not `rewritable`) if it breaks the slot's hashing rule. */
      const report = (slot: Slot, value: TSESTree.Node, info: ValueInfo, nonEmptyText: (value: TSESTree.Node) => boolean, rewritable = true) => {
        const problem = judge(slot, value, info, nonEmptyText);
        if (!problem) return;
        reported.add(value);
        // For a hash of unnormalized data, show the data that was hashed rather than the hash call.
        const origin = describeOrigin(sourceCode, problem.messageId === 'notNormalized' && info.kind === 'hashed' && info.input ? info.input : info, value);
        const kind = slot.pii ?? (info.kind === 'pii' ? info.pii : 'personal');
        context.report({
          node: value,
          messageId: problem.messageId,
          data: { key: slot.key, kind: PII_KIND_LABELS[kind], origin, ...problem.data },
          suggest: rewritable ? suggestionsFor(problem.messageId, slot, value, kind, info) : null,
        });
      };

      /** Hash it (raw must-hash values), or send it as-is (hashed must-not-hash values). */
      const suggestionsFor = (messageId: MessageIds, slot: Slot, value: TSESTree.Node, kind: PiiKind, info: ValueInfo): Suggestion[] | null => {
        if (value.type === AST_NODE_TYPES.Literal) return null;
        if (messageId === 'mustNotHash') {
          const input = hashedInput(analysis, value);
          if (!input) return null;
          // `ud.ip = sha256(ud.ip)`: sending it as-is would leave `ud.ip = ud.ip`.
          const selfHash = selfHashStatement(sourceCode, value, input);
          if (selfHash) return [{ messageId: 'removeHashing', data: { key: slot.key }, fix: removeStatement(sourceCode, selfHash) }];
          return [{ messageId: 'sendAsIs', data: { replacement: snippet(sourceCode, input) }, fix: replaceValue(sourceCode, value, sourceCode.getText(input)) }];
        }
        if (messageId !== 'unhashed' && messageId !== 'unprovenHash') return null;
        const hash = hashCall(analysis, value, slot.pii ?? kind, info);
        return hash ? [{ messageId: 'wrapInHash', data: { fn: hash.fn, replacement: shorten(hash.text) }, fix: replaceValue(sourceCode, value, hash.text) }] : null;
      };

      /** `nonEmptyText` is asked only of a value known to be safe (a literal's text may be data). */
      const judge = (
        slot: Slot,
        value: TSESTree.Node,
        info: ValueInfo,
        nonEmptyText: (value: TSESTree.Node) => boolean,
      ): { messageId: MessageIds; data?: Record<string, string> } | undefined => {
        if (slot.hashing === 'forbidden') return info.kind === 'hashed' ? { messageId: 'mustNotHash' } : undefined;
        if (info.kind === 'hashed') {
          if (info.algorithm !== 'sha256' && info.algorithm !== 'unknown' && slot.hashing === 'required') {
            return { messageId: 'wrongAlgorithm', data: { algorithm: HASH_ALGORITHM_LABELS[info.algorithm] } };
          }
          const missing = options.notNormalized && !slot.sdkHashes ? missingNormalization(slot, info.input) : [];
          return missing.length > 0 ? { messageId: 'notNormalized', data: { missing: missing.map((step) => NORMALIZATION_LABELS[step]).join(' and ') } } : undefined;
        }
        if (slot.sdkHashes) return undefined;
        const raw = info.kind === 'pii' || (info.kind === 'safe' && nonEmptyText(value));
        if (slot.hashing === 'recommended') {
          return options.hashExternalId && (raw || info.kind === 'unknown') ? { messageId: 'externalIdUnhashed' } : undefined;
        }
        if (raw) return { messageId: 'unhashed' };
        return info.kind === 'unknown' && options.requireProvenHash ? { messageId: 'unprovenHash', data: { value: snippet(sourceCode, value) } } : undefined;
      };

      /** Whether one of the fields is an assignment of a hash under `key` (`ud.em = sha256(ud.em)`), judged as a field of its own. */
      const hashAssignedAmong = (fields: readonly Field[], key: string): boolean =>
        fields.some((other) => other.key === key && other.node.type === AST_NODE_TYPES.AssignmentExpression && analysis.values.classify(other.value).kind === 'hashed');
      /** The hashed value that replaces a field's value before it is sent (`hashUserData(ud);`, `ud.em = sha256(ud.em);`). */
      const hashedInPlace = (field: Field, slot: Slot): HashedValue | undefined => {
        if (!field.container) return undefined;
        const hashing = inPlaceHashingOf(sourceCode, analysis.values, field.container);
        return hashing.keys.get(slot.key) ?? (slot.hashing === 'forbidden' ? undefined : hashing.every);
      };

      /** What a report about a value under a key Meta does not define says: the data it holds and where it came from. */
      const foreignValue = (value: TSESTree.Node, foreign: ForeignKey) => {
        const info = analysis.values.classify(value);
        const origin = info.kind === 'hashed' ? `\`${snippet(sourceCode, value)}\`` : describeOrigin(sourceCode, info, value);
        return { info, kind: foreign.holds, origin };
      };
      const metaKeysText = (keys: readonly string[], spell: (key: string) => string = (key) => key) => keys.map((name) => `\`${spell(name)}\``).join(' and ');
      const treatmentOf = (foreign: ForeignKey) => {
        const treatment = TREATMENT[USER_DATA_KEYS[foreign.metaKeys[0]!]?.hashing ?? 'required'];
        return foreign.metaKeys.length > 1 ? `split apart, each ${treatment}` : treatment;
      };
      /** `ud[email]` in an image pixel or App Events URL: the same report, at the value, with the `ud[…]` key to use. */
      const reportForeignParameter = (key: string, value: TSESTree.Node) => {
        const foreign = foreignKey(key, settings);
        if (!foreign || reported.has(value) || isEmpty(value)) return;
        reported.add(value);
        const { kind, origin } = foreignValue(value, foreign);
        const shown = `ud[${key}]`;
        if (foreign.metaKeys.length === 0) {
          context.report({ node: value, messageId: 'noMetaKey', data: { key: shown, kind, origin } });
        } else {
          const metaKey = metaKeysText(foreign.metaKeys, (name) => `ud[${name}]`);
          context.report({ node: value, messageId: 'nonMetaKey', data: { key: shown, kind, origin, metaKey, treatment: treatmentOf(foreign) } });
        }
      };
      /** A key Meta does not define, in a payload Meta receives: name the Meta key, or say there is none. */
      const reportForeign = (field: Field, foreign: ForeignKey, siblings: readonly Field[]) => {
        if (reported.has(field.value) || isEmpty(field.value)) return;
        reported.add(field.value);
        const { info, kind, origin } = foreignValue(field.value, foreign);
        const [metaKey, ...more] = foreign.metaKeys;
        const key = field.key ?? '';
        if (metaKey === undefined) {
          const property = field.node.type === AST_NODE_TYPES.Property ? field.node : undefined;
          context.report({
            node: field.keyNode,
            messageId: 'noMetaKey',
            data: { key, kind, origin },
            suggest: property ? [{ messageId: 'removeKey', data: { key }, fix: removeProperty(sourceCode, property) }] : null,
          });
          return;
        }
        const hashing = USER_DATA_KEYS[metaKey]?.hashing ?? 'required';
        const valueText = more.length === 0 && !siblings.some((sibling) => sibling.key === metaKey) ? metaValueText(field.value, hashing, foreign.pii, info) : undefined;
        context.report({
          node: field.keyNode,
          messageId: 'nonMetaKey',
          data: { key, kind, origin, metaKey: metaKeysText(foreign.metaKeys), treatment: treatmentOf(foreign) },
          suggest:
            valueText === undefined
              ? null
              : [{ messageId: 'useMetaKey', data: { replacement: shorten(`${metaKey}: ${valueText}`) }, fix: renameProperty(sourceCode, field.node, metaKey, valueText) }],
        });
      };

      /** The value to send under the Meta key: hashed or unwrapped as that key needs, when that can be written. */
      const metaValueText = (value: TSESTree.Node, hashing: Hashing, pii: PiiKind | undefined, info: ValueInfo): string | undefined => {
        if (hashing === 'forbidden' && info.kind === 'hashed') {
          const input = hashedInput(analysis, value);
          return input && sourceCode.getText(input);
        }
        if (hashing !== 'required' || info.kind === 'hashed') return sourceCode.getText(value);
        return unwrap(value).type === AST_NODE_TYPES.ArrayExpression ? undefined : hashCall(analysis, value, pii, info)?.text;
      };

      for (const payload of sinks.userData) {
        const fields = objectFields(sourceCode, payload.node);
        for (const field of fields) {
          if (field.key === undefined) continue;
          if (payload.format === 'match_keys') {
            const slot = matchKeySlot(field.key);
            if (slot) check(slot, field.value);
            continue;
          }
          const known = ownEntry(USER_DATA_KEYS, field.key);
          if (known) {
            const slot = { key: field.key, ...known };
            const replaced = hashedInPlace(field, slot);
            // `ud.key = sha256(ud.key)` is a field of its own, judged where the hash is written: not again here.
            if (replaced && !hashAssignedAmong(fields, field.key)) report(slot, field.value, replaced, isText, false);
            else if (!replaced) check(slot, field.value);
            continue;
          }
          // Only Meta's wire format is Meta's vocabulary: a helper whose body is elsewhere may take its own keys.
          const foreign = payload.wireFormat ? foreignKey(field.key, settings) : undefined;
          if (foreign) reportForeign(field, foreign, fields);
        }
      }
      /**
       * A `ud[…]` parameter of an image pixel or an App Events API request: its value, or its static
       * text, reported `at` the URL (not rewritable there).
       */
      const checkUserDataParameter = (parameter: { key: string; value?: TSESTree.Node; text?: string }, at: TSESTree.Node) => {
        const key = /^ud\[(.+)\]$/.exec(parameter.key)?.[1];
        const known = ownEntry(USER_DATA_KEYS, key);
        const slot = key !== undefined && known ? { key, ...known } : undefined;
        if (slot && parameter.value) check(slot, parameter.value);
        else if (slot && parameter.text && !reported.has(at)) report(slot, at, analysis.values.classifyText(parameter.text, at), isText, false);
        else if (!slot && key !== undefined && parameter.value) reportForeignParameter(key, parameter.value);
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
    });
  },
});

/**
 * What a key Meta does not define holds, read from its name: `telefone_whatsapp` a phone number,
 * `user_ip` an IP address, `email_hash` an email address, `user_id` the site's own ID.
 */
function foreignKey(key: string, settings: MetaPrivacySettings): ForeignKey | undefined {
  const compact = key.toLowerCase().replace(/[_-]/g, '');
  const id = ownEntry(FOREIGN_ID_KEYS, compact);
  if (id) return { holds: id.holds, metaKeys: [id.key] };
  const words = splitWords(key).filter((word) => !HASHED_NAME_WORDS.has(word));
  const verdict = classifyName(words.join(' '), settings, ['user']);
  const pii = ownEntry(FOREIGN_PII_KEYS, compact) ?? (verdict?.kind === 'pii' ? verdict.pii : undefined);
  return pii ? { holds: PII_KIND_LABELS[pii], pii, metaKeys: USER_DATA_KEYS_BY_KIND[pii] ?? [] } : undefined;
}

function matchKeySlot(key: string): Slot | undefined {
  if (MATCH_KEYS_NOT_HASHED.has(key)) return { key, hashing: key === 'extern_id' ? 'recommended' : 'forbidden' };
  const pii = ownEntry(MATCH_KEY_PII, key);
  return pii ? { key, hashing: 'required', pii } : undefined;
}

/** The normalization steps Meta requires for a slot that the hashed input did not go through. */
function missingNormalization(slot: Slot, input: Extract<ValueInfo, { kind: 'pii' }> | undefined): Normalization[] {
  if (!input) return [];
  const required = REQUIRED_NORMALIZATION[slot.pii ?? input.pii] ?? [];
  return required.filter((step) => !input.normalization.has(step));
}

/**
 * The SHA-256 call to put around a raw value: the `hashFunctions` helper, or a SHA-256 helper of
 * this file (one named for the kind first, then one that normalizes), with the normalization Meta
 * requires added where neither the helper nor the value does it (`sha256(email.trim().toLowerCase())`).
 */
function hashCall(analysis: FileAnalysis, value: TSESTree.Node, kind: PiiKind | undefined, info: ValueInfo): { fn: string; text: string } | undefined {
  const { sourceCode, settings } = analysis;
  const configured = settings.hashFunctions.find((fn) => fn.module === undefined)?.path;
  if (configured) return { fn: configured, text: wrappedText(sourceCode, value, configured) };
  const required = (kind && REQUIRED_NORMALIZATION[kind]) ?? [];
  const inAsync = enclosingFunction(value)?.async ?? false;
  const candidates = hashHelpersOf(sourceCode, analysis.values, settings).filter((helper) => (helper.kind === undefined || helper.kind === kind) && (!helper.async || inAsync));
  const score = (helper: HashHelper) => (helper.kind === kind ? 2 : 0) + (required.every((step) => helper.normalization.has(step)) ? 1 : 0);
  const helper = candidates.reduce<HashHelper | undefined>((best, candidate) => (!best || score(candidate) > score(best) ? candidate : best), undefined);
  if (!helper) return undefined;
  const done = info.kind === 'pii' ? info.normalization : new Set<Normalization>();
  const suffix = required.filter((step) => !helper.normalization.has(step) && !done.has(step)).map((step) => `.${NORMALIZATION_LABELS[step]}`).join('');
  return { fn: helper.name, text: wrappedText(sourceCode, value, helper.name, { prefix: helper.async ? 'await ' : '', suffix }) };
}

/**
 * The statement `x = hash(x);` that hashes a value in place, when `value` is its hash call and `input` its
 * `x`; or the `if (flag) x = hash(x);` around it, when that is all the `if` does and its condition has no
 * side effects (removing only the body would leave `if (flag)` without one).
 */
function selfHashStatement(sourceCode: Readonly<TSESLint.SourceCode>, value: TSESTree.Node, input: TSESTree.Node): TSESTree.Statement | undefined {
  const assignment = value.parent;
  if (assignment?.type !== AST_NODE_TYPES.AssignmentExpression || assignment.operator !== '=' || assignment.right !== value) return undefined;
  if (sourceCode.getText(assignment.left) !== sourceCode.getText(input)) return undefined;
  const statement = assignment.parent;
  const guard = statement?.parent;
  if (guard?.type === AST_NODE_TYPES.IfStatement && guard.consequent === statement && !guard.alternate && !ASTUtils.hasSideEffect(guard.test, sourceCode)) {
    return isStatementList(guard.parent) ? guard : undefined;
  }
  return statementOf(assignment);
}

/** The raw value inside a hash call, when the code shows it (`sha256(ip)`, `createHash(…).update(ip).digest('hex')`). */
function hashedInput(analysis: FileAnalysis, value: TSESTree.Node): TSESTree.Node | undefined {
  let call = unwrap(value);
  if (call.type === AST_NODE_TYPES.AwaitExpression) call = unwrap(call.argument);
  while (call.type === AST_NODE_TYPES.CallExpression) {
    const callee = unwrap(call.callee);
    const name = lastName(callee);
    if (name === 'update') break;
    const receiver = callee.type === AST_NODE_TYPES.MemberExpression ? unwrap(callee.object) : undefined;
    if (receiver?.type !== AST_NODE_TYPES.CallExpression) break;
    call = receiver;
  }
  const input = call.type === AST_NODE_TYPES.CallExpression ? call.arguments[0] : undefined;
  if (!input || input.type === AST_NODE_TYPES.SpreadElement || input.type === AST_NODE_TYPES.Literal) return undefined;
  return analysis.values.classify(input).kind === 'hashed' ? undefined : input;
}

/** `null`, `undefined`, `''`: nothing is sent. */
function isEmpty(value: TSESTree.Node): boolean {
  const target = unwrap(value);
  return (target.type === AST_NODE_TYPES.Literal && (target.value === null || target.value === '')) || (target.type === AST_NODE_TYPES.Identifier && target.name === 'undefined');
}

function shorten(text: string): string {
  const line = text.replace(/\s+/g, ' ');
  return line.length > 60 ? `${line.slice(0, 59)}…` : line;
}
