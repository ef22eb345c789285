import { count } from '../../inventory/report.js';
import type { ConsentStatus, Field, FieldLabel, InventoryReport, Site } from '../../inventory/types.js';
import { classificationLabel, consentLabel, eventLabel, findingsLabel, lduLabel } from './labels.js';

type Style = (text: string) => string;

interface Palette {
  readonly bad: Style;
  readonly warn: Style;
  readonly good: Style;
  readonly dim: Style;
  readonly heading: Style;
}

const ansi = (open: number, close: number): Style => (text) => (text === '' ? text : `\u001b[${open}m${text}\u001b[${close}m`);
const COLORS: Palette = { bad: ansi(31, 39), warn: ansi(33, 39), good: ansi(32, 39), dim: ansi(2, 22), heading: ansi(4, 24) };
const PLAIN: Palette = { bad: String, warn: String, good: String, dim: String, heading: String };

const HEADERS = ['line', 'channel', 'call', 'event', 'consent', 'LDU', 'findings'] as const;

/**
 * The report for a terminal: per file, one row per site (location, channel, call, event, consent,
 * LDU, findings) with the fields sent indented below it, then the findings at no site and a summary.
 */
export function formatTable(report: InventoryReport, options: { color: boolean }): string {
  const palette = options.color ? COLORS : PLAIN;
  const rows = report.sites.map(siteRow);
  const widths = HEADERS.map((header, index) => Math.max(header.length, ...rows.map((row) => row[index]!.length)));
  const lines: string[] = report.sites.length > 0 ? [palette.dim(`  ${HEADERS.map((header, index) => header.padEnd(widths[index]!)).join('  ')}`.trimEnd())] : [];
  let file: string | undefined;
  report.sites.forEach((site, index) => {
    if (site.file !== file) {
      file = site.file;
      lines.push('', palette.heading(site.file));
    }
    lines.push(`  ${styleRow(site, rows[index]!, widths, palette)}`.trimEnd());
    for (const field of site.fields) lines.push(`  ${' '.repeat(widths[0]! + 2)}${fieldLine(field, palette)}`);
  });
  lines.push(...otherFindings(report, palette), ...unreadFiles(report, palette), '', summaryLine(report, palette));
  return `${lines.join('\n').replace(/^\n+/, '')}\n`;
}

function siteRow(site: Site): string[] {
  return [`${site.line}:${site.column}`, site.channel, site.send ? `${site.call} → ${site.send.call}` : site.call, eventLabel(site), consentLabel(site.consent), lduLabel(site.ldu), findingsLabel(site)];
}

function styleRow(site: Site, row: readonly string[], widths: readonly number[], palette: Palette): string {
  const consent: Record<ConsentStatus, Style> = { guarded: palette.good, 'revoke-first': palette.warn, unguarded: palette.bad, 'outside-consent': palette.good };
  const styles: Style[] = [palette.dim, String, String, String, consent[site.consent.status], String, palette.bad];
  return row.map((text, index) => styles[index]!(text) + ' '.repeat(widths[index]! - text.length)).join('  ');
}

function fieldLine(field: Field, palette: Palette): string {
  const styles: Record<FieldLabel, Style> = {
    raw: palette.bad,
    secret: palette.bad,
    sensitive: palette.bad,
    'wrong-hash': palette.bad,
    'hashed-not-normalized': palette.warn,
    hashed: palette.good,
    'hashed-by-meta': palette.good,
    unknown: palette.warn,
    safe: palette.dim,
  };
  const origin = field.data !== null && field.classification.kind !== 'safe' ? palette.dim(` ← ${field.provenance}`) : '';
  return `${field.key}: ${styles[field.label](classificationLabel(field))}${origin}`;
}

function otherFindings(report: InventoryReport, palette: Palette): string[] {
  if (report.otherFindings.length === 0) return [];
  return [
    '',
    palette.heading('Findings outside any data flow'),
    ...report.otherFindings.map((finding) => `  ${finding.file}:${finding.line}:${finding.column}  ${palette.bad(finding.ruleId)}  ${finding.message}`),
  ];
}

/** Every file not read and why: its data flows are missing from the report. */
function unreadFiles(report: InventoryReport, palette: Palette): string[] {
  if (report.errors.length === 0) return [];
  return [
    '',
    palette.heading('Files not read (their data flows are missing)'),
    ...report.errors.map((error) => `  ${error.file}${error.line === null ? '' : `:${error.line}:${error.column ?? 1}`}  ${palette.bad(error.message)}`),
  ];
}

function summaryLine(report: InventoryReport, palette: Palette): string {
  const { summary } = report;
  const findings = summary.findings === 0 ? palette.good('no findings') : palette.bad(count(summary.findings, 'finding'));
  const unread = new Set(report.errors.map((error) => error.file)).size;
  const errors = unread === 0 ? '' : `, ${palette.bad(`${count(unread, 'file')} not read`)}`;
  return `${count(summary.sites, 'data flow')} to Meta in ${summary.filesWithSites} of ${count(summary.files, 'file')}, ${findings}${errors}`;
}
