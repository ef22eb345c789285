import type { PiiKind } from '../../analysis/catalog/pii-vocabulary.js';
import { count } from '../../inventory/report.js';
import type { Channel, Field, FieldLabel, InventoryReport, Site } from '../../inventory/types.js';
import { CHANNELS, FIELD_LABELS } from '../../inventory/types.js';
import { dataLabel, isWarning } from './labels.js';

/** Where each channel's data leaves from, as a reviewer names it. */
const SOURCES: Readonly<Record<Channel, string>> = {
  pixel: 'Browser: Meta pixel (fbq)',
  wrapper: 'Browser: pixel wrapper',
  'image-pixel': 'Browser or email: image pixel',
  'capi-http': 'Server: Conversions API over HTTP',
  'capi-sdk': 'Server: Conversions API SDK',
  'app-sdk': 'App: App Events SDK',
  'web-sdk': 'Browser: JavaScript SDK App Events',
  'app-events-api': 'Server: App Events API',
  'audience-upload': 'Server: Custom Audience upload',
};

/** How data travels, as edge labels say it. */
const HOW: Readonly<Record<FieldLabel, string>> = {
  raw: 'raw',
  'hashed-by-meta': "hashed by Meta's code",
  hashed: 'SHA-256',
  'hashed-not-normalized': 'SHA-256 not normalized',
  'wrong-hash': 'wrong hash',
  secret: 'secret',
  sensitive: 'sensitive',
  unknown: 'unknown',
  safe: 'safe',
};

/** The group of a channel's fields that are not personal data. */
const OTHER = 'other';
type DataKey = PiiKind | typeof OTHER;

/**
 * The report as a Mermaid flowchart (GitHub renders it): one box per channel holding one node per
 * kind of personal data it sends (and one for everything else), each with an edge to Meta
 * labelled with how its values travel. A channel with unguarded flows or findings, and a kind of
 * data sent raw, as a secret, sensitive or wrongly hashed, are drawn in the warning style. The
 * size depends on the channels and kinds of data, never on the number of flows. Node ids are
 * generated (`c0`, `c0d1`), labels escaped: nothing from the code reaches the syntax.
 */
export function mermaidDiagram(report: InventoryReport): string {
  const lines = ['flowchart LR', '  meta[("Meta")]'];
  const warnings: string[] = [];
  CHANNELS.forEach((channel, channelIndex) => {
    const sites = report.sites.filter((site) => site.channel === channel);
    if (sites.length === 0) return;
    const id = `c${channelIndex}`;
    lines.push(`  subgraph ${id}["${escape(channelTitle(channel, sites))}"]`, '    direction LR');
    const groups = dataGroups(sites);
    const edges: string[] = [];
    [...groups].forEach(([data, fields], dataIndex) => {
      const node = `${id}d${dataIndex}`;
      lines.push(`    ${node}["${escape(data === OTHER ? otherTitle(fields) : dataLabel(data))}"]`);
      edges.push(`  ${node} -->|"${escape(howLabel(fields))}"| meta`);
      if (fields.some((field) => isWarning(field.label))) warnings.push(node);
    });
    lines.push('  end', ...edges);
    if (sites.some((site) => site.consent.status === 'unguarded' || site.findings.length > 0)) warnings.push(id);
  });
  if (lines.length === 2) lines.push('  none["No data flows to Meta found"]', '  none -.-> meta');
  lines.push('  classDef warning fill:#fdecea,stroke:#c62828,color:#000;');
  if (warnings.length > 0) lines.push(`  class ${warnings.join(',')} warning;`);
  return ['```mermaid', ...lines, '```'].join('\n');
}

function channelTitle(channel: Channel, sites: readonly Site[]): string {
  const unguarded = sites.filter((site) => site.consent.status === 'unguarded').length;
  const withFindings = sites.filter((site) => site.findings.length > 0).length;
  const notes = [unguarded > 0 ? `⚠ ${unguarded} unguarded` : '', withFindings > 0 ? `⚠ ${withFindings} with findings` : ''].filter(Boolean);
  return `${SOURCES[channel]} · ${count(sites.length, 'flow')}${notes.length > 0 ? ` · ${notes.join(' · ')}` : ''}`;
}

/** The fields of the channel by kind of personal data (most sent first), the rest last; a flow without fields counts in the rest. */
function dataGroups(sites: readonly Site[]): Map<DataKey, Field[]> {
  const groups = new Map<DataKey, Field[]>();
  for (const site of sites) {
    if (site.fields.length === 0 && !groups.has(OTHER)) groups.set(OTHER, []);
    for (const field of site.fields) {
      const key = field.data ?? OTHER;
      const group = groups.get(key);
      if (group) group.push(field);
      else groups.set(key, [field]);
    }
  }
  const personal = [...groups].filter(([key]) => key !== OTHER).sort(([a, first], [b, second]) => second.length - first.length || (a < b ? -1 : 1));
  const other = groups.get(OTHER);
  return new Map(other ? [...personal, [OTHER, other]] : personal);
}

function otherTitle(fields: readonly Field[]): string {
  return fields.length === 0 ? 'events, no values' : 'events and other values';
}

/** `raw ×3 · SHA-256 ×2`, worst first; `event only` when nothing is sent. */
function howLabel(fields: readonly Field[]): string {
  if (fields.length === 0) return 'event only';
  const counts = FIELD_LABELS.map((label) => [label, fields.filter((field) => field.label === label).length] as const).filter(([, amount]) => amount > 0);
  return counts.map(([label, amount]) => `${isWarning(label) ? '⚠ ' : ''}${HOW[label]} ×${amount}`).join(' · ');
}

/** Text inside a quoted Mermaid label: entity codes for what would end or break it. */
export function escape(text: string): string {
  return text.replace(/[#"<>`\n]/g, (char) => `#${char.charCodeAt(0)};`);
}
