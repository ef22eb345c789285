// `meta-privacy inventory examples` end to end: the built bin on a copy of the example storefront
// with its own eslint.config.js. JSON content (sites, classifications, consent and LDU states,
// findings), the golden Markdown report, SARIF validated against the 2.1.0 schema, exit codes,
// --output, and the ESLint formatter. The example files are the ones git tracks. Needs `npm run build`.
// Regenerate the golden file with `UPDATE_GOLDEN=1 npx vitest run tests/inventory/examples.test.ts`.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import AjvDraft04 from 'ajv-draft-04';
import ajvFormats from 'ajv-formats';
import { ESLint } from 'eslint';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Field, InventoryReport, Site } from '../../src/inventory/types.js';
import { expectGolden } from '../golden.js';
import type { CliRun } from './helpers.js';
import { copyExamples, exampleFiles, root, runCli, runNode, tempDir } from './helpers.js';

const GOLDEN = 'tests/inventory/__golden__/examples.md';
const CAPI_ROUTE = 'examples/storefront/server/capi-route.js';
const SDK_EVENTS = 'examples/storefront/server/sdk-events.ts';
const US_EVENTS = 'examples/storefront/server/us-events.js';
const LAYOUT = 'examples/storefront/src/pixel/layout.tsx';
const ONETRUST = 'examples/storefront/src/pixel/onetrust-pixel.js';
const CHECKOUT = 'examples/storefront/src/pixel/checkout-tracking.ts';

const temp = tempDir('examples');
let json: CliRun;
/** The parsed JSON report (the test "exits 0 …" says why it is missing when it is). */
let report: InventoryReport;
let markdown: CliRun;
let sarif: CliRun;
let serverMarkdown: CliRun;
let formatter: CliRun;

beforeAll(async () => {
  copyExamples(temp.dir);
  const [jsonRun, md, sarifRun, serverRun, formatterRun] = await Promise.all([
    runCli(['inventory', 'examples', '--format', 'json'], temp.dir),
    runCli(['inventory', 'examples', '-f', 'markdown'], temp.dir),
    runCli(['inventory', 'examples', '--format', 'sarif', '--output', 'inventory.sarif', '--fail-on-findings'], temp.dir),
    runCli(['inventory', 'examples/storefront/server', '-f', 'markdown'], temp.dir),
    runNode([path.join(root, 'node_modules/eslint/bin/eslint.js'), 'examples/storefront/server', '-f', path.join(root, 'dist/cli/formatter.js')], temp.dir),
  ]);
  json = jsonRun;
  try {
    report = JSON.parse(json.stdout) as InventoryReport;
  } catch {
    // no JSON on stdout: asserted by the first test
  }
  markdown = md;
  sarif = sarifRun;
  serverMarkdown = serverRun;
  formatter = formatterRun;
}, 60_000);

afterAll(() => temp.remove());

/** The one site of a file matching the predicate. */
function siteOf(file: string, predicate: (site: Site) => boolean): Site {
  const found = report.sites.filter((site) => site.file === file && predicate(site));
  expect(found, `${file}: ${found.length} matching sites`).toHaveLength(1);
  return found[0]!;
}

function fieldOf(site: Site, key: string): Field {
  const field = site.fields.find((candidate) => candidate.key === key);
  expect(field, `${site.file}:${site.line} has no field ${key}`).toBeDefined();
  return field!;
}

const ruleIds = (site: Site) => site.findings.map((finding) => finding.ruleId);

