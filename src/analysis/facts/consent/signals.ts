import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { CONSENT_SIGNAL, STATE_HOOKS } from '../../catalog/consent.js';
import type { MetaPrivacySettings } from '../../../settings.js';
import { localFunctionOf, returnedExpressions, variableOf } from '../../../util/resolve.js';
import { lastName } from '../../../util/ast.js';
import type { SourceCode } from './control-flow.js';
import { pushChildren } from './control-flow.js';

/** How deep "mentions" follows constants and helper functions. */
const MENTION_DEPTH = 3;
/** How many nodes of one test "mentions" looks at before giving up. */
const MENTION_BUDGET = 200;

/**
 * Whether an expression mentions a consent signal (catalog patterns and settings `consentSignals`):
 * identifiers, property names and strings in it, the values of the `const`s and imports it uses,
 * and what the local functions it calls return. Memoised per node.
 */
export class ConsentSignals {
  private readonly mentions = new Map<TSESTree.Node, boolean>();

  constructor(
    private readonly sourceCode: SourceCode,
    private readonly settings: MetaPrivacySettings,
  ) {}

  mentionsConsent(node: TSESTree.Node): boolean {
    let result = this.mentions.get(node);
    if (result === undefined) {
      result = this.scanForSignal(node, 0);
      this.mentions.set(node, result);
    }
    return result;
  }

  /** Whether a name or string is a consent signal. */
  isSignal(text: string): boolean {
    return CONSENT_SIGNAL.test(text) || this.isUserSignal(text);
  }

  /** Whether a name or string matches one of the settings' `consentSignals`. */
  isUserSignal(text: string): boolean {
    return this.settings.consentSignals.some((pattern) => pattern.test(text));
  }

  private scanForSignal(root: TSESTree.Node, depth: number): boolean {
    const stack: TSESTree.Node[] = [root];
    let budget = MENTION_BUDGET;
    while (stack.length > 0 && budget-- > 0) {
      const node = stack.pop()!;
      if (this.nodeMentionsSignal(node, depth)) return true;
      pushChildren(node, this.sourceCode.visitorKeys, stack);
    }
    return false;
  }

  private nodeMentionsSignal(node: TSESTree.Node, depth: number): boolean {
    switch (node.type) {
      case AST_NODE_TYPES.Identifier:
      case AST_NODE_TYPES.PrivateIdentifier:
        if (this.isSignal(node.name)) return true;
        return node.type === AST_NODE_TYPES.Identifier && depth < MENTION_DEPTH && this.definitionMentionsSignal(node, depth);
      case AST_NODE_TYPES.Literal:
        return typeof node.value === 'string' && this.isSignal(node.value);
      case AST_NODE_TYPES.TemplateElement:
        return this.isSignal(node.value.raw);
      case AST_NODE_TYPES.CallExpression: {
        if (depth >= MENTION_DEPTH) return false;
        const fn = localFunctionOf(this.sourceCode, node.callee);
        return fn !== undefined && returnedExpressions(fn).some((value) => this.scanForSignal(value, depth + 1));
      }
      default:
        return false;
    }
  }

  /**
   * `const ok = hasConsent()`, `const { has } = useConsentManager()`, `import { x } from 'cmp'`, and
   * React state set from a consent value (`const [allowed, setAllowed] = useState(false)` with
   * `setAllowed(getCookieConsent() === 'accepted')`).
   */
  private definitionMentionsSignal(identifier: TSESTree.Identifier, depth: number): boolean {
    if (!isReference(identifier)) return false;
    const def = variableOf(this.sourceCode, identifier)?.defs[0];
    if (def?.type === 'Variable' && def.node.init) {
      return this.scanForSignal(def.node.init, depth + 1) || this.stateSettersMentionSignal(def.node, depth);
    }
    if (def?.type === 'ImportBinding' && def.parent?.type === AST_NODE_TYPES.ImportDeclaration) return this.isSignal(def.parent.source.value);
    return false;
  }

  /** `const [state, setState] = useState(…)`: whether a value the setter is called with mentions a signal. */
  private stateSettersMentionSignal(declarator: TSESTree.VariableDeclarator, depth: number): boolean {
    const { id, init } = declarator;
    if (id.type !== AST_NODE_TYPES.ArrayPattern || init?.type !== AST_NODE_TYPES.CallExpression || !STATE_HOOKS.has(lastName(init.callee) ?? '')) return false;
    const setter = id.elements[1];
    if (setter?.type !== AST_NODE_TYPES.Identifier) return false;
    const variable = variableOf(this.sourceCode, setter);
    return (variable?.references ?? []).some((reference) => {
      const call = reference.identifier.parent;
      const value = call?.type === AST_NODE_TYPES.CallExpression && call.callee === reference.identifier ? call.arguments[0] : undefined;
      return value !== undefined && this.scanForSignal(value, depth + 1);
    });
  }
}

/** An identifier that reads a variable (not a property name or an object key). */
function isReference(identifier: TSESTree.Identifier): boolean {
  const parent = identifier.parent;
  if (parent?.type === AST_NODE_TYPES.MemberExpression) return parent.object === identifier || parent.computed;
  if (parent?.type === AST_NODE_TYPES.Property) return parent.value === identifier;
  return true;
}
