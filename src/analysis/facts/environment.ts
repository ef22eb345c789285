import path from 'node:path';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { Minimatch } from 'minimatch';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { keyName, lastName, staticValue, unwrap } from '../../util/ast.js';
import { singleValueOf, variableOf } from '../../util/resolve.js';
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
import { exits, statementList } from './consent/control-flow.js';
import { splitWords } from '../../util/words.js';
import { scopeAt } from '../../util/scope-at.js';

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
  const verdicts = testFileVerdictsOf(context.filename, context.cwd);
  return options.testFilePatterns.some((glob) => {
    let matches = verdicts.byGlob.get(glob);
    if (matches === undefined) {
      matches = matchesTestFileGlob(glob, verdicts.file);
      verdicts.byGlob.set(glob, matches);
    }
    return matches;
  });
}

/**
 * The glob verdicts of the file being linted, kept until the next file: every rule that skips test
 * files asks about the same file with the same default globs, and matching them is not free.
 */
let lastFile: { readonly filename: string; readonly cwd: string; readonly file: string; readonly byGlob: Map<string, boolean> } | undefined;

function testFileVerdictsOf(filename: string, cwd: string): { readonly file: string; readonly byGlob: Map<string, boolean> } {
  if (lastFile?.filename !== filename || lastFile.cwd !== cwd) lastFile = { filename, cwd, file: projectPath(filename, cwd), byGlob: new Map() };
  return lastFile;
}

/** The path of a file relative to the working directory (absolute when outside it), with `/` separators. */
function projectPath(filename: string, cwd: string): string {
  const relative = cwd && path.isAbsolute(filename) ? path.relative(cwd, filename) : filename;
  const inside = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
  return (inside ? relative : filename).replace(/\\/g, '/');
}

/** A test-file glob as minimatch compiled it, and text that every path it matches contains. */
interface TestFileGlob {
  readonly matcher: Minimatch;
  /** One literal piece per brace alternative (`.test.`, `.spec.`); undefined when some alternative has none. */
  readonly needles: readonly string[] | undefined;
}

const testFileGlobs = new Map<string, TestFileGlob>();

/**
 * Whether a project path matches a test-file glob, as ESLint matches `files` (minimatch, dot files
 * included). A glob without `/` matches a file name in any directory; a leading `./` or `/` is dropped.
 * Minimatch runs only for paths that contain one of the glob's literal pieces: most paths contain none,
 * and a match costs tens of microseconds.
 */
