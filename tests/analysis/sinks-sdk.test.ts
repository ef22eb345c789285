/** facebook-nodejs-business-sdk sinks: the instances of its classes and the methods called on them (issue 17). */
import { describe, expect, it } from 'vitest';
import { probe } from './probe.js';

const IMPORT = "import { UserData, ServerEvent, FacebookAdsApi } from 'facebook-nodejs-business-sdk';\n";

/** `Class.method@line:column` for every SDK call found in `code` (after the import of the SDK's classes). */
function calls(code: string, typescript = false): string[] {
  const result = probe(`${IMPORT}${code}`, { typescript });
  return result.sinks.sdkCalls.map((call) => `${call.className}.${call.method}@${result.at(call.node)}`);
}

describe('SDK instances and their method calls', () => {
  it('finds each call through a variable once', () => {
    expect(calls('const ud = new UserData();\nud.setEmail(e);\nud.setPhone(p);')).toEqual(['UserData.constructor@2:12', 'UserData.setEmail@3:1', 'UserData.setPhone@4:1']);
  });

  it('finds calls on an instance behind a type assertion', () => {
    expect(calls('(new UserData() as UserData).setEmail(e);\n(new UserData())!.setPhone(p);', true)).toEqual([
      'UserData.constructor@2:2',
      'UserData.setEmail@2:1',
      'UserData.constructor@3:2',
      'UserData.setPhone@3:1',
    ]);
  });

  it.each([
    ['a method read but not called', 'const set = new UserData().setEmail;'],
    ['a method passed as an argument', 'register(new UserData().setEmail);'],
    ['the instance as a computed key', 'lookup[new UserData()](e);'],
    ['the instance destructured', 'const { setEmail } = new UserData();\nsetEmail(e);'],
    ['the instance assigned to a variable declared before', 'let ud;\nud = new UserData();\nud.setEmail(e);'],
  ])('finds only the construction for %s', (_name, code) => {
    expect(calls(code).map((call) => call.split('@')[0])).toEqual(['UserData.constructor']);
  });

  it('names a method called by a computed key with no name', () => {
    expect(calls('new UserData()[setter](e);').map((call) => call.split('@')[0])).toEqual(['UserData.constructor', 'UserData.']);
  });

  it.each([
    ['a function declaration', 'function build() { return new UserData(); }\nbuild().setEmail(e);'],
    ['an arrow function', 'const build = () => new UserData();\nbuild().setEmail(e);'],
    ['a variable returned', 'function build() { const ud = new UserData(); return ud; }\nbuild().setEmail(e);'],
  ])('finds the calls on an instance returned by %s', (_name, code) => {
    expect(calls(code).map((call) => call.split('@')[0])).toEqual(['UserData.constructor', 'UserData.setEmail']);
  });

  it('finds the calls on an instance returned by a helper that calls itself once each', () => {
    const code = 'function build(n) { if (n > 0) return build(n - 1); return new UserData(); }\nbuild(2).setEmail(e);';
    expect(calls(code)).toEqual(['UserData.constructor@2:60', 'UserData.setEmail@3:1']);
  });

  it('does not take a call inside a helper for a call on what it returns', () => {
    expect(calls('function build() { return new UserData(); }\nconst ev = new ServerEvent(build());').map((call) => call.split('@')[0])).toEqual([
      'UserData.constructor',
      'ServerEvent.constructor',
    ]);
  });

  it('finds FacebookAdsApi.init once, and no instance calls on what it returns', () => {
    expect(calls('const api = FacebookAdsApi.init(token);\napi.setDebug(true);')).toEqual(['FacebookAdsApi.init@2:13']);
  });

  it('finds classes of a dynamic import once', () => {
    const result = probe("const { UserData } = await import('facebook-nodejs-business-sdk');\nnew UserData().setEmail(e);");
    expect(result.sinks.sdkCalls.map((call) => `${call.className}.${call.method}`)).toEqual(['UserData.constructor', 'UserData.setEmail']);
  });
});