describe('JSON report of examples/', () => {
  it('exits 0 with the JSON on stdout and nothing on stderr', () => {
    expect(json.stderr).toBe('');
    expect(json.code).toBe(0);
    expect(() => JSON.parse(json.stdout) as unknown).not.toThrow();
  });

  it('is version 1, made with the project config, over every example file', () => {
    expect(report.version).toBe(1);
    expect(report.tool.name).toBe('eslint-plugin-meta-privacy');
    expect(report.eslint.config).toBe('project');
    expect(report.summary.files).toBe(exampleFiles().length);
    expect(report.rules).toContain('meta-privacy/require-consent');
    expect(report.errors).toEqual([]);
    expect(report.summary.sites).toBe(report.sites.length);
    for (const site of report.sites) expect(exampleFiles()).toContain(site.file);
  });

  it('lists nothing for files without Meta sinks', () => {
    const files = new Set(report.sites.map((site) => site.file));
    expect(files.has('examples/storefront/server/db.js')).toBe(false);
    expect(files.has('examples/storefront/eslint.config.js')).toBe(false);
  });

  it('classifies every field of the unconsented CAPI Purchase and places its findings there', () => {
    const purchase = siteOf(CAPI_ROUTE, (site) => site.eventName === 'Purchase');
    expect(purchase).toMatchObject({ channel: 'capi-http', command: 'event', send: { call: 'fetch()' } });
    expect(purchase.endpoint).toMatch(/^https:\/\/graph\.facebook\.com\/v[\d.]+\/\{\}\/events/);
    expect(purchase.consent.status).toBe('unguarded');
    expect(fieldOf(purchase, 'user_data.em').classification).toMatchObject({ kind: 'hashed', algorithm: 'sha256', normalized: true, pii: 'email' });
    expect(fieldOf(purchase, 'user_data.ph')).toMatchObject({ data: 'phone', classification: { kind: 'raw', pii: 'phone' }, provenance: '`req.body.phone`' });
    expect(fieldOf(purchase, 'user_data.fn').classification).toMatchObject({ kind: 'wrong-hash', algorithm: 'md5' });
    expect(fieldOf(purchase, 'user_data.client_ip_address').classification.kind).toBe('hashed');
    expect(fieldOf(purchase, 'custom_data.customer_email')).toMatchObject({ data: 'email', classification: { kind: 'raw' } });
    expect(fieldOf(purchase, 'test_event_code').classification.kind).toBe('safe');
    expect(ruleIds(purchase)).toEqual(
      expect.arrayContaining(['meta-privacy/no-unhashed-identifiers', 'meta-privacy/no-raw-pii', 'meta-privacy/no-test-event-code', 'meta-privacy/require-consent']),
    );
  });

  it('sees the consent check of the CAPI Lead and its correct hashing', () => {
    const lead = siteOf(CAPI_ROUTE, (site) => site.eventName === 'Lead');
    expect(lead.consent).toMatchObject({ status: 'guarded', via: 'check', text: '!marketingConsent' });
    expect(fieldOf(lead, 'user_data.client_ip_address').classification).toMatchObject({ kind: 'raw', pii: 'ipAddress' });
    expect(lead.findings).toEqual([]);
  });

  it('gives each US event its own LDU state', () => {
    const events = report.sites.filter((site) => site.file === US_EVENTS);
    expect(events.map((site) => site.eventName)).toEqual(['Purchase', 'Purchase']);
    const [ldu, california] = events;
    expect(ldu!.ldu).toMatchObject({ status: 'on', country: null });
    expect(ruleIds(ldu!)).toEqual(['meta-privacy/valid-data-processing-options']);
    expect(california!.ldu).toMatchObject({ status: 'off', country: '1', state: "'CA'" });
    expect(ruleIds(california!)).toEqual(['meta-privacy/valid-data-processing-options']);
    for (const site of events) expect(site.consent.status).toBe('guarded');
  });

  it('reports the pixel: unguarded init with advanced matching hashed by the pixel, LDU from the file', () => {
    const init = siteOf(LAYOUT, (site) => site.command === 'init');
    expect(init).toMatchObject({ channel: 'pixel', call: "window.fbq('init')", consent: { status: 'unguarded' } });
    expect(init.ldu).toMatchObject({ status: 'on', country: '1', state: '1000' });
    expect(fieldOf(init, 'em')).toMatchObject({ data: 'email', hashedBy: 'pixel', classification: { kind: 'raw' } });
    expect(ruleIds(init)).toEqual(['meta-privacy/require-consent']);
    const diabetes = siteOf(LAYOUT, (site) => site.eventName === 'DiabetesScreeningBooked');
    expect(ruleIds(diabetes)).toEqual(['meta-privacy/no-sensitive-event-data']);
    expect(siteOf(LAYOUT, (site) => site.command === 'load').call).toBe('fbevents.js base code');
  });

  it('sees the OneTrust callback guarding the pixel and the LDU set before init', () => {
    const init = siteOf(ONETRUST, (site) => site.command === 'init');
    expect(init.consent).toMatchObject({ status: 'guarded', via: 'callers' });
    expect(init.ldu).toMatchObject({ status: 'on', country: '0', state: '0' });
    const grant = siteOf(ONETRUST, (site) => site.action === 'grant');
    expect(grant.consent.status).toBe('unguarded');
    expect(ruleIds(grant)).toEqual(['meta-privacy/require-consent']);
  });

  it('tells react-facebook-pixel calls after a revoke from those before it', () => {
    const init = siteOf(CHECKOUT, (site) => site.command === 'init');
    expect(init).toMatchObject({ channel: 'wrapper', consent: { status: 'unguarded' } });
    expect(siteOf(CHECKOUT, (site) => site.eventName === 'PageView').consent).toMatchObject({ status: 'revoke-first', via: 'revoke' });
    const purchase = siteOf(CHECKOUT, (site) => site.eventName === 'Purchase');
    expect(fieldOf(purchase, 'options.em').classification).toMatchObject({ kind: 'raw', pii: 'email' });
    expect(ruleIds(purchase)).toEqual(['meta-privacy/no-raw-pii']);
  });

  it('reports SDK objects: UserData hashed by the SDK, the consent-checked send', () => {
    const userData = siteOf(SDK_EVENTS, (site) => site.command === 'UserData');
    expect(userData.channel).toBe('capi-sdk');
    expect(fieldOf(userData, 'user_data.em')).toMatchObject({ hashedBy: 'sdk', classification: { kind: 'raw', pii: 'email' } });
    expect(fieldOf(userData, 'user_data.client_ip_address').classification.kind).toBe('hashed');
    expect(ruleIds(userData)).toEqual(['meta-privacy/no-unhashed-identifiers']);
    expect(siteOf(SDK_EVENTS, (site) => site.command === 'ServerEvent').eventName).toBe('Subscribe');
    const send = siteOf(SDK_EVENTS, (site) => site.command === 'EventRequest');
    expect(send).toMatchObject({ send: { call: 'EventRequest.execute()' }, consent: { status: 'guarded', via: 'check' } });
  });

  it('keeps findings away from data flows apart, and accounts for every finding of the lint', async () => {
    expect(report.otherFindings.map((finding) => `${finding.file} ${finding.ruleId}`)).toEqual(
      expect.arrayContaining([`${SDK_EVENTS} meta-privacy/no-exposed-access-token`, 'examples/storefront/server/callback-routes.js meta-privacy/no-pii-in-url']),
    );
    const results = await new ESLint({ cwd: temp.dir }).lintFiles(['examples']);
    const lint = results.flatMap((result) => result.messages.filter((m) => m.ruleId?.startsWith('meta-privacy/')).map((m) => `${path.relative(temp.dir, result.filePath)}:${m.line}:${m.column} ${m.ruleId}`));
    const atSites = report.sites.flatMap((site) => site.findings.map((f) => `${site.file}:${f.line}:${f.column} ${f.ruleId}`));
    const other = report.otherFindings.map((f) => `${f.file}:${f.line}:${f.column} ${f.ruleId}`);
    expect(report.summary.findings).toBe(lint.length);
    expect([...new Set([...atSites, ...other])].sort()).toEqual([...new Set(lint)].sort());
  });

  it('counts the data sent by kind and class', () => {
    const email = report.summary.data.find((entry) => entry.data === 'email');
    expect(email?.byClass.raw).toBeGreaterThan(0);
    expect(email?.byClass.hashed).toBeGreaterThan(0);
    expect(report.summary.byChannel).toMatchObject({ 'image-pixel': 0 });
    expect(report.summary.byChannel['capi-sdk']).toBe(report.sites.filter((site) => site.channel === 'capi-sdk').length);
  });
});

