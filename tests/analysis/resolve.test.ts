import type { TSESTree } from '@typescript-eslint/utils';
import { describe, expect, it } from 'vitest';
import { callSitesOf, localFunctionOf, objectFields, resolveMember } from '../../src/util/resolve.js';
import { isFunctionNode } from '../../src/util/ast.js';
import { probe } from './probe.js';

/** The source text of what `member` (an expression in `code`) resolves to. */
function membersOf(code: string, member: string): string[] {
  const result = probe(code, { typescript: true });
  const node = result.node(member) as TSESTree.MemberExpression;
  return resolveMember(result.analysis.sourceCode, node).map((value) => result.analysis.sourceCode.getText(value));
}

/** `line:column` of every call site of the function whose text starts with `start`. */
function callSites(code: string, fnText: string): string[] {
  const result = probe(code, { typescript: true });
  const fn = result.node(fnText);
  if (!isFunctionNode(fn)) throw new Error(`not a function: ${fnText}`);
  return callSitesOf(result.analysis.sourceCode, fn).map((call) => result.at(call));
}

describe('class and object members', () => {
  it('reads this.x from class fields and constructor assignments', () => {
    const code = "class S {\n  version = 'v21.0';\n  constructor() { this.apiUrl = 'https://graph.facebook.com'; }\n  send() { return [this.version, this.apiUrl]; }\n}";
    expect(membersOf(code, 'this.version')).toEqual(["'v21.0'"]);
    expect(membersOf(code, 'this.apiUrl')).toEqual(["'https://graph.facebook.com'"]);
  });

  it('reads members of an instance and of the class name', () => {
    const code = "class C { static BASE = '/b'; url = '/u'; }\nconst c = new C();\nuse(c.url, C.BASE);";
    expect(membersOf(code, 'c.url')).toEqual(["'/u'"]);
    expect(membersOf(code, 'C.BASE')).toEqual(["'/b'"]);
  });

  it('ends on names that stand for each other', () => {
    expect(membersOf('let a = b;\nlet b = a;\nuse(a.url);', 'a.url')).toEqual([]);
  });

  it('ends on a method called on its own parameter', () => {
    expect(callSites('const o = { m(p) { return p.m(1); } };\no.m(o);', '(p) { return p.m(1); }')).toEqual(['2:1']);
  });

  it('ends on names that stand for calls on each other', () => {
    expect(membersOf('const a = b.x();\nconst b = a.y();\nuse(a.url);', 'a.url')).toEqual([]);
  });

  it('reads this.x in an object literal method as the literal\'s property', () => {
    expect(membersOf("const api = { url: '/e', send() { return this.url; } };", 'this.url')).toEqual(["'/e'"]);
  });

  it('knows no this in a plain function or an arrow at top level', () => {
    expect(membersOf("function f() { return this.url; }\nconst g = () => this.url;\nconst o = { url: 1 };", 'this.url')).toEqual([]);
  });

  it('finds methods and arrow fields as local functions', () => {
    const result = probe("class S {\n  hash(v) { return v; }\n  norm = (v) => v;\n  go() { this.hash(1); this.norm(2); }\n}\nconst utils = { sha256(x) { return x; } };\nutils.sha256(3);", { typescript: true });
    const { sourceCode } = result.analysis;
    const text = (callee: string) => {
      const fn = localFunctionOf(sourceCode, result.node(callee));
      return fn && sourceCode.getText(fn);
    };
    expect(text('this.hash')).toBe('(v) { return v; }');
    expect(text('this.norm')).toBe('(v) => v');
    expect(text('utils.sha256')).toBe('(x) { return x; }');
  });
});

describe('call sites', () => {
  it('finds this.m(…) calls of a method, and calls on an instance, not on other objects', () => {
    const code = "class S {\n  _send(d) {}\n  go() { this._send(1); }\n}\nnew S()._send(2);\nconst s = new S();\ns._send(3);\nother._send(4);";
    expect(callSites(code, '(d) {}')).toEqual(['3:10', '5:1', '7:1']);
  });

  it('finds calls of an object literal method through this and through its name', () => {
    const code = "const w = {\n  _send(d) {},\n  submit() { this._send(1); },\n};\nw._send(2);";
    expect(callSites(code, '(d) {}')).toEqual(['3:14', '5:1']);
  });

  it('keeps no answer found while a method\'s own callers were being followed (it was cut short)', () => {
    // Finding m's callers asks what `p.inner` holds while m's callers are being looked for, and gets
    // nothing; asked afterwards, at the first level, it holds `o` (m's caller passes `{ inner: o }`).
    const code = 'const o = { m(p) { return p.inner.m(1); } };\no.m({ inner: o });';
    const result = probe(code, { typescript: true });
    const { sourceCode } = result.analysis;
    const fn = result.node('(p) { return p.inner.m(1); }');
    if (!isFunctionNode(fn)) throw new Error('not a function');
    expect(callSitesOf(sourceCode, fn).map((call) => result.at(call))).toEqual(['2:1']);
    const inner = result.node('p.inner') as TSESTree.MemberExpression;
    expect(resolveMember(sourceCode, inner).map((value) => sourceCode.getText(value))).toEqual(['o']);
  });

  it('counts a useCallback constant like a function declaration', () => {
    const code = "const load = useCallback(() => { start(); }, []);\nif (ok) load();";
    expect(callSites(code, '() => { start(); }')).toEqual(['2:9']);
  });
});

describe('object fields', () => {
  /** `key@line:column` of each field of the object `name` (its last occurrence), with `<merge` for fields merged in by a call. */
  function fieldsOf(code: string, name: string): string[] {
    const result = probe(code);
    return objectFields(result.analysis.sourceCode, result.node(name)).map(
      (field) => `${field.key}@${result.at(field.node)}${field.mergedBy ? `<${result.at(field.mergedBy)}` : ''}`,
    );
  }

  it('adds the fields Object.assign copies in, marking those of another object with the merge', () => {
    const code = "const extra = { em: a };\nconst p = { value: 1 };\nObject.assign(p, extra, { ph: b });\nuse(p);";
    expect(fieldsOf(code, 'p')).toEqual(['value@2:13', 'em@1:17<3:1', 'ph@3:27']);
  });

  it('names computed keys held in constants, and leaves run-time keys unnamed', () => {
    const code = "const EM = 'em';\nconst ud = { [EM]: a, ['ph']: b, [field]: c, fbp: d };\nud[`fb${'c'}`] = e;\nuse(ud);";
    expect(fieldsOf(code, 'ud')).toEqual(['em@2:14', 'ph@2:23', 'undefined@2:34', 'fbp@2:46', 'fbc@3:1']);
  });

  it('ignores Object.assign into another object and copies out of this one', () => {
    const code = "const p = { value: 1 };\nObject.assign(other, { em: a });\nObject.assign({}, p, { ph: b });\nuse(p);";
    expect(fieldsOf(code, 'p')).toEqual(['value@1:13']);
  });
});
