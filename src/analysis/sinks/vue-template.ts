/**
 * Pixel calls in the `<template>` of a Vue single-file component, as vue-eslint-parser gives it
 * (`ast.templateBody`, which ESLint itself never walks: rules see the `<script>` Program). Its
 * expressions are ESTree nodes with `parent` and `loc`, so a call found here is checked and reported
 * like one in the script.
 *
 * Only event handlers run code: `@click="…"`, `v-on:submit="…"`, and `:onClick="…"` (Vue 3 binds an
 * `on…` prop as a listener). `{{ }}` interpolations only display a value and other bindings configure
 * elements: left out. A template name is the component's (`$fb` is `this.$fb`); `fbq` is the pixel
 * unless the script declares its own `fbq` at its top level, as in the script. Bound link targets
 * (`<a :href="…">`, `<router-link :to="…">`) are found too: the page they open is a URL the pixel sees.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { NUXT_FACEBOOK_PIXEL } from '../catalog/wrappers.js';
import { LINK_ATTRIBUTES } from '../catalog/urls.js';
import type { MetaPrivacySettings } from '../../settings.js';
import { memberPath } from '../../util/ast.js';
import { walk } from '../../util/resolve.js';
import { ownEntry } from '../../util/own-entry.js';
import { fbqCall, findWrapperCalls, isPixelGlobalPath, wrapperCall } from './pixel.js';
import type { PixelCall } from './types.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** The parts of vue-eslint-parser's template AST read here (its nodes are not ESTree's). */
interface VNode {
  readonly type: string;
  readonly rawName?: string;
  readonly children?: readonly VNode[];
  readonly startTag?: { readonly attributes: readonly VAttribute[] };
}

interface VAttribute {
  readonly directive: boolean;
  readonly key: { readonly name?: { readonly name: string }; readonly argument?: { readonly type: string; readonly rawName?: string } | null };
  readonly value: { readonly expression: TSESTree.Node | { readonly type: 'VOnExpression'; readonly body: readonly TSESTree.Node[] } | null } | null;
}

/** `:onClick` / `v-bind:onSubmit`: a listener bound as a prop (Vue 3). */
const LISTENER_PROP = /^on[A-Z]/;
/** Directives that render their element only when their expression holds. */
const CONDITION_DIRECTIVES: ReadonlySet<string> = new Set(['if', 'else-if', 'show']);

/**
 * The pixel calls of the template's event handlers: `fbq(…)` (and `window.fbq(…)`), the nuxt
 * pixel's `$fb.track()` / `$fb.enable()` / `$fb.query(…)`, and project wrappers from settings.
 */
export function templatePixelCalls(sourceCode: SourceCode, settings: MetaPrivacySettings): PixelCall[] {
  const body = (sourceCode.ast as { templateBody?: VNode | null }).templateBody;
  if (!body) return [];
  const calls = handlerCalls(sourceCode, body);
  if (calls.length === 0) return [];
  const found = calls.flatMap((call) => templatePixelCall(sourceCode, call, declaresFbq(sourceCode)) ?? []);
  return settings.pixelWrappers.length > 0 ? [...found, ...findWrapperCalls(sourceCode, calls, settings.pixelWrappers)] : found;
}

/** A bound link target of the template: `<a :href="…">`, `<NuxtLink v-bind:to="…">`. */
export interface TemplateLink {
  /** The element and attribute as written (`a` / `href`, `router-link` / `to`). */
  readonly element: string;
  readonly attribute: string;
  readonly expression: TSESTree.Node;
}

/** The bound link targets of the template, in template order. */
export function templateLinks(sourceCode: SourceCode): TemplateLink[] {
  const body = (sourceCode.ast as { templateBody?: VNode | null }).templateBody;
  const links: TemplateLink[] = [];
  if (!body) return links;
  for (const element of elementsOf(body)) {
    const name = element.rawName === undefined ? undefined : componentName(element.rawName);
    const targets = ownEntry(LINK_ATTRIBUTES, name);
    if (!targets) continue;
    for (const attribute of element.startTag?.attributes ?? []) {
      const bound = attribute.directive && attribute.key.name?.name === 'bind' ? attribute.key.argument?.rawName : undefined;
      const expression = attribute.value?.expression;
      if (bound !== undefined && targets.includes(bound) && expression && expression.type !== 'VOnExpression') {
        links.push({ element: element.rawName!, attribute: bound, expression: expression as TSESTree.Node });
      }
    }
  }
  return links;
}

