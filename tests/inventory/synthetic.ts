// Inventory reports made up for the format tests: any size, with the shapes that stress a format
// (long paths and messages, characters Mermaid and Markdown treat specially).
import type { PiiKind } from '../../src/analysis/catalog/pii-vocabulary.js';
import type { Channel, Field, FieldLabel, FileFinding, InventoryReport, Site } from '../../src/inventory/types.js';
import { CHANNELS, FIELD_LABELS } from '../../src/inventory/types.js';

const DATA: readonly (PiiKind | null)[] = ['email', 'phone', null, 'firstName', 'ipAddress', null];
const LABELS: readonly FieldLabel[] = ['raw', 'hashed-by-meta', 'hashed', 'hashed-not-normalized', 'wrong-hash', 'secret', 'sensitive', 'unknown', 'safe'];
const RULES = ['no-raw-pii', 'no-unhashed-identifiers', 'require-consent', 'no-pii-in-url', 'no-sensitive-event-data', 'valid-data-processing-options', 'no-exposed-access-token', 'no-test-event-code'];

export interface SyntheticOptions {
  readonly sites: number;
  readonly findingsPerSite?: number;
  readonly unreadFiles?: number;
  /** Characters of each file path. */
  readonly pathLength?: number;
  readonly messageLength?: number;
}

function field(index: number): Field {
  const label = LABELS[index % LABELS.length]!;
  return {
    key: `key_${index % 7}`,
    data: DATA[index % DATA.length]!,
    value: `value${index}`,
    line: 1,
    column: 1,
    classification: { kind: 'unknown', pii: null, algorithm: null, normalized: null, missingNormalization: [], assumed: false },
    label,
    hashedBy: label === 'hashed-by-meta' ? 'pixel' : null,
    provenance: '`value`',
    trail: [],
  };
}

/** A report with `sites` flows spread over the channels, files of `pathLength` characters, and findings of every rule. */
export function syntheticReport(options: SyntheticOptions): InventoryReport {
  const pad = (name: string) => name.padStart(options.pathLength ?? name.length, 'd/');
  const message = 'A finding "with" <markup>, `code`, | pipes and [brackets]. '.repeat(Math.ceil((options.messageLength ?? 60) / 60));
  const sites: Site[] = [];
  for (let index = 0; index < options.sites; index++) {
    const file = pad(`src/file-${index % 997}.ts`);
    const findings = Array.from({ length: options.findingsPerSite ?? 1 }, (_, n) => ({
      ruleId: `meta-privacy/${RULES[(index + n) % RULES.length]}`,
      messageId: 'synthetic',
      severity: 2 as const,
      line: index + 1,
      column: n + 1,
      endLine: null,
      endColumn: null,
      message,
    }));
    sites.push({
      file,
      line: index + 1,
      column: 1,
      endLine: index + 1,
      endColumn: 10,
      channel: CHANNELS[index % CHANNELS.length] as Channel,
      command: 'track',
      call: "fbq('track')",
      endpoint: null,
      eventName: 'Lead "quoted" <b>',
      action: null,
      send: null,
      fields: [field(index), field(index + 1), field(index + 2)],
      consent: index % 3 === 0 ? { status: 'unguarded', via: null, line: null, text: null } : { status: 'guarded', via: 'check', line: 1, text: 'consent' },
      ldu: null,
      findings,
    });
  }
  const findings: FileFinding[] = sites.flatMap((site) => site.findings.map((finding) => ({ file: site.file, ...finding })));
  const errors = Array.from({ length: options.unreadFiles ?? 0 }, (_, index) => ({ file: pad(`src/broken-${index}.ts`), line: 1, column: 1, message: `Parsing error: ${message}` }));
  const fields = sites.flatMap((site) => site.fields);
  const byLabel = (of: readonly Field[]) => Object.fromEntries(FIELD_LABELS.map((label) => [label, of.filter((entry) => entry.label === label).length])) as Record<FieldLabel, number>;
  const kinds = [...new Set(fields.flatMap((entry) => (entry.data === null ? [] : [entry.data])))];
  const other = fields.filter((entry) => entry.data === null);
  return {
    version: 1,
    tool: { name: 'eslint-plugin-meta-privacy', version: '0.0.0' },
    eslint: { version: '10.0.0', config: 'project' },
    rules: [],
    summary: {
      files: 1000,
      filesWithSites: new Set(sites.map((site) => site.file)).size,
      sites: sites.length,
      findings: findings.length,
      byChannel: Object.fromEntries(CHANNELS.map((channel) => [channel, sites.filter((site) => site.channel === channel).length])) as Record<Channel, number>,
      data: kinds.map((data) => {
        const of = fields.filter((entry) => entry.data === data);
        return { data, fields: of.length, sites: sites.length, byClass: { raw: 0, hashed: 0, 'wrong-hash': 0, unknown: of.length, safe: 0 }, byLabel: byLabel(of) };
      }),
      otherFields: { fields: other.length, sites: sites.length, byLabel: byLabel(other) },
    },
    sites,
    otherFindings: [],
    errors,
  };
}
