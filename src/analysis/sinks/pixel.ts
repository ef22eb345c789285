import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES, AST_TOKEN_TYPES } from '@typescript-eslint/utils';
import type { PixelCommand, PixelSlot } from '../catalog/pixel.js';
import { FBQ_COMMAND_SLOTS, GLOBAL_OBJECTS, PIXEL_COMMANDS, PIXEL_GLOBALS } from '../catalog/pixel.js';
import type { WrapperMethod } from '../catalog/wrappers.js';
import { NUXT_FACEBOOK_PIXEL, REACT_FACEBOOK_PIXEL } from '../catalog/wrappers.js';
import type { MetaPrivacySettings, PixelWrapper } from '../../settings.js';
import { keyName, memberPath, snippet, staticString, unwrap } from '../../util/ast.js';
import type { FileTracker, TraceMap } from './tracker.js';
import { CALL, ESM } from './tracker.js';
import { variableOf } from '../../util/resolve.js';
import type { PixelCall, PixelChannel } from './types.js';
import { scopeAt } from '../../util/scope-at.js';

type SourceCode = Readonly<TSESLint.SourceCode>;
type PixelInfo = { readonly method?: WrapperMethod };

const FBQ_CALL: TraceMap<PixelInfo>[string] = { [CALL]: {} };
const FBQ_ENTRIES = Object.fromEntries(PIXEL_GLOBALS.map((name) => [name, FBQ_CALL]));
const FBQ_GLOBALS: TraceMap<PixelInfo> = {
  ...FBQ_ENTRIES,
  ...Object.fromEntries(GLOBAL_OBJECTS.map((name) => [name, FBQ_ENTRIES])),
};

/** A wrapper object's methods as a trace map: each method call, and the `fbq` pass-through. */
function wrapperEntry(wrapper: { methods: Readonly<Record<string, WrapperMethod>>; passThrough: string }): TraceMap<PixelInfo>[string] {
  return {
    ...Object.fromEntries(Object.entries(wrapper.methods).map(([name, method]) => [name, { [CALL]: { method } }])),
    [wrapper.passThrough]: FBQ_CALL,
  };
}

const REACT_PIXEL_MODULE: TraceMap<PixelInfo> = {
  [REACT_FACEBOOK_PIXEL.module]: { [ESM]: true, default: wrapperEntry(REACT_FACEBOOK_PIXEL) },
};
const NUXT_PIXEL_HOLDER: TraceMap<PixelInfo>[string] = { [NUXT_FACEBOOK_PIXEL.property]: wrapperEntry(NUXT_FACEBOOK_PIXEL) };

/** Finds every pixel call in a file: `fbq`, react-facebook-pixel and wrappers from settings. */
export function findPixelCalls(
  sourceCode: SourceCode,
  tracker: FileTracker,
  settings: MetaPrivacySettings,
  dynamicImports: readonly TSESTree.ImportExpression[],
): PixelCall[] {
  const calls = new Map<TSESTree.Node, PixelCall>();
  const add = (node: TSESTree.Node, channel: PixelChannel, info: PixelInfo) => {
    if (node.type !== AST_NODE_TYPES.CallExpression || calls.has(node)) return;
    const call = info.method ? wrapperCall(sourceCode, node, channel, info.method) : fbqCall(sourceCode, node, channel);
    if (call) calls.set(node, call);
  };
  for (const found of tracker.globals(FBQ_GLOBALS)) add(found.node, 'fbq', found.info);
  for (const found of tracker.modules(REACT_PIXEL_MODULE)) add(found.node, 'react-facebook-pixel', found.info);
  for (const node of dynamicImports) {
    for (const found of tracker.dynamicImport(node, REACT_PIXEL_MODULE)) add(found.node, 'react-facebook-pixel', found.info);
  }
  for (const holder of nuxtPixelHolders(sourceCode)) {
    for (const found of tracker.properties(holder, NUXT_PIXEL_HOLDER)) add(found.node, 'wrapper', found.info);
  }
  return [...calls.values()];
}

/**
 * The expressions whose `$fb` is the nuxt pixel: the object of `this.$fb` / `nuxtApp.$fb` /
 * `useNuxtApp().$fb`, and the initialiser of `const { $fb } = useNuxtApp()`. Found from tokens, so a
 * file that never writes `$fb` costs one text search.
 */
function nuxtPixelHolders(sourceCode: SourceCode): Set<TSESTree.Node> {
  const holders = new Set<TSESTree.Node>();
  const name = NUXT_FACEBOOK_PIXEL.property;
  if (!sourceCode.text.includes(name)) return holders;
  for (const token of sourceCode.ast.tokens ?? []) {
    if (token.type !== AST_TOKEN_TYPES.Identifier || token.value !== name) continue;
    const holder = holderOf(sourceCode.getNodeByRangeIndex(token.range[0]), name);
    if (holder) holders.add(holder);
  }
  return holders;
}

