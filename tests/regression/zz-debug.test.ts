import { readFileSync } from 'node:fs';
import { Linter } from 'eslint';
import { it } from 'vitest';
import plugin from '../../src/index.js';
it('debug', () => {
  const dir = '/work/wt/regress/tests/regression/corpus';
  const linter = new Linter({ cwd: dir });
  const file = process.env.F!;
  let code = readFileSync(`${dir}/${file}`, 'utf8');
  if (process.env.SED) for (const [a, b] of JSON.parse(process.env.SED)) code = code.replace(a, b);
  for (const cfg of (process.env.C ?? 'recommended').split(',')) {
    const msgs = linter.verify(code, [(plugin.configs as any)[cfg]], { filename: `${dir}/${file}` });
    console.log(`--- ${cfg}\n` + msgs.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.message}`).join('\n'));
  }
});
