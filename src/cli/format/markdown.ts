import { allFindings, count, findingKey } from '../../inventory/report.js';
import type { Field, FieldLabel, InventoryReport, Site } from '../../inventory/types.js';
import { CHANNELS, FIELD_LABELS } from '../../inventory/types.js';
import { CHANNEL_LABELS, classificationLabel, consentLabel, dataLabel, eventLabel, FIELD_LABEL_HEADINGS, isWarning, lduLabel } from './labels.js';
import { mermaidDiagram } from './mermaid.js';

/**
 * The report as Markdown, for a privacy review or a pull-request comment: a diagram of what goes
 * to Meta, a summary per channel and per kind of personal data, one table of data flows per file
 * (a row per value sent), then every finding with its message and the files not read. No HTML;
 * file references are links relative to the working directory. Deterministic: sorted, no dates.
 */
export function formatMarkdown(report: InventoryReport): string {
  const sections = [header(report), mermaidDiagram(report), channelTable(report), dataTable(report), flows(report), findings(report), errors(report)];
  return `${sections.filter((section) => section !== '').join('\n\n')}\n`;
}

export function header(report: InventoryReport, title = 'Meta data inventory'): string {
  const { summary } = report;
  const config = report.eslint.config === 'project' ? "the project's ESLint config" : report.eslint.config === 'default' ? 'the built-in ESLint config' : code(report.eslint.config);
  const unread = new Set(report.errors.map((error) => error.file)).size;
  const warning = unread === 0 ? '' : `\n\n**⚠ ${count(unread, 'file')} not read**: the data flows in ${unread === 1 ? 'it are' : 'them are'} missing (see *Files not read*).`;
  return [
    `# ${title}`,
    '',
    `**${count(summary.sites, 'data flow')}** to Meta in ${summary.filesWithSites} of ${count(summary.files, 'file')}; **${count(summary.findings, 'finding')}** of the meta-privacy rules.`,
    `Built by ${report.tool.name} ${report.tool.version} with ${config}.${warning}`,
  ].join('\n');
}

export function channelTable(report: InventoryReport): string {
  const rows = CHANNELS.filter((channel) => report.summary.byChannel[channel] > 0).map((channel) => {
    const sites = report.sites.filter((site) => site.channel === channel);
    const unguarded = sites.filter((site) => site.consent.status === 'unguarded').length;
    return [CHANNEL_LABELS[channel], String(sites.length), String(unguarded), String(sites.filter((site) => site.findings.length > 0).length)];
  });
  return rows.length === 0 ? 'No data flows to Meta were found.' : table(['Channel', 'Data flows', 'Unguarded', 'With findings'], rows, [false, true, true, true]);
}

/** Per kind of personal data (and the other values), how many fields carry each label. */
export function dataTable(report: InventoryReport): string {
  const { data, otherFields } = report.summary;
  if (data.length === 0 && otherFields.fields === 0) return '';
  const labels = FIELD_LABELS;
  const row = (name: string, fields: number, byLabel: Readonly<Record<FieldLabel, number>>) => [name, String(fields), ...labels.map((label) => String(byLabel[label]))];
  const rows = [...data.map((entry) => row(dataLabel(entry.data), entry.fields, entry.byLabel)), ...(otherFields.fields > 0 ? [row('not personal data', otherFields.fields, otherFields.byLabel)] : [])];
  const headers = ['Data', 'Fields', ...labels.map((label) => FIELD_LABEL_HEADINGS[label])];
  return ['## Data sent', '', table(headers, rows, headers.map((_, index) => index > 0))].join('\n');
}

function flows(report: InventoryReport): string {
  const files = [...new Set(report.sites.map((site) => site.file))];
  if (files.length === 0) return '';
  return ['## Data flows', ...files.map((file) => fileSection(file, report.sites.filter((site) => site.file === file)))].join('\n\n');
}

