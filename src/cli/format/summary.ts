import { allFindings, count } from '../../inventory/report.js';
import type { FileFinding, InventoryReport } from '../../inventory/types.js';
import { channelTable, code, dataTable, errors, header, link, prose } from './markdown.js';
import { mermaidDiagram } from './mermaid.js';

/** A pull-request comment holds 65,536 characters; the summary stays under this, whatever the repository. */
export const SUMMARY_LIMIT = 60_000;

/** Each step shows fewer locations per rule and shorter messages, until the summary fits. */
const DETAIL_STEPS = [
  { locations: 5, message: 300, unread: 10 },
  { locations: 3, message: 160, unread: 5 },
  { locations: 1, message: 80, unread: 3 },
  { locations: 0, message: 0, unread: 1 },
] as const;
/** The longest file path a location shows before it is shortened in the middle. */
const MAX_PATH = 120;

/**
 * The Markdown summary for a pull-request comment or a CI job summary: the diagram, the flows per
 * channel, the data sent per kind and label, the findings grouped by rule with the first locations
 * (relative links) and "and N more", and the files not read. Its size depends on the number of
 * channels, kinds of data and rules, not on the number of flows; it is kept under SUMMARY_LIMIT.
 */
export function formatSummary(report: InventoryReport): string {
  for (const detail of DETAIL_STEPS) {
    const text = render(report, detail);
    if (text.length <= SUMMARY_LIMIT) return text;
  }
  const text = render(report, DETAIL_STEPS.at(-1)!);
  const cut = text.lastIndexOf('\n', SUMMARY_LIMIT - 200);
  return `${text.slice(0, cut)}\n\n… (cut to stay under ${SUMMARY_LIMIT.toLocaleString('en-US')} characters: run \`meta-privacy inventory -f markdown\` for the whole report)\n`;
}

type Detail = (typeof DETAIL_STEPS)[number];

function render(report: InventoryReport, detail: Detail): string {
  const sections = [
    header(report, 'Meta data inventory: summary'),
    mermaidDiagram(report),
    channelTable(report),
    dataTable(report),
    findingsByRule(report, detail),
    errors(withShortMessages(report), detail.unread),
  ];
  return `${sections.filter((section) => section !== '').join('\n\n')}\n`;
}

/** Per rule, most findings first: how many, and the first locations with their messages. */
function findingsByRule(report: InventoryReport, detail: Detail): string {
  const byRule = new Map<string, FileFinding[]>();
  for (const finding of allFindings(report)) {
    const found = byRule.get(finding.ruleId);
    if (found) found.push(finding);
    else byRule.set(finding.ruleId, [finding]);
  }
  if (byRule.size === 0) return '## Findings\n\nNone.';
  const rules = [...byRule].sort(([a, first], [b, second]) => second.length - first.length || (a < b ? -1 : 1));
  const sections = rules.map(([ruleId, found]) => {
    const shown = found.slice(0, detail.locations).map((finding) => `- ${link(finding.file, finding.line, `${shortPath(finding.file)}:${finding.line}`)}: ${prose(shorten(finding.message, detail.message))}`);
    const more = found.length > shown.length ? [`- and ${(found.length - shown.length).toLocaleString('en-US')} more`] : [];
    return [`### ${code(ruleId)}: ${count(found.length, 'finding')}`, '', ...shown, ...more].join('\n');
  });
  return ['## Findings by rule', ...sections].join('\n\n');
}

/** Unread files' messages on one line and short. */
function withShortMessages(report: InventoryReport): InventoryReport {
  return { ...report, errors: report.errors.map((error) => ({ ...error, message: shorten(error.message, 300) })) };
}

/** A path of at most MAX_PATH characters: its start and its end. */
function shortPath(file: string): string {
  return file.length <= MAX_PATH ? file : `${file.slice(0, 40)}…${file.slice(-(MAX_PATH - 41))}`;
}

/** A message on one line, cut at a word near `limit`. */
function shorten(message: string, limit: number): string {
  const text = message.replace(/\s+/g, ' ').trim();
  if (text.length <= limit) return text;
  const cut = text.lastIndexOf(' ', limit);
  return `${text.slice(0, cut > limit / 2 ? cut : limit)}…`;
}
