// Code shapes that once made the analysis run without end. Linting runs in a child process with a
// time limit (a synchronous endless walk cannot be stopped by a test timeout in the test's own thread),
// so a regression fails here in seconds instead of hanging the run. Needs `npm run build` (npm test
// builds first).
import { execFile } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const LIMIT_MS = 30_000;

/** The rule ids reported on `code`, linted with every rule of the built plugin in a fresh process. */
async function lintInChild(code: string): Promise<string[]> {
  const script = `
    const { ESLint } = await import('eslint');
    const { default: plugin } = await import(${JSON.stringify(path.join(root, 'dist/index.js'))});
    const eslint = new ESLint({ cwd: ${JSON.stringify(root)}, overrideConfigFile: true, overrideConfig: [plugin.configs.all] });
    const [result] = await eslint.lintText(process.env.CODE, { filePath: 'file.js' });
    console.log(JSON.stringify(result.messages.map((message) => message.ruleId)));`;
  const { stdout } = await run(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, CODE: code }, timeout: LIMIT_MS });
  return JSON.parse(stdout) as string[];
}

describe('the analysis ends', () => {
  it(
    'on a business-SDK helper that calls itself in two returns (the instance-call walk once took 2^50 paths)',
    { timeout: LIMIT_MS + 10_000 },
    async () => {
      const code = [
        "import { ServerEvent } from 'facebook-nodejs-business-sdk';",
        'function build(n) { if (n > 1) return build(n - 2); if (n > 0) return build(n - 1); return new ServerEvent(); }',
        'build(3).setEventId(user.email);',
      ].join('\n');
      expect(await lintInChild(code)).toContain('meta-privacy/no-raw-pii');
    },
  );
});
