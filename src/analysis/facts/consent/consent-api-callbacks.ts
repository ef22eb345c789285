import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES } from '@typescript-eslint/utils';
import { CMP_CALLBACK_FUNCTIONS, CONSENT_HANDLER_NAME, REFUSAL_SIGNAL } from '../../catalog/consent.js';
import { keyName, staticString, unwrap } from '../../../util/ast.js';
import type { SourceCode } from './control-flow.js';
import type { ConsentSignals } from './signals.js';
import { scopeAt } from '../../../util/scope-at.js';

/** Event-name-like strings (not paths or URLs) that can name a consent API event. */
const EVENT_NAME = /^[\w.:-]+$/;

/**
 * Consent APIs that run code once the visitor chose: functions handed to them
 * (`OneTrust.OnConsentChanged(cb)`, `__tcfapi('addEventListener', 2, cb)`,
 * `addEventListener('CookiebotOnAccept', cb)`), functions a CMP calls by name (`OptanonWrapper`),
 * and handlers whose name says a consent decision arrived (`onConsentSaved`).
 */
export class ConsentCallbacks {
  private readonly registrations = new Map<TSESTree.Node, boolean>();

  constructor(
    private readonly sourceCode: SourceCode,
    private readonly signals: ConsentSignals,
  ) {}

  /**
   * A call that registers its function arguments as consent callbacks: its callee chain or an
   * event-name argument mentions a CMP or consent, and nothing in it says refusal.
   */
  isConsentRegistration(call: TSESTree.CallExpression | TSESTree.NewExpression): boolean {
    let result = this.registrations.get(call);
    if (result === undefined) {
      const names = [...calleeNames(call.callee)];
      for (const argument of call.arguments) {
        const text = argument.type === AST_NODE_TYPES.SpreadElement ? undefined : staticString(argument, scopeAt(this.sourceCode, argument));
        if (text !== undefined && EVENT_NAME.test(text)) names.push(text);
      }
      result = names.some((name) => this.signals.isSignal(name)) && !names.some((name) => REFUSAL_SIGNAL.test(name));
      this.registrations.set(call, result);
    }
    return result;
  }
}

/** A function a CMP calls by name once its banner ran (`function OptanonWrapper() {}`). */
export function isCmpCallbackName(name: string | undefined): boolean {
  return name !== undefined && CMP_CALLBACK_FUNCTIONS.has(name);
}

/** A handler name that says a consent decision arrived (`onConsentSaved`), not a refusal. */
export function isConsentHandlerName(name: string | undefined): boolean {
  return name !== undefined && CONSENT_HANDLER_NAME.test(name) && !REFUSAL_SIGNAL.test(name);
}

/** The names along a callee chain: `OneTrust.OnConsentChanged` → OnConsentChanged, OneTrust; `getConsent().then` → then, getConsent. */
export function* calleeNames(callee: TSESTree.Node): Generator<string> {
  let current: TSESTree.Node | undefined = unwrap(callee);
  for (let steps = 0; current && steps < 8; steps++) {
    if (current.type === AST_NODE_TYPES.Identifier) {
      yield current.name;
      return;
    }
    if (current.type === AST_NODE_TYPES.MemberExpression) {
      const name = keyName(current);
      if (name !== undefined) yield name;
      current = unwrap(current.object);
    } else if (current.type === AST_NODE_TYPES.CallExpression) {
      current = unwrap(current.callee);
    } else {
      return;
    }
  }
}
