// Exit codes of the built `meta-privacy inventory` both ways: --fail-on-findings gives 1 only when a
// rule reports something (a clean project with Meta data flows exits 0), and without the flag findings
// exit 0. Projects are written to temporary directories without an ESLint config (the built-in one
// applies). Needs `npm run build`.
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { InventoryReport } from '../../src/inventory/types.js';
import type { CliRun } from './helpers.js';
import { runCli, tempDir } from './helpers.js';

/** A CAPI send after a consent check, with user_data hashed as Meta requires: a site, no finding. */
const CLEAN_CAPI = `import { createHash } from 'node:crypto';

const sha256 = (value) => createHash('sha256').update(value).digest('hex');

export async function reportLead(req, marketingConsent) {
  if (!marketingConsent) return;
  await fetch(\`https://graph.facebook.com/v21.0/\${process.env.META_PIXEL_ID}/events\`, {
    method: 'POST',
    body: JSON.stringify({
      access_token: process.env.META_TOKEN,
      data: [{
        event_name: 'Lead',
        event_time: Math.floor(Date.now() / 1000),
        action_source: 'website',
        user_data: { em: sha256(req.body.email.trim().toLowerCase()), client_ip_address: req.ip, fbp: req.cookies._fbp },
      }],
    }),
  });
}
`;

/** A pixel event carrying an email in clear: a no-raw-pii finding. */
const RAW_PII_PIXEL = `/* global fbq */
export function onSignup(form) {
  fbq('track', 'Lead', { email: form.email });
}
`;

const NO_META = `export const add = (a, b) => a + b;\n`;

const temp = tempDir('exit-codes');
afterAll(() => temp.remove());

/** A project of one file in a fresh directory. */
function project(name: string, code: string): string {
  const dir = path.join(temp.dir, name);
  mkdirSync(path.join(dir, 'src'), { recursive: true });
  writeFileSync(path.join(dir, 'src/index.js'), code);
  return dir;
}

const projects = { clean: project('clean', CLEAN_CAPI), findings: project('findings', RAW_PII_PIXEL), noMeta: project('no-meta', NO_META) };

const json = (run: CliRun) => JSON.parse(run.stdout) as InventoryReport;
let cleanWithFlag: CliRun;
let noMetaWithFlag: CliRun;
let findingsWithoutFlag: CliRun;
let findingsWithFlag: CliRun;

// One run after the other: concurrent ones would only crowd the other test files on a shared machine.
beforeAll(async () => {
  cleanWithFlag = await runCli(['inventory', 'src', '--format', 'json', '--fail-on-findings'], projects.clean);
  noMetaWithFlag = await runCli(['inventory', 'src', '--format', 'json', '--fail-on-findings'], projects.noMeta);
  findingsWithoutFlag = await runCli(['inventory', 'src', '--format', 'json'], projects.findings);
  findingsWithFlag = await runCli(['inventory', 'src', '--fail-on-findings'], projects.findings);
}, 180_000);

describe('meta-privacy inventory exit codes', () => {
  it('--fail-on-findings on a project whose data flows are all correct exits 0', () => {
    const report = json(cleanWithFlag);
    expect(report.errors).toEqual([]);
    expect(report.summary.sites).toBeGreaterThan(0);
    expect(report.summary.findings).toBe(0);
    expect(cleanWithFlag.code).toBe(0);
  });

  it('--fail-on-findings on a project without Meta code exits 0', () => {
    expect(json(noMetaWithFlag).summary).toMatchObject({ sites: 0, findings: 0 });
    expect(noMetaWithFlag.code).toBe(0);
  });

  it('findings without --fail-on-findings exit 0', () => {
    expect(json(findingsWithoutFlag).summary.findings).toBeGreaterThan(0);
    expect(findingsWithoutFlag.code).toBe(0);
  });

  it('findings with --fail-on-findings exit 1', () => {
    expect(findingsWithFlag.stdout).toContain('no-raw-pii');
    expect(findingsWithFlag.code).toBe(1);
  });
});
