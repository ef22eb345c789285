// `meta-privacy inventory` on fixture projects (tests/inventory/projects): a monorepo with .gitignore
// files, globs and a settings wrapper; TypeScript with and without type information; a project with
// no ESLint config; a run long enough for the progress indicator. The fixtures' configs are passed
// with --config (named so the repository's own lint ignores them); config lookup is covered by
// examples.test.ts and the no-config case here. Needs `npm run build`.
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import type { InventoryReport, Site } from '../../src/inventory/types.js';
import { projects, runCli, tempDir } from './helpers.js';

// Each test spawns full lint runs, concurrently: on a loaded machine they take longer than the default.
vi.setConfig({ testTimeout: 90_000 });

const temps: Array<() => void> = [];
afterAll(() => temps.forEach((remove) => remove()));

async function inventory(cwd: string, ...args: string[]): Promise<{ report: InventoryReport; stderr: string }> {
  const run = await runCli(['inventory', ...args, '--format', 'json'], cwd);
  expect(run.code, run.stderr).toBe(0);
  return { report: JSON.parse(run.stdout) as InventoryReport, stderr: run.stderr };
}

/** A copy of a fixture project in a temporary directory, where no ESLint config above it is found. */
function copyProject(name: string): string {
  const temp = tempDir(name);
  temps.push(temp.remove);
  cpSync(path.join(projects, name), temp.dir, { recursive: true });
  return temp.dir;
}

const byFile = (report: InventoryReport, file: string) => report.sites.filter((site) => site.file === file);
const fieldKinds = (site: Site) => Object.fromEntries(site.fields.map((field) => [field.key, field.classification.kind]));

// Every test spawns its own processes: they run concurrently.
describe.concurrent('a monorepo with its own config and .gitignore files', () => {
  const cwd = path.join(projects, 'monorepo');
  let whole: Promise<{ report: InventoryReport }> | undefined;
  const config = ['--config', 'meta-privacy.config.js'];
  const wholeMonorepo = () => (whole ??= inventory(cwd, ...config));

  it('skips what the root and package .gitignore files ignore', async () => {
    const { report } = await wholeMonorepo();
    expect([...new Set(report.sites.map((site) => site.file))]).toEqual(['packages/api/src/capi.ts', 'packages/web/src/pixel.js']);
    expect(report.summary.files).toBe(3);
    expect(report.eslint.config).toBe('meta-privacy.config.js');
  });

  it('collects the CAPI event with its user_data from a builder function, and the audience upload', async () => {
    const { report } = await wholeMonorepo();
    const [event, audience] = byFile(report, 'packages/api/src/capi.ts');
    expect(event).toMatchObject({ channel: 'capi-http', command: 'event', eventName: 'Lead', consent: { status: 'guarded' } });
    expect(fieldKinds(event!)).toMatchObject({ 'user_data.em': 'hashed', 'user_data.ph': 'raw', 'user_data.client_ip_address': 'raw', access_token: 'unknown' });
    expect(event!.findings.map((finding) => `${finding.ruleId}:${finding.line}`)).toEqual(['meta-privacy/no-unhashed-identifiers:15']);
    expect(audience).toMatchObject({ command: 'audience', fields: [{ key: 'EMAIL_SHA256', data: 'email', classification: { kind: 'hashed', normalized: false } }] });
  });

  it('takes globs, and reports the revoke-first pixel, a settings wrapper and an image pixel', async () => {
    const { report } = await inventory(cwd, 'packages/*/src/*.js', ...config);
    expect(report.summary.files).toBe(1);
    const sites = byFile(report, 'packages/web/src/pixel.js');
    expect(sites.map((site) => `${site.channel} ${site.command}`)).toEqual(['pixel consent', 'pixel init', 'pixel consent', 'wrapper track', 'image-pixel image']);
    expect(sites[1]!.consent).toMatchObject({ status: 'revoke-first', via: 'revoke', line: 6 });
    expect(sites[2]).toMatchObject({ action: 'grant', consent: { status: 'guarded', via: 'check', text: 'choices.marketing' } });
    expect(sites[3]).toMatchObject({ call: 'analytics.track()', eventName: 'CompleteRegistration' });
    expect(fieldKinds(sites[3]!)).toEqual({ email: 'raw', plan: 'unknown' });
    const image = sites[4]!;
    expect(image).toMatchObject({ endpoint: 'https://www.facebook.com/tr', eventName: 'Lead', ldu: { status: 'on', modes: 'LDU', country: '1', state: '1000' } });
    expect(image.fields.map((field) => [field.key, field.data, field.classification.kind])).toEqual([
      ['ud[em]', 'email', 'hashed'],
      ['cd[phone]', 'phone', 'raw'],
    ]);
    expect(image.findings.map((finding) => finding.ruleId)).toEqual(['meta-privacy/no-raw-pii']);
  });
});

