import type { TSESTree } from '@typescript-eslint/utils';
import type { FieldDraft } from './fields.js';
import type { Channel, ConsentState, LduState, Site } from './types.js';

/** A site while the file's syntax tree is still at hand: the nodes rule findings may point at come along. */
export interface SiteDraft {
  /** Where the site is reported. */
  readonly node: TSESTree.Node;
  readonly channel: Channel;
  readonly command: string;
  readonly call: string;
  readonly endpoint: string | null;
  readonly eventName: string | null;
  readonly action: Site['action'];
  /** The call that sends a payload built elsewhere in the file, and its label. */
  readonly send: { readonly node: TSESTree.Node; readonly call: string } | null;
  readonly fields: readonly FieldDraft[];
  readonly consent: ConsentState;
  readonly ldu: LduState | null;
  /** Other nodes whose findings belong to this site (the objects sent, setter calls). */
  readonly related: readonly TSESTree.Node[];
}

type Required = Pick<SiteDraft, 'node' | 'channel' | 'command' | 'call' | 'consent'>;

/** A draft with the optional parts left empty. */
export function siteDraft(parts: Required & Partial<SiteDraft>): SiteDraft {
  return { endpoint: null, eventName: null, action: null, send: null, fields: [], ldu: null, related: [], ...parts };
}
