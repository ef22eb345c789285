import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { ConsentPurpose } from '../../catalog/consent.js';
import { CONSENT_PURPOSE_WORDS, CONSENT_REQUIREMENT_WORDS, CONSENT_RESPONSE_WORDS, CONSENT_SCRIPT_OBJECTS, META_PURPOSE } from '../../catalog/consent.js';
import { GLOBAL_OBJECTS } from '../../catalog/pixel.js';
import { isFunctionNode, memberPath, staticValue, unwrap } from '../../../util/ast.js';
import { localFunctionOf, singleValueOf, variableOf } from '../../../util/resolve.js';
import { splitWords } from '../../../util/words.js';
import type { SourceCode } from './control-flow.js';
import { pushChildren } from './control-flow.js';
import type { ConsentSignals } from './signals.js';
import { scopeAt } from '../../../util/scope-at.js';

/**
 * What a condition makes sure of before code runs under it, for a Meta sink:
 * - `guard`: the visitor's marketing consent was checked (or a consent flag that names no purpose,
 *   such as `hasConsent()`, which counts for every purpose);
 * - `narrow`: only other purposes were checked — `consent.analytics`, or several flags OR-ed so
 *   that one of them lets analytics-only consent through (`consent.analytics || consent.marketing`);
 * - `constant`: the condition mentions consent but is fixed in the source (`const CONSENT_GRANTED =
 *   true`), so it is no check at all; `value` is the test's fixed value. (One that never lets the
 *   code run is a `guard`: dead code sends nothing.)
 * Undefined when the condition says nothing about consent.
 */
export type Judgement =
  | { readonly kind: 'guard' }
  | { readonly kind: 'narrow'; readonly purposes: readonly ConsentPurpose[] }
  | { readonly kind: 'constant'; readonly value: boolean };

/**
 * A condition as the purposes it makes sure of — named by its flags (bits of PURPOSES), or `ANY`
 * for flags that name none (`hasConsent()`, `consent &&`); as "says nothing about consent"
 * (NEUTRAL); or as a constant. AND unites the purposes its sides name, OR keeps those both sides
 * name, and a side that names none gives way to one that does (`consent && consent.analytics` is an
 * analytics check). Negation is pushed down to the flags, whose polarity is not known (either way
 * round, testing a flag is the evidence).
 */
type Verdict = { readonly purposes: number } | typeof ANY | typeof NEUTRAL | { readonly constant: boolean };

const ANY = Object.freeze({ any: true as const });
const NEUTRAL = Object.freeze({ neutral: true as const });
const ALWAYS = Object.freeze({ constant: true });
const NEVER = Object.freeze({ constant: false });
const PURPOSES: readonly ConsentPurpose[] = ['marketing', 'analytics', 'functional'];
const META_BIT = bit(META_PURPOSE);
/** How deep constants and zero-argument helpers are followed into. */
const INLINE_DEPTH = 3;
/** How many nodes of one flag are read for purpose words. */
const WORD_BUDGET = 100;

export class ConsentPurposes {
  private readonly judged = [new Map<TSESTree.Node, Judgement | null>(), new Map<TSESTree.Node, Judgement | null>()];

  constructor(
    private readonly sourceCode: SourceCode,
    private readonly signals: ConsentSignals,
  ) {}

  /** How `test` guards code that runs when the test is `holds` (true: the `if` branch; false: after an early exit). */
  judge(test: TSESTree.Node, holds: boolean): Judgement | undefined {
    const cache = this.judged[holds ? 1 : 0]!;
    let result = cache.get(test);
    if (result === undefined) {
      result = this.signals.mentionsConsent(test) ? judgement(this.evaluate(test, !holds, 0), holds, () => this.wordsOf(test).purposes) : null;
      cache.set(test, result);
    }
    return result ?? undefined;
  }

