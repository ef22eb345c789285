import path from 'node:path';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { Minimatch } from 'minimatch';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { keyName, lastName, unwrap } from '../../util/ast.js';
import type { EnvSource } from '../catalog/tokens.js';
import {
  CLIENT_ENV_PREFIXES,
  ENVIRONMENT_NAME_WORDS,
  FALSE_VALUES,
  NEGATING_FLAG_WORDS,
  NON_PRODUCTION_FLAG_WORDS,
  NON_PRODUCTION_VALUES,
  PRODUCTION_FLAG_WORDS,
  PRODUCTION_VALUES,
  TEST_FILE_PATTERNS,
  TRUE_VALUES,
} from '../catalog/tokens.js';
import { exits, statementList } from './consent.js';
import { splitWords } from '../../util/words.js';

/**
 * Where code runs: test files, environment-variable reads, and whether a node only runs outside
 * production. Shared by the rules about access tokens and test event codes.
 */

// ---------------------------------------------------------------------------------------------
// Test files

/** The options every rule that skips test files takes. */
export interface TestFileOptions {
  ignoreTestFiles: boolean;
  testFilePatterns: string[];
}

/** The option schema of a rule whose only options are {@link TestFileOptions}. */
export const TEST_FILE_OPTION_SCHEMA = [
  {
    type: 'object',
    additionalProperties: false,
    properties: {
      ignoreTestFiles: {
        type: 'boolean',
        description: 'Skip test, mock, fixture and story files (matched by `testFilePatterns`).',
      },
      testFilePatterns: {
        type: 'array',
        items: { type: 'string' },
        uniqueItems: true,
        description:
          'Globs (relative to the working directory) of the files `ignoreTestFiles` skips; `**`, `*`, `?` and `{a,b}` are understood. Replaces the default list.',
      },
    },
  },
] as const;

export const TEST_FILE_OPTION_DEFAULTS: TestFileOptions = { ignoreTestFiles: true, testFilePatterns: [...TEST_FILE_PATTERNS] };

/** Whether the file being linted is a test file the rule should skip. */
export function isIgnoredTestFile(context: { readonly filename: string; readonly cwd: string }, options: TestFileOptions): boolean {
  if (!options.ignoreTestFiles) return false;
  const file = projectPath(context.filename, context.cwd);
  return options.testFilePatterns.some((glob) => testFileMatcher(glob).match(file));
}

/** The path of a file relative to the working directory (absolute when outside it), with `/` separators. */
function projectPath(filename: string, cwd: string): string {
  const relative = cwd && path.isAbsolute(filename) ? path.relative(cwd, filename) : filename;
  const inside = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  return (inside ? relative : filename).replace(/\\/g, '/');
}

const matchers = new Map<string, Minimatch>();

/**
 * A test-file glob, matched by minimatch as ESLint matches `files` (dot files included). A glob
 * without `/` matches a file name in any directory; a leading `./` or `/` is dropped.
 */
