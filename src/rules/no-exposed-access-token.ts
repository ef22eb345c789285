import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { getAnalysis } from '../analysis/index.js';
import { textHints } from '../analysis/sinks/text-hints.js';
import type { SecretKind } from '../analysis/catalog/tokens.js';
import {
  APP_BUNDLE_ENV_MODULES,
  APP_TOKEN_PATTERN,
  CLIENT_TOKEN_NAME,
  CREDENTIAL_QUERY_HINT,
  CREDENTIAL_QUERY_PARAMETERS,
  FIELD_SETTER_METHODS,
  META_CONTEXT_HINT,
  META_NAME_WORDS,
  MIN_CLASSES,
  MIN_SLOT_SECRET_LENGTH,
  MIN_TOKEN_SHAPE_LENGTH,
  PLACEHOLDER_PATTERNS,
  SECRET_CHARACTERS,
  SECRET_ENV_WORDS,
  SECRET_NAMES,
  TOKEN_NAME_HINT,
  TOKEN_SLOTS,
  USER_TOKEN_PATTERN,
} from '../analysis/catalog/tokens.js';
import type { EnvRead, TestFileOptions } from '../analysis/facts/environment.js';
import {
  clientExposedPrefix,
  envObjectOf,
  envReadOf,
  envReadOfBinding,
  isIgnoredTestFile,
  TEST_FILE_OPTION_DEFAULTS,
  TEST_FILE_OPTION_SCHEMA,
} from '../analysis/facts/environment.js';
import { resolveMember, singleValueOf, variableOf } from '../util/resolve.js';
import { outermostString, queryParameters, urlParts, urlShape } from '../analysis/sinks/urls.js';
import { splitWords } from '../util/words.js';
import { keyName, lastName, staticString, unwrap } from '../util/ast.js';
import { createRule } from '../util/create-rule.js';
import { ownEntry } from '../util/own-entry.js';
import { scopeAt } from '../util/scope-at.js';

export type Options = [TestFileOptions];
export type MessageIds = 'hardCodedToken' | 'clientExposedToken' | 'bundledSecret';

type SourceCode = Readonly<TSESLint.SourceCode>;
type Context = Readonly<TSESLint.RuleContext<MessageIds, Options>>;

const WHY = "It grants write access to the business's dataset: anyone who holds it can send events in the business's name.";

export default createRule<Options, MessageIds>({
  name: 'no-exposed-access-token',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow Meta access tokens and app secrets in source code and in client-exposed environment variables',
      recommended: true,
    },
    messages: {
      hardCodedToken: `Hard-coded Meta {{what}}. ${WHY} Keep it in a server-side secret store (a server-only environment variable or a secrets manager), read it at run time, and revoke this one.`,
      clientExposedToken: `\`{{name}}\` is inlined into browser code (bundlers expose \`{{prefix}}*\` variables to the client), so the Meta {{what}} it holds ships to every visitor. ${WHY} Keep it in a server-side secret store and use it only in server code.`,
      bundledSecret: `\`{{name}}\` comes from {{module}}, which compiles its values into the app bundle, so the Meta {{what}} ships in every install. ${WHY} Make the calls that need it from your server; the app itself needs only its client token, which is public by design.`,
    },
    schema: TEST_FILE_OPTION_SCHEMA,
    // A real token committed under tests/ leaks like any other: test files are checked unless the user opts out.
    defaultOptions: [{ ...TEST_FILE_OPTION_DEFAULTS, ignoreTestFiles: false }],
  },
  create(context, [options]) {
    const text = context.sourceCode.text;
    // Text each check needs before it can find anything.
    const hints = textHints(text);
    const present: Presence = {
      shape: hints.has('tokenShape'),
      clientEnv: hints.has('clientEnv'),
      name: hints.has('tokenName'),
      url: hints.has('credentialQuery'),
    };
    const sdk = hints.has('tokenSlot');
    const bundleEnv = hints.has('bundledEnv');
    if (!sdk && !bundleEnv && !present.shape && !present.clientEnv && !present.name && !present.url) return {};
    if (isIgnoredTestFile(context, options)) return {};
    const metaContext = META_CONTEXT_HINT.test(text);
    const checker = new TokenChecker(context, metaContext, sdk);
    // A generic credential name (`accessToken`) is a Meta one only in a file that talks to Meta.
    const listeners = listenersFor(checker, { ...present, name: present.name && metaContext });
    if (bundleEnv) listeners.ImportDeclaration = (node) => checker.checkBundledEnvImport(node);
    // The SDK's arguments are the file's sinks: found once ESLint has traversed it (see checkAfterTraversal).
    if (sdk) listeners['Program:exit'] = () => checker.checkSdkSlots();
    return listeners;
  },
});

