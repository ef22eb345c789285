import type { InventoryReport } from '../../inventory/types.js';

export function formatSummary(report: InventoryReport): string {
  return `${report.summary.sites}\n`;
}
