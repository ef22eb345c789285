import { readFileSync } from 'node:fs';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { ESLint, Linter } from 'eslint';
import type { FileAnalysis } from '../analysis/index.js';
import { getAnalysis } from '../analysis/index.js';
import metaPrivacy from '../index.js';
import { INVENTORY_RULE_ID } from '../processors/remap.js';
import { capiSites } from './capi-sites.js';
import type { SiteDraft } from './draft.js';
import { imagePixelSites, pixelSites } from './pixel-sites.js';
import { pointsOf } from './positions.js';
import { sdkSites } from './sdk-sites.js';
import { appEventsSites } from './app-sites.js';
import type { Field, Site } from './types.js';

/** The namespace of the in-memory plugin that carries the collecting rule into a lint run. */
export const COLLECT_NAMESPACE = 'meta-privacy-inventory';
/** The processors keep this rule's messages on their blocks and map them to the host file. */
export const COLLECT_RULE_ID = INVENTORY_RULE_ID;
/** Changes whenever what the collecting rule reports changes, so an ESLint cache of older reports is not reused. */
const COLLECT_FORMAT = 2;

/** A source range, 1-based columns, end exclusive; `length` in characters. */
export interface Range {
  readonly startLine: number;
  readonly startColumn: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly length: number;
}

/** A field as collected: its label waits for the findings. */
export type CollectedField = Omit<Field, 'label'>;

/** A site as collected from one file: everything but its file and findings, and the ranges findings may point into. */
export interface CollectedSite {
  readonly site: Omit<Site, 'file' | 'findings' | 'fields'> & { readonly fields: readonly CollectedField[] };
  /** Where a finding about the site can be: its call, payload objects, the send, every field. */
  readonly ranges: readonly Range[];
  /** Per field: its property and value, and where the value came from (a finding there is about the field). */
  readonly fieldRanges: readonly (readonly Range[])[];
  /** Collected in a processor's virtual block (an inline script, image pixels in markup), not in the file as written. */
  readonly virtual: boolean;
  /** When the positions are not those of the file as written: the key of the markers that say where they are. */
  readonly markers: string | null;
}

/**
 * What the collecting rule reports. The sites travel as lint messages, so they come back however
 * ESLint lints — in worker threads, from its cache, through processors — and a processor that maps
 * its blocks' messages back to the host file maps them too: a site's own message, `position`
 * markers for every other position it mentions, `name` markers for the names a processor gives
 * to interpolations (`user_email$12`, written `${user.email}`), which come back renamed.
 */
const COLLECT_MESSAGES = {
  site: '{{data}}',
  position: '{{block}} {{at}}',
  name: '{{block}} {{key}} {{name}}',
  failure: 'the data inventory could not read this file: {{reason}}',
} as const;
type MessageId = keyof typeof COLLECT_MESSAGES;

/** A processor's name for an interpolation in a virtual block. */
const PLACEHOLDER_NAME = /\b[a-z_]\w*\$\d+\b/gi;

/**
 * The flat config object that adds the collecting rule to a run (appended to the project's config).
 * `onFile` hears of every file the rule visits, in the thread that lints it.
 */
export function collectorConfig(onFile?: (file: string) => void): Linter.Config {
  const rule: TSESLint.RuleModule<MessageId, []> = {
    meta: { type: 'suggestion', docs: { description: 'Record where data leaves for Meta (meta-privacy data inventory)' }, schema: [], messages: COLLECT_MESSAGES },
    defaultOptions: [],
    create: (context) => {
      if (context.filename === context.physicalFilename) onFile?.(context.physicalFilename);
      report(context);
      return {};
    },
  };
  const plugin = { meta: { name: COLLECT_NAMESPACE, version: `${metaPrivacy.meta.version}+${COLLECT_FORMAT}` }, rules: { [COLLECT_RULE_ID.slice(COLLECT_NAMESPACE.length + 1)]: rule } } as unknown as ESLint.Plugin;
  return { name: COLLECT_RULE_ID, plugins: { [COLLECT_NAMESPACE]: plugin }, rules: { [COLLECT_RULE_ID]: 'warn' } };
}

type Context = Readonly<TSESLint.RuleContext<MessageId, []>>;

