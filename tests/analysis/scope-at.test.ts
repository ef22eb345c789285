// scopeAt must give exactly what ESLint's getScope gives, for every node of files that use every kind
// of scope: functions named and not, classes with field initializers and static blocks, loops, switch,
// catch, TypeScript's namespaces, enums, generic types, and a Vue template (outside the Program).
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import vueParser from 'vue-eslint-parser';
import { describe, expect, it } from 'vitest';
import { scopeAt } from '../../src/util/scope-at.js';

const JS = `
import { a } from 'm';
const f = function named(x = a) { return () => named(x); };
function g(p, { q }) { for (let i = 0; i < p; i++) { const j = i; } for (const k of q) k; for (const key in p) key; }
class C extends (a ? Object : Array) { field = this.x + a; static s = () => C; #p = 1; static { const b = a; } m(y) { return y + this.#p; } }
switch (a) { case 1: { let z = 1; break; } default: let w = 2; }
try { f(); } catch (error) { g(error); } finally { a; }
label: { const inner = (function () { return arguments; })(); }
export default class { x = (() => 1)(); }
`;

const SCRIPT = `
var top = 1;
function outer() { var inner = function rec() { return rec; }; with (Math) { max(top); } return inner; }
(function () { 'use strict'; let x = top; })();
`;

const TS = `
namespace N { export const v = 1; export namespace M { export type T = string; } }
enum E { A = 1, B = A + 1 }
type Box<T> = { [K in keyof T]: T[K] extends string ? K : never };
type Fn = <U>(u: U) => U;
interface I<T> { m<S>(s: S): T }
declare module 'x' { const y: number; }
abstract class K<T> implements I<T> { private readonly r: T[] = []; abstract m<S>(s: S): T; static { const z: Fn = (u) => u; } }
function over(a: string): string;
function over(a: unknown) { return a as Box<{ b: string }>; }
`;

const VUE = `<template><button @click="track(user.email)" :href="'/p?e=' + user.email">{{ user.name }}</button></template>
<script setup>
import { ref } from 'vue';
const user = ref({ email: '', name: '' });
function track(value) { return value; }
</script>`;

interface Compared {
  readonly nodes: number;
  readonly differ: string[];
}

/** Lints `code` with a rule that compares scopeAt and getScope on every node (the Vue template's too). */
function compare(code: string, config: Linter.Config, filename: string): Compared {
  const result = { nodes: 0, differ: [] as string[] };
  const rule: TSESLint.RuleModule<string> = {
    meta: { type: 'problem', schema: [], messages: {} },
    defaultOptions: [],
    create(context) {
      const nodes: TSESTree.Node[] = [];
      const check = (node: TSESTree.Node) => {
        result.nodes++;
        const expected = context.sourceCode.getScope(node);
        const actual = scopeAt(context.sourceCode, node);
        if (actual !== expected) result.differ.push(`${node.type} at ${node.loc.start.line}:${node.loc.start.column}: ${actual.type} instead of ${expected.type}`);
      };
      const listeners: TSESLint.RuleListener = {
        '*': (node: TSESTree.Node) => void nodes.push(node),
        'Program:exit': () => {
          for (const node of nodes) check(node);
          const template = (context.sourceCode.ast as { templateBody?: TSESTree.Node }).templateBody;
          if (template) walkTemplate(template, check);
        },
      };
      return listeners;
    },
  };
  const messages = new Linter({ configType: 'flat' }).verify(
    code,
    [{ files: ['**/*.{js,mjs,cjs,ts,vue}'], ...config, plugins: { probe: { rules: { scopes: rule as never } } }, rules: { 'probe/scopes': 'error' } }],
    { filename },
  );
  expect(messages).toEqual([]);
  return result;
}

/** The nodes of a Vue template, expressions included (they are outside the Program, as ESLint's traversal is). */
function walkTemplate(node: TSESTree.Node, visit: (node: TSESTree.Node) => void): void {
  visit(node);
  for (const [key, value] of Object.entries(node)) {
    if (key === 'parent' || key === 'tokens' || key === 'comments' || key === 'references' || key === 'variables') continue;
    for (const child of Array.isArray(value) ? value : [value]) {
      if (child && typeof child === 'object' && typeof (child as { type?: unknown }).type === 'string') walkTemplate(child as TSESTree.Node, visit);
    }
  }
}

describe('scopeAt', () => {
  it.each([
    ['a module', JS, { languageOptions: { sourceType: 'module', ecmaVersion: 'latest' } }, 'file.mjs'],
    ['a script', SCRIPT, { languageOptions: { sourceType: 'script', ecmaVersion: 'latest' } }, 'file.js'],
    ['a CommonJS module', SCRIPT.replace("'use strict';", 'module.exports = top;'), { languageOptions: { sourceType: 'commonjs', ecmaVersion: 'latest' } }, 'file.cjs'],
    ['TypeScript', TS, { languageOptions: { parser: tsParser, sourceType: 'module' } }, 'file.ts'],
    ['a Vue component and its template', VUE, { languageOptions: { parser: vueParser, sourceType: 'module', ecmaVersion: 'latest' } }, 'file.vue'],
  ] as const)('gives getScope’s scope for every node of %s', (_name, code, config, filename) => {
    const { nodes, differ } = compare(code, config as Linter.Config, filename);
    expect(differ).toEqual([]);
    expect(nodes).toBeGreaterThan(30);
  });
});
