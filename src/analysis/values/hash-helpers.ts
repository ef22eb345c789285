import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { Normalization } from '../catalog/capi.js';
import type { PiiKind } from '../catalog/pii-vocabulary.js';
import { HASHED_NAME_WORDS } from '../catalog/pii-vocabulary.js';
import type { MetaPrivacySettings } from '../../settings.js';
import { isFunctionNode, lastName } from '../../util/ast.js';
import { returnedExpressions, walk } from '../../util/resolve.js';
import { splitWords } from '../../util/words.js';
import type { ValueClassifier } from './classify.js';
import { stripsNonDigits } from './classify.js';
import { classifyName } from './names.js';

/** A function of the file that returns the SHA-256 of its first argument (`const sha256 = (v) => createHash('sha256')…`). */
export interface HashHelper {
  readonly name: string;
  /** What it does to its input before hashing (`v.trim().toLowerCase()`). */
  readonly normalization: ReadonlySet<Normalization>;
  /** The kind its name is for (`hashEmail` → email); undefined for a generic helper. */
  readonly kind: PiiKind | undefined;
  readonly async: boolean;
}

const TRIM = new Set(['trim', 'trimStart', 'trimEnd']);
const LOWERCASE = new Set(['toLowerCase', 'toLocaleLowerCase']);
const helpers = new WeakMap<object, readonly HashHelper[]>();

/**
 * The file's top-level SHA-256 helpers, as the code shows them (every value they return is
 * SHA-256, seen being computed, or empty; types cannot show a hash being computed, so they are not
 * read), memoised per file. Suggestions wrap raw values in them.
 */
export function hashHelpersOf(sourceCode: Readonly<TSESLint.SourceCode>, classifier: ValueClassifier, settings: MetaPrivacySettings): readonly HashHelper[] {
  let found = helpers.get(sourceCode);
  if (!found) {
    found = topLevelFunctions(sourceCode.ast).flatMap(([name, fn]) => {
      const helper = hashHelper(sourceCode, name, fn, classifier, settings);
      return helper ? [helper] : [];
    });
    helpers.set(sourceCode, found);
  }
  return found;
}

function hashHelper(
  sourceCode: Readonly<TSESLint.SourceCode>,
  name: string,
  fn: TSESTree.FunctionLike,
  classifier: ValueClassifier,
  settings: MetaPrivacySettings,
): HashHelper | undefined {
  if (!takesOneArgument(fn) || !returnsSha256(fn, classifier)) return undefined;
  const verdict = classifyName(splitWords(name).filter((word) => !HASHED_NAME_WORDS.has(word)).join(' '), settings);
  return { name, normalization: normalizationIn(sourceCode, fn), kind: verdict?.kind === 'pii' ? verdict.pii : undefined, async: fn.async };
}

/**
 * Whether every value the function returns is SHA-256 or harmless, and one is seen being hashed.
 * Stops at the first other value: most functions of a file are no helpers.
 */
function returnsSha256(fn: TSESTree.FunctionLike, classifier: ValueClassifier): boolean {
  let hashes = false;
  for (const expression of returnedExpressions(fn)) {
    const info = classifier.withoutTypes.classify(expression);
    if (info.kind === 'hashed' && info.algorithm === 'sha256') hashes ||= !info.assumed;
    else if (info.kind !== 'safe') return false;
  }
  return hashes;
}

/**
 * A function a suggestion can call with the value alone: a plain first parameter, and any others
 * optional (`(value, encoding = 'hex')`). Wrapping a value in `hashWith(value)` when it needs a salt
 * would be broken code.
 */
function takesOneArgument(fn: TSESTree.FunctionLike): boolean {
  const { params } = fn;
  if (params[0]?.type !== AST_NODE_TYPES.Identifier) return false;
  // Indexed: destructuring `[first, ...rest]` copied the list for every function of the file.
  for (let index = 1; index < params.length; index++) if (!isOptionalParameter(params[index]!)) return false;
  return true;
}

function isOptionalParameter(param: TSESTree.Parameter): boolean {
  return param.type === AST_NODE_TYPES.AssignmentPattern || param.type === AST_NODE_TYPES.RestElement || (param.type === AST_NODE_TYPES.Identifier && param.optional === true);
}

/** `function f() {}`, `const f = () => …` and their `export` forms at the top of the file. */
function topLevelFunctions(program: TSESTree.Program): [string, TSESTree.FunctionLike][] {
  const found: [string, TSESTree.FunctionLike][] = [];
  for (const statement of program.body) {
    const declaration = statement.type === AST_NODE_TYPES.ExportNamedDeclaration ? statement.declaration : statement;
    if (declaration?.type === AST_NODE_TYPES.FunctionDeclaration && declaration.id) found.push([declaration.id.name, declaration]);
    if (declaration?.type !== AST_NODE_TYPES.VariableDeclaration || declaration.kind !== 'const') continue;
    for (const declarator of declaration.declarations) {
      if (declarator.id.type === AST_NODE_TYPES.Identifier && declarator.init && isFunctionNode(declarator.init)) found.push([declarator.id.name, declarator.init]);
    }
  }
  return found;
}

/** The string operations a helper's body applies (to its input, as helpers are small). */
function normalizationIn(sourceCode: Readonly<TSESLint.SourceCode>, fn: TSESTree.FunctionLike): Set<Normalization> {
  const steps = new Set<Normalization>();
  if (!fn.body) return steps;
  walk(sourceCode, fn.body, (node) => {
    if (node.type !== AST_NODE_TYPES.CallExpression) return;
    const name = lastName(node.callee);
    if (name !== undefined && TRIM.has(name)) steps.add('trim');
    if (name !== undefined && LOWERCASE.has(name)) steps.add('lowercase');
    if ((name === 'replace' || name === 'replaceAll') && stripsNonDigits(node.arguments[0])) steps.add('digitsOnly');
  });
  return steps;
}
