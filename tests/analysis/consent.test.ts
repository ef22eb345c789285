import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import tsParser from '@typescript-eslint/parser';
import { describe, expect, it } from 'vitest';
import { getAnalysis } from '../../src/analysis/index.js';
import { consentAction, getConsent } from '../../src/analysis/facts/consent.js';
import type { FileConsent } from '../../src/analysis/facts/consent.js';
import { CONSENT_PLATFORMS, CONSENT_SIGNAL } from '../../src/analysis/catalog/consent.js';
import { LDU_STATES } from '../../src/analysis/catalog/ldu.js';

interface ConsentProbe {
  readonly consent: FileConsent;
  /** The coverage kind of the expression whose text is `code` (its first occurrence). */
  kind(code: string, afterRevoke?: boolean): string | undefined;
  node(code: string): TSESTree.Node;
  /** The consent check around the node whose text is `code` that falls short for Meta, as `kind: test`. */
  shortfall(code: string): string | undefined;
  actions(): (string | undefined)[];
}

/** Runs the shared analysis and the consent facts on a TSX snippet, queried after the lint pass. */
function analyse(code: string, settings: Record<string, unknown> = {}): ConsentProbe {
  let probe: ConsentProbe | undefined;
  const rule: TSESLint.RuleModule<string> = {
    meta: { type: 'problem', schema: [], messages: {} },
    defaultOptions: [],
    create(context) {
      const analysis = getAnalysis(context);
      const consent = getConsent(analysis);
      const nodes: TSESTree.Node[] = [];
      const node = (text: string) => {
        const found = nodes.find((candidate) => context.sourceCode.getText(candidate) === text);
        if (!found) throw new Error(`no node \`${text}\``);
        return found;
      };
      probe = {
        consent,
        node,
        kind: (text, afterRevoke = true) => consent.coverage(node(text), { afterRevoke })?.kind,
        shortfall: (text) => {
          const found = consent.shortfall(node(text));
          return found && `${found.judgement.kind}: ${context.sourceCode.getText(found.test)}`;
        },
        actions: () => analysis.sinks.pixelCalls.filter((call) => call.command === 'consent').map((call) => consentAction(call, context.sourceCode)),
      };
      return { '*': (visited: TSESTree.Node) => void nodes.push(visited) };
    },
  };
  const messages = new Linter({ configType: 'flat' }).verify(
    code,
    [
      {
        files: ['**/*.tsx'],
        plugins: { probe: { rules: { consent: rule as never } } },
        rules: { 'probe/consent': 'error' },
        languageOptions: { parser: tsParser, parserOptions: { ecmaFeatures: { jsx: true } } },
        settings: { 'meta-privacy': settings },
      },
    ],
    'file.tsx',
  );
  const fatal = messages.find((message) => message.fatal || message.ruleId === 'probe/consent');
  if (fatal) throw new Error(`${fatal.message} (${fatal.line}:${fatal.column})`);
  if (!probe) throw new Error('probe did not run');
  return probe;
}

describe('consent catalog', () => {
  it('has a pattern per CMP the issue lists', () => {
    expect(CONSENT_PLATFORMS.map((platform) => platform.name)).toEqual([
      'OneTrust',
      'Cookiebot',
      'IAB TCF',
      'Google Consent Mode',
      'Osano',
      'Usercentrics',
      'Klaro',
      'c15t',
      'react-cookie-consent',
      'Shopify Customer Privacy',
      'home-grown',
    ]);
  });

  it.each([
    'OnetrustActiveGroups',
    'OptanonWrapper',
    'Cookiebot',
    '__tcfapi',
    'tcData',
    'ad_storage',
    'Osano',
    'UC_UI',
    'klaro',
    'useConsentManager',
    'getCookieConsentValue',
    'hasMarketingConsent',
    'gdprApplies',
    'doNotTrack',
    'globalPrivacyControl',
    'optIn',
    'advertisingAllowed',
    'targetingCookies',
  ])('%s is a consent signal', (name) => {
    expect(CONSENT_SIGNAL.test(name)).toBe(true);
  });

  it.each(['isProduction', 'debug', 'fbq', 'window', 'undefined', 'NODE_ENV', 'pixelLoaded', 'option'])('%s is not a consent signal', (name) => {
    expect(CONSENT_SIGNAL.test(name)).toBe(false);
  });

  it('lists the LDU state codes 1000 to 1013 and 0', () => {
    expect([...LDU_STATES.keys()]).toEqual([0, ...Array.from({ length: 14 }, (_, index) => 1000 + index)]);
  });
});

