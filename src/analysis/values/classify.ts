import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type { Normalization } from '../catalog/capi.js';
import type { HashAlgorithm } from '../catalog/hashing.js';
import { algorithmFromText, HASH_CALL_WORDS, HEX_DIGEST_LENGTHS, SHA256_LITERAL } from '../catalog/hashing.js';
import type { MetaPrivacySettings } from '../../settings.js';
import { keyName, keyNameIn, lastName, memberPath, plainElements, snippet, staticString, unwrap } from '../../util/ast.js';
import { localFunctionOf, MAX_DEPTH, parameterOf, callSitesOf, resolveMember, returnedExpressions, singleValueOf, variableOf } from '../../util/resolve.js';
import { splitWords } from '../../util/words.js';
import { classifyNameUnder } from './names.js';
import type { HashedValue, Origin, PiiValue, ValueInfo } from './types.js';
import { isHashFunction } from './hash-functions.js';
import type { TypeEvidence, TypeFact } from './type-evidence.js';
import { scopeAt } from '../../util/scope-at.js';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Variable = TSESLint.Scope.Variable;

/** Bindings of a local helper's parameters to the arguments of the call being evaluated. */
interface Frame {
  /** How many syntax levels deep the evaluation is (a bound on work, not on meaning). */
  readonly depth: number;
  /** How many local helpers are being evaluated inside each other (`sha256(normalizePhone(p))` is 2). */
  readonly calls: number;
  readonly bindings: ReadonlyMap<Variable, { readonly values: readonly TSESTree.Node[]; readonly frame: Frame }> | undefined;
  /** The variables whose values are being evaluated, innermost first (a cycle gives up). */
  readonly visiting: VisitedVariable | undefined;
}

/** A list that grows at the front and is shared by the frames inside: no copy per variable read. */
interface VisitedVariable {
  readonly variable: Variable;
  readonly outer: VisitedVariable | undefined;
}

// Every frame is built with all four fields, in this order: one object shape for the hot paths.
const ROOT: Frame = { depth: 0, calls: 0, bindings: undefined, visiting: undefined };
/** Bounds that keep one classification cheap on any code. */
const MAX_EVALUATION_DEPTH = 40;
const MAX_HELPER_NESTING = 4;
const NONE: readonly Origin[] = [];
/** Steps kept of where a value came from (messages show the first ones). */
const MAX_TRAIL = 4;
const UNKNOWN: ValueInfo = { kind: 'unknown', trail: NONE };

