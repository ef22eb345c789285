import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { ESLint, Linter } from 'eslint';
import type { FileAnalysis } from '../analysis/index.js';
import { getAnalysis } from '../analysis/index.js';
import { capiSites } from './capi-sites.js';
import type { SiteDraft } from './draft.js';
import { imagePixelSites, pixelSites } from './pixel-sites.js';
import { sdkSites } from './sdk-sites.js';
import { appEventsSites } from './app-sites.js';
import type { Site } from './types.js';

/** The namespace of the in-memory plugin that carries the collecting rule into a lint run. */
export const COLLECT_NAMESPACE = 'meta-privacy-inventory';
export const COLLECT_RULE_ID = `${COLLECT_NAMESPACE}/collect`;

/** A source range, 1-based columns, end exclusive; `length` in characters. */
export interface Range {
  readonly startLine: number;
  readonly startColumn: number;
  readonly endLine: number;
  readonly endColumn: number;
  readonly length: number;
}

/** A site as collected from one file: everything but its file and findings, and the ranges findings may point into. */
export interface CollectedSite {
  readonly site: Omit<Site, 'file' | 'findings'>;
  readonly ranges: readonly Range[];
}

/**
 * Records the sites of every file a lint run visits, keyed by physical file name. Its rule asks the
 * same per-file analysis the meta-privacy rules use (computed once per file, whichever asks first).
 */
export class InventoryCollector {
  readonly files = new Map<string, CollectedSite[]>();
  /** Files whose sites could not be collected, with the reason. */
  readonly failures = new Map<string, string>();
  private visited = 0;

  constructor(private readonly onFile?: (count: number) => void) {}

  /** How many files the run has linted so far. */
  get scanned(): number {
    return this.visited;
  }

  /** The flat config object that adds the collecting rule to a run (appended to the project's config). */
  config(): Linter.Config {
    const rule: TSESLint.RuleModule<never, []> = {
      meta: { type: 'suggestion', docs: { description: 'Record where data leaves for Meta (meta-privacy data inventory)' }, schema: [], messages: {} },
      defaultOptions: [],
      create: (context) => {
        // A processor's virtual block (an inline script, an image pixel in markup) has positions of
        // its own, which only the processor maps back to the host file: its sites are left out, its
        // findings still reach the report through the host file's results.
        if (context.filename === context.physicalFilename) this.collect(context.physicalFilename, () => collectSites(getAnalysis(context)));
        return {};
      },
    };
    const plugin = { meta: { name: COLLECT_NAMESPACE }, rules: { collect: rule } } as unknown as ESLint.Plugin;
    return { name: COLLECT_RULE_ID, plugins: { [COLLECT_NAMESPACE]: plugin }, rules: { [COLLECT_RULE_ID]: 'warn' } };
  }

  /** Records a file's sites; a shape the site builders cannot read costs that file's sites, not the run. */
  private collect(file: string, sites: () => readonly CollectedSite[]): void {
    this.visited++;
    this.onFile?.(this.visited);
    try {
      const found = sites();
      if (found.length > 0) this.files.set(file, [...(this.files.get(file) ?? []), ...found]);
    } catch (error) {
      this.failures.set(file, `the data inventory could not read this file: ${(error as Error).message}`);
    }
  }
}

/** The sites of one file, as plain data (nothing of the syntax tree is kept). */
export function collectSites(analysis: FileAnalysis): CollectedSite[] {
  const drafts = [...pixelSites(analysis), ...imagePixelSites(analysis), ...capiSites(analysis), ...sdkSites(analysis), ...appEventsSites(analysis)];
  return drafts.map(toCollected);
}

function toCollected(draft: SiteDraft): CollectedSite {
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
  };
}

function rangeOf(node: TSESTree.Node): Range {
  const { start, end } = node.loc;
  return { startLine: start.line, startColumn: start.column + 1, endLine: end.line, endColumn: end.column + 1, length: node.range[1] - node.range[0] };
}