type Presence = Readonly<Record<'shape' | 'clientEnv' | 'name' | 'url', boolean>>;

/**
 * Only the listeners whose words appear in the file, so files without them cost a text scan; the
 * named slots' (`name`) only in a file with Meta context as well.
 */
function listenersFor(checker: TokenChecker, present: Presence): TSESLint.RuleListener {
  const listeners: TSESLint.RuleListener = {};
  if (present.shape || present.url) {
    listeners.Literal = (node) => {
      if (typeof node.value === 'string') checker.checkString(node, node, node.value);
    };
    listeners.TemplateLiteral = (node) => {
      for (const quasi of node.quasis) checker.checkString(node.expressions.length === 0 ? node : quasi, node, quasi.value.cooked ?? quasi.value.raw);
    };
  }
  if (present.clientEnv) {
    listeners['MemberExpression[object.property.name="env"]'] = (node: TSESTree.MemberExpression) => {
      const read = envReadOf(node);
      if (read) checker.checkEnvName(node, read);
    };
    listeners['VariableDeclarator[id.type="ObjectPattern"]'] = (node: TSESTree.VariableDeclarator) => checker.checkEnvDestructuring(node);
  }
  if (present.name) {
    listeners['ObjectExpression > Property'] = (node: TSESTree.Property) => checker.checkNamedSlot(keyName(node), node.value);
    listeners.VariableDeclarator = (node) => {
      if (node.id.type === AST_NODE_TYPES.Identifier && node.init) checker.checkNamedSlot(node.id.name, node.init);
    };
    // Every operator stores its right side in the slot, or part of it (`token ??= '…'`, `token += '…'`).
    listeners.AssignmentExpression = (node) => checker.checkNamedSlot(lastName(node.left), node.right);
    listeners.CallExpression = (node) => checker.checkFieldSetter(node);
  }
  return listeners;
}

/** A literal or an environment read that a token slot's value comes from. */
type TokenSource = { readonly node: TSESTree.Node; readonly text: string } | { readonly node: TSESTree.Node; readonly read: EnvRead };

const MAX_SOURCE_DEPTH = 4;
/** Calls that hand a credential on unchanged as text: `client_secret=${encodeURIComponent(secret)}`. */
const ENCODERS: ReadonlySet<string> = new Set(['encodeURIComponent', 'encodeURI', 'String']);

/** The checks of one file, with the nodes already reported (one report per node). */
class TokenChecker {
  private readonly sourceCode: SourceCode;
  private readonly reported = new Set<TSESTree.Node>();
  private readonly checkedUrls = new Set<TSESTree.Node>();
  /**
   * With SDK credential arguments to check at the end, the reports found before it, held: a node both
   * find is reported as its SDK argument (a credential kind the SDK slot knows), whatever came first.
   */
  private held: Parameters<TokenChecker['report']>[] | undefined;

  constructor(
    private readonly context: Context,
    /** The file talks to Meta, so a generic `accessToken` or `…_TOKEN` in it is a Meta one. */
    private readonly metaContext: boolean,
    sdkSlots: boolean,
  ) {
    this.sourceCode = context.sourceCode;
    if (sdkSlots) this.held = [];
  }

  /** A string (or one part of a template) holding a token, or a URL with a credential in its query (`?access_token=`). */
  checkString(node: TSESTree.Node, outer: TSESTree.Node, value: string): void {
    const shape = tokenShapeOf(value);
    if (shape) {
      if (!CLIENT_TOKEN_NAME.test(slotName(outer) ?? '')) this.report(node, 'hardCodedToken', { what: shape });
    } else if (CREDENTIAL_QUERY_HINT.test(value)) this.checkTokenUrl(node, outermostString(outer));
  }

