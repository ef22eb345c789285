// Where code runs (src/analysis/facts/environment.ts), on the shapes the rule tests leave out (found by
// its mutation run): which conditions let code run only outside production, and environment reads.
import { describe, expect, it } from 'vitest';
import { clientExposedPrefix, envReadOf, envReadOfBinding, isIgnoredTestFile, isNonProductionOnly, TEST_FILE_OPTION_DEFAULTS } from '../../src/analysis/facts/environment.js';
import { variableOf } from '../../src/util/resolve.js';
import { probe } from './probe.js';

/** Whether `send()` in `code` runs only outside production. */
function nonProduction(code: string): boolean {
  const { analysis, node } = probe(code);
  return isNonProductionOnly(node('send()'), analysis.sourceCode);
}

describe('isNonProductionOnly', () => {
  it.each([
    ["if (process.env.NODE_ENV != 'production') send();", true],
    ["if ('production' !== process.env.NODE_ENV) send();", true],
    ["if (process.env.NODE_ENV == 'development') send();", true],
    ["if (process.env.APP_STAGE === 'PROD') {} else send();", true],
    ["if (process.env.NODE_ENV === 'staging') {} else send();", false],
    ["if (process.env.NODE_ENV === 'qa') send();", false],
    ["if (process.env.NODE_ENV > 'production') send();", false],
    ["if (process.env.DEBUG === 1) send();", true],
    ["if (process.env.DEBUG === 'false') send();", false],
    ["if (process.env.PROD === 'false') send();", true],
    ["if (process.env.DEBUG === 'maybe') send();", false],
    ["if (process.env[key] === 'true') send();", false],
    ['if (isDev) send();', true],
    ['if (isProd) send();', false],
    ['if (isNotProduction) send();', true],
    ['if (isNonDev) send();', false],
    ['if (config.isDevelopment) send();', true],
    ['if (isDebugMode()) send();', true],
    ['if (flags.get()) send();', false],
    ['if (~isDev) send();', false],
    ['if (!isProd) send();', true],
    ['if (isDev) {} else send();', false],
    ['if (isProd) {} else send();', true],
    ['isDev ? send() : null;', true],
    ['isDev ? null : send();', false],
    ['if (send()) {}', false],
    ['if (isProd(send())) {}', false],
    ['if (isProd && ready) {} else send();', false],
    ['isDev && send();', true],
    ['isDev || send();', false],
    ['isProd || send();', true],
    ['isDev ?? send();', false],
    ['send() && isDev;', false],
    ['if (isDev && ready) send();', true],
    ['if (ready && isDev) send();', true],
    ['if (isDev && isProd) {} else send();', false],
    ['if (isDev || ready) send();', false],
    ['if (isDev || isTest) send();', true],
    ['if (isProd || ready) {} else send();', true],
    ['if (ready || isProd) {} else send();', true],
    ['if (isDev + isTest) send();', false],
  ])('%s → %s', (code, expected) => {
    expect(nonProduction(code)).toBe(expected);
  });

  it.each([
    ['const ON = true;\nif (ON && isDev) send();', true],
    ['const ON = true;\nif (isDev && ON) send();', true],
    ['const OFF = false;\nif (OFF && isDev) {} else send();', false],
    ['const OFF = false;\nif (isDev && OFF) {} else send();', false],
    ['const ON = true;\nif (ON || isDev) send();', false],
    ['const ON = true;\nif (isDev || ON) send();', false],
    ['const OFF = false;\nif (OFF || isDev) send();', true],
    ['const OFF = false;\nif (isDev || OFF) send();', true],
    ['const OFF = false;\nif (!OFF) send();', false],
    ['const ON = true;\nif (!ON) send();', true],
    ['const OFF = false;\nif (OFF) send();', true],
    ['const ON = true;\nif (ON) {} else send();', true],
    ['const OFF = false;\nif (isProd && OFF) send();', true],
    ['const ON = true;\nif (ON && isProd) {} else send();', true],
    ['const ON = true;\nif (isProd && ON) {} else send();', true],
    ['const ON = true;\nif (isDev || ON) {} else send();', true],
    ['const ON = true;\nif (ON || isDev) {} else send();', true],
  ])('constants: %s → %s', (code, expected) => {
    expect(nonProduction(code)).toBe(expected);
  });

  it('reads a constant holding a condition, and stops after eight steps', () => {
    expect(nonProduction("const enabled = process.env.NODE_ENV !== 'production';\nif (enabled) send();")).toBe(true);
    expect(nonProduction('let enabled = isDev;\nenabled = other;\nif (enabled) send();')).toBe(false);
    expect(nonProduction('if (!!!!!!!!isDev) send();')).toBe(true);
    expect(nonProduction('if (!!!!!!!!!!isDev) send();')).toBe(false);
  });

  it('takes an early exit in production before the node, in the same statement list only', () => {
    expect(nonProduction('function f() {\n  if (isProd) return;\n  send();\n}')).toBe(true);
    expect(nonProduction('function f() {\n  if (isProd) return; else other();\n  send();\n}')).toBe(false);
    expect(nonProduction('function f() {\n  if (isProd) log();\n  send();\n}')).toBe(false);
    expect(nonProduction('function f() {\n  send();\n  if (isProd) return;\n}')).toBe(false);
    expect(nonProduction('function f() {\n  if (isDev) return;\n  send();\n}')).toBe(false);
  });
});

