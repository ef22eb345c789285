import path from 'node:path';
import type { ESLint } from 'eslint';
import type { PiiKind } from '../analysis/catalog/pii-vocabulary.js';
import type { CollectedSite } from './collect.js';
import { attachFindings, findingsIn, ruleFindings } from './findings.js';
import { fieldLabel } from './labels.js';
import type { ReceivedFile } from './received.js';
import type { DataSummary, Field, FieldLabel, FileError, FileFinding, Finding, InventoryReport, OtherFieldsSummary, Site, ValueClass } from './types.js';
import { CHANNELS, FIELD_LABELS, INVENTORY_SCHEMA_VERSION } from './types.js';

/** What the report is built from: the lint results (findings, errors, files) and the sites collected per file. */
export interface ReportInput {
  readonly cwd: string;
  readonly results: readonly ESLint.LintResult[];
  readonly received: ReadonlyMap<string, ReceivedFile>;
  readonly tool: InventoryReport['tool'];
  readonly eslint: InventoryReport['eslint'];
  readonly rules: readonly string[];
}

const VALUE_CLASSES: readonly ValueClass[] = ['raw', 'hashed', 'wrong-hash', 'unknown', 'safe'];

/** Assembles the report: sites with their findings, sorted by file and position; nothing machine-specific in it. */
export function buildReport(input: ReportInput): InventoryReport {
  const sites: Site[] = [];
  const otherFindings: FileFinding[] = [];
  const errors: FileError[] = [];
  for (const result of input.results) {
    const file = relativePath(input.cwd, result.filePath);
    const received = input.received.get(result.filePath);
    const collected = withHostContext(received?.sites ?? []);
    const fileFindings = ruleFindings(result.messages);
    const { perSite, other } = attachFindings(collected, fileFindings);
    collected.forEach((entry, index) => sites.push({ file, ...entry.site, fields: labelled(entry, fileFindings), findings: perSite[index]! }));
    otherFindings.push(...other.map((finding) => ({ file, ...finding })));
    errors.push(...result.messages.filter((message) => message.fatal).map((message) => ({ file, line: message.line ?? null, column: message.column ?? null, message: message.message })));
    if (received?.failure !== undefined) errors.push({ file, line: null, column: null, message: received.failure });
  }
  sites.sort(compareSites);
  otherFindings.sort(compareLocations);
  errors.sort(compareLocations);
  return {
    version: INVENTORY_SCHEMA_VERSION,
    tool: input.tool,
    eslint: input.eslint,
    rules: [...input.rules].sort(),
    summary: {
      files: input.results.length,
      filesWithSites: new Set(sites.map((site) => site.file)).size,
      sites: sites.length,
      findings: input.results.reduce((count, result) => count + ruleFindings(result.messages).length, 0),
      byChannel: Object.fromEntries(CHANNELS.map((channel) => [channel, sites.filter((site) => site.channel === channel).length])) as InventoryReport['summary']['byChannel'],
      data: dataSummary(sites),
      otherFields: otherFieldsSummary(sites),
    },
    sites,
    otherFindings,
    errors,
  };
}

/** The site's fields with their labels, from the findings at each field or where its value came from. */
function labelled(entry: CollectedSite, findings: readonly Finding[]): Field[] {
  return entry.site.fields.map((field, index) => ({ ...field, label: fieldLabel(field, findingsIn(entry.fieldRanges[index] ?? [], findings)) }));
}

/**
 * An inline script's sites sit inside the host's script literal, which the host lists as the
 * base-code loader with the consent state around the element: that loader is not listed twice,
 * and a pixel call the script runs unguarded is as guarded as the element (what require-consent
 * decides for such a script).
 */
