import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { keyName, unwrap } from '../../util/ast.js';
import { argumentsForParameter, MAX_DEPTH, resolveMember, singleValueOf, variableOf } from '../../util/resolve.js';
import { scopeAt } from '../../util/scope-at.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * Descriptive `custom_data` / pixel parameters: free text that names what the event is about, and so
 * can imply a sensitive category as much as the event name can (Business Tools Terms §1.h).
 * `search_string` is the visitor's own text unless it is written in the code: checked only when static.
 */
export const DESCRIPTIVE_KEYS: ReadonlySet<string> = new Set(['content_name', 'content_category', 'search_string']);
export const STATIC_ONLY_KEYS: ReadonlySet<string> = new Set(['search_string']);

/** facebook-nodejs-business-sdk setters that send descriptive text, by class: setter → the key it writes. */
export const DESCRIPTIVE_SETTERS: Readonly<Record<string, Readonly<Record<string, string>>>> = Object.freeze({
  ServerEvent: { setEventName: 'event_name' },
  CustomData: { setContentName: 'content_name', setContentCategory: 'content_category', setSearchString: 'search_string' },
  Content: { setTitle: 'title', setCategory: 'category', setDescription: 'description' },
});

/** The same descriptive text in an item of `contents` (pixel parameters, CAPI `custom_data.contents`). */
export const CONTENT_DESCRIPTIVE_KEYS: ReadonlySet<string> = new Set(Object.values(DESCRIPTIVE_SETTERS.Content ?? {}));
/** Item fields Meta defines that carry no free text (`brand` names a maker, not the visitor's need). */
export const CONTENT_STANDARD_KEYS: ReadonlySet<string> = new Set(['id', 'quantity', 'item_price', 'delivery_category', 'brand']);

/** A piece of static text and where it is written (a string literal or a template's text). */
export interface TextSource {
  readonly node: TSESTree.Node;
  readonly text: string;
}

/** One text a value can have, with the pieces it was put together from. */
export interface StaticText {
  readonly text: string;
  /** False when part of the value is not known (an interpolation, written `…`: a word break). */
  readonly complete: boolean;
  readonly sources: readonly TextSource[];
}

/** How many alternative texts one value may have before the rest are ignored. */
const MAX_TEXTS = 16;
const EMPTY_TEXT: StaticText = { text: '', complete: true, sources: [] };
const UNKNOWN_PART: readonly StaticText[] = [{ text: '…', complete: false, sources: [] }];

/**
 * The texts an event name or descriptive value can have, evaluated without running anything:
 * string literals, template literals and `+` (unknown parts become `…`, a word break), constants and
 * `as const` objects (`EVENTS.rehab`), TypeScript enums, conditionals and `||` / `??`, and
 * parameters of local helpers (their callers' arguments). Imports and other unknowns give nothing.
 */
export function staticTexts(sourceCode: SourceCode, node: TSESTree.Node, depth = 0): StaticText[] {
  if (depth > MAX_DEPTH) return [];
  const target = unwrap(node);
  const next = (child: TSESTree.Node) => staticTexts(sourceCode, child, depth + 1);
  switch (target.type) {
    case AST_NODE_TYPES.Literal:
      return typeof target.value === 'string' ? [{ text: target.value, complete: true, sources: [{ node: target, text: target.value }] }] : [];
    case AST_NODE_TYPES.TemplateLiteral:
      return joinTexts(templatePieces(target, next));
    case AST_NODE_TYPES.BinaryExpression:
      return target.operator === '+' ? joinTexts([next(target.left), next(target.right)]) : [];
    case AST_NODE_TYPES.Identifier:
      return identifierValues(sourceCode, target).flatMap(next).slice(0, MAX_TEXTS);
    case AST_NODE_TYPES.MemberExpression:
      return [...enumMemberValues(sourceCode, target), ...resolveMember(sourceCode, target)].flatMap(next).slice(0, MAX_TEXTS);
    case AST_NODE_TYPES.ConditionalExpression:
      return [...next(target.consequent), ...next(target.alternate)].slice(0, MAX_TEXTS);
    case AST_NODE_TYPES.LogicalExpression:
      return [...next(target.left), ...next(target.right)].slice(0, MAX_TEXTS);
    default:
      return [];
  }
}

function templatePieces(template: TSESTree.TemplateLiteral, next: (node: TSESTree.Node) => StaticText[]): StaticText[][] {
  const pieces: StaticText[][] = [];
  template.quasis.forEach((quasi, index) => {
    const text = quasi.value.cooked ?? quasi.value.raw;
    pieces.push([{ text, complete: true, sources: text ? [{ node: quasi, text }] : [] }]);
    const expression = template.expressions[index];
    if (expression) pieces.push(next(expression));
  });
  return pieces;
}

/** Every combination of the pieces' alternatives, in order (an unknown piece is a word break). */
function joinTexts(pieces: readonly (readonly StaticText[])[]): StaticText[] {
  let results: StaticText[] = [EMPTY_TEXT];
  for (const piece of pieces) {
    const choices = piece.length > 0 ? piece : UNKNOWN_PART;
    const combined: StaticText[] = [];
    for (const left of results) {
      for (const right of choices) {
        if (combined.length < MAX_TEXTS) combined.push(joinTwo(left, right));
      }
    }
    results = combined;
  }
  return results;
}

function joinTwo(left: StaticText, right: StaticText): StaticText {
  return { text: left.text + right.text, complete: left.complete && right.complete, sources: [...left.sources, ...right.sources] };
}

/** What a name stands for: a constant's value, or the arguments a local helper's callers pass. */
function identifierValues(sourceCode: SourceCode, identifier: TSESTree.Identifier): TSESTree.Node[] {
  const variable = variableOf(sourceCode, identifier);
  if (!variable) return [];
  const value = singleValueOf(variable);
  if (value) return [value];
  return argumentsForParameter(sourceCode, identifier) ?? [];
}

/** `Events.Rehab` where `enum Events { Rehab = 'RehabIntake' }` is declared in this file. */
function enumMemberValues(sourceCode: SourceCode, member: TSESTree.MemberExpression): TSESTree.Node[] {
  const object = unwrap(member.object);
  if (object.type !== AST_NODE_TYPES.Identifier) return [];
  const def = variableOf(sourceCode, object)?.defs[0];
  if (def?.node.type !== AST_NODE_TYPES.TSEnumDeclaration) return [];
  const name = keyName(member, scopeAt(sourceCode, member));
  const found = def.node.body.members.find((candidate) => enumMemberName(candidate) === name);
  return found?.initializer ? [found.initializer] : [];
}

function enumMemberName(member: TSESTree.TSEnumMember): string | undefined {
  if (member.id.type === AST_NODE_TYPES.Identifier) return member.id.name;
  return member.id.type === AST_NODE_TYPES.Literal ? String(member.id.value) : undefined;
}