describe('Markdown report of examples/', () => {
  it('matches the golden file (UPDATE_GOLDEN=1 rewrites it)', () => {
    expect(markdown.code).toBe(0);
    expectGolden(GOLDEN, markdown.stdout);
  });

  it('has no absolute paths', () => {
    expect(markdown.stdout).not.toContain(temp.dir);
    expect(markdown.stdout).not.toContain(root);
  });
});

describe('SARIF report of examples/ (--output, --fail-on-findings)', () => {
  const read = () => JSON.parse(readFileSync(path.join(temp.dir, 'inventory.sarif'), 'utf8')) as {
    runs: Array<{
      tool: { driver: { name: string; version: string; rules: Array<{ id: string }> } };
      results: Array<{ ruleId: string; ruleIndex: number; locations: Array<{ physicalLocation: { artifactLocation: { uri: string } } }> }>;
      invocations: Array<{ toolExecutionNotifications: Array<{ level: string; properties: { site: Site } }> }>;
    }>;
  };

  it('exits with 1 because there are findings, and writes the file instead of stdout', () => {
    expect(sarif.code).toBe(1);
    expect(sarif.stdout).toBe('');
    expect(sarif.stderr).toMatch(/written to inventory\.sarif/);
    expect(existsSync(path.join(temp.dir, 'inventory.sarif'))).toBe(true);
  });

  it('validates against the SARIF 2.1.0 schema', () => {
    // CommonJS modules: their `default` export is the class / the plugin.
    const ajv = new AjvDraft04.default({ strict: false, unicodeRegExp: false });
    ajvFormats.default(ajv);
    const validate = ajv.compile(JSON.parse(readFileSync(path.join(root, 'tests/fixtures/sarif/sarif-schema-2.1.0.json'), 'utf8')) as object);
    expect(validate(read()), JSON.stringify(validate.errors?.slice(0, 3))).toBe(true);
  });

  it('has one run: rule findings as results, sites as note notifications', () => {
    const log = read();
    expect(log.runs).toHaveLength(1);
    const [run] = log.runs;
    expect(run!.tool.driver.name).toBe('eslint-plugin-meta-privacy');
    expect(run!.tool.driver.rules.map((rule) => rule.id)).toContain('meta-privacy/no-raw-pii');
    expect(run!.results).toHaveLength(report.summary.findings);
    for (const result of run!.results) {
      expect(run!.tool.driver.rules[result.ruleIndex]!.id).toBe(result.ruleId);
      expect(result.locations[0]!.physicalLocation.artifactLocation.uri).toMatch(/^examples\/storefront\//);
    }
    const notes = run!.invocations[0]!.toolExecutionNotifications;
    expect(notes).toHaveLength(report.sites.length);
    expect(notes.every((note) => note.level === 'note')).toBe(true);
    expect(notes.map((note) => note.properties.site)).toEqual(report.sites);
  });
});

describe('the ESLint formatter (dist/cli/formatter.js)', () => {
  it('gives the same Markdown report as the command, with the findings of the ESLint run', () => {
    expect(formatter.code).toBe(1);
    expect(serverMarkdown.code).toBe(0);
    expect(formatter.stdout.trimEnd()).toBe(serverMarkdown.stdout.trimEnd());
    expect(formatter.stdout).toContain('### [`examples/storefront/server/capi-route.js`](examples/storefront/server/capi-route.js)');
    expect(formatter.stdout).not.toContain('src/pixel');
  });
});