const EMAIL_LITERAL = /^[^\s@<>()"',;:]+@[^\s@<>()"',;:]+\.[a-z]{2,}$/i;
const PHONE_LITERAL = /^\+[1-9][\d\s().-]{6,18}\d$/;
const TRIM_METHODS = new Set(['trim', 'trimStart', 'trimEnd', 'trimLeft', 'trimRight']);
const LOWERCASE_METHODS = new Set(['toLowerCase', 'toLocaleLowerCase']);
const REPLACE_METHODS = new Set(['replace', 'replaceAll']);
/** Methods that return the same text, or part of it. */
const TEXT_METHODS = new Set(['normalize', 'toString', 'valueOf', 'slice', 'substring', 'substr', 'padStart', 'padEnd', 'concat', 'at']);
/** Functions that return the same data, re-encoded at most (base64 is no hash: anyone can decode it). */
const TEXT_FUNCTIONS = new Set(['String', 'encodeURIComponent', 'encodeURI', 'decodeURIComponent', 'decodeURI', 'escape', 'unescape', 'btoa']);
/** Calls that hold the same data as bytes: `Buffer.from(email).toString('base64')` is still the address. */
const BYTE_COPIES = new Set(['Buffer.from']);
/** Reads of a form control or ref: `emailInput.value`, `refs.phone.current`. */
const CONTROL_PROPERTIES = new Set(['value', 'current', 'textContent', 'innerText', 'valueAsString']);
/** Names too generic to say anything about the hash when they are the call's last name (`sha256.hex(x)`). */
const GENERIC_HASH_CALLS = new Set(['hex', 'digest', 'hash', 'toString', 'array', 'base64', 'update', 'create']);
/** Wrappers that turn text into bytes before a digest: `new TextEncoder().encode(x)`, `Buffer.from(x)`. */
const BYTE_ENCODERS = new Set(['encode', 'from']);

/**
 * Classifies expressions of one file: personal data (which kind), hashed (which algorithm, from
 * what), safe or unknown, remembering where each value came from. Results are cached per node.
 * With a TypeScript program, what the types say (`types`) is consulted first at every reference,
 * read and call.
 */
export class ValueClassifier {
  private readonly cache = new Map<TSESTree.Node, ValueInfo>();
  private untyped: ValueClassifier | undefined;

  constructor(
    private readonly sourceCode: SourceCode,
    private readonly settings: MetaPrivacySettings,
    private readonly types?: TypeEvidence,
  ) {}

  classify(node: TSESTree.Node): ValueInfo {
    let info = this.cache.get(node);
    if (!info) {
      info = this.evaluate(node, ROOT);
      this.cache.set(node, info);
    }
    return info;
  }

  /**
   * This classifier without the types, for questions only the code answers (was a hash computed
   * here?): the checker is asked only about values that reach Meta.
   */
  get withoutTypes(): ValueClassifier {
    if (!this.types) return this;
    this.untyped ??= new ValueClassifier(this.sourceCode, this.settings);
    return this.untyped;
  }

  /** Classifies static text found inside a larger literal (a URL parameter), as a literal at `node`. */
  classifyText(text: string, node: TSESTree.Node): ValueInfo {
    const origin: Origin = { node, text: text.length > 48 ? `${text.slice(0, 47)}…` : text, line: node.loc.start.line };
    return { ...this.literal(node, text), trail: [origin] };
  }

  private evaluate(node: TSESTree.Node, frame: Frame): ValueInfo {
    if (frame.depth > MAX_EVALUATION_DEPTH) return UNKNOWN;
    const wrapped = wrappedExpression(node);
    const info = wrapped ? this.evaluate(wrapped, frame) : this.bySyntax(node, deeper(frame, frame));
    // A hash seen being computed wins over any type (see withTypeFact): no need to ask the checker.
    if (info.kind === 'hashed' && !info.assumed) return info;
    const fact = this.types?.factOf(node);
    return fact ? this.withTypeFact(node, fact, info) : info;
  }

  /**
   * Types first: a value typed `MobileNumber` is a phone number and one typed `HashedEmail` a digest,
   * whatever its name. What the code shows still counts where it says more: a hash seen being
   * computed keeps its algorithm and input, and data seen being trimmed keeps its normalization.
   */
  private withTypeFact(node: TSESTree.Node, fact: TypeFact, seen: ValueInfo): ValueInfo {
    if (seen.kind === 'hashed' && !seen.assumed) return seen;
    const origin = { node, text: `${snippet(this.sourceCode, node)}${fact.because.startsWith('@') ? ` /* ${fact.because} */` : `: ${fact.because}`}`, line: node.loc.start.line };
    const { verdict } = fact;
    if (verdict.kind === 'hashed') return hashedValue(verdict.algorithm, true, undefined, [origin]);
    if (seen.kind !== 'pii') return pii(verdict.pii, false, [origin]);
    const kind = verdict.pii === 'personal' ? seen.pii : verdict.pii;
    return { kind: 'pii', pii: kind, weak: false, normalization: seen.normalization, trail: [origin, ...seen.trail.filter((step) => step.node !== node)].slice(0, MAX_TRAIL) };
  }

  /** What the syntax tree and the flow of values in this file say. */
  private bySyntax(target: TSESTree.Node, inner: Frame): ValueInfo {
    switch (target.type) {
      case AST_NODE_TYPES.Literal:
        return this.literal(target, target.value);
      case AST_NODE_TYPES.TemplateLiteral:
        return this.concatenation(target, target.expressions, inner, target.quasis.map((quasi) => quasi.value.cooked ?? '').join(''));
      case AST_NODE_TYPES.BinaryExpression:
        if (target.operator !== '+') return { kind: 'safe', trail: NONE };
        return this.concatenation(target, [target.left, target.right], inner, '');
      case AST_NODE_TYPES.Identifier:
        return this.identifier(target, inner);
      case AST_NODE_TYPES.MemberExpression:
        return this.member(target, inner);
      case AST_NODE_TYPES.CallExpression:
        return this.call(target, inner);
      case AST_NODE_TYPES.NewExpression:
        return this.newExpression(target, inner);
      case AST_NODE_TYPES.AwaitExpression:
        return this.evaluate(target.argument, inner);
      case AST_NODE_TYPES.ConditionalExpression:
        return this.worseOfTwo(target.consequent, target.alternate, inner);
      case AST_NODE_TYPES.LogicalExpression:
        return target.operator === '&&' ? this.evaluate(target.right, inner) : this.worseOfTwo(target.left, target.right, inner);
      case AST_NODE_TYPES.SequenceExpression:
        return this.evaluate(target.expressions[target.expressions.length - 1]!, inner);
      case AST_NODE_TYPES.AssignmentExpression:
        return this.evaluate(target.right, inner);
      case AST_NODE_TYPES.ArrayExpression: {
        const elements = plainElements(target);
        return elements.length === 0 ? { kind: 'safe', trail: NONE } : this.worstOf(elements, inner);
      }
      case AST_NODE_TYPES.UnaryExpression:
      case AST_NODE_TYPES.UpdateExpression:
        return { kind: 'safe', trail: NONE };
      default:
        return UNKNOWN;
    }
  }

  private literal(node: TSESTree.Node, value: unknown): ValueInfo {
    const trail = [this.origin(node)];
    if (typeof value !== 'string') return { kind: 'safe', trail };
    const text = value.trim();
    if (EMAIL_LITERAL.test(text)) return pii('email', false, trail);
    if (PHONE_LITERAL.test(text) && text.replace(/\D/g, '').length >= 8) return pii('phone', false, trail);
    if (SHA256_LITERAL.test(text)) return hashedValue('sha256', false, undefined, trail);
    const hexAlgorithm = /^[a-f0-9]+$/.test(text) ? HEX_DIGEST_LENGTHS[text.length] : undefined;
    if (hexAlgorithm) return hashedValue(hexAlgorithm, false, undefined, trail);
    return { kind: 'safe', trail };
  }

  /** Template literals and `+`: personal data if any part is; a static whole is judged as a literal. */
  private concatenation(node: TSESTree.Node, parts: readonly TSESTree.Node[], frame: Frame, staticText: string): ValueInfo {
    if (parts.length === 0) return this.literal(node, staticText);
    const infos: ValueInfo[] = [];
    // The first part that is personal data decides: the parts after it are not evaluated.
    for (const part of parts) {
      const info = this.evaluate(part, frame);
      if (info.kind === 'pii') return pii(info.pii, info.weak, info.trail);
      infos.push(info);
    }
    if (parts.length === 1 && staticText === '') return infos[0]!;
    const hashed = infos.find((info) => info.kind === 'hashed');
    if (hashed && infos.every((info) => info.kind !== 'unknown')) return hashed;
    return infos.every((info) => info.kind === 'safe') ? { kind: 'safe', trail: NONE } : UNKNOWN;
  }

  private identifier(node: TSESTree.Identifier, frame: Frame): ValueInfo {
    if (node.name === 'undefined') return { kind: 'safe', trail: NONE };
    const variable = variableOf(this.sourceCode, node);
    if (!variable || variable.defs.length === 0) return this.byName(node, node.name, '');
    const bound = frame.bindings?.get(variable);
    if (bound) {
      const info = this.worstOf(bound.values, deeper(bound.frame, frame));
      return info.kind === 'unknown' ? this.byName(node, node.name, '') : info;
    }
    if (isVisiting(frame.visiting, variable)) return UNKNOWN;
    const next: Frame = { depth: frame.depth, calls: frame.calls, bindings: frame.bindings, visiting: { variable, outer: frame.visiting } };
    const def = variable.defs[0]!;
    let info: ValueInfo = UNKNOWN;
    if (def.type === 'Variable') {
      const value = singleValueOf(variable);
      if (value) info = this.evaluate(value, next);
      else if (def.node.init && def.node.id.type !== AST_NODE_TYPES.Identifier) return withStep(this.destructured(def.name as TSESTree.Identifier, def.node.init), this.origin(node));
    } else if (def.type === 'Parameter') {
      info = this.parameter(variable, next);
    }
    if (info.kind === 'unknown') return this.byName(node, node.name, '');
    return withStep(info, this.origin(node));
  }

  /** `const { email } = req.body`: the property name, with the object's words as context. */
  private destructured(node: TSESTree.Identifier, init: TSESTree.Node): ValueInfo {
    const property = node.parent;
    const key = property?.type === AST_NODE_TYPES.Property ? keyName(property) : undefined;
    const context = memberPath(init)?.join(' ') ?? '';
    const byKey = key === undefined ? UNKNOWN : this.byName(node, key, context);
    return byKey.kind === 'unknown' ? this.byName(node, node.name, context) : byKey;
  }

  /** A parameter of a local function: what its callers in this file pass. */
  private parameter(variable: Variable, frame: Frame): ValueInfo {
    const parameter = parameterOf(variable);
    if (!parameter) return UNKNOWN;
    let worst: ValueInfo | undefined;
    for (const call of callSitesOf(this.sourceCode, parameter.fn)) {
      const argument = call.arguments[parameter.index];
      if (!argument || argument.type === AST_NODE_TYPES.SpreadElement) continue;
      worst = worse(worst, withStep(this.evaluate(argument, frame), this.origin(argument)));
      if (isWorst(worst)) break;
    }
    return worst ?? UNKNOWN;
  }

  private member(node: TSESTree.MemberExpression, frame: Frame): ValueInfo {
    const property = keyNameIn(this.sourceCode, node);
    if (property === undefined) return UNKNOWN;
    const stored = frame.depth < MAX_DEPTH ? resolveMember(this.sourceCode, node) : [];
    if (stored.length > 0) {
      const info = this.worstOf(stored, frame);
      if (info.kind !== 'unknown') return withStep(info, this.origin(node));
    }
    const objectPath = memberPath(node.object);
    if (CONTROL_PROPERTIES.has(property) && objectPath) {
      const control = objectPath[objectPath.length - 1]!;
      return this.byName(node, control.replace(/(Input|Field|Ref|El|Element)$/, ''), objectPath.slice(0, -1).join(' '));
    }
    return this.byName(node, property, objectPath?.join(' ') ?? '');
  }

  private newExpression(node: TSESTree.NewExpression, frame: Frame): ValueInfo {
    const name = lastName(node.callee);
    const argument = node.arguments[0];
    if (name === 'String' && argument) return this.evaluate(argument, frame);
    return UNKNOWN;
  }

  private call(node: TSESTree.CallExpression, frame: Frame): ValueInfo {
    const callee = unwrap(node.callee);
    const name = lastName(callee);
    const argument = node.arguments[0];
    if (isHashFunction(this.sourceCode, callee, this.settings.hashFunctions)) {
      return hashedValue('sha256', false, undefined, [this.origin(node)]);
    }
    const digest = this.digest(node, frame);
    if (digest) return digest;
    // A helper of this file, a method of its classes or objects included (`this.normalize(x)`), is
    // read for what it does before its name is taken as a string method's.
    const fn = frame.calls < MAX_HELPER_NESTING ? localFunctionOf(this.sourceCode, callee) : undefined;
    if (fn) {
      const info = this.localCall(node, fn, frame);
      if (info.kind !== 'unknown') return info;
    }
    if (callee.type === AST_NODE_TYPES.MemberExpression && name !== undefined) {
      const transformed = this.stringMethod(node, callee, name, frame);
      if (transformed) return transformed;
    }
    if (name !== undefined && TEXT_FUNCTIONS.has(name) && callee.type === AST_NODE_TYPES.Identifier && argument) {
      return this.evaluate(argument, frame);
    }
    // The callee's path, read once for the checks by name below.
    const path = memberPath(callee);
    if (argument && BYTE_COPIES.has(path?.join('.') ?? '')) {
      const bytes = this.evaluate(argument, frame);
      if (bytes.kind !== 'unknown') return bytes;
    }
    const hashByName = path && this.hashByName(node, path, frame);
    if (hashByName) return hashByName;
    const encoded = this.encodedDigest(node, callee, frame);
    if (encoded) return encoded;
    return name === undefined ? UNKNOWN : this.byName(node, name.replace(/^get(?=[A-Z])/, ''), path?.slice(0, -1).join(' ') ?? '');
  }

  /** `str.trim()`, `.toLowerCase()`, `.replace(/\D/g, '')`: the same data, one step more normalized. */
  private stringMethod(node: TSESTree.CallExpression, callee: TSESTree.MemberExpression, name: string, frame: Frame): ValueInfo | undefined {
    let step: Normalization | undefined;
    if (TRIM_METHODS.has(name)) step = 'trim';
    else if (LOWERCASE_METHODS.has(name)) step = 'lowercase';
    else if (REPLACE_METHODS.has(name)) step = stripsNonDigits(node.arguments[0]) ? 'digitsOnly' : 'replace';
    else if (!TEXT_METHODS.has(name)) return undefined;
    const receiver = this.evaluate(callee.object, frame);
    if (receiver.kind !== 'pii' || !step) return receiver;
    return { kind: 'pii', pii: receiver.pii, weak: receiver.weak, normalization: new Set(receiver.normalization).add(step), trail: receiver.trail };
  }

  /**
   * `createHash(alg).update(x).digest()`, `crypto.subtle.digest(alg, bytes(x))`: a digest with a
   * known algorithm and input.
   */
  private digest(node: TSESTree.CallExpression, frame: Frame): HashedValue | undefined {
    const callee = unwrap(node.callee);
    if (lastName(callee) !== 'digest' || callee.type !== AST_NODE_TYPES.MemberExpression) return undefined;
    const scope = scopeAt(this.sourceCode, node);
    const path = memberPath(callee.object);
    if (path && path[path.length - 1] === 'subtle') {
      const algorithm = algorithmFromText(staticString(node.arguments[0], scope) ?? '') ?? 'unknown';
      return this.hashed(node, algorithm, false, node.arguments[1] && bytesSource(node.arguments[1]), frame);
    }
    const inputs: TSESTree.Node[] = [];
    let current: TSESTree.Node = unwrap(callee.object);
    while (current.type === AST_NODE_TYPES.CallExpression) {
      const inner = unwrap(current.callee);
      const innerName = lastName(inner);
      if (innerName === 'createHash' || innerName === 'createHmac') {
        const algorithm = innerName === 'createHmac' ? 'hmac' : (algorithmFromText(staticString(current.arguments[0], scope) ?? '') ?? 'unknown');
        return this.hashed(node, algorithm, false, inputs[0], frame);
      }
      if (innerName === 'update' && current.arguments[0]) inputs.unshift(current.arguments[0]);
      if (inner.type !== AST_NODE_TYPES.MemberExpression) break;
      current = unwrap(inner.object);
    }
    return undefined;
  }

  /** A call whose name says it hashes (`sha256(x)`, `CryptoJS.MD5(x)`, an imported `hashEmail(x)`). */
  private hashByName(node: TSESTree.CallExpression, calleePath: readonly string[], frame: Frame): HashedValue | undefined {
    // `this` names no algorithm: `this.hash(x)` is read as `hash(x)` (joined, "thishash" would read as SHA).
    const path = calleePath[0] === 'this' ? calleePath.slice(1) : calleePath;
    if (path.length === 0) return undefined;
    let name = path[path.length - 1]!;
    if (GENERIC_HASH_CALLS.has(name) && path.length > 1) name = `${path[path.length - 2]!} ${name}`;
    const words = splitWords(name);
    if (!words.some((word) => HASH_CALL_WORDS.has(word) || word.startsWith('sha'))) return undefined;
    const algorithm = algorithmFromText(name);
    return this.hashed(node, algorithm ?? 'unknown', !algorithm, node.arguments[0], frame);
  }

  private hashed(node: TSESTree.Node, algorithm: HashAlgorithm, assumed: boolean, input: TSESTree.Node | undefined, frame: Frame): HashedValue {
    const inputInfo = input ? this.evaluate(input, frame) : undefined;
    if (inputInfo?.kind === 'hashed') return inputInfo;
    return hashedValue(algorithm, assumed, inputInfo?.kind === 'pii' ? inputInfo : undefined, [this.origin(node)]);
  }

  /** `Buffer.from(digest).toString('hex')`, `Array.from(new Uint8Array(buf)).map(…).join('')`: still the digest. */
  private encodedDigest(node: TSESTree.CallExpression, callee: TSESTree.Node, frame: Frame): ValueInfo | undefined {
    if (callee.type === AST_NODE_TYPES.MemberExpression) {
      const receiver = this.evaluate(callee.object, frame);
      if (receiver.kind === 'hashed') return receiver;
    }
    const first = node.arguments[0];
    const inner = first && unwrap(first);
    const wrapped = inner?.type === AST_NODE_TYPES.NewExpression ? inner.arguments[0] : inner;
    if (wrapped === undefined || lastName(callee) !== 'from') return undefined;
    const argument = this.evaluate(wrapped, frame);
    return argument.kind === 'hashed' ? argument : undefined;
  }

  /** A function declared in this file: what it returns, with its parameters bound to the arguments. */
  private localCall(node: TSESTree.CallExpression, fn: TSESTree.FunctionLike, frame: Frame): ValueInfo {
    const bindings = new Map(frame.bindings);
    fn.params.forEach((param, index) => {
      const target = param.type === AST_NODE_TYPES.AssignmentPattern ? param.left : param;
      const argument = node.arguments[index];
      if (target.type !== AST_NODE_TYPES.Identifier || !argument || argument.type === AST_NODE_TYPES.SpreadElement) return;
      const variable = this.sourceCode.getDeclaredVariables(fn).find((candidate) => candidate.name === target.name);
      if (variable) bindings.set(variable, { values: [argument], frame });
    });
    const inner: Frame = { depth: frame.depth + 1, calls: frame.calls + 1, bindings, visiting: frame.visiting };
    const info = this.worstOf(returnedExpressions(fn), inner);
    return info.kind === 'unknown' ? info : withStep(info, this.origin(node));
  }

  /**
   * The worst of the values `nodes` can hold (see worse), evaluated in order until one that no
   * other can beat: the rest would not change the answer.
   */
  private worstOf(nodes: readonly TSESTree.Node[], frame: Frame): ValueInfo {
    let worst: ValueInfo | undefined;
    for (const node of nodes) {
      worst = worse(worst, this.evaluate(node, frame));
      if (isWorst(worst)) break;
    }
    return worst ?? UNKNOWN;
  }

  /** `worstOf([first, second])`, without the list. */
  private worseOfTwo(first: TSESTree.Node, second: TSESTree.Node, frame: Frame): ValueInfo {
    const info = this.evaluate(first, frame);
    return isWorst(info) ? info : worse(info, this.evaluate(second, frame));
  }

  /** What a name says, read from an object at `contextText` (its path as written, `req.body`). */
  private byName(node: TSESTree.Node, name: string, contextText: string): ValueInfo {
    const verdict = classifyNameUnder(name, this.settings, contextText);
    if (!verdict) return UNKNOWN;
    const trail = [this.origin(node)];
    if (verdict.kind === 'hashed') return hashedValue(verdict.algorithm, true, undefined, trail);
    return pii(verdict.pii, verdict.weak, trail);
  }

  private origin(node: TSESTree.Node): Origin {
    return new NodeOrigin(node, this.sourceCode);
  }
}

/**
 * A step at a node, its text and line read from the node only when asked for: most steps of most
 * values never reach a message or the inventory.
 */
class NodeOrigin implements Origin {
  private shown: string | undefined;

  constructor(
    readonly node: TSESTree.Node,
    private readonly sourceCode: SourceCode,
  ) {}

  get line(): number {
    return this.node.loc.start.line;
  }

  get text(): string {
    this.shown ??= snippet(this.sourceCode, this.node);
    return this.shown;
  }
}

// Values are built with all their fields, in one order per kind (no spreads): few object shapes
// where every value passes.
function pii(kind: PiiValue['pii'], weak: boolean, trail: readonly Origin[]): PiiValue {
  return { kind: 'pii', pii: kind, weak, normalization: new Set(), trail };
}

function hashedValue(algorithm: HashAlgorithm, assumed: boolean, input: PiiValue | undefined, trail: readonly Origin[]): HashedValue {
  return { kind: 'hashed', algorithm, assumed, input, trail };
}

/** `info` with another trail. */
function withTrail<T extends ValueInfo>(info: T, trail: readonly Origin[]): T {
  switch (info.kind) {
    case 'pii':
      return { kind: 'pii', pii: info.pii, weak: info.weak, normalization: info.normalization, trail } as T;
    case 'hashed':
      return hashedValue(info.algorithm, info.assumed, info.input, trail) as T;
    default:
      return { kind: info.kind, trail } as T;
  }
}

function isVisiting(visited: VisitedVariable | undefined, variable: Variable): boolean {
  for (let entry = visited; entry; entry = entry.outer) if (entry.variable === variable) return true;
  return false;
}

/** `frame` one syntax level below `current`. */
function deeper(frame: Frame, current: Frame): Frame {
  return { depth: current.depth + 1, calls: frame.calls, bindings: frame.bindings, visiting: frame.visiting };
}

function withStep<T extends ValueInfo>(info: T, origin: Origin): T {
  if (info.trail[0]?.node === origin.node) return info;
  const trail = [origin];
  for (let index = 0; index < info.trail.length && index < MAX_TRAIL - 1; index++) trail.push(info.trail[index]!);
  return withTrail(info, trail);
}

/** Severity order for a value that can be one of several: the worst case decides. */
function rank(info: ValueInfo): number {
  switch (info.kind) {
    case 'pii':
      return info.weak ? 3 : 5;
    case 'hashed':
      return info.algorithm === 'sha256' || info.algorithm === 'unknown' ? 1 : 4;
    case 'unknown':
      return 2;
    case 'safe':
      return 0;
  }
}

/**
 * The worse of two possible values (a conditional, a parameter's callers); the first when they
 * rank alike, so that of several values the first of the worst is kept.
 */
function worse(worst: ValueInfo | undefined, info: ValueInfo): ValueInfo {
  return worst === undefined || rank(info) > rank(worst) ? info : worst;
}

/** Strong personal data: the worst a value can be, so no other of several can replace it. */
function isWorst(info: ValueInfo): boolean {
  return info.kind === 'pii' && !info.weak;
}

/** The expression inside `x as T`, `<T>x`, `x!`, `x satisfies T`, `a?.b` (one level, so each wrapper's type is read). */
function wrappedExpression(node: TSESTree.Node): TSESTree.Node | undefined {
  // `unwrap` steps only through nodes whose `expression` is the wrapped one.
  return unwrap(node) === node ? undefined : (node as { readonly expression: TSESTree.Node }).expression;
}

/** `/\D/g`, `/[^0-9]/g`, `/[^\d]/g`, `/[^\d+]/g`: a replace that keeps only digits. */
export function stripsNonDigits(node: TSESTree.Node | undefined): boolean {
  if (node?.type !== AST_NODE_TYPES.Literal || !('regex' in node) || !node.regex) return false;
  return /^(?:\\D\+?|\[\^(?:0-9|\\d)\+?\]\+?)$/.test(node.regex.pattern.replace(/\\s|\s/g, ''));
}

/** `new TextEncoder().encode(x)`, `encoder.encode(x)`, `Buffer.from(x)` → x. */
function bytesSource(node: TSESTree.Node): TSESTree.Node {
  const target = unwrap(node);
  if (target.type === AST_NODE_TYPES.CallExpression && BYTE_ENCODERS.has(lastName(target.callee) ?? '') && target.arguments[0]) {
    return target.arguments[0];
  }
  return target;
}
