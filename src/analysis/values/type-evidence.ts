import { createRequire } from 'node:module';
import type { ParserServicesWithTypeInformation, TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import type * as ts from 'typescript';
import { BRAND_PROPERTY, TRANSPARENT_GENERICS } from '../catalog/type-names.js';
import type { MetaPrivacySettings } from '../../settings.js';
import type { DeclaredIn, TypeVerdict } from './type-names.js';
import { classifyTag, classifyTypeName } from './type-names.js';

/** What the TypeScript program says a value holds, and why (`MobileNumber`, `@pii`). */
export interface TypeFact {
  readonly verdict: TypeVerdict;
  /** The type name or JSDoc tag that says so, for messages. */
  readonly because: string;
}

/** Type facts about the expressions of one file, when the parser provides a TypeScript program. */
export interface TypeEvidence {
  factOf(node: TSESTree.Node): TypeFact | undefined;
}

/** Expressions worth asking the checker about: references, reads, calls and what wraps them. */
const TYPED_NODES: ReadonlySet<AST_NODE_TYPES> = new Set([
  AST_NODE_TYPES.Identifier,
  AST_NODE_TYPES.MemberExpression,
  AST_NODE_TYPES.CallExpression,
  AST_NODE_TYPES.AwaitExpression,
  AST_NODE_TYPES.TSAsExpression,
  AST_NODE_TYPES.TSTypeAssertion,
  AST_NODE_TYPES.TSSatisfiesExpression,
]);
const MAX_TYPE_DEPTH = 6;
/** `.ts`, `.d.ts`, `.mjs`, `.tsx`…: optional in a `./path#Type` setting. */
const SCRIPT_EXTENSION = /(?:\.d)?\.[cm]?[jt]sx?$/;

type TypeScript = typeof ts;
type NodeMap = ParserServicesWithTypeInformation['esTreeNodeToTSNodeMap'];

let typescript: TypeScript | null | undefined;

/**
 * The `typescript` module, loaded only when a program exists (it is an optional peer dependency),
 * for its syntax-kind guards and flags. Undefined when it cannot be loaded.
 */
function loadTypeScript(): TypeScript | undefined {
  if (typescript === undefined) {
    try {
      typescript = createRequire(import.meta.url)('typescript') as TypeScript;
    } catch {
      typescript = null;
    }
  }
  return typescript ?? undefined;
}

/**
 * The type evidence of a file: undefined without a TypeScript program (espree, or
 * `@typescript-eslint/parser` without `project` / `projectService`), so untyped linting is unchanged.
 */
export function typeEvidenceOf(sourceCode: Readonly<TSESLint.SourceCode>, settings: MetaPrivacySettings): TypeEvidence | undefined {
  const services = sourceCode.parserServices as Partial<ParserServicesWithTypeInformation> | undefined;
  const program = services?.program;
  const map = services?.esTreeNodeToTSNodeMap;
  const api = program && map ? loadTypeScript() : undefined;
  return api && program && map ? new TypeReader(api, program, map, settings) : undefined;
}

/** Reads facts from the checker, one node at a time, cached per node; never throws. */
class TypeReader implements TypeEvidence {
  private readonly cache = new Map<TSESTree.Node, TypeFact | null>();
  /** Symbols looked up, per node: the same reference is asked about from its value, its call, its owner's member. */
  private readonly symbols = new Map<ts.Node, ts.Symbol | null>();
  private readonly types = new Map<ts.Node, ts.Type>();
  private readonly narrowing = new Map<ts.Node, Narrowing>();
  /** The keywords of types that name nothing (`string`, `number`…), as the loaded TypeScript numbers them. */
  private readonly plainKinds: ReadonlySet<ts.SyntaxKind>;
  private typeChecker: ts.TypeChecker | undefined;

  constructor(
    private readonly ts: TypeScript,
    private readonly program: ts.Program,
    private readonly map: NodeMap,
    private readonly settings: MetaPrivacySettings,
  ) {
    this.plainKinds = plainKeywords(ts);
  }

  /** Fetched once per file, at the first question (creating it is the expensive part of typed linting). */
  private get checker(): ts.TypeChecker {
    this.typeChecker ??= this.program.getTypeChecker();
    return this.typeChecker;
  }

  factOf(node: TSESTree.Node): TypeFact | undefined {
    if (!TYPED_NODES.has(node.type)) return undefined;
    let fact = this.cache.get(node);
    if (fact === undefined) {
      fact = this.safely(node) ?? null;
      this.cache.set(node, fact);
    }
    return fact ?? undefined;
  }

  private safely(node: TSESTree.Node): TypeFact | undefined {
    try {
      const tsNode = this.map.get(node) as ts.Node | undefined;
      if (!tsNode) return undefined;
      if (this.ts.isPropertyAccessExpression(tsNode)) this.prepareRead(tsNode);
      const fact = this.asserted(tsNode) ?? this.declared(tsNode);
      // A reference its declaration plainly types names nothing: its type need not be asked for. When the
      // type is already known, reading it costs nothing and gives the same answer (a plain `string` or
      // `number` names nothing either), so the order in which nodes are asked about changes no fact.
      const settled = fact !== undefined || (!this.types.has(tsNode) && this.plainlyTyped(tsNode, this.symbolOf(tsNode)));
      return settled ? fact : this.ofType(this.typeAt(tsNode), 0);
    } catch {
      // The checker can throw on unusual nodes; a value it cannot type is simply not known from types.
      return undefined;
    }
  }

  /** The checker's type of an expression, asked once per node. */
  private typeAt(node: ts.Node): ts.Type {
    let type = this.types.get(node);
    if (!type) {
      type = this.checker.getTypeAtLocation(node);
      this.types.set(node, type);
    }
    return type;
  }

  /** `x as Email`, `<Email>x`, `x satisfies Email`: what the author says it is. */
  private asserted(node: ts.Node): TypeFact | undefined {
    const { ts } = this;
    if (ts.isAsExpression(node) || ts.isTypeAssertionExpression(node) || ts.isSatisfiesExpression(node)) return this.ofTypeNode(node.type, 0);
    return undefined;
  }

  /** A call's signature (JSDoc tag, declared return type), or a reference's declaration (tag, annotation). */
  private declared(node: ts.Node): TypeFact | undefined {
    if (this.ts.isCallExpression(node)) {
      const signature = this.signatureOf(node);
      return this.ofTags(signature?.getJsDocTags() ?? []) ?? this.ofSymbolTags(this.symbolOf(node.expression)) ?? this.ofWritten(this.returnOf(signature));
    }
    if (this.ts.isAwaitExpression(node)) return this.ofWritten(this.writtenOf(node, 0));
    return this.declaredBy(node, this.symbolOf(node));
  }

  /** What the declaration of the symbol a reference names says: its tags, its written type. */
  private declaredBy(node: ts.Node, symbol: ts.Symbol | undefined): TypeFact | undefined {
    // A function read without calling it is not what it returns.
    if (symbol && symbol.flags & (this.ts.SymbolFlags.Function | this.ts.SymbolFlags.Method)) return undefined;
    return this.ofSymbolTags(symbol) ?? this.ofWritten(this.writtenOf(node, 0, symbol));
  }

  /**
   * Before a read `o.p` is asked about, with `o` a variable: when `o` is where it is read of the object
   * type it is declared with, the member is that type's (no expression checked). Otherwise the read's
   * type is asked first (checking `o.p` once leaves its symbol cached, where asking for the symbol
   * first checks `o` twice), unless the declared type's member likely settles it without its type.
   */
  private prepareRead(node: ts.PropertyAccessExpression): void {
    const { checker } = this;
    const owner = this.ts.isIdentifier(node.expression) ? this.symbolOf(node.expression) : undefined;
    const declared = owner && checker.getTypeOfSymbol(owner);
    const member = declared && checker.getPropertyOfType(declared, node.name.text);
    if (member && this.keepsDeclaredType(node, owner!, declared!)) this.symbols.set(node, this.aliased(member) ?? null);
    else if (!member || (this.declaredBy(node, member) === undefined && !this.plainlyTyped(node, member))) this.typeAt(node);
  }

  /**
   * Whether the variable `read` reads from is, there, the object type it is declared with (its own
   * apparent type): TypeScript code where no code in its scope can narrow it.
   */
  private keepsDeclaredType(read: ts.PropertyAccessExpression, variable: ts.Symbol, declared: ts.Type): boolean {
    const { ts } = this;
    const owner = read.expression as ts.Identifier;
    const typescriptOnly = !this.isJavaScript(read) && (variable.declarations ?? []).every((declaration) => !this.isJavaScript(declaration));
    const object = (declared.flags & ts.TypeFlags.Object) !== 0 && this.checker.getApparentType(declared) === declared;
    return (variable.flags & ts.SymbolFlags.Variable) !== 0 && typescriptOnly && object && !this.mayBeNarrowed(owner);
  }

  /**
   * Whether a reference's type is the `string`, `number`, `bigint` or `boolean` its declaration says,
   * which names nothing, so that its type need not be asked for: a variable, parameter or member
   * declared once in TypeScript (not a mapped or instantiated member), read from a variable that no
   * code in its scope can narrow to a named type (as a type guard's or assertion's argument, with
   * `instanceof` or `in`, in a comparison or a `switch`: an enum member is a named type).
   */
  private plainlyTyped(node: ts.Node, symbol: ts.Symbol | undefined): boolean {
    const { ts } = this;
    const declarations = symbol && !(symbol.flags & ts.SymbolFlags.Transient) ? symbol.declarations : undefined;
    const declaration = declarations?.length === 1 && !this.isJavaScript(declarations[0]!) ? declarations[0]! : undefined;
    const annotation = declaration && this.annotationOf(declaration);
    if (!annotation || !this.plainKinds.has(annotation.kind)) return false;
    const root = referenceRoot(ts, node);
    return root !== undefined && ts.isIdentifier(root) && !this.mayBeNarrowed(root);
  }

  /** Whether a call may narrow its arguments: unless it calls a function declared once, with a return type that is no type predicate. */
  private mayNarrow(call: ts.CallExpression): boolean {
    const returns = this.plainFunctionOf(call.expression)?.type;
    return !returns || this.ts.isTypePredicateNode(returns);
  }

  /** The function (or file) that declares the variable a name refers to: the only code that can narrow it. */
  private scopeOf(name: ts.Identifier): ts.Node {
    const file = name.getSourceFile();
    const declaration = this.symbolOf(name)?.declarations?.find((candidate) => candidate.getSourceFile() === file);
    return (declaration && this.ts.findAncestor(declaration, (node) => this.ts.isFunctionLike(node))) ?? file;
  }

  /**
   * Whether code in the scope of the variable `name` refers to may narrow it: the root of a reference
   * TypeScript narrows by a type guard or assertion call, `instanceof`, `in`, a comparison or a `switch`.
   * A call's function is looked up only for the variables asked about.
   */
  private mayBeNarrowed(name: ts.Identifier): boolean {
    const scope = this.scopeOf(name);
    let narrowing = this.narrowing.get(scope);
    if (!narrowing) {
      narrowing = narrowingIn(this.ts, scope);
      this.narrowing.set(scope, narrowing);
    }
    return narrowing.compared.has(name.text) || (narrowing.passed.get(name.text) ?? []).some((call) => this.mayNarrow(call));
  }

  /**
   * The type written for an expression's value, with what the type parameters around it stand for:
   * a declaration's annotation (`forwarding: Field<EmailAddress>` makes `forwarding.value` an
   * `EmailAddress`), a declared return type, the argument of an awaited `Promise<…>`, an array's element.
   * The checker forgets plain aliases (`type EmailAddress = string` is `string` to it); these keep them.
   */
  private writtenOf(node: ts.Node, depth: number, symbol = this.symbolOf(node)): Written | undefined {
    const { ts } = this;
    if (depth > MAX_TYPE_DEPTH) return undefined;
    if (ts.isParenthesizedExpression(node) || ts.isNonNullExpression(node)) return this.writtenOf(node.expression, depth + 1);
    if (ts.isAwaitExpression(node)) {
      const operand = this.writtenOf(node.expression, depth + 1);
      return operand && (this.typeArgumentOf(operand, PROMISES, depth) ?? operand);
    }
    if (ts.isCallExpression(node)) return this.returnOf(this.signatureOf(node));
    if (ts.isElementAccessExpression(node) && !ts.isStringLiteralLike(node.argumentExpression)) {
      const array = this.writtenOf(node.expression, depth + 1);
      return array && this.elementOf(array, depth);
    }
    for (const declaration of symbol?.declarations ?? []) {
      const annotation = this.annotationOf(declaration);
      if (!annotation) continue;
      const owner = ts.isPropertyAccessExpression(node) || ts.isElementAccessExpression(node) ? node.expression : undefined;
      return { node: annotation, bindings: owner ? this.memberBindings(declaration, () => this.writtenOf(owner, depth + 1)) : UNBOUND };
    }
    return undefined;
  }

  /**
   * The signature a call uses. A plain function's is that of its only declaration: resolving the call
   * would check the callee and every argument to pick the signature it already is.
   */
  private signatureOf(call: ts.CallExpression): ts.Signature | undefined {
    const plain = this.plainFunctionOf(call.expression);
    return plain ? this.checker.getSignatureFromDeclaration(plain) : this.checker.getResolvedSignature(call);
  }

  /** A function named by an identifier, declared once, with no other signature (JavaScript's `@type` or `@overload` give it one). */
  private plainFunctionOf(callee: ts.Expression): ts.FunctionDeclaration | undefined {
    const { ts } = this;
    const declarations = ts.isIdentifier(callee) ? this.symbolOf(callee)?.declarations : undefined;
    const declaration = declarations?.length === 1 ? declarations[0]! : undefined;
    if (!declaration || !ts.isFunctionDeclaration(declaration)) return undefined;
    const retyped = this.isJavaScript(declaration) && ts.getJSDocTags(declaration).some((tag) => ts.isJSDocTypeTag(tag) || ts.isJSDocOverloadTag(tag));
    return retyped ? undefined : declaration;
  }

  /** The declared return type of a call's signature (`@returns {…}` in JavaScript). */
  private returnOf(signature: ts.Signature | undefined): Written | undefined {
    const declaration = signature?.declaration;
    if (!declaration || this.ts.isJSDocSignature(declaration)) return undefined;
    const returns = declaration.type ?? (this.isJavaScript(declaration) ? this.ts.getJSDocReturnType(declaration) : undefined);
    return returns && { node: returns, bindings: UNBOUND };
  }

  /** `.value` of a `Field<EmailAddress>`: the type parameters of the member's interface, class or object type, as the owner's written type binds them. */
  private memberBindings(member: ts.Declaration, owner: () => Written | undefined): Bindings {
    const { ts } = this;
    const container = member.parent;
    const declaration = ts.isTypeLiteralNode(container) ? container.parent : container;
    const generic = ts.isInterfaceDeclaration(declaration) || ts.isClassDeclaration(declaration) || ts.isTypeAliasDeclaration(declaration);
    if (!generic || !declaration.typeParameters) return UNBOUND;
    const written = owner();
    const reference = written && this.followBound(written);
    if (!reference || !isReference(ts, reference.node) || !this.referenced(reference.node)?.declarations?.includes(declaration)) return UNBOUND;
    return this.bind(declaration.typeParameters, reference.node.typeArguments, reference.bindings);
  }

  private ofWritten(written: Written | undefined): TypeFact | undefined {
    return written && this.ofTypeNode(written.node, 0, written.bindings);
  }

  /** A written type with type parameters and parentheses seen through: `T` bound to `Promise<EmailAddress>` is that promise. */
  private followBound(written: Written): Written {
    let current = written;
    for (let depth = 0; depth < MAX_TYPE_DEPTH; depth++) {
      const { node, bindings } = current;
      const parameter = bindings.size > 0 && this.ts.isTypeReferenceNode(node) ? this.referenced(node) : undefined;
      const bound = parameter && bindings.get(parameter);
      if (this.ts.isParenthesizedTypeNode(node)) current = { node: node.type, bindings };
      else if (bound) current = bound;
      else return current;
    }
    return current;
  }

  /** The element of an array type: `EmailAddress[]`, `readonly …[]`, `Array<…>`, `ReadonlyArray<…>`. */
  private elementOf(written: Written, depth: number): Written | undefined {
    const { node, bindings } = this.followBound(written);
    if (this.ts.isArrayTypeNode(node)) return { node: node.elementType, bindings };
    if (this.ts.isTypeOperatorNode(node)) return this.elementOf({ node: node.type, bindings }, depth + 1);
    return this.typeArgumentOf({ node, bindings }, ARRAYS, depth);
  }

  /** The first type argument of a generic named in `names`, seen through aliases: `Promise<X>` → X. */
  private typeArgumentOf(written: Written, names: ReadonlySet<string>, depth: number): Written | undefined {
    const { node, bindings } = this.followBound(written);
    if (depth > MAX_TYPE_DEPTH || !isReference(this.ts, node)) return undefined;
    const argument = node.typeArguments?.[0];
    if (argument && names.has(referenceName(this.ts, node))) return { node: argument, bindings };
    const alias = this.aliasOf(node, bindings);
    return alias && this.typeArgumentOf(alias, names, depth + 1);
  }

  /** The symbol an expression refers to: a variable, parameter, property or function; aliases resolved. */
  private symbolOf(node: ts.Node): ts.Symbol | undefined {
    let symbol = this.symbols.get(node);
    if (symbol === undefined) {
      symbol = this.lookUpSymbol(node) ?? null;
      this.symbols.set(node, symbol);
    }
    return symbol ?? undefined;
  }

  private lookUpSymbol(node: ts.Node): ts.Symbol | undefined {
    const { ts, checker } = this;
    let symbol: ts.Symbol | undefined;
    if (ts.isShorthandPropertyAssignment(node.parent) && node.parent.name === node) symbol = checker.getShorthandAssignmentValueSymbol(node.parent);
    else if (ts.isPropertyAccessExpression(node)) symbol = this.readOfAny(node) ? undefined : checker.getSymbolAtLocation(node.name);
    else if (ts.isElementAccessExpression(node) && ts.isStringLiteralLike(node.argumentExpression)) symbol = checker.getSymbolAtLocation(node.argumentExpression);
    else if (ts.isIdentifier(node)) symbol = checker.getSymbolAtLocation(node);
    return this.aliased(symbol);
  }

  /**
   * `o.p` known to be `any` where `o` is `any`: no member to find (the lookup would check `o` twice
   * more to find none). Only asked when `o.p` is `any` (a member declared `any` has its symbol).
   */
  private readOfAny(node: ts.PropertyAccessExpression): boolean {
    const { Any } = this.ts.TypeFlags;
    const type = this.types.get(node);
    return type !== undefined && (type.flags & Any) !== 0 && (this.typeAt(node.expression).flags & Any) !== 0;
  }

  /** What a declaration's JSDoc tags say: `@pii`, `@hashed`. */
  private ofSymbolTags(symbol: ts.Symbol | undefined): TypeFact | undefined {
    return symbol && this.ofTags(symbol.getJsDocTags(this.checker));
  }

  /**
   * The written type of a variable, parameter, property or getter (not of a function: that is its
   * return); in JavaScript, its JSDoc `@type` / `@param` type.
   */
  private annotationOf(declaration: ts.Declaration): ts.TypeNode | undefined {
    const { ts } = this;
    const typed =
      ts.isVariableDeclaration(declaration) ||
      ts.isParameter(declaration) ||
      ts.isPropertySignature(declaration) ||
      ts.isPropertyDeclaration(declaration) ||
      ts.isGetAccessorDeclaration(declaration);
    if (!typed) return undefined;
    return declaration.type ?? (this.isJavaScript(declaration) ? ts.getJSDocType(declaration) : undefined);
  }

  /** TypeScript reads JSDoc types only in JavaScript files. */
  private isJavaScript(node: ts.Node): boolean {
    return (node.flags & this.ts.NodeFlags.JavaScriptFile) !== 0;
  }

  private ofTags(tags: readonly ts.JSDocTagInfo[]): TypeFact | undefined {
    for (const tag of tags) {
      const text = (tag.text ?? []).map((part) => part.text).join('').trim();
      const verdict = classifyTag(tag.name, text);
      if (verdict) return { verdict, because: `@${tag.name}${text === '' ? '' : ` ${text.split(/\s+/)[0]!}`}` };
    }
    return undefined;
  }

  /**
   * A written type: `Email`, `Email | undefined`, `Hashed<string>`, `MobileNumber[]`, `type ReplyTo =
   * EmailAddress`, `Maybe<EmailAddress>` (a generic alias, its parameters bound to the arguments).
   */
  private ofTypeNode(node: ts.TypeNode, depth: number, bindings: Bindings = UNBOUND): TypeFact | undefined {
    const { ts } = this;
    if (depth > MAX_TYPE_DEPTH) return undefined;
    if (ts.isParenthesizedTypeNode(node) || ts.isTypeOperatorNode(node)) return this.ofTypeNode(node.type, depth + 1, bindings);
    if (ts.isArrayTypeNode(node)) return this.ofTypeNode(node.elementType, depth + 1, bindings);
    if (ts.isUnionTypeNode(node)) return unionOf(node.types.map((member) => (isNullishNode(ts, member) ? NULLISH : this.ofTypeNode(member, depth + 1, bindings))));
    if (ts.isIntersectionTypeNode(node)) {
      const parts = node.types.map((member) => this.ofTypeNode(member, depth + 1, bindings) ?? this.ofBrand(this.checker.getTypeFromTypeNode(member), depth + 1));
      return intersectionOf(parts);
    }
    if (!isReference(ts, node)) return undefined;
    const symbol = this.referenced(node);
    const bound = symbol && bindings.get(symbol);
    if (bound) return this.ofTypeNode(bound.node, depth + 1, bound.bindings);
    const name = referenceName(ts, node);
    const verdict = classifyTypeName(name, this.settings, this.declaredIn(symbol));
    if (verdict) return this.carries(this.checker.getTypeFromTypeNode(node)) ? { verdict, because: name } : undefined;
    const argument = node.typeArguments?.[0];
    if (argument && TRANSPARENT_GENERICS.has(name)) return this.ofTypeNode(argument, depth + 1, bindings);
    const alias = this.aliasOf(node, bindings);
    return alias && this.ofTypeNode(alias.node, depth + 1, alias.bindings);
  }

  /** The type a reference to an alias stands for (a `type` or a JSDoc `@typedef`), its type parameters bound to the reference's arguments. */
  private aliasOf(node: TypeReference, bindings: Bindings): Written | undefined {
    const { ts } = this;
    for (const declaration of this.referenced(node)?.declarations ?? []) {
      if (ts.isTypeAliasDeclaration(declaration)) return { node: declaration.type, bindings: this.bind(declaration.typeParameters, node.typeArguments, bindings) };
      if (ts.isJSDocTypedefTag(declaration) && declaration.typeExpression && ts.isJSDocTypeExpression(declaration.typeExpression)) {
        return { node: declaration.typeExpression.type, bindings: UNBOUND };
      }
    }
    return undefined;
  }

  /** `Maybe<EmailAddress>` → `T` is `EmailAddress`; an argument left out takes the parameter's default. */
  private bind(parameters: readonly ts.TypeParameterDeclaration[] | undefined, args: readonly ts.TypeNode[] | undefined, outer: Bindings): Bindings {
    if (!parameters?.length) return UNBOUND;
    const bindings = new Map<ts.Symbol, Written>();
    parameters.forEach((parameter, index) => {
      const symbol = this.checker.getSymbolAtLocation(parameter.name);
      const argument = args?.[index];
      if (symbol && argument) bindings.set(symbol, { node: argument, bindings: outer });
      else if (symbol && parameter.default) bindings.set(symbol, { node: parameter.default, bindings: UNBOUND });
    });
    return bindings;
  }

  /** The declaration a type reference names, imports resolved. */
  private referenced(node: TypeReference): ts.Symbol | undefined {
    const name = this.ts.isTypeReferenceNode(node) ? node.typeName : node.qualifier!;
    return this.aliased(this.checker.getSymbolAtLocation(this.ts.isIdentifier(name) ? name : name.right));
  }

  /** An inferred or instantiated type: a branded alias, a union or intersection holding one, an array of one. */
  private ofType(type: ts.Type, depth: number): TypeFact | undefined {
    if (depth > MAX_TYPE_DEPTH) return undefined;
    const named = this.ofName(type.aliasSymbol ?? type.getSymbol(), type);
    if (named) return named;
    if (type.isUnion()) return unionOf(type.types.map((member) => (isNullishType(this.ts, member) ? NULLISH : this.ofType(member, depth + 1))));
    if (type.isIntersection()) return this.carries(type) ? intersectionOf(type.types.map((member) => this.ofBrand(member, depth + 1))) : undefined;
    const element = TRANSPARENT_GENERICS.has(type.getSymbol()?.name ?? '') ? this.checker.getTypeArguments(type as ts.TypeReference)[0] : undefined;
    return element ? this.ofType(element, depth + 1) : undefined;
  }

  /** One part of a branded intersection: its own name (`EmailBrand`), or its tag (`{ __brand: 'Email' }`). */
  private ofBrand(member: ts.Type, depth: number): TypeFact | undefined {
    const named = this.ofType(member, depth) ?? this.ofName(member.aliasSymbol ?? member.getSymbol(), undefined);
    if (named || !(member.flags & this.ts.TypeFlags.Object)) return named;
    for (const property of this.checker.getPropertiesOfType(member)) {
      const fact = this.brandNamesOf(property)
        .map((name) => this.ofName(undefined, undefined, name))
        .find((found) => found !== undefined);
      if (fact) return fact;
    }
    return undefined;
  }

  /**
   * What a brand's property calls it: the tag of `{ __brand: 'Email' }`, the keys of type-fest's
   * `{ [tag]: { Email: void } }`, or the property's own name when it is brand-like (`{ __hashed: true }`).
   */
  private brandNamesOf(property: ts.Symbol): string[] {
    const name = property.name.replace(/^__@|@\d+$/g, '');
    if (!BRAND_PROPERTY.test(name)) return name.startsWith('_') ? [name.replace(/^_+/, '')] : [];
    const tag = this.checker.getTypeOfSymbol(property);
    if (tag.isStringLiteral()) return [tag.value];
    return tag.isUnionOrIntersection() ? [] : this.checker.getPropertiesOfType(tag).map((key) => key.name);
  }

  /** What a type's name says, when the type can hold the data (`carrier`; none to check for brand parts). */
  private ofName(symbol: ts.Symbol | undefined, carrier: ts.Type | undefined, literal?: string): TypeFact | undefined {
    const name = literal ?? symbol?.name;
    if (name === undefined || name.startsWith('__')) return undefined;
    const verdict = classifyTypeName(name, this.settings, this.declaredIn(symbol));
    return verdict && (!carrier || this.carries(carrier)) ? { verdict, because: name } : undefined;
  }

  /**
   * Whether values of a type can be the data a name promises: text, numbers, dates, a brand on one of
   * them, or a union of these. An interface named `Email` (a message, with subject and body) is not.
   */
  private carries(type: ts.Type): boolean {
    const { TypeFlags } = this.ts;
    if (type.isUnion()) return type.types.some((member) => this.carries(member)) && type.types.every((member) => isNullishType(this.ts, member) || this.carries(member));
    if (type.isIntersection()) return type.types.some((member) => this.carries(member));
    if (type.flags & (TypeFlags.StringLike | TypeFlags.NumberLike | TypeFlags.BigIntLike)) return true;
    return type.getSymbol()?.name === 'Date';
  }

  /** What an import refers to. */
  private aliased(symbol: ts.Symbol | undefined): ts.Symbol | undefined {
    return symbol && symbol.flags & this.ts.SymbolFlags.Alias ? this.checker.getAliasedSymbol(symbol) : symbol;
  }

  /** For `module#Type` settings: whether a declaration of `symbol` is in that package, ambient module or file. */
  private declaredIn(symbol: ts.Symbol | undefined): DeclaredIn {
    return (module) => (symbol?.declarations ?? []).some((declaration) => isDeclaredIn(this.ts, declaration, module));
  }
}

/** A written type and what the type parameters in it stand for (`T` of `Maybe<T>` → `EmailAddress`). */
interface Written {
  readonly node: ts.TypeNode;
  readonly bindings: Bindings;
}
type Bindings = ReadonlyMap<ts.Symbol, Written>;
const UNBOUND: Bindings = new Map();
const PROMISES: ReadonlySet<string> = new Set(['Promise', 'PromiseLike']);
const ARRAYS: ReadonlySet<string> = new Set(['Array', 'ReadonlyArray']);

/** A named type as written: `EmailAddress`, `crm.EmailAddress`, JSDoc's `import('./crm').EmailAddress`. */
type TypeReference = ts.TypeReferenceNode | (ts.ImportTypeNode & { readonly qualifier: ts.EntityName });

function isReference(api: TypeScript, node: ts.TypeNode): node is TypeReference {
  return api.isTypeReferenceNode(node) || (api.isImportTypeNode(node) && node.qualifier !== undefined);
}

function referenceName(api: TypeScript, node: TypeReference): string {
  const name = api.isTypeReferenceNode(node) ? node.typeName : node.qualifier;
  return api.isIdentifier(name) ? name.text : name.right.text;
}

/** Keywords of types that name nothing, whatever a value of them holds. */
function plainKeywords(api: TypeScript): ReadonlySet<ts.SyntaxKind> {
  const { SyntaxKind } = api;
  return new Set([SyntaxKind.StringKeyword, SyntaxKind.NumberKeyword, SyntaxKind.BigIntKeyword, SyntaxKind.BooleanKeyword]);
}

/** The variable (or `this`) a reference starts from: `order` of `(order!.lines)[0]`, `x` of `(x = y)`. */
function referenceRoot(api: TypeScript, expression: ts.Node): ts.Node | undefined {
  let node = expression;
  for (;;) {
    if (api.isParenthesizedExpression(node) || api.isNonNullExpression(node) || api.isTypeOfExpression(node) || isAccess(api, node)) node = node.expression;
    else if (api.isPrefixUnaryExpression(node)) node = node.operand;
    else if (api.isBinaryExpression(node) && node.operatorToken.kind === api.SyntaxKind.CommaToken) node = node.right;
    else if (api.isBinaryExpression(node) && isAssignment(api, node.operatorToken.kind)) node = node.left;
    else return api.isIdentifier(node) || node.kind === api.SyntaxKind.ThisKeyword ? node : undefined;
  }
}

function isAccess(api: TypeScript, node: ts.Node): node is ts.PropertyAccessExpression | ts.ElementAccessExpression {
  return api.isPropertyAccessExpression(node) || api.isElementAccessExpression(node);
}

function isAssignment(api: TypeScript, operator: ts.SyntaxKind): boolean {
  return operator >= api.SyntaxKind.FirstAssignment && operator <= api.SyntaxKind.LastAssignment;
}

/** The references code under a scope may narrow, by the name of the variable they start from. */
interface Narrowing {
  /** Compared, tested with `instanceof` or `in`, or switched on: narrowed whatever else the code does. */
  readonly compared: ReadonlySet<string>;
  /** Passed to calls (or the receiver of a method call), which narrow when they are type guards or assertions. */
  readonly passed: ReadonlyMap<string, readonly ts.CallExpression[]>;
}

/** What code under `scope` does that may narrow a variable's references (see `TypeReader.mayBeNarrowed`). */
function narrowingIn(api: TypeScript, scope: ts.Node): Narrowing {
  const { SyntaxKind } = api;
  const comparisons = new Set([SyntaxKind.EqualsEqualsEqualsToken, SyntaxKind.ExclamationEqualsEqualsToken, SyntaxKind.EqualsEqualsToken, SyntaxKind.ExclamationEqualsToken, SyntaxKind.InstanceOfKeyword, SyntaxKind.InKeyword]);
  const compared = new Set<string>();
  const passed = new Map<string, ts.CallExpression[]>();
  const rootName = (expression: ts.Node) => {
    const root = referenceRoot(api, expression);
    return root && (api.isIdentifier(root) ? root.text : 'this');
  };
  const compare = (expression: ts.Node) => {
    const name = rootName(expression);
    if (name) compared.add(name);
  };
  const pass = (expression: ts.Node, call: ts.CallExpression) => {
    const name = rootName(expression);
    const calls = name === undefined ? undefined : passed.get(name);
    if (calls) calls.push(call);
    else if (name !== undefined) passed.set(name, [call]);
  };
  const visit = (node: ts.Node): void => {
    if (api.isCallExpression(node)) {
      for (const argument of node.arguments) pass(argument, node);
      if (isAccess(api, node.expression)) pass(node.expression.expression, node);
    } else if (api.isBinaryExpression(node) && comparisons.has(node.operatorToken.kind)) {
      compare(node.left);
      compare(node.right);
    } else if (api.isSwitchStatement(node)) {
      compare(node.expression);
    }
    api.forEachChild(node, visit);
  };
  visit(scope);
  return { compared, passed };
}

/** A `null` / `undefined` / `void` part of a union: neither data nor a digest, and no reason to doubt the rest. */
const NULLISH = 'nullish';
type UnionPart = TypeFact | typeof NULLISH | undefined;

/** `Email | undefined` is an email; `HashedEmail | null` is a digest; `HashedEmail | string` is not known. */
function unionOf(parts: readonly UnionPart[]): TypeFact | undefined {
  const facts = parts.filter((part) => part !== NULLISH);
  const personal = facts.find((fact) => fact?.verdict.kind === 'pii');
  if (personal) return personal;
  return facts.length > 0 && facts.every((fact) => fact?.verdict.kind === 'hashed') ? facts[0] : undefined;
}

/** `string & EmailBrand`: the brand says it; a digest brand wins over the kind of data it was made from. */
function intersectionOf(facts: readonly (TypeFact | undefined)[]): TypeFact | undefined {
  return facts.find((fact) => fact?.verdict.kind === 'hashed') ?? facts.find((fact) => fact !== undefined);
}

function isNullishNode(api: TypeScript, node: ts.TypeNode): boolean {
  const { SyntaxKind } = api;
  if (api.isLiteralTypeNode(node)) return node.literal.kind === SyntaxKind.NullKeyword;
  return node.kind === SyntaxKind.UndefinedKeyword || node.kind === SyntaxKind.VoidKeyword;
}

function isNullishType(api: TypeScript, type: ts.Type): boolean {
  return (type.flags & (api.TypeFlags.Null | api.TypeFlags.Undefined | api.TypeFlags.Void)) !== 0;
}

/** `@acme/crm` (a package, or `declare module '@acme/crm'`), or `./src/types` (a file path, extension optional). */
function isDeclaredIn(api: TypeScript, declaration: ts.Declaration, module: string): boolean {
  for (let node: ts.Node | undefined = declaration.parent; node; node = node.parent) {
    if (api.isModuleDeclaration(node) && api.isStringLiteral(node.name)) return node.name.text === module;
  }
  const file = declaration.getSourceFile().fileName.replace(/\\/g, '/');
  if (module.startsWith('.') || module.startsWith('/')) {
    const path = module.replace(/^(?:\.{0,2}\/)+/, '').replace(SCRIPT_EXTENSION, '');
    return `/${file.replace(SCRIPT_EXTENSION, '')}`.endsWith(`/${path}`);
  }
  const types = module.startsWith('@') ? module.slice(1).replace('/', '__') : module;
  return file.includes(`/node_modules/${module}/`) || file.includes(`/node_modules/@types/${types}/`);
}