/** `router-link` → `RouterLink`: a component written in kebab case, by its registered name. */
function componentName(rawName: string): string {
  return rawName.includes('-') ? rawName.replace(/(?:^|-)([a-z])/g, (_, letter: string) => letter.toUpperCase()) : rawName;
}

/** The elements of the template, in template order. */
function elementsOf(root: VNode): VNode[] {
  const elements: VNode[] = [];
  const stack: VNode[] = [root];
  while (stack.length > 0) {
    const element = stack.pop()!;
    elements.push(element);
    for (let index = (element.children?.length ?? 0) - 1; index >= 0; index--) stack.push(element.children![index]!);
  }
  return elements;
}

/** The calls inside the template's event handlers, in template order. */
function handlerCalls(sourceCode: SourceCode, root: VNode): TSESTree.CallExpression[] {
  const calls: TSESTree.CallExpression[] = [];
  for (const element of elementsOf(root)) {
    for (const attribute of element.startTag?.attributes ?? []) {
      const handler = isHandler(attribute) ? attribute.value?.expression : undefined;
      if (!handler) continue;
      for (const statement of handler.type === 'VOnExpression' ? (handler as { body: readonly TSESTree.Node[] }).body : [handler as TSESTree.Node]) {
        collectCalls(sourceCode, statement, calls);
      }
    }
  }
  return calls;
}

/** Whether the script declares `fbq` at its top level (a local function, not the pixel). */
function declaresFbq(sourceCode: SourceCode): boolean {
  const global = sourceCode.scopeManager?.globalScope;
  const top = global?.childScopes.find((scope) => scope.type === 'module') ?? global;
  return (top?.set.get('fbq')?.defs.length ?? 0) > 0;
}

function isHandler(attribute: VAttribute): boolean {
  if (!attribute.directive) return false;
  const directive = attribute.key.name?.name;
  if (directive === 'on') return true;
  const argument = attribute.key.argument;
  return directive === 'bind' && argument?.type === 'VIdentifier' && LISTENER_PROP.test(argument.rawName ?? '');
}

/** The calls in a handler expression and under it, outermost first. */
function collectCalls(sourceCode: SourceCode, root: TSESTree.Node, calls: TSESTree.CallExpression[]): void {
  walk(sourceCode, root, (node) => {
    if (node.type === 'CallExpression') calls.push(node);
  });
}

function templatePixelCall(sourceCode: SourceCode, call: TSESTree.CallExpression, fbqIsLocal: boolean): PixelCall | undefined {
  const path = memberPath(call.callee);
  if (!path) return undefined;
  if (isPixelGlobalPath(path)) return fbqIsLocal && path.length === 1 ? undefined : fbqCall(sourceCode, call, 'fbq');
  const [holder, method = ''] = path;
  if (path.length !== 2 || holder !== NUXT_FACEBOOK_PIXEL.property) return undefined;
  if (method === NUXT_FACEBOOK_PIXEL.passThrough) return fbqCall(sourceCode, call, 'wrapper');
  const spec = ownEntry(NUXT_FACEBOOK_PIXEL.methods, method);
  return spec ? wrapperCall(sourceCode, call, 'wrapper', spec) : undefined;
}

/**
 * The condition a template element renders under (`v-if`, `v-else-if`, `v-show`): code in its
 * handlers runs only when it holds. Undefined for any other node.
 */
export function templateCondition(node: TSESTree.Node): TSESTree.Node | undefined {
  if ((node.type as string) !== 'VElement') return undefined;
  for (const attribute of (node as unknown as VNode).startTag?.attributes ?? []) {
    const directive = attribute.directive ? attribute.key.name?.name : undefined;
    const expression = directive !== undefined && CONDITION_DIRECTIVES.has(directive) ? attribute.value?.expression : undefined;
    if (expression && expression.type !== 'VOnExpression') return expression as TSESTree.Node;
  }
  return undefined;
}
