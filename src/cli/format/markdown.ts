import { allFindings, findingKey } from '../../inventory/report.js';
import type { Field, InventoryReport, Site } from '../../inventory/types.js';
import { CHANNELS } from '../../inventory/types.js';
import { CHANNEL_LABELS, classificationLabel, consentLabel, dataLabel, eventLabel, lduLabel } from './labels.js';

/**
 * The report as Markdown, for a privacy review or a pull-request comment: a summary, the personal
 * data sent, one table of data flows per file, then every finding with its message. Deterministic:
 * sorted, relative paths, no dates.
 */
export function formatMarkdown(report: InventoryReport): string {
  const sections = [header(report), channelTable(report), dataTable(report), flows(report), findings(report), errors(report)];
  return `${sections.filter((section) => section !== '').join('\n\n')}\n`;
}

function header(report: InventoryReport): string {
  const { summary } = report;
  const config = report.eslint.config === 'project' ? "the project's ESLint config" : report.eslint.config === 'default' ? 'the built-in ESLint config' : code(report.eslint.config);
  return [
    '# Meta data inventory',
    '',
    `**${plural(summary.sites, 'data flow')}** to Meta in ${summary.filesWithSites} of ${plural(summary.files, 'file')}; **${plural(summary.findings, 'finding')}** of the meta-privacy rules.`,
    `Built by ${report.tool.name} ${report.tool.version} with ${config}.`,
  ].join('\n');
}

function channelTable(report: InventoryReport): string {
  const rows = CHANNELS.filter((channel) => report.summary.byChannel[channel] > 0).map((channel) => {
    const sites = report.sites.filter((site) => site.channel === channel);
    const unguarded = sites.filter((site) => site.consent.status === 'unguarded').length;
    return [CHANNEL_LABELS[channel], String(sites.length), String(unguarded), String(sites.filter((site) => site.findings.length > 0).length)];
  });
  return rows.length === 0 ? 'No data flows to Meta were found.' : table(['Channel', 'Data flows', 'Unguarded', 'With findings'], rows, [false, true, true, true]);
}

function dataTable(report: InventoryReport): string {
  if (report.summary.data.length === 0) return '';
  const rows = report.summary.data.map((entry) => [
    dataLabel(entry.data),
    String(entry.fields),
    String(entry.byClass.raw),
    String(entry.byClass.hashed),
    String(entry.byClass['wrong-hash']),
    String(entry.byClass.unknown),
    String(entry.byClass.safe),
  ]);
  return ['## Personal data sent', '', table(['Data', 'Fields', 'Raw', 'SHA-256', 'Wrong hash', 'Unknown', 'Safe'], rows, [false, true, true, true, true, true, true])].join('\n');
}

function flows(report: InventoryReport): string {
  const files = [...new Set(report.sites.map((site) => site.file))];
  if (files.length === 0) return '';
  return ['## Data flows', ...files.map((file) => fileSection(file, report.sites.filter((site) => site.file === file)))].join('\n\n');
}

function fileSection(file: string, sites: readonly Site[]): string {
  const rows = sites.map((site) => [
    String(site.line),
    CHANNEL_LABELS[site.channel],
    callCell(site),
    cell(eventLabel(site)),
    site.fields.map(fieldCell).join('<br>') || '—',
    cell(consentLabel(site.consent)),
    cell(lduLabel(site.ldu)),
    site.findings.map((finding) => `${finding.ruleId.replace(/^meta-privacy\//, '')} (${finding.line})`).join('<br>') || '—',
  ]);
  return [`### ${code(file)}`, '', table(['Line', 'Channel', 'Call', 'Event', 'Data sent', 'Consent', 'LDU', 'Findings'], rows, [true])].join('\n');
}

function callCell(site: Site): string {
  const send = site.send ? `, sent by ${code(site.send.call)} (line ${site.send.line})` : '';
  const endpoint = site.endpoint ? ` to ${code(site.endpoint)}` : '';
  // Code (`fbq('track')`, `new UserData()`) in a code span; descriptions (`server event`) as text.
  const call = site.call.endsWith(')') ? code(site.call) : cell(site.call);
  return `${call}${send}${endpoint}`;
}

/** `` `em` ``: raw email address ← `req.body.email`: the provenance is shown for personal data. */
function fieldCell(field: Field): string {
  const origin = field.data !== null && field.classification.kind !== 'safe' ? ` ← ${cell(field.provenance)}` : '';
  return `${code(field.key)}: ${cell(classificationLabel(field))}${origin}`;
}

function findings(report: InventoryReport): string {
  const elsewhere = new Set(report.otherFindings.map(findingKey));
  const rows = allFindings(report).map((finding) => [
    code(`${finding.file}:${finding.line}:${finding.column}`),
    code(finding.ruleId),
    cell(finding.message),
    elsewhere.has(findingKey(finding)) ? 'no' : 'yes',
  ]);
  return rows.length === 0 ? '' : ['## Findings', '', table(['Location', 'Rule', 'Message', 'At a data flow'], rows, [])].join('\n');
}

function errors(report: InventoryReport): string {
  if (report.errors.length === 0) return '';
  const rows = report.errors.map((error) => [code(`${error.file}${error.line === null ? '' : `:${error.line}`}`), cell(error.message)]);
  return ['## Files not read', '', 'They did not parse (or their data flows could not be read): what they send is missing from this report.', '', table(['File', 'Error'], rows, [])].join('\n');
}

function table(headers: readonly string[], rows: readonly (readonly string[])[], numeric: readonly boolean[]): string {
  const align = headers.map((_, index) => (numeric[index] ? '--:' : '---'));
  return [headers, align, ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n');
}

/** Text for a table cell: pipes escaped, on one line. */
function cell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}

/** An inline code span that survives backticks in the text (a fence longer than any run inside). */
function code(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const padded = longest > 0 ? ` ${text} ` : text;
  return `${fence}${cell(padded)}${fence}`;
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