describe('consent coverage', () => {
  it('finds a dominating if, ternary and && whose test mentions consent', () => {
    const probe = analyse(`
      if (hasMarketingConsent()) { fbq('init', '1'); }
      cookieConsent.marketing ? fbq('init', '2') : null;
      prefs.ad_storage === 'granted' && fbq('init', '3');
    `);
    expect(probe.kind("fbq('init', '1')")).toBe('check');
    expect(probe.kind("fbq('init', '2')")).toBe('check');
    expect(probe.kind("fbq('init', '3')")).toBe('check');
  });

  it('does not take other conditions for consent', () => {
    const probe = analyse(`
      if (isProduction) fbq('init', '1');
      if (debug) fbq('init', '2');
      if (window.fbq) fbq('init', '3');
      if (typeof window !== 'undefined') fbq('init', '4');
    `);
    for (const id of ['1', '2', '3', '4']) expect(probe.kind(`fbq('init', '${id}')`)).toBeUndefined();
  });

  it('finds an early return or throw on a consent check', () => {
    const probe = analyse(`
      export function a() { if (!consentGiven) return; fbq('init', '1'); }
      export function b() { if (!gdpr.accepted) { log('no'); throw new Error('no consent'); } fbq('init', '2'); }
      export function c() { if (isProduction) return; fbq('init', '3'); }
    `);
    expect(probe.kind("fbq('init', '1')")).toBe('check');
    expect(probe.kind("fbq('init', '2')")).toBe('check');
    expect(probe.kind("fbq('init', '3')")).toBeUndefined();
  });

  it('follows constants, hooks and local helpers into the test', () => {
    const probe = analyse(`
      const { has } = useConsentManager();
      const accepted = readCookie('cookie_consent') === 'yes';
      function canTrack() { return localStorage.getItem('fbPixelConsent') === 'granted'; }
      if (has('x')) fbq('init', '1');
      if (accepted) fbq('init', '2');
      if (canTrack()) fbq('init', '3');
    `);
    expect(probe.kind("fbq('init', '1')")).toBe('check');
    expect(probe.kind("fbq('init', '2')")).toBe('check');
    expect(probe.kind("fbq('init', '3')")).toBe('check');
  });

  it('treats callbacks of consent APIs as covered, refusal callbacks not', () => {
    const probe = analyse(`
      OneTrust.OnConsentChanged(() => fbq('init', '1'));
      window.addEventListener('CookiebotOnAccept', () => fbq('init', '2'));
      window.addEventListener('CookiebotOnDecline', () => fbq('init', '3'));
      function OptanonWrapper() { fbq('init', '4'); }
      app.post('/api/consent', () => fbq('init', '5'));
    `);
    expect(probe.kind("fbq('init', '1')")).toBe('callback');
    expect(probe.kind("fbq('init', '2')")).toBe('callback');
    expect(probe.kind("fbq('init', '3')")).toBeUndefined();
    expect(probe.kind("fbq('init', '4')")).toBe('callback');
    expect(probe.kind("fbq('init', '5')")).toBeUndefined();
  });

  it('covers a function whose every call is covered', () => {
    const probe = analyse(`
      function loadPixel() { fbq('init', '1'); }
      function startPixel() { fbq('init', '2'); }
      if (hasConsent()) loadPixel();
      OneTrust.OnConsentChanged(() => { if (OnetrustActiveGroups.includes('C0004')) loadPixel(); });
      if (hasConsent()) startPixel();
      startPixel();
      const bootPixel = () => { fbq('init', '3'); };
      if (Cookiebot.consent.marketing) bootPixel();
    `);
    expect(probe.kind("fbq('init', '1')")).toBe('callers');
    expect(probe.kind("fbq('init', '2')")).toBeUndefined();
    expect(probe.kind("fbq('init', '3')")).toBe('callers');
  });

  it('covers a method whose calls are covered', () => {
    const probe = analyse(`
      class Capi {
        async post(event) { await send(event); }
        async track(event, user) { if (user.adConsent) await this.post(event); }
      }
    `);
    expect(probe.kind('send(event)', false)).toBe('callers');
  });

  it('matches method calls to their object or class, not to other objects with that method', () => {
    const probe = analyse(`
      const capi = { async send(e) { await deliver(e); } };
      if (consent) capi.send(1);
      class Client { async post(e) { await axios.post(URL, e); } }
      const client = new Client();
      if (consent) client.post(1);
      class Other { async post(e) { await transmit(e); } }
      if (consent) axios.post(URL, 1);
    `);
    expect(probe.kind('deliver(e)', false)).toBe('callers');
    expect(probe.kind('axios.post(URL, e)', false)).toBe('callers');
    expect(probe.kind('transmit(e)', false)).toBeUndefined();
  });

  it('trusts a consent handler name only when nothing in the file calls it', () => {
    const probe = analyse(`
      export function onConsentAccepted() { fbq('consent', 'grant'); }
      function grantConsent() { fbq('consent', 'grant'); }
      grantConsent();
      export function revokeMarketingConsent() { fbq('init', '1'); }
    `);
    expect(probe.kind("fbq('consent', 'grant')")).toBe('callback');
    expect(probe.consent.coverage(probe.node('grantConsent()'), { afterRevoke: false })).toBeUndefined();
    expect(probe.kind("fbq('init', '1')")).toBeUndefined();
  });

  it('counts a revoke before the node on every path, only with afterRevoke', () => {
    const probe = analyse(`
      fbq('consent', 'revoke');
      fbq('init', '1');
      export function f() {
        if (a) { fbq('consent', 'revoke'); }
        fbq('init', '2');
      }
    `);
    expect(probe.kind("fbq('init', '1')")).toBe('revoke');
    expect(probe.kind("fbq('init', '1')", false)).toBeUndefined();
    expect(probe.kind("fbq('init', '2')")).toBeUndefined();
  });

  it('counts a revoke in a helper called first, and a conditional consent call', () => {
    const probe = analyse(`
      function pause() { fbq('consent', 'revoke'); }
      pause();
      fbq('init', '1');
      export function g(granted) { fbq('consent', granted ? 'grant' : 'revoke'); fbq('init', '2'); }
    `);
    expect(probe.kind("fbq('init', '1')")).toBe('revoke');
    expect(probe.kind("fbq('init', '2')")).toBe('revoke');
    expect(probe.actions()).toEqual(['revoke', 'runtime']);
  });

  it('uses consentSignals from settings', () => {
    const code = "if (privacyChoices.ads) fbq('init', '1');";
    expect(analyse(code).kind("fbq('init', '1')")).toBeUndefined();
    expect(analyse(code, { consentSignals: ['privacyChoices'] }).kind("fbq('init', '1')")).toBe('check');
  });
});