  /** `process.env.NEXT_PUBLIC_META_ACCESS_TOKEN`: a client-exposed variable whose name says it holds a credential. */
  checkEnvName(node: TSESTree.Node, read: EnvRead): void {
    const prefix = clientExposedPrefix(read);
    if (prefix === undefined) return;
    const what = this.credentialKindOfEnvName(read.name.slice(prefix.length));
    if (what) this.report(node, 'clientExposedToken', { name: read.name, prefix, what });
  }

  /** `const { NEXT_PUBLIC_FB_TOKEN } = process.env`. */
  checkEnvDestructuring(node: TSESTree.VariableDeclarator): void {
    const source = node.init && envObjectOf(node.init);
    if (!source || node.id.type !== AST_NODE_TYPES.ObjectPattern) return;
    for (const property of node.id.properties) {
      const name = property.type === AST_NODE_TYPES.Property ? keyName(property) : undefined;
      if (name !== undefined) this.checkEnvName(property, { source, name });
    }
  }

  /**
   * Credentials from a module that compiles environment values into an app bundle:
   * `import { FB_APP_SECRET } from '@env'`, `Config.FACEBOOK_ACCESS_TOKEN` (react-native-config).
   */
  checkBundledEnvImport(node: TSESTree.ImportDeclaration): void {
    const module = node.source.value;
    if (!APP_BUNDLE_ENV_MODULES.has(module)) return;
    for (const specifier of node.specifiers) {
      if (specifier.type === AST_NODE_TYPES.ImportSpecifier) {
        const imported = specifier.imported;
        this.checkBundledName(specifier, imported.type === AST_NODE_TYPES.Identifier ? imported.name : String(imported.value), module);
        continue;
      }
      for (const reference of this.sourceCode.getDeclaredVariables(specifier)[0]?.references ?? []) {
        const member = reference.identifier.parent;
        const name = member?.type === AST_NODE_TYPES.MemberExpression && member.object === reference.identifier ? keyName(member) : undefined;
        if (name !== undefined) this.checkBundledName(member!, name, module);
      }
    }
  }

  private checkBundledName(node: TSESTree.Node, name: string, module: string): void {
    const kind = this.credentialKindOfEnvName(name);
    if (kind) this.report(node, 'bundledSecret', { name, module, what: kind });
  }

  /** The credential a variable name says it holds (`FB_APP_SECRET`), in a Meta file or with a Meta word in the name. */
  private credentialKindOfEnvName(name: string): SecretKind | undefined {
    const words = splitWords(name);
    const secret = words.find((word) => Object.hasOwn(SECRET_ENV_WORDS, word));
    if (secret === undefined || CLIENT_TOKEN_NAME.test(name) || !(this.metaContext || words.some((word) => META_NAME_WORDS.has(word)))) return undefined;
    return SECRET_ENV_WORDS[secret];
  }

  /** `access_token: …`, `const accessToken = …`, `api.appSecret = …`: a value stored under a credential's name (asked in a file with Meta context). */
  checkNamedSlot(name: string | undefined, value: TSESTree.Node): void {
    if (name === undefined || !TOKEN_NAME_HINT.test(name) || CLIENT_TOKEN_NAME.test(name)) return;
    const kind = secretKindOfName(name);
    if (kind) this.checkSlot(value, kind);
  }

  /** `form.append('access_token', …)`, `url.searchParams.set('access_token', …)`. */
  checkFieldSetter(node: TSESTree.CallExpression): void {
    const [field, value] = node.arguments;
    if (!value || !field || !FIELD_SETTER_METHODS.has(lastName(node.callee) ?? '')) return;
    this.checkNamedSlot(staticString(field, scopeAt(this.sourceCode, field)), value);
  }

  /** The credential arguments of the Meta Business SDK: `new EventRequest(token, …)`, `FacebookAdsApi.init(token)`. */
  checkSdkSlots(): void {
    const held = this.held ?? [];
    this.held = undefined;
    for (const call of getAnalysis(this.context).sinks.sdkCalls) {
      for (const slot of TOKEN_SLOTS) {
        const argument = slot.className === call.className && slot.method === call.method ? call.args[slot.index] : undefined;
        if (argument && argument.type !== AST_NODE_TYPES.SpreadElement) this.checkSlot(argument, slot.kind);
      }
    }
    for (const report of held) this.report(...report);
  }

