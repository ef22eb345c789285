import metaPrivacy from '../../index.js';
import { NAMESPACE } from '../../configs.js';
import { allFindings } from '../../inventory/report.js';
import type { FileError, FileFinding, InventoryReport, Site } from '../../inventory/types.js';
import { siteSummary } from './labels.js';

const SARIF_SCHEMA = 'https://json.schemastore.org/sarif-2.1.0.json';
const INVENTORY_DESCRIPTOR = `${NAMESPACE}/inventory`;
const UNREAD_FILE_DESCRIPTOR = `${NAMESPACE}/unread-file`;

/**
 * SARIF 2.1.0, one run. Rule findings are `results` (code-scanning alerts). Inventory sites are
 * `invocations[0].toolExecutionNotifications` of level `note`, each with the site in its property
 * bag: they validate, upload to GitHub code scanning without becoming alerts, and stay readable by
 * any SARIF consumer. Files that were not read (parse errors) are notifications of level `error`.
 */
export function formatSarif(report: InventoryReport): string {
  const ruleIds = Object.keys(metaPrivacy.rules).sort().map((id) => `${NAMESPACE}/${id}`);
  const log = {
    $schema: SARIF_SCHEMA,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: driver(ruleIds) },
        invocations: [{ executionSuccessful: true, toolExecutionNotifications: [...report.sites.map(siteNotification), ...report.errors.map(errorNotification)] }],
        results: allFindings(report).map((finding) => result(finding, ruleIds)),
        columnKind: 'utf16CodeUnits',
        properties: { inventory: { version: report.version, eslint: report.eslint, rules: report.rules, summary: report.summary } },
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}

function driver(ruleIds: readonly string[]) {
  return {
    name: metaPrivacy.meta.name,
    version: metaPrivacy.meta.version,
    rules: ruleIds.map((id) => {
      const rule = metaPrivacy.rules[id.slice(NAMESPACE.length + 1)]!;
      const docs = rule.meta.docs;
      return {
        id,
        shortDescription: { text: docs?.description ?? id },
        ...(docs?.url ? { helpUri: docs.url } : {}),
        defaultConfiguration: { level: docs?.recommended ? 'error' : 'warning' },
        properties: { recommended: docs?.recommended ?? false, type: rule.meta.type },
      };
    }),
    notifications: [
      { id: INVENTORY_DESCRIPTOR, shortDescription: { text: 'A place where data leaves for Meta (meta-privacy data inventory)' } },
      { id: UNREAD_FILE_DESCRIPTOR, shortDescription: { text: 'A file that did not parse or could not be read: its data flows are missing from the inventory' } },
    ],
  };
}

function result(finding: FileFinding, ruleIds: readonly string[]) {
  const index = ruleIds.indexOf(finding.ruleId);
  return {
    ruleId: finding.ruleId,
    ...(index === -1 ? {} : { ruleIndex: index }),
    level: finding.severity === 2 ? 'error' : 'warning',
    message: { text: finding.message },
    locations: [location(finding.file, finding.line, finding.column, finding.endLine, finding.endColumn)],
    ...(finding.messageId ? { properties: { messageId: finding.messageId } } : {}),
  };
}

function siteNotification(site: Site) {
  return {
    descriptor: { id: INVENTORY_DESCRIPTOR, index: 0 },
    level: 'note',
    message: { text: siteSummary(site) },
    locations: [location(site.file, site.line, site.column, site.endLine, site.endColumn)],
    properties: { site },
  };
}

function errorNotification(error: FileError) {
  return {
    descriptor: { id: UNREAD_FILE_DESCRIPTOR, index: 1 },
    level: 'error',
    message: { text: error.message },
    locations: [location(error.file, error.line ?? 1, error.column ?? 1, null, null)],
  };
}

function location(file: string, line: number, column: number, endLine: number | null, endColumn: number | null) {
  const end = endLine !== null && endColumn !== null && endColumn >= 1 ? { endLine, endColumn } : {};
  return {
    physicalLocation: {
      artifactLocation: { uri: encodeURI(file), uriBaseId: '%SRCROOT%' },
      region: { startLine: Math.max(line, 1), startColumn: Math.max(column, 1), ...end },
    },
  };
}