describe('consent purposes', () => {
  it('counts a flag for the marketing purpose, or one that names no purpose, and not one for another purpose only', () => {
    const probe = analyse(`
      if (Cookiebot.consent.marketing) fbq('init', '1');
      if (Cookiebot.consent.statistics) fbq('init', '2');
      if (consentState.ad_storage === 'granted') fbq('init', '3');
      if (consentState.analytics_storage === 'granted') fbq('init', '4');
      if (OnetrustActiveGroups.includes('C0004')) fbq('init', '5');
      if (OnetrustActiveGroups.includes('C0002')) fbq('init', '6');
      if (window.Shopify.customerPrivacy.marketingAllowed()) fbq('init', '7');
      if (window.Shopify.customerPrivacy.analyticsProcessingAllowed()) fbq('init', '8');
      if (hasConsent()) fbq('init', '9');
      if (getCookie('consent_level') === 'necessary') fbq('init', '10');
    `);
    const kinds = Array.from({ length: 10 }, (_, index) => probe.kind(`fbq('init', '${index + 1}')`));
    expect(kinds).toEqual(['check', undefined, 'check', undefined, 'check', undefined, 'check', undefined, 'check', 'check']);
    expect(probe.shortfall("fbq('init', '2')")).toBe('narrow: Cookiebot.consent.statistics');
    expect(probe.shortfall("fbq('init', '9')")).toBeUndefined();
  });

  it('keeps only what every flag of an OR covers, in early returns and branches', () => {
    const probe = analyse(`
      export function a(consent) { if (!(consent.analytics || consent.marketing)) return; send('a'); }
      export function b(consent) { if (!consent.marketing && !consent.ads) return; send('b'); }
      export function c(consent) { if (!consent.analytics && !consent.marketing) return; send('c'); }
      export function d(consent) { if (!consent.analytics || !consent.marketing) return; send('d'); }
      export function e(consent) { if (consent.marketing === 'denied' && consent.analytics === 'denied') return; send('e'); }
      export function f(consent) { if (consent && consent.analytics) send('f'); }
      export function g(consent) { if (consent && consent.marketing === true) send('g'); }
      export function h() { if (hasConsent() || consent.analytics) send('h'); }
    `);
    const kinds = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'].map((id) => probe.kind(`send('${id}')`, false));
    expect(kinds).toEqual([undefined, 'check', undefined, 'check', undefined, undefined, 'check', undefined]);
    expect(probe.shortfall("send('a')")).toBe('narrow: !(consent.analytics || consent.marketing)');
  });

  it('leaves conditions that are not about consent out of the purposes', () => {
    const probe = analyse(`
      if (hasConsent() || debug) fbq('init', '1');
      if (typeof Cookiebot === 'undefined' || Cookiebot.consent.statistics) fbq('init', '2');
      export function a() { if (consentRequired && !hasConsent()) return; fbq('init', '3'); }
      export function b() { if (!cfg.consentRequired) fbq('init', '4'); }
      export function c(req, res) { if (!requireConsent(req, res)) return; fbq('init', '5'); }
      if (window.Cookiebot?.hasResponse) fbq('init', '6');
      if (Cookiebot.hasResponse && Cookiebot.consent.marketing) fbq('init', '7');
      if (document.cookie.includes('OptanonAlertBoxClosed')) fbq('init', '8');
      if (getCookie('consent_response') === 'accepted') fbq('init', '9');
      if (window.Cookiebot && window.Cookiebot.hasResponse) fbq('init', '10');
      if (window.Cookiebot) fbq('init', '11');
      if (window.Cookiebot && window.Cookiebot.consent.marketing) fbq('init', '12');
      if (typeof OneTrust !== 'undefined' && OnetrustActiveGroups.includes('C0004')) fbq('init', '13');
    `);
    expect(probe.kind("fbq('init', '1')")).toBe('check');
    expect(probe.kind("fbq('init', '2')")).toBeUndefined();
    expect(probe.kind("fbq('init', '3')")).toBe('check');
    expect(probe.kind("fbq('init', '4')")).toBeUndefined();
    expect(probe.kind("fbq('init', '5')")).toBe('check');
    // The visitor answered the banner (declining too): not consent by itself.
    expect(probe.kind("fbq('init', '6')")).toBeUndefined();
    expect(probe.kind("fbq('init', '7')")).toBe('check');
    expect(probe.kind("fbq('init', '8')")).toBeUndefined();
    // …but an answer compared with a choice is the choice.
    expect(probe.kind("fbq('init', '9')")).toBe('check');
    // A platform's script object is there whatever the visitor chose: testing it checks nothing.
    expect(probe.kind("fbq('init', '10')")).toBeUndefined();
    expect(probe.kind("fbq('init', '11')")).toBeUndefined();
    expect(probe.kind("fbq('init', '12')")).toBe('check');
    expect(probe.kind("fbq('init', '13')")).toBe('check');
  });

  it('follows constants and helpers into what they check', () => {
    const probe = analyse(`
      const canTrack = consent.analytics || consent.marketing;
      const canAdvertise = () => consent.marketing;
      function consentGranted() {
        if (!settings.requireConsent) return true;
        if (window.Cookiebot && window.Cookiebot.consent) return !!Cookiebot.consent.marketing || !!Cookiebot.consent.statistics;
        return false;
      }
      function hasMarketingConsent() { return readCookie('c') === 'yes'; }
      if (canTrack) fbq('init', '1');
      if (canAdvertise()) fbq('init', '2');
      if (consentGranted()) fbq('init', '3');
      if (hasMarketingConsent()) fbq('init', '4');
    `);
    expect(probe.kind("fbq('init', '1')")).toBeUndefined();
    expect(probe.kind("fbq('init', '2')")).toBe('check');
    expect(probe.kind("fbq('init', '3')")).toBeUndefined();
    expect(probe.kind("fbq('init', '4')")).toBe('check');
  });

  it('names the check that falls short at the call of a helper', () => {
    const probe = analyse(`
      function loadPixel() { fbq('init', '1'); }
      if (consentState.analytics_storage === 'granted') loadPixel();
    `);
    expect(probe.kind("fbq('init', '1')")).toBeUndefined();
    expect(probe.shortfall("fbq('init', '1')")).toBe("narrow: consentState.analytics_storage === 'granted'");
  });

  it('takes the nearest purpose along a member chain', () => {
    const probe = analyse(`
      export function a(cookiePreferences) { if (cookiePreferences.marketing) fbq('init', '1'); }
      export function b(consentPreferences) { if (consentPreferences.analytics) fbq('init', '2'); }
      export function c(analyticsConsent) { if (analyticsConsent.granted) fbq('init', '3'); }
    `);
    expect(probe.kind("fbq('init', '1')")).toBe('check');
    expect(probe.kind("fbq('init', '2')")).toBeUndefined();
    expect(probe.shortfall("fbq('init', '2')")).toBe('narrow: consentPreferences.analytics');
    expect(probe.kind("fbq('init', '3')")).toBeUndefined();
  });

  it('counts a name from consentSignals for every purpose', () => {
    const code = "if (getAnalyticsConsent() === 'accepted') fbq('init', '1');";
    expect(analyse(code).kind("fbq('init', '1')")).toBeUndefined();
    expect(analyse(code, { consentSignals: ['getAnalyticsConsent'] }).kind("fbq('init', '1')")).toBe('check');
  });

  it('takes no constant for a consent check (point 5), and leaves code a constant never runs alone', () => {
    const probe = analyse(`
      const CONSENT_GRANTED = true;
      const CONSENT_REQUIRED = false;
      const config = { marketingConsent: true };
      if (CONSENT_GRANTED) fbq('init', '1');
      export function a() { if (!CONSENT_REQUIRED || hasConsent()) fbq('init', '2'); }
      export function b() { if (!config.marketingConsent) return; fbq('init', '3'); }
      if (!CONSENT_GRANTED) fbq('init', '4');
      if (CONSENT_GRANTED && Cookiebot.consent.marketing) fbq('init', '5');
    `);
    expect(probe.kind("fbq('init', '1')")).toBeUndefined();
    expect(probe.shortfall("fbq('init', '1')")).toBe('constant: CONSENT_GRANTED');
    expect(probe.kind("fbq('init', '2')")).toBeUndefined();
    expect(probe.kind("fbq('init', '3')")).toBeUndefined();
    expect(probe.shortfall("fbq('init', '3')")).toBe('constant: !config.marketingConsent');
    expect(probe.kind("fbq('init', '4')")).toBe('check');
    expect(probe.kind("fbq('init', '5')")).toBe('check');
  });

  it('does not take an analytics-only check before a revoke for a revoke on every path', () => {
    const probe = analyse(`
      export function a() { if (!consent.marketing) fbq('consent', 'revoke'); fbq('init', '1'); }
      export function b() { if (!consent.analytics) fbq('consent', 'revoke'); fbq('init', '2'); }
    `);
    expect(probe.kind("fbq('init', '1')")).toBe('revoke');
    expect(probe.kind("fbq('init', '2')")).toBeUndefined();
  });
});