describe('environment reads', () => {
  const read = (code: string, expression: string) => {
    const { node } = probe(code);
    return envReadOf(node(expression));
  };

  it('reads process.env, globalThis.process.env and import.meta.env, by name or string key', () => {
    expect(read('x(process.env.TOKEN);', 'process.env.TOKEN')).toEqual({ source: 'process.env', name: 'TOKEN' });
    expect(read("x(globalThis.process.env['TOKEN']);", "globalThis.process.env['TOKEN']")).toEqual({ source: 'process.env', name: 'TOKEN' });
    expect(read('x(import.meta.env.VITE_TOKEN);', 'import.meta.env.VITE_TOKEN')).toEqual({ source: 'import.meta.env', name: 'VITE_TOKEN' });
    expect(read('x(config.env.TOKEN);', 'config.env.TOKEN')).toBeUndefined();
    expect(read('x(process.vars.TOKEN);', 'process.vars.TOKEN')).toBeUndefined();
    expect(read('x(process.env[name]);', 'process.env[name]')).toBeUndefined();
    expect(read('x(process.env);', 'process.env')).toBeUndefined();
    expect(read('x(TOKEN);', 'TOKEN')).toBeUndefined();
  });

  it('reads a destructured binding, with a default value, and no other binding', () => {
    const binding = (code: string, name: string) => {
      const { analysis, node } = probe(`${code}\nx(${name});`);
      const variable = variableOf(analysis.sourceCode, node(name) as never);
      const found = variable && envReadOfBinding(variable);
      return found && found.read;
    };
    expect(binding("const { NEXT_PUBLIC_TOKEN = '' } = process.env;", 'NEXT_PUBLIC_TOKEN')).toEqual({ source: 'process.env', name: 'NEXT_PUBLIC_TOKEN' });
    expect(binding('const { TOKEN: token } = import.meta.env;', 'token')).toEqual({ source: 'import.meta.env', name: 'TOKEN' });
    expect(binding('const { TOKEN } = config;', 'TOKEN')).toBeUndefined();
    expect(binding('let TOKEN;', 'TOKEN')).toBeUndefined();
    expect(binding('const [TOKEN] = process.env;', 'TOKEN')).toBeUndefined();
    expect(binding('var { TOKEN } = process.env;\nvar TOKEN = 1;', 'TOKEN')).toBeUndefined();
  });

  it('names the prefix that exposes a variable to the browser, per source', () => {
    expect(clientExposedPrefix({ source: 'process.env', name: 'NEXT_PUBLIC_TOKEN' })).toBe('NEXT_PUBLIC_');
    expect(clientExposedPrefix({ source: 'import.meta.env', name: 'REACT_APP_TOKEN' })).toBeUndefined();
    expect(clientExposedPrefix({ source: 'import.meta.env', name: 'VITE_TOKEN' })).toBe('VITE_');
    expect(clientExposedPrefix({ source: 'process.env', name: 'TOKEN' })).toBeUndefined();
  });
});

describe('isIgnoredTestFile', () => {
  const ignored = (filename: string, cwd = '/repo', options = TEST_FILE_OPTION_DEFAULTS) => isIgnoredTestFile({ filename, cwd }, options);

  it('matches the path relative to the working directory, or the path as given outside it', () => {
    expect(ignored('/repo/src/app.test.js')).toBe(true);
    expect(ignored('/repo/src/app.js')).toBe(false);
    const tests = { ignoreTestFiles: true, testFilePatterns: ['tests/**'] };
    expect(ignored('/repo/tests/x.js', '/repo', tests)).toBe(true);
    expect(ignored('/elsewhere/tests/x.js', '/repo', tests)).toBe(false);
    expect(ignored('/elsewhere/src/app.test.js')).toBe(true);
    expect(ignored('src/app.test.js', '')).toBe(true);
    expect(ignored('C:\\repo\\src\\app.test.js', '')).toBe(true);
    expect(ignored('src\\app.js', '', { ignoreTestFiles: true, testFilePatterns: ['src/**'] })).toBe(true);
    // a glob without `/` matches the file name in any directory
    expect(ignored('/repo/src/a.test.js', '/repo', { ignoreTestFiles: true, testFilePatterns: ['*.test.js'] })).toBe(true);
  });

  it('is off with ignoreTestFiles false, and reads the globs again for another file or directory', () => {
    expect(ignored('/repo/src/app.test.js', '/repo', { ignoreTestFiles: false, testFilePatterns: ['**/*.test.js'] })).toBe(false);
    const only = { ignoreTestFiles: true, testFilePatterns: ['src/**'] };
    expect(ignored('/repo/src/a.js', '/repo', only)).toBe(true);
    expect(ignored('/repo/src/a.js', '/other', only)).toBe(false);
    expect(ignored('/repo/lib/a.js', '/repo', only)).toBe(false);
  });
});
