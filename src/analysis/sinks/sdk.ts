import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { SdkClass } from '../catalog/sdk.js';
import { SDK_CLASSES, SDK_MODULE } from '../catalog/sdk.js';
import { enclosingFunction, keyName, wrappingParent } from '../../util/ast.js';
import type { FileTracker, TraceMap } from './tracker.js';
import { CALL, CONSTRUCT, ESM } from './tracker.js';
import { callSitesOf, variableOf } from '../../util/resolve.js';
import type { SdkCall } from './types.js';

type SourceCode = Readonly<TSESLint.SourceCode>;
type ClassInfo = { readonly className: SdkClass; readonly method?: string };

const CLASS_ENTRIES = Object.fromEntries(
  SDK_CLASSES.map((className) => [
    className,
    { [CONSTRUCT]: { className }, init: { [CALL]: { className, method: 'init' } } },
  ]),
);
const SDK_MAP: TraceMap<ClassInfo> = { [SDK_MODULE]: { [ESM]: true, ...CLASS_ENTRIES, default: CLASS_ENTRIES } };

/**
 * Every construction of a facebook-nodejs-business-sdk class and every method called on the
 * instance, chained (`new UserData().setEmail(e).setPhone(p)`) or through a variable.
 */
export function findSdkCalls(sourceCode: SourceCode, tracker: FileTracker, dynamicImports: readonly TSESTree.ImportExpression[]): SdkCall[] {
  const calls: SdkCall[] = [];
  const seen = new Set<TSESTree.Node>();
  const found = [...tracker.modules(SDK_MAP), ...dynamicImports.flatMap((node) => tracker.dynamicImport(node, SDK_MAP))];
  for (const { node, info } of found) {
    if (seen.has(node)) continue;
    seen.add(node);
    if (node.type === AST_NODE_TYPES.CallExpression && info.method) {
      calls.push({ node, className: info.className, method: info.method, args: node.arguments });
    } else if (node.type === AST_NODE_TYPES.NewExpression) {
      calls.push({ node, className: info.className, method: 'constructor', args: node.arguments });
      for (const call of instanceCalls(sourceCode, node, new Set(), 0)) {
        calls.push({ node: call, className: info.className, method: keyName(call.callee as TSESTree.MemberExpression) ?? '', args: call.arguments });
      }
    }
  }
  return calls;
}

/**
 * Method calls on an instance: chains (setters return `this`) and calls through the variable holding it.
 * `visited`: a helper that calls itself (`return build(n - 1)`) is among its own callers; each node is walked once.
 * Collected into one list, not yielded: a chain of setters nests as deep as it is long.
 */
function instanceCalls(sourceCode: SourceCode, instance: TSESTree.Node, visited: Set<TSESTree.Node>, depth: number, found: TSESTree.CallExpression[] = []): TSESTree.CallExpression[] {
  if (depth > 50 || visited.has(instance)) return found;
  visited.add(instance);
  const parent = wrappingParent(instance);
  if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === outermost(instance, parent)) {
    const call = parent.parent;
    if (call?.type === AST_NODE_TYPES.CallExpression && call.callee === parent) {
      found.push(call);
      instanceCalls(sourceCode, call, visited, depth + 1, found);
    }
    return found;
  }
  const returnedFrom = parent?.type === AST_NODE_TYPES.ReturnStatement ? enclosingFunction(parent) : parent?.type === AST_NODE_TYPES.ArrowFunctionExpression ? parent : undefined;
  if (returnedFrom) {
    // A helper that builds and returns the request: the calls made on what its callers get back.
    for (const call of callSitesOf(sourceCode, returnedFrom)) instanceCalls(sourceCode, call, visited, depth + 1, found);
    return found;
  }
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.id.type === AST_NODE_TYPES.Identifier) {
    const variable = variableOf(sourceCode, parent.id);
    for (const reference of variable?.references ?? []) {
      if (reference.identifier !== parent.id) instanceCalls(sourceCode, reference.identifier as TSESTree.Node, visited, depth + 1, found);
    }
  }
  return found;
}

/** The wrapper node around `node` that is the direct child of `parent`. */
function outermost(node: TSESTree.Node, parent: TSESTree.Node): TSESTree.Node {
  let current = node;
  while (current.parent && current.parent !== parent) current = current.parent;
  return current;
}