/** One row per value sent; the site's call, consent, LDU and findings on its first row. */
function fileSection(file: string, sites: readonly Site[]): string {
  const rows = sites.flatMap((site) => {
    const first = [
      link(file, site.line, String(site.line)),
      cell(CHANNEL_LABELS[site.channel]),
      callCell(site),
      cell(prose(eventLabel(site))),
    ];
    const rest = [cell(prose(consentLabel(site.consent))), cell(prose(lduLabel(site.ldu))), site.findings.map((finding) => `${finding.ruleId.replace(/^meta-privacy\//, '')} (${finding.line})`).join(', ') || '—'];
    const fields = site.fields.length > 0 ? site.fields : [undefined];
    return fields.map((field, index) => [...(index === 0 ? first : ['', '', '', '']), field ? code(field.key) : '—', field ? fieldCell(field) : '—', ...(index === 0 ? rest : ['', '', ''])]);
  });
  return [`### ${link(file, undefined, code(file))}`, '', table(['Line', 'Channel', 'Call', 'Event', 'Field', 'Sent as', 'Consent', 'LDU', 'Findings'], rows, [true])].join('\n');
}

function callCell(site: Site): string {
  const send = site.send ? `, sent by ${code(site.send.call)} (line ${site.send.line})` : '';
  const endpoint = site.endpoint ? ` to ${code(site.endpoint)}` : '';
  // Code (`fbq('track')`, `new UserData()`) in a code span; descriptions (`server event`) as text.
  const call = site.call.endsWith(')') ? code(site.call) : cell(prose(site.call));
  return `${call}${send}${endpoint}`;
}

/** `⚠ raw email address ← `req.body.email``: the label, and the provenance of personal data. */
function fieldCell(field: Field): string {
  const origin = field.data !== null && field.classification.kind !== 'safe' ? ` ← ${cell(prose(field.provenance))}` : '';
  return `${isWarning(field.label) ? '⚠ ' : ''}${cell(classificationLabel(field))}${origin}`;
}

function findings(report: InventoryReport): string {
  const elsewhere = new Set(report.otherFindings.map(findingKey));
  const rows = allFindings(report).map((finding) => [
    link(finding.file, finding.line, code(`${finding.file}:${finding.line}:${finding.column}`)),
    code(finding.ruleId),
    cell(prose(finding.message)),
    elsewhere.has(findingKey(finding)) ? 'no' : 'yes',
  ]);
  return rows.length === 0 ? '' : ['## Findings', '', table(['Location', 'Rule', 'Message', 'At a data flow'], rows, [])].join('\n');
}

export function errors(report: InventoryReport, limit = Infinity): string {
  if (report.errors.length === 0) return '';
  const rows = report.errors.slice(0, limit).map((error) => [link(error.file, error.line ?? undefined, code(`${error.file}${error.line === null ? '' : `:${error.line}`}`)), cell(prose(error.message))]);
  const more = report.errors.length > rows.length ? `\n\nand ${count(report.errors.length - rows.length, 'more file')} not read.` : '';
  return ['## Files not read', '', 'They did not parse (or their data flows could not be read): what they send is missing from this report.', '', table(['File', 'Why'], rows, []), more].join('\n').trimEnd();
}

export function table(headers: readonly string[], rows: readonly (readonly string[])[], numeric: readonly boolean[]): string {
  const align = headers.map((_, index) => (numeric[index] ? '--:' : '---'));
  return [headers, align, ...rows].map((row) => `| ${row.join(' | ')} |`).join('\n');
}

/** A link to a file (and line) relative to the working directory: works in a pull request and in the repository browser. */
export function link(file: string, line: number | undefined, text: string): string {
  const target = encodeURI(file).replace(/[()]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
  // A code span keeps its brackets (it binds tighter than the link's); plain text escapes them.
  const label = text.startsWith('`') ? text : text.replace(/[[\]]/g, '\\$&');
  return `[${label}](${target}${line === undefined ? '' : `#L${line}`})`;
}

/** Prose that may hold code spans (rule messages): `<` and `>` outside the spans as entities, so nothing reads as HTML. */
export function prose(text: string): string {
  return text
    .split(/(`+[^`]*`+)/)
    .map((part, index) => (index % 2 === 1 ? part : part.replace(/</g, '&lt;').replace(/>/g, '&gt;')))
    .join('');
}

/** Text for a table cell: pipes escaped, on one line. */
export function cell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}

/** An inline code span that survives backticks in the text (a fence longer than any run inside). */
export function code(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const padded = longest > 0 ? ` ${text} ` : text;
  return `${fence}${cell(padded)}${fence}`;
}
