import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { PixelCommand, PixelSlot } from '../catalog/pixel.js';
import { FBQ_COMMAND_SLOTS, GLOBAL_OBJECTS, PIXEL_COMMANDS, PIXEL_GLOBALS } from '../catalog/pixel.js';
import type { WrapperMethod } from '../catalog/wrappers.js';
import { REACT_FACEBOOK_PIXEL } from '../catalog/wrappers.js';
import type { MetaPrivacySettings, PixelWrapper } from '../../settings.js';
import { memberPath, snippet, staticString, unwrap } from '../../util/ast.js';
import type { FileTracker, TraceMap } from '../tracker.js';
import { CALL, ESM } from '../tracker.js';
import { variableOf } from '../resolve.js';
import type { PixelCall, PixelChannel } from './types.js';

type SourceCode = Readonly<TSESLint.SourceCode>;
type PixelInfo = { readonly method?: WrapperMethod };

const FBQ_CALL: TraceMap<PixelInfo>[string] = { [CALL]: {} };
const FBQ_ENTRIES = Object.fromEntries(PIXEL_GLOBALS.map((name) => [name, FBQ_CALL]));
const FBQ_GLOBALS: TraceMap<PixelInfo> = {
  ...FBQ_ENTRIES,
  ...Object.fromEntries(GLOBAL_OBJECTS.map((name) => [name, FBQ_ENTRIES])),
};

const REACT_PIXEL_METHODS: TraceMap<PixelInfo>[string] = {
  ...Object.fromEntries(Object.entries(REACT_FACEBOOK_PIXEL.methods).map(([name, method]) => [name, { [CALL]: { method } }])),
  [REACT_FACEBOOK_PIXEL.passThrough]: FBQ_CALL,
};
const REACT_PIXEL_MODULE: TraceMap<PixelInfo> = {
  [REACT_FACEBOOK_PIXEL.module]: { [ESM]: true, default: REACT_PIXEL_METHODS },
};

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
  return [...calls.values()];
}

/** `fbq('track', 'Purchase', params, options)`: the command string decides the slots. */
function fbqCall(sourceCode: SourceCode, node: TSESTree.CallExpression, channel: PixelChannel): PixelCall | undefined {
  const command = staticString(node.arguments[0], sourceCode.getScope(node));
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

function wrapperCall(
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
  slots.forEach((slot, index) => {
    const argument = node.arguments[index + offset];
    if (argument && argument.type !== AST_NODE_TYPES.SpreadElement) found[slot] = argument;
  });
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
      staticString(init.arguments[0], sourceCode.getScope(init)) === module
    );
  }
  return false;
}