  private evaluate(node: TSESTree.Node, negated: boolean, depth: number): Verdict {
    const target = unwrap(node);
    const fixed = staticValue(target, scopeAt(this.sourceCode, target));
    if (fixed) return Boolean(fixed.value) !== negated ? ALWAYS : NEVER;
    switch (target.type) {
      case AST_NODE_TYPES.UnaryExpression:
        return target.operator === '!' ? this.evaluate(target.argument, !negated, depth) : this.flag(target);
      case AST_NODE_TYPES.LogicalExpression: {
        if (target.operator === '??') return this.flag(target);
        const left = this.evaluate(target.left, negated, depth);
        const right = this.evaluate(target.right, negated, depth);
        return (target.operator === '&&') !== negated ? both(left, right) : either(left, right);
      }
      case AST_NODE_TYPES.ConditionalExpression:
        return either(
          both(this.evaluate(target.test, false, depth), this.evaluate(target.consequent, negated, depth)),
          both(this.evaluate(target.test, true, depth), this.evaluate(target.alternate, negated, depth)),
        );
      case AST_NODE_TYPES.AwaitExpression:
        return this.evaluate(target.argument, negated, depth);
      case AST_NODE_TYPES.Identifier:
        return this.inlined(this.constantValue(target), negated, depth) ?? this.flag(target);
      case AST_NODE_TYPES.CallExpression:
        return this.helperResult(target, negated, depth) ?? this.flag(target);
      default:
        return this.flag(target);
    }
  }

  /** What a constant's value checks; undefined (judge the name) when it says nothing about consent. */
  private inlined(value: TSESTree.Node | undefined, negated: boolean, depth: number): Verdict | undefined {
    if (!value || depth >= INLINE_DEPTH) return undefined;
    return saysSomething(this.evaluate(value, negated, depth + 1));
  }

  /** `const ok = consent.analytics || consent.marketing; if (!ok) return;`: the value decides. */
  private constantValue(identifier: TSESTree.Identifier): TSESTree.Node | undefined {
    const variable = variableOf(this.sourceCode, identifier);
    const value = variable && singleValueOf(variable);
    return value && isCondition(value) ? value : undefined;
  }

  /**
   * What `canTrack()` checks, for a local helper without parameters whose body is an expression or
   * guard clauses (`if (t) return x;`) ending in `return y`; undefined (judge the name) otherwise.
   */
  private helperResult(call: TSESTree.CallExpression, negated: boolean, depth: number): Verdict | undefined {
    if (call.arguments.length > 0 || depth >= INLINE_DEPTH) return undefined;
    const fn = localFunctionOf(this.sourceCode, call.callee);
    if (!fn || fn.params.length > 0 || !fn.body) return undefined;
    if (fn.body.type !== AST_NODE_TYPES.BlockStatement) return saysSomething(this.evaluate(fn.body, negated, depth + 1));
    return saysSomething(this.returned(fn.body.body, 0, negated, depth + 1));
  }

  /** What the statements from `index` on return: `if (t) return x; …rest` is `t ? x : rest`. */
  private returned(statements: readonly TSESTree.Statement[], index: number, negated: boolean, depth: number): Verdict | undefined {
    const statement = statements[index];
    if (!statement) return undefinedValue(negated); // falling off the end
    if (statement.type === AST_NODE_TYPES.VariableDeclaration) return this.returned(statements, index + 1, negated, depth);
    if (statement.type === AST_NODE_TYPES.ReturnStatement) {
      return statement.argument ? this.evaluate(statement.argument, negated, depth) : undefinedValue(negated);
    }
    const value = statement.type === AST_NODE_TYPES.IfStatement && !statement.alternate ? onlyReturn(statement.consequent) : undefined;
    if (!value) return undefined;
    const rest = this.returned(statements, index + 1, negated, depth);
    if (!rest) return undefined;
    const test = (statement as TSESTree.IfStatement).test;
    return either(both(this.evaluate(test, false, depth), this.evaluate(value, negated, depth)), both(this.evaluate(test, true, depth), rest));
  }

  /** One flag of a condition: a consent flag covers the purposes it names (all when it names none). */
  private flag(node: TSESTree.Node): Verdict {
    if (isFeatureTest(node) || isScriptPresence(node) || !this.signals.mentionsConsent(node)) return NEUTRAL;
    const { purposes, requirement, answered, userSignal } = this.wordsOf(node);
    if (userSignal) return ANY;
    // "Answered" says nothing of the choice, unless the answer is compared with one (`consentResponse === 'accepted'`).
    if (requirement || (answered && !comparesWithText(node))) return NEUTRAL;
    return purposes ? { purposes } : ANY;
  }

