import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { HASHED_NAME_WORDS } from '../catalog/pii-vocabulary.js';
import { keyNameIn, lastName, unwrap } from '../../util/ast.js';
import { fileMemo } from '../../util/file-memo.js';
import { localFunctionOf, variableOf } from '../../util/resolve.js';
import { splitWords } from '../../util/words.js';
import type { ValueClassifier } from './classify.js';
import type { HashedValue } from './types.js';

type SourceCode = Readonly<TSESLint.SourceCode>;

/**
 * What code hashes in place in an object literal after building it: per key, the hashed value that
 * replaces it (`ud.em = sha256(ud.em)`); `every` for all the keys that must be hashed (a computed key,
 * `ud[key] = sha256(ud[key])`, or an imported helper named for hashing, `hashUserData(ud)`).
 */
export interface InPlaceHashing {
  readonly keys: ReadonlyMap<string, HashedValue>;
  readonly every?: HashedValue;
}

const NONE: InPlaceHashing = { keys: new Map() };
/** Per file (see fileMemo). */
const inPlaceHashings = fileMemo(() => new Map<TSESTree.ObjectExpression, InPlaceHashing>());

/**
 * The in-place hashing of an object held in a `const` (`const ud = {…}`, or `const event = { user_data:
 * {…} }` reached as `event.user_data`): assignments of hashed values to its keys, and calls whose
 * result is dropped (`hashUserData(ud);`, `await normalizeAndHash(event.user_data);`) to a local
 * function that assigns hashed values to its parameter's keys, or to a function of another module
 * whose name says it hashes.
 */
export function inPlaceHashingOf(sourceCode: SourceCode, classifier: ValueClassifier, object: TSESTree.ObjectExpression): InPlaceHashing {
  const known = inPlaceHashings(sourceCode);
  let hashing = known.get(object);
  if (!hashing) {
    hashing = collect(sourceCode, classifier, handlesOf(sourceCode, object));
    known.set(object, hashing);
  }
  return hashing;
}

/** The expressions that denote the object: references to its const, or `event.user_data` for a property of one. */
function handlesOf(sourceCode: SourceCode, object: TSESTree.ObjectExpression): TSESTree.Node[] {
  const parent = object.parent;
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator) return constReferences(sourceCode, parent);
  if (parent?.type !== AST_NODE_TYPES.Property || parent.value !== object || parent.parent.type !== AST_NODE_TYPES.ObjectExpression) return [];
  const owner = parent.parent.parent;
  if (owner?.type !== AST_NODE_TYPES.VariableDeclarator) return [];
  const key = keyNameIn(sourceCode, parent);
  return constReferences(sourceCode, owner).flatMap((reference) => {
    const member = reference.parent;
    return member?.type === AST_NODE_TYPES.MemberExpression && member.object === reference && key !== undefined && keyNameIn(sourceCode, member) === key ? [member] : [];
  });
}

function constReferences(sourceCode: SourceCode, declarator: TSESTree.VariableDeclarator): TSESTree.Identifier[] {
  if (declarator.id.type !== AST_NODE_TYPES.Identifier || declarator.parent.kind !== 'const') return [];
  const variable = variableOf(sourceCode, declarator.id);
  return variable ? variable.references.filter((reference) => reference.identifier !== declarator.id).map((reference) => reference.identifier as TSESTree.Identifier) : [];
}

function collect(sourceCode: SourceCode, classifier: ValueClassifier, handles: readonly TSESTree.Node[]): InPlaceHashing {
  if (handles.length === 0) return NONE;
  const keys = new Map<string, HashedValue>();
  let every: HashedValue | undefined;
  const add = (key: string | undefined, value: HashedValue) => {
    if (key === undefined) every ??= value;
    else if (!keys.has(key)) keys.set(key, value);
  };
  for (const handle of handles) {
    for (const [key, value] of hashedAssignments(sourceCode, classifier, [handle])) add(key, value);
    const call = droppedCallWith(handle);
    if (!call) continue;
    const fn = localFunctionOf(sourceCode, call.callee);
    const parameter = fn?.params[call.arguments.indexOf(handle as TSESTree.Expression)];
    if (parameter?.type === AST_NODE_TYPES.Identifier) {
      const variable = sourceCode.getDeclaredVariables(fn!).find((candidate) => candidate.name === parameter.name);
      const references = variable?.references.map((reference) => reference.identifier) ?? [];
      for (const [key, value] of hashedAssignments(sourceCode, classifier, references)) add(key, value);
    } else if (!fn && namedForHashing(call.callee)) {
      add(undefined, { kind: 'hashed', algorithm: 'unknown', assumed: true, trail: [] });
    }
  }
  return { keys, every };
}

/** `x.key = hashed` and `x[key] = hashed` for each `x` in `targets` (the key undefined when computed). */
function hashedAssignments(sourceCode: SourceCode, classifier: ValueClassifier, targets: readonly TSESTree.Node[]): [string | undefined, HashedValue][] {
  return targets.flatMap((target): [string | undefined, HashedValue][] => {
    const member = target.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== target) return [];
    const assignment = member.parent;
    if (assignment?.type !== AST_NODE_TYPES.AssignmentExpression || assignment.left !== member || assignment.operator !== '=') return [];
    const info = classifier.classify(assignment.right);
    return info.kind === 'hashed' ? [[keyNameIn(sourceCode, member), info]] : [];
  });
}

/** The call `handle` is an argument of, when the call's result is dropped (`f(x);`, `await f(x);`): it works on `x` itself. */
function droppedCallWith(handle: TSESTree.Node): TSESTree.CallExpression | undefined {
  const call = handle.parent;
  if (call?.type !== AST_NODE_TYPES.CallExpression || !call.arguments.includes(handle as TSESTree.Expression)) return undefined;
  const statement = call.parent.type === AST_NODE_TYPES.AwaitExpression ? call.parent.parent : call.parent;
  return statement?.type === AST_NODE_TYPES.ExpressionStatement ? call : undefined;
}

function namedForHashing(callee: TSESTree.Node): boolean {
  const name = lastName(unwrap(callee));
  return name !== undefined && splitWords(name).some((word) => HASHED_NAME_WORDS.has(word));
}
