// Everything the linter sees is in the inventory (issue 14, point 5): pixel calls inside inline
// <Script> / dangerouslySetInnerHTML text, the scripts of HTML pages (eslint-plugin-html) and image
// pixels in HTML and Vue markup are data flows at their positions in the file as written, with the
// interpolations named as written, the host's consent check around the element, and their findings.
// The fixture projects of tests/hosts are linted in place with their own configs. Needs `npm run build`.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Site } from '../../src/inventory/types.js';
import { root } from './helpers.js';
import { jsonReport } from './run-main.js';

const hosts = path.join(root, 'tests/hosts/projects');
const summary = (site: Site) => `${site.file}:${site.line}:${site.column} ${site.call}${site.eventName ? ` ${site.eventName}` : ''} ${site.consent.status} [${site.findings.map((finding) => finding.ruleId.replace('meta-privacy/', '')).join(', ')}]`;

describe('inline scripts in JSX (the inline-scripts processor)', () => {
  it('lists the calls of each script at their host positions, once, with the host guard around the element', async () => {
    const { report } = await jsonReport(path.join(hosts, 'next-app'));
    expect(report.sites.map(summary)).toEqual([
      'app/layout.tsx:13:12 fbevents.js base code unguarded []',
      "app/layout.tsx:19:13 fbq('init') unguarded [require-consent]",
      "app/layout.tsx:20:13 fbq('track') PageView unguarded []",
      'app/thank-you/page.tsx:15:12 fbevents.js base code guarded []',
      "app/thank-you/page.tsx:19:1 fbq('init') guarded []",
      "app/thank-you/page.tsx:25:20 fbq('track') Purchase unguarded [no-raw-pii]",
      "app/thank-you/page.tsx:26:1 fbq('trackCustom') PregnancyTestOrdered unguarded [no-sensitive-event-data]",
      "app/thank-you/page.tsx:29:17 fbq('track') Lead unguarded [no-raw-pii]",
    ]);
    expect(report.otherFindings).toEqual([]);
    const purchase = report.sites.find((site) => site.eventName === 'Purchase')!;
    expect(purchase.fields.find((field) => field.key === 'email')).toMatchObject({ value: '${order.customer.email}', line: 25, label: 'raw' });
    expect(report.sites.find((site) => site.call === "fbq('init')" && site.file.endsWith('page.tsx'))!.consent).toMatchObject({ line: 13, text: 'consent.marketing' });
  });
});

describe('HTML pages (eslint-plugin-html and the image-pixels processor)', () => {
  it('lists the page script and the image pixels where they are written', async () => {
    const { report } = await jsonReport(path.join(hosts, 'html'));
    expect(report.sites.map(summary)).toEqual([
      'index.html:14:7 fbevents.js base code unguarded []',
      "index.html:15:7 fbq('init') unguarded [require-consent]",
      "index.html:16:7 fbq('dataProcessingOptions') unguarded [valid-data-processing-options]",
      "index.html:17:7 fbq('track') PageView unguarded []",
      'index.html:20:12 image pixel URL HivTestBooked unguarded [no-sensitive-event-data]',
      'index.html:26:15 image pixel URL Lead unguarded [valid-data-processing-options]',
    ]);
    expect(report.sites.at(-1)!.ldu).toMatchObject({ status: 'on', modes: 'LDU', line: 26 });
  });
});

describe('Vue single-file components', () => {
  it('lists the template image pixel and template event handlers beside the script calls', async () => {
    const { report } = await jsonReport(path.join(hosts, 'vue'));
    expect(report.sites.filter((site) => site.file === 'components/CheckoutButton.vue').map(summary)).toEqual([
      'components/CheckoutButton.vue:3:23 image pixel URL DiabetesScreening unguarded [no-sensitive-event-data]',
      'components/CheckoutButton.vue:10:5 this.$fb.enable() unguarded [require-consent]',
      'components/CheckoutButton.vue:14:7 this.$fb.track() Purchase unguarded [no-raw-pii]',
    ]);
    expect(report.sites.filter((site) => site.file === 'components/LeadForm.vue').map(summary)).toEqual([
      'components/LeadForm.vue:9:26 $fb.track() Lead unguarded [no-raw-pii]',
      'components/LeadForm.vue:12:60 $fb.enable() guarded []',
    ]);
    expect(report.otherFindings).toEqual([]);
  });
});