  /** `https://graph.facebook.com/…/events?access_token=…`, `…&client_secret=…`: a credential in the query string. */
  private checkTokenUrl(node: TSESTree.Node, url: TSESTree.Node): void {
    if (this.checkedUrls.has(url)) return;
    this.checkedUrls.add(url);
    const parts = urlParts(this.sourceCode, url);
    const metaUrl = urlShape(parts).includes('facebook.com');
    if (!this.metaContext && !metaUrl) return;
    if (namesClientToken(url)) return;
    for (const parameter of queryParameters(parts)) {
      const credential = ownEntry(CREDENTIAL_QUERY_PARAMETERS, parameter.key);
      if (!credential || !(metaUrl || credential.metaName)) continue;
      if (parameter.value) this.checkSlot(parameter.value, credential.kind);
      else if (parameter.text !== undefined && looksLikeSecret(parameter.text)) {
        // The URL's text includes constants it interpolates: report the literal the secret is written in, once.
        this.report(writtenAt(this.sourceCode, url, parameter.text, 0) ?? node, 'hardCodedToken', { what: tokenShapeOf(parameter.text) ?? credential.kind });
      }
    }
  }

  /** A value Meta receives as a credential: report the literal or client-exposed variable it comes from. */
  private checkSlot(value: TSESTree.Node, kind: SecretKind): void {
    for (const source of tokenSources(this.sourceCode, value, 0)) {
      if ('text' in source) {
        if (looksLikeSecret(source.text)) this.report(source.node, 'hardCodedToken', { what: tokenShapeOf(source.text) ?? kind });
        continue;
      }
      const prefix = clientExposedPrefix(source.read);
      if (prefix !== undefined) this.report(source.node, 'clientExposedToken', { name: source.read.name, prefix, what: kind });
    }
  }

  private report(node: TSESTree.Node, messageId: MessageIds, data: Record<string, string>): void {
    if (this.held) {
      this.held.push([node, messageId, data]);
      return;
    }
    if (this.reported.has(node)) return;
    this.reported.add(node);
    this.context.report({ node, messageId, data });
  }
}

/** Whether a URL interpolates a value named like the public client token (`?access_token=${appId}|${clientToken}`). */
function namesClientToken(url: TSESTree.Node): boolean {
  const target = unwrap(url);
  const parts = target.type === AST_NODE_TYPES.TemplateLiteral ? target.expressions : target.type === AST_NODE_TYPES.BinaryExpression ? [target.left, target.right] : [];
  return parts.some((part) => CLIENT_TOKEN_NAME.test(lastName(part) ?? '') || namesClientToken(part));
}

/** The name a string is stored or passed under: its property, variable, assignment target or setter (`setClientToken`). */
function slotName(node: TSESTree.Node): string | undefined {
  const parent = node.parent;
  switch (parent?.type) {
    case AST_NODE_TYPES.Property:
      return parent.value === node ? keyName(parent) : undefined;
    case AST_NODE_TYPES.VariableDeclarator:
      return parent.id.type === AST_NODE_TYPES.Identifier ? parent.id.name : undefined;
    case AST_NODE_TYPES.AssignmentExpression:
      return lastName(parent.left);
    case AST_NODE_TYPES.CallExpression:
      return parent.callee === node ? undefined : lastName(parent.callee);
    default:
      return undefined;
  }
}

/** `EAA…` user / system-user tokens and `{app_id}|{secret}` app tokens inside a string. */
function tokenShapeOf(text: string): SecretKind | undefined {
  if (text.length < MIN_TOKEN_SHAPE_LENGTH) return undefined;
  if (text.includes('EAA')) {
    const token = USER_TOKEN_PATTERN.exec(text)?.[0];
    if (token && characterClasses(token) >= MIN_CLASSES.user && !isPlaceholder(token)) return 'access token';
  }
  if (text.includes('|')) {
    const token = APP_TOKEN_PATTERN.exec(text)?.[0];
    if (token && characterClasses(token.slice(token.indexOf('|') + 1)) >= MIN_CLASSES.app) return 'app access token';
  }
  return undefined;
}