  /**
   * The purpose words of a flag's own text (not of what it reads), skipping values it is compared
   * with. Along a member chain the nearest purpose wins: `preferences.analytics` is analytics, not
   * also the preferences (functional) it is read from.
   */
  private wordsOf(root: TSESTree.Node): { purposes: number; requirement: boolean; answered: boolean; userSignal: boolean } {
    const found = { purposes: 0, requirement: false, answered: false, userSignal: false };
    const stack: TSESTree.Node[] = [root];
    let budget = WORD_BUDGET;
    while (stack.length > 0 && budget-- > 0) {
      const node = stack.pop()!;
      if (node.type === AST_NODE_TYPES.MemberExpression && node.property.type === AST_NODE_TYPES.Identifier && !node.computed && namePurposes(node.property.name)) {
        stack.push(node.property);
        continue;
      }
      const text = textOf(node);
      if (text !== undefined) {
        found.userSignal ||= this.signals.isUserSignal(text);
        for (const word of splitWords(text)) {
          found.purposes |= purposeBit(word);
          found.requirement ||= CONSENT_REQUIREMENT_WORDS.has(word);
          found.answered ||= CONSENT_RESPONSE_WORDS.has(word);
        }
      }
      if (!isFunctionNode(node)) pushChildren(node, this.sourceCode.visitorKeys, stack);
    }
    return found;
  }
}

/** Whether names (of a middleware and its arguments: `requireConsent('analytics')`) leave Meta's purpose in: they name it, or no purpose. */
export function namesCoverMeta(names: readonly string[]): boolean {
  const purposes = names.reduce((bits, name) => bits | namePurposes(name), 0);
  return purposes === 0 || (purposes & META_BIT) !== 0;
}

/** The purposes a name or string names, as bits. */
function namePurposes(text: string): number {
  let purposes = 0;
  for (const word of splitWords(text)) purposes |= purposeBit(word);
  return purposes;
}

/** The judgement of a verdict on the code under a test that is `holds` when the code runs. */
function judgement(verdict: Verdict, holds: boolean, purposesIn: () => number): Judgement | null {
  // A constant that never lets the code run leaves nothing to guard.
  if ('constant' in verdict) return verdict.constant ? { kind: 'constant', value: holds } : { kind: 'guard' };
  if (verdict === NEUTRAL) return null;
  const checked = (verdict as { purposes: number }).purposes;
  if (verdict === ANY || checked & META_BIT) return { kind: 'guard' };
  // The test's own words first (`consent.analytics || consent.functional` names both); a test that names
  // none (`await loadChoice()`) has the purposes its helper checks.
  return { kind: 'narrow', purposes: purposeList((purposesIn() & ~META_BIT) || checked) };
}

/** AND: false wins; true, "nothing about consent" and unnamed purposes give way; named purposes add up. */
function both(a: Verdict, b: Verdict): Verdict {
  if (isConstant(a, false) || isConstant(b, false)) return NEVER;
  return combine(a, b, true, (x, y) => x | y);
}

/** OR: true wins; false, "nothing about consent" and unnamed purposes give way; only shared purposes remain. */
function either(a: Verdict, b: Verdict): Verdict {
  if (isConstant(a, true) || isConstant(b, true)) return ALWAYS;
  return combine(a, b, false, (x, y) => x & y);
}

/** The sides of an AND (`identity` true) or OR (false) once the absorbing constant is ruled out. */
function combine(a: Verdict, b: Verdict, identity: boolean, merge: (x: number, y: number) => number): Verdict {
  for (const giveWay of [(v: Verdict) => isConstant(v, identity), (v: Verdict) => v === NEUTRAL, (v: Verdict) => v === ANY]) {
    if (giveWay(a)) return b;
    if (giveWay(b)) return a;
  }
  return { purposes: merge((a as { purposes: number }).purposes, (b as { purposes: number }).purposes) };
}

/** `undefined` as a condition (a function that returns nothing), negated or not. */
function undefinedValue(negated: boolean): Verdict {
  return negated ? ALWAYS : NEVER;
}