describe.concurrent('TypeScript with and without type information', () => {
  const cwd = path.join(projects, 'typed');

  it('classifies a value by its type when the parser has a program', async () => {
    const { report } = await inventory(cwd, 'src', '--config', 'typed.config.js');
    const [site] = report.sites;
    expect(site!.fields.find((field) => field.key === 'contact')).toMatchObject({ data: 'email', classification: { kind: 'raw', pii: 'email' } });
    expect(site!.findings.map((finding) => finding.ruleId)).toEqual(['meta-privacy/no-raw-pii']);
  });

  it('without type information the same value is unknown', async () => {
    const { report } = await inventory(cwd, 'src', '-c', 'untyped.config.js');
    expect(report.eslint.config).toBe('untyped.config.js');
    const [site] = report.sites;
    expect(site!.fields.find((field) => field.key === 'contact')?.classification.kind).toBe('unknown');
    expect(site!.findings).toEqual([]);
  });
});

describe.concurrent('a project without an ESLint config', () => {
  it('uses the built-in config, parses TypeScript, and says so on stderr', async () => {
    const { report, stderr } = await inventory(copyProject('no-config'));
    expect(stderr).toMatch(/No ESLint config found: using the built-in one/);
    expect(report.eslint.config).toBe('default');
    expect(report.rules).toContain('meta-privacy/no-raw-pii');
    expect(report.errors).toEqual([]);
    expect(report.sites.map((site) => `${site.file} ${site.command} ${site.eventName ?? ''}`.trim())).toEqual([
      'src/landing.js init',
      'src/landing.js track Lead',
      'src/server.ts event Contact',
    ]);
    expect(report.summary.findings).toBe(4);
  });
});

describe.concurrent('progress on stderr', () => {
  it('with --progress when not a terminal: done/total and a rate, a line per tenth, never on stdout', async () => {
    const temp = tempDir('progress');
    temps.push(temp.remove);
    mkdirSync(path.join(temp.dir, 'src'));
    for (let index = 0; index < 310; index++) writeFileSync(path.join(temp.dir, 'src', `module-${index}.js`), `export const value${index} = ${index};\n`);
    writeFileSync(path.join(temp.dir, 'src/pixel.js'), "/* global fbq */\nfbq('track', 'PageView');\n");
    const { report, stderr } = await inventory(temp.dir, '--progress');
    // The rate is grouped as en-US writes it: a fast machine lints over 1,000 files a second.
    expect(stderr).toMatch(/^32 of 311 files linted \(\d{1,3}(?:,\d{3})* files\/s\)…$/m);
    expect(stderr).toMatch(/^311 of 311 files linted \(\d{1,3}(?:,\d{3})* files\/s\)\.$/m);
    expect(stderr.match(/files linted/g)).toHaveLength(10);
    const quiet = await inventory(temp.dir);
    expect(quiet.stderr).not.toMatch(/files linted/);
    expect(report.summary).toMatchObject({ files: 311, sites: 1 });
  });
});

describe.concurrent('a project whose config leaves file types unlinted', () => {
  it('says which types are missing from the report and how to lint them', async () => {
    const temp = tempDir('unlinted');
    temps.push(temp.remove);
    const plugin = pathToFileURL(path.resolve('dist/index.js')).href;
    mkdirSync(path.join(temp.dir, 'src'));
    writeFileSync(path.join(temp.dir, 'meta-privacy.config.js'), `import metaPrivacy from '${plugin}';\nexport default [{ files: ['**/*.js'], ...metaPrivacy.configs.recommended }];\n`);
    writeFileSync(path.join(temp.dir, 'src/pixel.js'), "fbq('track', 'Lead', { email: user.email });\n");
    writeFileSync(path.join(temp.dir, 'src/Checkout.vue'), "<script>fbq('track', 'Purchase', { email: order.email });</script>\n");
    writeFileSync(path.join(temp.dir, 'src/Signup.vue'), '<template><form /></template>\n');
    writeFileSync(path.join(temp.dir, 'src/landing.html'), '<script>fbq("init", "1")</script>\n');
    const { report, stderr } = await inventory(temp.dir, 'src', '--config', 'meta-privacy.config.js');
    expect(report.sites.map((site) => site.file)).toEqual(['src/pixel.js']);
    expect(stderr).toContain('2 .vue files not linted: their data flows are missing from the report. Add vue-eslint-parser for **/*.vue and metaPrivacy.configs.vue');
    expect(stderr).toContain('1 .html file not linted: their data flows are missing from the report. Add eslint-plugin-html');
  });
});