export function testFileMatcher(glob: string): Minimatch {
  let matcher = matchers.get(glob);
  if (!matcher) {
    matcher = new Minimatch(glob.replace(/^\.?\//, ''), { dot: true, matchBase: !glob.includes('/') });
    matchers.set(glob, matcher);
  }
  return matcher;
}

// ---------------------------------------------------------------------------------------------
// Environment variables

/** A read of an environment variable: `process.env.NAME`, `process.env['NAME']`, `import.meta.env.NAME`. */
export interface EnvRead {
  readonly source: EnvSource;
  readonly name: string;
}

/** The environment variable a member expression reads, if it reads one. */
export function envReadOf(node: TSESTree.Node): EnvRead | undefined {
  const target = unwrap(node);
  if (target.type !== AST_NODE_TYPES.MemberExpression) return undefined;
  const source = envObjectOf(target.object);
  const name = source && keyName(target);
  return source && name !== undefined ? { source, name } : undefined;
}

/** `process.env` (also `globalThis.process.env`) or `import.meta.env`. */
export function envObjectOf(node: TSESTree.Node): EnvSource | undefined {
  const target = unwrap(node);
  if (target.type !== AST_NODE_TYPES.MemberExpression || keyName(target) !== 'env') return undefined;
  const owner = unwrap(target.object);
  if (owner.type === AST_NODE_TYPES.MetaProperty) return owner.meta.name === 'import' ? 'import.meta.env' : undefined;
  return lastName(owner) === 'process' ? 'process.env' : undefined;
}

/** `const { NAME } = process.env`: the environment variable a destructured binding holds. */
export function envReadOfBinding(variable: TSESLint.Scope.Variable): { node: TSESTree.Property; read: EnvRead } | undefined {
  const def = variable.defs[0];
  if (variable.defs.length !== 1 || def?.type !== 'Variable' || !def.node.init) return undefined;
  const source = envObjectOf(def.node.init);
  const parent = def.name.parent;
  const property = parent?.type === AST_NODE_TYPES.AssignmentPattern ? parent.parent : parent;
  if (!source || property?.type !== AST_NODE_TYPES.Property) return undefined;
  const name = keyName(property);
  return name === undefined ? undefined : { node: property, read: { source, name } };
}

/** The prefix that makes a bundler inline the variable into browser code (`NEXT_PUBLIC_`), if any. */
export function clientExposedPrefix(read: EnvRead): string | undefined {
  return CLIENT_ENV_PREFIXES[read.source].find((prefix) => read.name.startsWith(prefix));
}

// ---------------------------------------------------------------------------------------------
// Non-production guards

type Stage = 'production' | 'nonProduction';

/** What a condition tells about the deployment stage when it is true, and when it is false. */
interface StageCondition {
  readonly whenTrue?: Stage;
  readonly whenFalse?: Stage;
}

const UNKNOWN: StageCondition = Object.freeze({});
const MAX_CONDITION_DEPTH = 8;

/**
 * Whether a node only runs outside production: inside `if (process.env.NODE_ENV !== 'production')`,
 * `if (isDev)`, `__DEV__ && …`, a ternary on one of those, or after `if (isProd) return;`.
 */
export function isNonProductionOnly(node: TSESTree.Node): boolean {
  let child = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (guardsChild(parent, child)) return true;
  }
  return false;
}

function guardsChild(parent: TSESTree.Node, child: TSESTree.Node): boolean {
  switch (parent.type) {
    case AST_NODE_TYPES.IfStatement:
    case AST_NODE_TYPES.ConditionalExpression: {
      if (child === parent.test) return false;
      const condition = stageCondition(parent.test);
      return (child === parent.consequent ? condition.whenTrue : condition.whenFalse) === 'nonProduction';
    }
    case AST_NODE_TYPES.LogicalExpression: {
      if (child !== parent.right || parent.operator === '??') return false;
      const condition = stageCondition(parent.left);
      return (parent.operator === '&&' ? condition.whenTrue : condition.whenFalse) === 'nonProduction';
    }
    default: {
      const statements = statementList(parent);
      return statements !== undefined && exitsEarlyInProduction(statements, child);
    }
  }
}

/** `if (isProd) return;` (or `throw`, `continue`, `break`) among the statements before `child`. */
function exitsEarlyInProduction(statements: readonly TSESTree.Node[], child: TSESTree.Node): boolean {
  for (const statement of statements) {
    if (statement === child) return false;
    if (
      statement.type === AST_NODE_TYPES.IfStatement &&
      !statement.alternate &&
      exits(statement.consequent) &&
      stageCondition(statement.test).whenFalse === 'nonProduction'
    ) {
      return true;
    }
  }
  return false;
}

/** What a condition says about the stage: `NODE_ENV !== 'production'`, `isDev`, `!isProd`, `a && isDev`… */
function stageCondition(node: TSESTree.Node, depth = 0): StageCondition {
  if (depth > MAX_CONDITION_DEPTH) return UNKNOWN;
  const test = unwrap(node);
  switch (test.type) {
    case AST_NODE_TYPES.UnaryExpression:
      return test.operator === '!' ? negate(stageCondition(test.argument, depth + 1)) : UNKNOWN;
    case AST_NODE_TYPES.LogicalExpression:
      return combine(test.operator, stageCondition(test.left, depth + 1), stageCondition(test.right, depth + 1));
    case AST_NODE_TYPES.BinaryExpression:
      return comparisonCondition(test);
    case AST_NODE_TYPES.Identifier:
    case AST_NODE_TYPES.MemberExpression:
      return flagCondition(lastName(test));
    case AST_NODE_TYPES.CallExpression:
      return flagCondition(lastName(test.callee));
    default:
      return UNKNOWN;
  }
}

/** `a && b` is true only when both are; `a || b` is false only when both are. */
function combine(operator: string, left: StageCondition, right: StageCondition): StageCondition {
  const same = (a?: Stage, b?: Stage) => (a === b ? a : undefined);
  if (operator === '&&') return { whenTrue: left.whenTrue ?? right.whenTrue, whenFalse: same(left.whenFalse, right.whenFalse) };
  if (operator === '||') return { whenTrue: same(left.whenTrue, right.whenTrue), whenFalse: left.whenFalse ?? right.whenFalse };
  return UNKNOWN;
}

function negate(condition: StageCondition): StageCondition {
  return { whenTrue: condition.whenFalse, whenFalse: condition.whenTrue };
}

/** `NODE_ENV === 'production'`, `import.meta.env.MODE !== 'development'`, `process.env.DEBUG === 'true'`. */
function comparisonCondition(test: TSESTree.BinaryExpression): StageCondition {
  const equal = test.operator === '===' || test.operator === '==';
  if (!equal && test.operator !== '!==' && test.operator !== '!=') return UNKNOWN;
  const right = unwrap(test.right);
  const [subject, literal] = right.type === AST_NODE_TYPES.Literal ? [test.left, right] : [right, unwrap(test.left)];
  if (literal.type !== AST_NODE_TYPES.Literal || subject.type === AST_NODE_TYPES.PrivateIdentifier) return UNKNOWN;
  const condition = valueCondition(lastName(subject), literal.value);
  return equal ? condition : negate(condition);
}

function valueCondition(name: string | undefined, value: unknown): StageCondition {
  if (name === undefined) return UNKNOWN;
  const words = splitWords(name);
  if (typeof value === 'string' && ENVIRONMENT_NAME_WORDS.has(words[words.length - 1] ?? '')) {
    const stage = value.toLowerCase();
    if (PRODUCTION_VALUES.has(stage)) return { whenTrue: 'production', whenFalse: 'nonProduction' };
    if (NON_PRODUCTION_VALUES.has(stage)) return { whenTrue: 'nonProduction' };
    return UNKNOWN;
  }
  if (TRUE_VALUES.has(value)) return flagCondition(name);
  if (FALSE_VALUES.has(value)) return negate(flagCondition(name));
  return UNKNOWN;
}

/** `isDev`, `__DEV__`, `import.meta.env.DEV`, `IS_TEST_MODE` (non-production); `isProd`, `PROD`; `isNotProduction`. */
function flagCondition(name: string | undefined): StageCondition {
  if (name === undefined) return UNKNOWN;
  const words = splitWords(name);
  const stage: Stage | undefined = words.some((word) => PRODUCTION_FLAG_WORDS.has(word))
    ? 'production'
    : words.some((word) => NON_PRODUCTION_FLAG_WORDS.has(word))
      ? 'nonProduction'
      : undefined;
  if (!stage) return UNKNOWN;
  const condition: StageCondition = { whenTrue: stage, whenFalse: stage === 'production' ? 'nonProduction' : 'production' };
  return words.some((word) => NEGATING_FLAG_WORDS.has(word)) ? negate(condition) : condition;
}