/** A verdict that says something about consent, else undefined. */
function saysSomething(verdict: Verdict | undefined): Verdict | undefined {
  return verdict === NEUTRAL ? undefined : verdict;
}

/** `return x;` or `{ return x; }`: the returned expression (`true` for a bare return is not one). */
function onlyReturn(statement: TSESTree.Statement): TSESTree.Expression | undefined {
  const only = statement.type === AST_NODE_TYPES.BlockStatement && statement.body.length === 1 ? statement.body[0]! : statement;
  return only.type === AST_NODE_TYPES.ReturnStatement && only.argument ? only.argument : undefined;
}

function isConstant(verdict: Verdict, value: boolean): boolean {
  return 'constant' in verdict && verdict.constant === value;
}

function purposeBit(word: string): number {
  const purpose = CONSENT_PURPOSE_WORDS.get(word);
  return purpose ? bit(purpose) : 0;
}

function bit(purpose: ConsentPurpose): number {
  return 1 << PURPOSES.indexOf(purpose);
}

function purposeList(bits: number): ConsentPurpose[] {
  return PURPOSES.filter((purpose) => bits & bit(purpose));
}

/** An expression that can stand for a condition (not a function, class, object or array). */
function isCondition(node: TSESTree.Node): boolean {
  switch (node.type) {
    case AST_NODE_TYPES.ArrowFunctionExpression:
    case AST_NODE_TYPES.FunctionExpression:
    case AST_NODE_TYPES.ClassExpression:
    case AST_NODE_TYPES.ObjectExpression:
    case AST_NODE_TYPES.ArrayExpression:
    case AST_NODE_TYPES.NewExpression:
      return false;
    default:
      return true;
  }
}

/** `window.Cookiebot`, `OneTrust`: a consent platform's script object tested for being there, which it is after "decline" too. */
function isScriptPresence(node: TSESTree.Node): boolean {
  const path = memberPath(unwrap(node));
  const name = path?.filter((part, index) => index > 0 || !GLOBAL_HOLDERS.has(part));
  return name?.length === 1 && CONSENT_SCRIPT_OBJECTS.has(name[0]!);
}

const GLOBAL_HOLDERS: ReadonlySet<string> = new Set(GLOBAL_OBJECTS);

/** `typeof x === 'function'`, `'Cookiebot' in window`, `x instanceof Y`: whether an API exists, not what the visitor chose. */
function isFeatureTest(node: TSESTree.Node): boolean {
  if (node.type !== AST_NODE_TYPES.BinaryExpression) return false;
  if (node.operator === 'in' || node.operator === 'instanceof') return true;
  return [node.left, node.right].some((side) => side.type === AST_NODE_TYPES.UnaryExpression && side.operator === 'typeof');
}

/**
 * The text of a name or string in a flag. A string compared with `===` / `!==` is the value the
 * flag is compared with, not the flag (`level === 'necessary'` may mean "only necessary"), so it
 * names no purpose.
 */
function textOf(node: TSESTree.Node): string | undefined {
  switch (node.type) {
    case AST_NODE_TYPES.Identifier:
    case AST_NODE_TYPES.PrivateIdentifier:
      return node.name;
    case AST_NODE_TYPES.Literal:
      if ('regex' in node && node.regex) return node.regex.pattern;
      return typeof node.value === 'string' && !isComparedValue(node) ? node.value : undefined;
    case AST_NODE_TYPES.TemplateElement:
      return node.value.raw;
    default:
      return undefined;
  }
}

const EQUALITY_OPERATORS: ReadonlySet<string> = new Set(['===', '!==', '==', '!=']);

function isComparedValue(literal: TSESTree.Literal): boolean {
  const parent = literal.parent;
  return parent?.type === AST_NODE_TYPES.BinaryExpression && EQUALITY_OPERATORS.has(parent.operator);
}

/** A flag compared with a string (`consentResponse === 'accepted'`): the string is the visitor's choice. */
function comparesWithText(node: TSESTree.Node): boolean {
  const target = unwrap(node);
  return (
    target.type === AST_NODE_TYPES.BinaryExpression &&
    EQUALITY_OPERATORS.has(target.operator) &&
    [target.left, target.right].some((side) => side.type === AST_NODE_TYPES.Literal && typeof side.value === 'string')
  );
}
