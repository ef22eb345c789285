import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { NamedFunction } from '../../settings.js';
import { memberPath, unwrap } from '../../util/ast.js';
import { variableOf } from '../../util/resolve.js';

/**
 * Whether a callee is one of the project's hash functions named in settings (`hashFunctions`):
 * matched by its path as written (`hashEmail`, `privacy.hash`), or `module#export` by import.
 */
export function isHashFunction(sourceCode: Readonly<TSESLint.SourceCode>, callee: TSESTree.Node, functions: readonly NamedFunction[]): boolean {
  if (functions.length === 0) return false;
  const path = memberPath(callee);
  if (!path) return false;
  const written = path.join('.');
  return functions.some((fn) => (fn.module === undefined ? fn.path === written : importsExport(sourceCode, callee, path, fn)));
}

/** `import { hashEmail } from 'm'; hashEmail(x)` or `import * as p from 'm'; p.hashEmail(x)` for `m#hashEmail`. */
function importsExport(sourceCode: Readonly<TSESLint.SourceCode>, callee: TSESTree.Node, path: readonly string[], fn: NamedFunction): boolean {
  let root = unwrap(callee);
  while (root.type === AST_NODE_TYPES.MemberExpression) root = unwrap(root.object);
  if (root.type !== AST_NODE_TYPES.Identifier) return false;
  const def = variableOf(sourceCode, root)?.defs[0];
  if (def?.type !== 'ImportBinding' || def.parent?.type !== AST_NODE_TYPES.ImportDeclaration || def.parent.source.value !== fn.module) return false;
  const specifier = def.node;
  const imported =
    specifier.type === AST_NODE_TYPES.ImportSpecifier
      ? [specifier.imported.type === AST_NODE_TYPES.Identifier ? specifier.imported.name : String(specifier.imported.value)]
      : specifier.type === AST_NODE_TYPES.ImportDefaultSpecifier
        ? ['default']
        : [];
  return [...imported, ...path.slice(1)].join('.') === fn.path;
}