function withHostContext(sites: readonly CollectedSite[]): readonly CollectedSite[] {
  const loaders = sites.filter((entry) => !entry.virtual && entry.site.command === 'load');
  if (loaders.length === 0) return sites;
  return sites.flatMap((entry) => {
    const host = entry.virtual ? loaders.find((loader) => contains(loader.site, entry.site)) : undefined;
    if (!host) return [entry];
    if (entry.site.command === 'load') return [];
    return [entry.site.consent.status === 'unguarded' ? { ...entry, site: { ...entry.site, consent: host.site.consent } } : entry];
  });
}

type Span = Pick<Site, 'line' | 'column' | 'endLine' | 'endColumn'>;

function contains(outer: Span, inner: Span): boolean {
  const startsAfter = inner.line > outer.line || (inner.line === outer.line && inner.column >= outer.column);
  const endsBefore = inner.endLine < outer.endLine || (inner.endLine === outer.endLine && inner.endColumn <= outer.endColumn);
  return startsAfter && endsBefore;
}

/** `/`-separated and relative to the working directory, so reports are the same on every machine. */
export function relativePath(cwd: string, file: string): string {
  return path.relative(cwd, file).split(path.sep).join('/');
}

/** Per kind of personal data: the fields that send it, by classification and label, most sent first. */
function dataSummary(sites: readonly Site[]): DataSummary[] {
  const byData = new Map<PiiKind, { fields: number; sites: Set<Site>; byClass: Record<ValueClass, number>; byLabel: Record<FieldLabel, number> }>();
  for (const site of sites) {
    for (const field of site.fields) {
      if (field.data === null) continue;
      let entry = byData.get(field.data);
      if (!entry) {
        entry = { fields: 0, sites: new Set(), byClass: zeros(VALUE_CLASSES), byLabel: zeros(FIELD_LABELS) };
        byData.set(field.data, entry);
      }
      entry.fields++;
      entry.sites.add(site);
      entry.byClass[field.classification.kind]++;
      entry.byLabel[field.label]++;
    }
  }
  return [...byData]
    .map(([data, entry]) => ({ data, fields: entry.fields, sites: entry.sites.size, byClass: entry.byClass, byLabel: entry.byLabel }))
    .sort((a, b) => b.fields - a.fields || compareText(a.data, b.data));
}

/** The fields that are not personal data, by label. */
function otherFieldsSummary(sites: readonly Site[]): OtherFieldsSummary {
  const byLabel = zeros(FIELD_LABELS);
  let fields = 0;
  let withOther = 0;
  for (const site of sites) {
    const other = site.fields.filter((field) => field.data === null);
    for (const field of other) byLabel[field.label]++;
    fields += other.length;
    if (other.length > 0) withOther++;
  }
  return { fields, sites: withOther, byLabel };
}

function zeros<Key extends string>(keys: readonly Key[]): Record<Key, number> {
  return Object.fromEntries(keys.map((key) => [key, 0])) as Record<Key, number>;
}

function compareSites(a: Site, b: Site): number {
  return compareLocations(a, b) || compareText(a.channel, b.channel) || compareText(a.command, b.command);
}

function compareLocations(a: { file: string; line: number | null; column: number | null }, b: { file: string; line: number | null; column: number | null }): number {
  return compareText(a.file, b.file) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}

/** Code-unit order, the same in every locale. */
function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Every finding of the report once (sites tied on a range share theirs), by file and position. */
export function allFindings(report: InventoryReport): FileFinding[] {
  const atSites = report.sites.flatMap((site) => site.findings.map((finding): FileFinding => ({ file: site.file, ...finding })));
  const unique = new Map([...atSites, ...report.otherFindings].map((finding) => [findingKey(finding), finding]));
  return [...unique.values()].sort(compareLocations);
}

/** Identifies a finding across the sites that share it. */
export function findingKey(finding: FileFinding): string {
  return `${finding.file}:${finding.line}:${finding.column}:${finding.ruleId}:${finding.message}`;
}

/** `1 file`, `3 files`: a count and its noun, in the plural when it is not one. */
export function count(amount: number, noun: string): string {
  return `${amount.toLocaleString('en-US')} ${noun}${amount === 1 ? '' : 's'}`;
}