/** Reports the sites of the file (or block); a shape the site builders cannot read costs that file's sites, not the run. */
function report(context: Context): void {
  let sites: CollectedSite[];
  try {
    sites = collectSites(getAnalysis(context), context.filename !== context.physicalFilename);
  } catch (error) {
    context.report({ loc: { line: 1, column: 0 }, messageId: 'failure', data: { reason: (error as Error).message } });
    return;
  }
  if (sites.length === 0) return;
  const block = positionsMayMove(context) ? blockKey(context) : null;
  for (const collected of sites) {
    const { site } = collected;
    const loc = { start: { line: site.line, column: site.column - 1 }, end: { line: site.endLine, column: site.endColumn - 1 } };
    context.report({ loc, messageId: 'site', data: { data: encodeSite({ ...collected, markers: block }) } });
  }
  if (block === null) return;
  for (const point of new Set(sites.flatMap(pointsOf))) {
    const [line, column] = point.split(':').map(Number) as [number, number];
    context.report({ loc: { line, column: column - 1 }, messageId: 'position', data: { block, at: point } });
  }
  if (context.filename === context.physicalFilename) return;
  for (const name of new Set(sites.flatMap((collected) => JSON.stringify(collected.site).match(PLACEHOLDER_NAME) ?? []))) {
    context.report({ loc: { line: 1, column: 0 }, messageId: 'name', data: { block, key: Buffer.from(name).toString('base64'), name } });
  }
}

/**
 * Whether the positions the rule sees may not be those of the file as written: a processor's block,
 * or a file whose text was transformed before linting (eslint-plugin-html lints the scripts of a page).
 */
function positionsMayMove(context: Context): boolean {
  if (context.filename !== context.physicalFilename) return true;
  try {
    return readFileSync(context.physicalFilename, 'utf8').replace(/^\uFEFF/, '') !== context.sourceCode.text;
  } catch {
    return false;
  }
}

/** Tells apart the blocks of one file (several inline scripts, the scripts of a page) in marker messages. */
function blockKey(context: Context): string {
  const { text } = context.sourceCode;
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index++) hash = Math.imul(hash ^ text.charCodeAt(index), 0x01000193) >>> 0;
  return `${context.filename.slice(context.physicalFilename.length)}#${hash.toString(36)}`;
}

/** A site as the text of a lint message: base64 JSON, which no processor rewrites. */
export function encodeSite(site: CollectedSite): string {
  return Buffer.from(JSON.stringify(site)).toString('base64');
}

export function decodeSite(text: string): CollectedSite {
  return JSON.parse(Buffer.from(text, 'base64').toString('utf8')) as CollectedSite;
}

/** The sites of one file, as plain data (nothing of the syntax tree is kept). */
export function collectSites(analysis: FileAnalysis, virtual = false): CollectedSite[] {
  const drafts = [...pixelSites(analysis), ...imagePixelSites(analysis), ...capiSites(analysis), ...sdkSites(analysis), ...appEventsSites(analysis)];
  return drafts.map((draft) => toCollected(draft, virtual));
}

function toCollected(draft: SiteDraft, virtual: boolean): CollectedSite {
  const { node, send } = draft;
  return {
    site: {
      line: node.loc.start.line,
      column: node.loc.start.column + 1,
      endLine: node.loc.end.line,
      endColumn: node.loc.end.column + 1,
      channel: draft.channel,
      command: draft.command,
      call: draft.call,
      endpoint: draft.endpoint,
      eventName: draft.eventName,
      action: draft.action,
      send: send && { line: send.node.loc.start.line, call: send.call },
      fields: draft.fields.map((field) => field.field),
      consent: draft.consent,
      ldu: draft.ldu,
    },
    ranges: [node, ...draft.related, ...(send ? [send.node] : []), ...draft.fields.flatMap((field) => field.nodes)].map(rangeOf),
    fieldRanges: draft.fields.map((field) => [...field.nodes, ...field.origins].map(rangeOf)),
    virtual,
    markers: null,
  };
}

function rangeOf(node: TSESTree.Node): Range {
  const { start, end } = node.loc;
  return { startLine: start.line, startColumn: start.column + 1, endLine: end.line, endColumn: end.column + 1, length: node.range[1] - node.range[0] };
}