/** A hard-coded value that can be a credential: a token shape, or a long run of token characters with letters and digits. */
function looksLikeSecret(text: string): boolean {
  if (tokenShapeOf(text)) return true;
  return (
    text.length >= MIN_SLOT_SECRET_LENGTH &&
    SECRET_CHARACTERS.test(text) &&
    /[a-z]/i.test(text) &&
    /\d/.test(text) &&
    !isPlaceholder(text)
  );
}

function isPlaceholder(text: string): boolean {
  return PLACEHOLDER_PATTERNS.some((pattern) => pattern.test(text));
}

function characterClasses(run: string): number {
  return Number(/[a-z]/.test(run)) + Number(/[A-Z]/.test(run)) + Number(/\d/.test(run));
}

/** `access_token`, `accessToken`, `META_ACCESS_TOKEN`, `appSecret`: what the name says the value is. */
function secretKindOfName(name: string): SecretKind | undefined {
  const words = splitWords(name);
  return SECRET_NAMES.find(({ words: ending }) => ending.every((word, index) => words[words.length - ending.length + index] === word))?.kind;
}

/**
 * The string literal (or template part) of a string-building expression whose text holds `text`,
 * through `+`, templates, constants and object members: where a secret the expression carries is written.
 */
function writtenAt(sourceCode: SourceCode, node: TSESTree.Node, text: string, depth: number): TSESTree.Node | undefined {
  if (depth > MAX_SOURCE_DEPTH) return undefined;
  const target = unwrap(node);
  const next = (child: TSESTree.Node | undefined) => (child ? writtenAt(sourceCode, child, text, depth + 1) : undefined);
  switch (target.type) {
    case AST_NODE_TYPES.Literal:
      return typeof target.value === 'string' && target.value.includes(text) ? target : undefined;
    case AST_NODE_TYPES.TemplateLiteral:
      for (const [index, quasi] of target.quasis.entries()) {
        if ((quasi.value.cooked ?? quasi.value.raw).includes(text)) return target.expressions.length === 0 ? target : quasi;
        const found = next(target.expressions[index]);
        if (found) return found;
      }
      return undefined;
    case AST_NODE_TYPES.BinaryExpression:
      return target.operator === '+' ? (next(target.left) ?? next(target.right)) : undefined;
    case AST_NODE_TYPES.Identifier: {
      const variable = variableOf(sourceCode, target);
      return next((variable && singleValueOf(variable)) ?? undefined);
    }
    case AST_NODE_TYPES.MemberExpression:
      return resolveMember(sourceCode, target).reduce<TSESTree.Node | undefined>((found, value) => found ?? next(value), undefined);
    default:
      return undefined;
  }
}

/**
 * The literals and environment reads a value comes from: through constants (and
 * `const { X } = process.env`), object members, `??` / `||` fallbacks, conditional branches and URL encoding.
 */
function tokenSources(sourceCode: SourceCode, node: TSESTree.Node, depth: number): TokenSource[] {
  if (depth > MAX_SOURCE_DEPTH) return [];
  const target = unwrap(node);
  const next = (child: TSESTree.Node) => tokenSources(sourceCode, child, depth + 1);
  switch (target.type) {
    case AST_NODE_TYPES.Literal:
      return typeof target.value === 'string' ? [{ node: target, text: target.value }] : [];
    case AST_NODE_TYPES.TemplateLiteral:
      return target.expressions.length === 0 ? [{ node: target, text: target.quasis[0]?.value.cooked ?? '' }] : [];
    case AST_NODE_TYPES.MemberExpression: {
      const read = envReadOf(target);
      return read ? [{ node: target, read }] : resolveMember(sourceCode, target).flatMap(next);
    }
    case AST_NODE_TYPES.Identifier: {
      const variable = variableOf(sourceCode, target);
      const binding = variable && envReadOfBinding(variable);
      if (binding) return [binding];
      const value = variable && singleValueOf(variable);
      return value ? next(value) : [];
    }
    case AST_NODE_TYPES.CallExpression: {
      const [argument] = target.arguments;
      return argument && target.callee.type === AST_NODE_TYPES.Identifier && ENCODERS.has(target.callee.name) ? next(argument) : [];
    }
    case AST_NODE_TYPES.LogicalExpression:
      return [...next(target.left), ...next(target.right)];
    case AST_NODE_TYPES.ConditionalExpression:
      return [...next(target.consequent), ...next(target.alternate)];
    default:
      return [];
  }
}
