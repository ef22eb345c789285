import type { TSESLint, TSESTree } from '@typescript-eslint/utils';

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * The innermost node whose range holds `index`, like `SourceCode#getNodeByRangeIndex`, in
 * O(depth × log(children)): ESLint's version walks every earlier sibling at each level, which makes
 * one lookup per token quadratic on a file with thousands of top-level statements.
 */
export function nodeAtIndex(sourceCode: SourceCode, index: number): TSESTree.Node | null {
  const root = sourceCode.ast as TSESTree.Node;
  return contains(root, index) ? innermostAt(root, index, sourceCode.visitorKeys) : null;
}

/**
 * `nodeAtIndex` for offsets taken in order (the tokens of a file): each lookup climbs from the node
 * found last to the first ancestor that holds the offset, then descends from there. Nearby offsets,
 * the usual case, cost a few steps instead of a descent from the root of a deep file. The same node
 * results: the nodes that hold an offset form one chain from the root, and every ancestor holds what
 * its children hold.
 */
export class NodeCursor {
  private last: TSESTree.Node;

  constructor(private readonly sourceCode: SourceCode) {
    this.last = sourceCode.ast as TSESTree.Node;
  }

  at(index: number): TSESTree.Node | null {
    let node = this.last;
    while (!contains(node, index) && node.parent) node = node.parent;
    if (!contains(node, index)) return null;
    this.last = innermostAt(node, index, this.sourceCode.visitorKeys);
    return this.last;
  }
}

function innermostAt(start: TSESTree.Node, index: number, visitorKeys: SourceCode['visitorKeys']): TSESTree.Node {
  let node = start;
  for (;;) {
    const child = childAt(node, index, visitorKeys);
    if (!child) return node;
    node = child;
  }
}

/** The first child (in visitor-key order) whose range holds `index`. */
function childAt(node: TSESTree.Node, index: number, visitorKeys: SourceCode['visitorKeys']): TSESTree.Node | undefined {
  for (const key of visitorKeys[node.type] ?? childKeys(node)) {
    const value = (node as unknown as Record<string, unknown>)[key];
    const child = Array.isArray(value) ? searchSorted(value as readonly (TSESTree.Node | null)[], index) : value;
    if (isNode(child) && contains(child, index)) return child;
  }
  return undefined;
}

/** Binary search over a list of nodes in source order; a hole (`[, a]`) falls back to a scan. */
function searchSorted(items: readonly (TSESTree.Node | null)[], index: number): TSESTree.Node | undefined {
  let low = 0;
  let high = items.length - 1;
  while (low <= high) {
    const middle = (low + high) >> 1;
    const item = items[middle];
    if (!isNode(item)) return items.find((candidate): candidate is TSESTree.Node => isNode(candidate) && contains(candidate, index));
    if (index < item.range[0]) high = middle - 1;
    else if (index >= item.range[1]) low = middle + 1;
    else return item;
  }
  return undefined;
}

/** Keys of a node type the parser gave no visitor keys for (as ESLint's traverser does). */
function childKeys(node: TSESTree.Node): string[] {
  return Object.keys(node).filter((key) => key !== 'parent' && key !== 'leadingComments' && key !== 'trailingComments');
}

function isNode(value: unknown): value is TSESTree.Node {
  return typeof value === 'object' && value !== null && Array.isArray((value as { range?: unknown }).range);
}

function contains(node: TSESTree.Node, index: number): boolean {
  return node.range[0] <= index && index < node.range[1];
}
