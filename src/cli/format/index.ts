import type { InventoryReport } from '../../inventory/types.js';
import { formatMarkdown } from './markdown.js';
import { formatSummary } from './summary.js';
import { formatSarif } from './sarif.js';
import { formatTable } from './table.js';

export const FORMATS = ['table', 'markdown', 'json', 'sarif'] as const;
export type FormatName = (typeof FORMATS)[number];

export function isFormat(name: string): name is FormatName {
  return (FORMATS as readonly string[]).includes(name);
}

/** The report in one of the output formats; colors only matter to the table, `summary` to Markdown. */
export function formatReport(report: InventoryReport, format: FormatName, options: { color: boolean; summary?: boolean }): string {
  switch (format) {
    case 'table':
      return formatTable(report, options);
    case 'markdown':
      return options.summary ? formatSummary(report) : formatMarkdown(report);
    case 'json':
      return `${JSON.stringify(report, null, 2)}\n`;
    case 'sarif':
      return formatSarif(report);
  }
}