export function matchesTestFileGlob(glob: string, file: string): boolean {
  let compiled = testFileGlobs.get(glob);
  if (!compiled) {
    const matcher = new Minimatch(glob.replace(/^\.?\//, ''), { dot: true, matchBase: !glob.includes('/') });
    compiled = { matcher, needles: matcher.negate ? undefined : literalPieces(matcher.braceExpand()) };
    testFileGlobs.set(glob, compiled);
  }
  if (compiled.needles && !compiled.needles.some((needle) => file.includes(needle))) return false;
  return compiled.matcher.match(file);
}

/**
 * The longest run of literal characters of each pattern, within one path segment. Escapes, character
 * classes and extglob groups end a run, and so does the rest of their segment (a class may hold `]`).
 */
function literalPieces(patterns: readonly string[]): string[] | undefined {
  const pieces = patterns.map((pattern) =>
    pattern
      .replace(/\\.|[[(][^/]*/g, '/')
      .split(/[*?{}|,!@+)\]/]/)
      .reduce((longest, run) => (run.length > longest.length ? run : longest), ''),
  );
  return pieces.every(Boolean) ? pieces : undefined;
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

type SourceCode = Readonly<TSESLint.SourceCode>;
type Stage = 'production' | 'nonProduction';

/**
 * What a condition tells about the deployment stage when it is true, and when it is false; or that
 * it is a constant (`const TEST_MODE = true`), which holds in every stage.
 */
interface StageCondition {
  readonly whenTrue?: Stage;
  readonly whenFalse?: Stage;
  readonly constant?: boolean;
}

const UNKNOWN: StageCondition = Object.freeze({});
const ALWAYS: StageCondition = Object.freeze({ constant: true });
const NEVER: StageCondition = Object.freeze({ constant: false });
const MAX_CONDITION_DEPTH = 8;

/**
 * Whether a node only runs outside production: inside `if (process.env.NODE_ENV !== 'production')`,
 * `if (isDev)`, `__DEV__ && …`, a ternary on one of those, or after `if (isProd) return;`. A
 * constant condition is no guard (`const TEST_MODE = true; TEST_MODE ? … : …` runs in production
 * too); code it never lets run does not run anywhere.
 */
export function isNonProductionOnly(node: TSESTree.Node, sourceCode: SourceCode): boolean {
  const stages = new StageConditions(sourceCode);
  let child = node;
  for (let parent = node.parent; parent; child = parent, parent = parent.parent) {
    if (stages.guardsChild(parent, child)) return true;
  }
  return false;
}

class StageConditions {
  constructor(private readonly sourceCode: SourceCode) {}

  guardsChild(parent: TSESTree.Node, child: TSESTree.Node): boolean {
    switch (parent.type) {
      case AST_NODE_TYPES.IfStatement:
      case AST_NODE_TYPES.ConditionalExpression: {
        if (child === parent.test) return false;
        return onlyOutsideProduction(this.of(parent.test), child === parent.consequent);
      }
      case AST_NODE_TYPES.LogicalExpression: {
        if (child !== parent.right || parent.operator === '??') return false;
        return onlyOutsideProduction(this.of(parent.left), parent.operator === '&&');
      }
      default: {
        const statements = statementList(parent);
        return statements !== undefined && this.exitsEarlyInProduction(statements, child);
      }
    }
  }

  /** `if (isProd) return;` (or `throw`, `continue`, `break`) among the statements before `child`. */
  private exitsEarlyInProduction(statements: readonly TSESTree.Node[], child: TSESTree.Node): boolean {
    for (const statement of statements) {
      if (statement === child) return false;
      if (
        statement.type === AST_NODE_TYPES.IfStatement &&
        !statement.alternate &&
        exits(statement.consequent) &&
        onlyOutsideProduction(this.of(statement.test), false)
      ) {
        return true;
      }
    }
    return false;
  }

  /** What a condition says about the stage: `NODE_ENV !== 'production'`, `isDev`, `!isProd`, `a && isDev`, a constant… */
  private of(node: TSESTree.Node, depth = 0): StageCondition {
    if (depth > MAX_CONDITION_DEPTH) return UNKNOWN;
    const test = unwrap(node);
    const constant = staticValue(test, scopeAt(this.sourceCode, test));
    if (constant) return constant.value ? ALWAYS : NEVER;
    switch (test.type) {
      case AST_NODE_TYPES.UnaryExpression:
        return test.operator === '!' ? negate(this.of(test.argument, depth + 1)) : UNKNOWN;
      case AST_NODE_TYPES.LogicalExpression:
        return combine(test.operator, this.of(test.left, depth + 1), this.of(test.right, depth + 1));
      case AST_NODE_TYPES.BinaryExpression:
        return comparisonCondition(test);
      case AST_NODE_TYPES.Identifier: {
        const named = flagCondition(test.name);
        return named === UNKNOWN ? this.ofValue(test, depth) : named;
      }
      case AST_NODE_TYPES.MemberExpression:
        return flagCondition(lastName(test));
      case AST_NODE_TYPES.CallExpression:
        return flagCondition(lastName(test.callee));
      default:
        return UNKNOWN;
    }
  }

  /** `const enabled = process.env.NODE_ENV !== 'production'; if (enabled) …`: the constant's value decides. */
  private ofValue(identifier: TSESTree.Identifier, depth: number): StageCondition {
    const variable = variableOf(this.sourceCode, identifier);
    const value = variable && singleValueOf(variable);
    return value ? this.of(value, depth + 1) : UNKNOWN;
  }
}

/** Whether a condition lets code run only outside production, when code runs on its `side` (true or false). */
function onlyOutsideProduction(condition: StageCondition, side: boolean): boolean {
  if (condition.constant !== undefined) return condition.constant !== side;
  return (side ? condition.whenTrue : condition.whenFalse) === 'nonProduction';
}

/** `a && b` is true only when both are; `a || b` is false only when both are. Constants short-circuit. */
function combine(operator: string, left: StageCondition, right: StageCondition): StageCondition {
  if (operator === '&&') {
    if (left.constant === false || right.constant === false) return NEVER;
    if (left.constant === true) return right;
    if (right.constant === true) return left;
    return { whenTrue: left.whenTrue ?? right.whenTrue, whenFalse: same(left.whenFalse, right.whenFalse) };
  }
  if (operator === '||') {
    if (left.constant === true || right.constant === true) return ALWAYS;
    if (left.constant === false) return right;
    if (right.constant === false) return left;
    return { whenTrue: same(left.whenTrue, right.whenTrue), whenFalse: left.whenFalse ?? right.whenFalse };
  }
  return UNKNOWN;
}

function same(a?: Stage, b?: Stage): Stage | undefined {
  return a === b ? a : undefined;
}

function negate(condition: StageCondition): StageCondition {
  if (condition.constant !== undefined) return condition.constant ? NEVER : ALWAYS;
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