describe('program order', () => {
  it('orders statements of a block, a test before its branches, and outer code before later callbacks', () => {
    const probe = analyse(`
      fbq('init', '1');
      fbq('dataProcessingOptions', []);
      if (us) { fbq('consent', 'revoke'); } else { fbq('track', 'A'); }
      setTimeout(() => fbq('track', 'B'));
      export function a() { fbq('track', 'C'); }
      export function b() { fbq('track', 'D'); }
    `);
    const { consent, node } = probe;
    expect(consent.runsBefore(node("fbq('init', '1')"), node("fbq('dataProcessingOptions', [])"))).toBe(true);
    expect(consent.runsBefore(node("fbq('dataProcessingOptions', [])"), node("fbq('init', '1')"))).toBe(false);
    expect(consent.runsBefore(node("fbq('consent', 'revoke')"), node("fbq('track', 'A')"))).toBe(false);
    expect(consent.runsBefore(node("fbq('init', '1')"), node("fbq('track', 'B')"))).toBe(true);
    expect(consent.runsBefore(node("fbq('track', 'B')"), node("fbq('init', '1')"))).toBe(false);
    expect(consent.runsBefore(node("fbq('track', 'C')"), node("fbq('track', 'D')"))).toBe(false);
  });

  it('does not throw on odd code', () => {
    const probe = analyse(`
      label: for (const x of xs) { if (consent) continue label; fbq('init', x); }
      switch (k) { case 1: fbq('consent', 'revoke'); fbq('init', '2'); break; default: }
      const f = function self() { return self(); };
    `);
    expect(probe.kind("fbq('init', x)")).toBe('check');
    expect(probe.kind("fbq('init', '2')")).toBe('revoke');
  });
});
