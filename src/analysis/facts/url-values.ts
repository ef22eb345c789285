import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { UrlPartName } from '../catalog/urls.js';
import { NON_PAGE_SCHEME, ROUTE_OBJECT_KEYS } from '../catalog/urls.js';
import { objectFields, resolveObjects } from '../../util/resolve.js';
import type { UrlPart } from '../sinks/urls.js';
import { urlParts, urlShape } from '../sinks/urls.js';
import { unwrap } from '../../util/ast.js';
import { ownEntry } from '../../util/own-entry.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/** A value placed in a URL, before it is known where the URL goes. */
export interface UrlValue {
  /** The expression placed in the URL. */
  readonly node: TSESTree.Node;
  readonly part: UrlPartName;
  /** Its query or fragment key (`email` in `?email=${x}`, `searchParams.set('email', x)`, `query: { email }`). */
  readonly key?: string;
  /** A property or statement whose removal takes the value out of the URL. */
  readonly removal?: TSESTree.Property | TSESTree.ExpressionStatement;
}

/** Stands for an interpolation in a URL's shape. */
export const HOLE = '{}';

/** Reads what a URL expression puts in a URL: each value with the part it lands in (path, query, fragment) and its key. */
export class UrlValueReader {
  constructor(private readonly sourceCode: SourceCode) {}

  /** The values a URL expression puts in the URL: a string built from parts, or a route object. */
  ofExpression(node: TSESTree.Node, start: UrlPartName): UrlValue[] {
    const target = unwrap(node);
    // A route object written in place, in a variable, or in a table of routes (`router.push(routes.thanks)`).
    if (target.type === AST_NODE_TYPES.ObjectExpression || target.type === AST_NODE_TYPES.Identifier || target.type === AST_NODE_TYPES.MemberExpression) {
      const objects = resolveObjects(this.sourceCode, target);
      if (objects.length > 0) return objects.flatMap((object) => this.ofRouteObject(object));
    }
    const parts = urlParts(this.sourceCode, target);
    return NON_PAGE_SCHEME.test(urlShape(parts, HOLE)) ? [] : partValues(parts, start);
  }

  /** `{ pathname: '/thanks', query: { email } }`: each key by the part of the URL it fills. */
  ofRouteObject(object: TSESTree.Node): UrlValue[] {
    return objectFields(this.sourceCode, object).flatMap((field) => {
      const spec = ownEntry(ROUTE_OBJECT_KEYS, field.key);
      if (!spec) return [];
      return spec.holds === 'object' ? this.ofObject(field.value, spec.part) : partValues(urlParts(this.sourceCode, field.value), spec.part);
    });
  }

  /** `{ email, source: 'ad' }` as query values: each value under its key. */
  ofObject(object: TSESTree.Node, part: UrlPartName): UrlValue[] {
    return objectFields(this.sourceCode, object).flatMap((field) => {
      if (field.key === undefined) return [];
      const removal = field.node.type === AST_NODE_TYPES.Property && field.container ? field.node : undefined;
      return [{ node: field.value, part, key: field.key, removal }];
    });
  }
}

/**
 * The values placed in a URL built from parts, with the part each lands in and its key. Values before
 * any static text are the base (`${origin}/thanks`) and are skipped when the URL starts as a path.
 */
export function partValues(parts: readonly UrlPart[], start: UrlPartName): UrlValue[] {
  const values: UrlValue[] = [];
  let part = start;
  let pending = '';
  let key: string | undefined;
  let started = start !== 'path';
  for (const piece of parts) {
    if ('node' in piece) {
      if (started) values.push({ node: piece.node, part, key: part === 'path' ? undefined : key || undefined });
      continue;
    }
    const { text } = piece;
    started ||= text.length > 0;
    // The text since the last separator goes into `pending` a slice at a time, not a character at a time.
    let from = 0;
    for (let index = 0; index < text.length; index++) {
      const char = text[index];
      if (char === '?' || char === '#' || char === '&') {
        if (char === '?' && part === 'path') part = 'query';
        else if (char === '#' && part !== 'fragment') part = 'fragment';
        pending = '';
        key = undefined;
        from = index + 1;
      } else if (char === '=' && key === undefined && part !== 'path') {
        pending += text.slice(from, index);
        key = safeDecode(pending);
        from = index + 1;
      }
    }
    pending += text.slice(from);
  }
  return values;
}

function safeDecode(text: string): string {
  // Most keys have nothing to decode: no call, no copy.
  if (!text.includes('%')) return text;
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