function holderOf(node: TSESTree.Node | null, name: string): TSESTree.Node | undefined {
  const parent = node?.parent;
  if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.property === node && !parent.computed) return parent.object;
  if (parent?.type !== AST_NODE_TYPES.Property || parent.computed || keyName(parent) !== name) return undefined;
  const pattern = parent.parent;
  const declarator = pattern?.parent;
  return pattern?.type === AST_NODE_TYPES.ObjectPattern && declarator?.type === AST_NODE_TYPES.VariableDeclarator && declarator.id === pattern
    ? (declarator.init ?? undefined)
    : undefined;
}

/** `fbq`, `_fbq`, `window.fbq`, `globalThis.fbq`…: a callee path that names the pixel global. */
export function isPixelGlobalPath(path: readonly string[]): boolean {
  const [first, second] = path;
  const globals: readonly string[] = PIXEL_GLOBALS;
  if (path.length === 1) return globals.includes(first!);
  return path.length === 2 && (GLOBAL_OBJECTS as readonly string[]).includes(first!) && globals.includes(second!);
}

/** `fbq('track', 'Purchase', params, options)`: the command string decides the slots. */
export function fbqCall(sourceCode: SourceCode, node: TSESTree.CallExpression, channel: PixelChannel): PixelCall | undefined {
  const command = staticString(node.arguments[0], scopeAt(sourceCode, node));
  if (command === undefined || !PIXEL_COMMANDS.has(command)) return undefined;
  const slots = FBQ_COMMAND_SLOTS[command as PixelCommand];
  return {
    node,
    channel,
    command: command as PixelCommand,
    label: `${snippet(sourceCode, node.callee)}('${command}')`,
    slots: slotArguments(node, slots, 1),
  };
}

export function wrapperCall(
  sourceCode: SourceCode,
  node: TSESTree.CallExpression,
  channel: PixelChannel,
  method: WrapperMethod,
): PixelCall {
  return {
    node,
    channel,
    command: method.command,
    label: `${snippet(sourceCode, node.callee)}()`,
    slots: slotArguments(node, method.slots, 0),
    fixedEventName: method.eventName,
    fixedConsent: method.consent,
  };
}

function slotArguments(node: TSESTree.CallExpression, slots: readonly PixelSlot[], offset: number) {
  const found: Partial<Record<PixelSlot, TSESTree.Node>> = {};
  for (let index = 0; index < slots.length; index++) {
    const argument = node.arguments[index + offset];
    if (argument && argument.type !== AST_NODE_TYPES.SpreadElement) found[slots[index]!] = argument;
  }
  return found;
}

/**
 * Calls of project wrappers named in settings (`{ name: 'fpixel.event', command: 'track' }`): the
 * callee is matched as written; with `module`, its first name must be imported from that module.
 */
export function findWrapperCalls(sourceCode: SourceCode, calls: readonly TSESTree.CallExpression[], wrappers: readonly PixelWrapper[]): PixelCall[] {
  const found: PixelCall[] = [];
  for (const node of calls) {
    const path = memberPath(node.callee)?.join('.');
    if (path === undefined) continue;
    const wrapper = wrappers.find((candidate) => candidate.path === path && importedFrom(sourceCode, node.callee, candidate.module));
    if (!wrapper) continue;
    const call =
      wrapper.command === 'fbq'
        ? fbqCall(sourceCode, node, 'wrapper')
        : wrapperCall(sourceCode, node, 'wrapper', { command: wrapper.command, slots: FBQ_COMMAND_SLOTS[wrapper.command] });
    if (call) found.push(call);
  }
  return found;
}

/** Whether the first name of a callee is imported or required from `module` (always true without one). */
function importedFrom(sourceCode: SourceCode, callee: TSESTree.Node, module: string | undefined): boolean {
  if (module === undefined) return true;
  let root = unwrap(callee);
  while (root.type === AST_NODE_TYPES.MemberExpression) root = unwrap(root.object);
  if (root.type !== AST_NODE_TYPES.Identifier) return false;
  const def = variableOf(sourceCode, root)?.defs[0];
  if (def?.type === 'ImportBinding') {
    const declaration = def.parent;
    return declaration?.type === AST_NODE_TYPES.ImportDeclaration && declaration.source.value === module;
  }
  if (def?.type === 'Variable' && def.node.init) {
    const init = unwrap(def.node.init);
    return (
      init.type === AST_NODE_TYPES.CallExpression &&
      memberPath(init.callee)?.join('.') === 'require' &&
      staticString(init.arguments[0], scopeAt(sourceCode, init)) === module
    );
  }
  return false;
}
