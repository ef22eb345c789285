import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { fileMemo } from './file-memo.js';

type Scope = TSESLint.Scope.Scope;
type SourceCode = Readonly<TSESLint.SourceCode>;

/** Per file, for each scope's block: the scope ESLint's `getScope` gives a node inside it (filled on first use). */
const scopesByBlockIn = fileMemo(() => new Map<TSESTree.Node, Scope>());

/**
 * `sourceCode.getScope(node)`, without allocating: ESLint's walk up the parents asks the scope manager
 * at every step (a closure each time) and caches the answer only for the node asked about, while names
 * resolved one by one each start a new walk. This walk reads a table of the file's scope blocks.
 */
export function scopeAt(sourceCode: SourceCode, node: TSESTree.Node): Scope {
  const { scopeManager } = sourceCode;
  // The Program asked about itself is the outermost scope (ESLint's own rule); a node inside it gets the innermost.
  if (!scopeManager || node.type === AST_NODE_TYPES.Program) return sourceCode.getScope(node);
  const scopes = scopesByBlockIn(sourceCode);
  if (scopes.size === 0) {
    for (const { block } of scopeManager.scopes) {
      // The innermost of a block's scopes, as getScope takes it (a named function expression's own, not its name's).
      const scope = scopes.has(block) ? undefined : scopeManager.acquire(block, true);
      if (scope) scopes.set(block, scope);
    }
  }
  for (let current: TSESTree.Node | undefined = node; current; current = current.parent) {
    const scope = scopes.get(current);
    if (scope) return scope;
  }
  // Outside the Program (a Vue template's nodes): ESLint's answer.
  return sourceCode.getScope(node);
}
