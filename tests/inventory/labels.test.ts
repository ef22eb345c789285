// Every field gets one true label (issue 14, point 2): a credential is `secret` and a value that
// reveals health is `sensitive` (as no-exposed-access-token and no-sensitive-event-data found them,
// at the value or where it came from), advanced matching and SDK setters are hashed by Meta's own
// code, SHA-256 is told apart by normalization; the summary counts each label in its own column.
import { afterAll, describe, expect, it } from 'vitest';
import type { Field, InventoryReport } from '../../src/inventory/types.js';
import { jsonReport, projectCopy, runMain } from './run-main.js';

const temps: Array<() => void> = [];
afterAll(() => temps.forEach((remove) => remove()));
const cwd = projectCopy('labels', 'labels', temps);

const label = (report: InventoryReport, file: string, key: string): Field['label'] | undefined =>
  report.sites.filter((site) => site.file === `src/${file}`).flatMap((site) => site.fields).find((field) => field.key === key)?.label;

describe('field labels', () => {
  it('tells a leak from what Meta hashes, secrets and sensitive values from safe ones', async () => {
    const { report } = await jsonReport(cwd);
    expect(label(report, 'pixel.js', 'em')).toBe('hashed-by-meta');
    expect(label(report, 'pixel.js', 'email')).toBe('raw');
    expect(label(report, 'pixel.js', 'content_category')).toBe('sensitive');
    expect(label(report, 'pixel.js', 'currency')).toBe('safe');
    expect(label(report, 'sdk.js', 'user_data.em')).toBe('hashed-by-meta');
    expect(label(report, 'capi.js', 'access_token')).toBe('secret');
    expect(label(report, 'capi.js', 'user_data.em')).toBe('hashed');
    expect(label(report, 'capi.js', 'user_data.ph')).toBe('hashed-not-normalized');
    expect(label(report, 'capi.js', 'user_data.fn')).toBe('wrong-hash');
    expect(label(report, 'capi.js', 'event_time')).toBe('unknown');
  });

  it('counts each label in its own column, personal data apart from the rest', async () => {
    const { report } = await jsonReport(cwd);
    const email = report.summary.data.find((entry) => entry.data === 'email')!;
    expect(email.byLabel).toMatchObject({ raw: 1, 'hashed-by-meta': 2, hashed: 1 });
    expect(report.summary.otherFields.byLabel).toMatchObject({ secret: 1, sensitive: 1 });
    const markdown = (await runMain(['inventory', '-f', 'markdown'], { cwd })).stdout;
    expect(markdown).toContain("| Data | Fields | Raw (leak) | Hashed by Meta's code | SHA-256 | SHA-256, not normalized | Wrong hash | Secret | Sensitive | Unknown | Safe |");
    expect(markdown).toContain('| email address | 4 | 1 | 2 | 1 | 0 | 0 | 0 | 0 | 0 | 0 |');
    expect(markdown).toContain('| not personal data | 5 | 0 | 0 | 0 | 0 | 0 | 1 | 1 | 1 | 2 |');
  });

  it('colours only what needs action red in the terminal', async () => {
    const { stdout } = await runMain(['inventory'], { cwd, tty: true });
    expect(stdout).toContain('em: \u001b[32memail address in clear, hashed by the pixel before it leaves\u001b[39m');
    expect(stdout).toContain('email: \u001b[31mraw email address\u001b[39m');
    expect(stdout).toContain('access_token: \u001b[31msecret: a credential in the code\u001b[39m');
    expect(stdout).toContain('content_category: \u001b[31msensitive: reveals a sensitive category\u001b[39m');
  });
});
