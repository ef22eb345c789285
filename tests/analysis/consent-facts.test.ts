// The consent facts (src/analysis/facts/consent/*) on shapes the rule tests leave out: program order
// inside expressions, exits through nested if/else, revokes in IIFEs, loops, catch and switch, how
// "mentions consent" follows names, middleware written as factories, template paths and answers.
import { describe, expect, it } from 'vitest';
import { getConsent } from '../../src/analysis/facts/consent.js';
import { concernsNoVisitor } from '../../src/analysis/facts/consent/visitorless-sends.js';
import { probe } from './probe.js';

/** The coverage kind of each expression (its last occurrence), `afterRevoke` on as for pixel commands. */
function kinds(code: string, expressions: readonly string[], afterRevoke = true): (string | undefined)[] {
  const result = probe(code);
  const consent = getConsent(result.analysis);
  return expressions.map((expression) => consent.coverage(result.node(expression), { afterRevoke })?.kind);
}

describe('program order inside expressions', () => {
  it('orders the left of && before its right, arguments by position, a test before its branches, and not a node before its own call', () => {
    const { analysis, node } = probe(`
      hasConsent() && fbq('track', 'A');
      send(fbq('track', 'B'), fbq('track', 'C'));
      const v = ready ? fbq('track', 'D') : fbq('track', 'E');
    `);
    const before = (a: string, b: string) => getConsent(analysis).runsBefore(node(a), node(b));
    expect(before('hasConsent()', "fbq('track', 'A')")).toBe(true);
    expect(before("fbq('track', 'A')", 'hasConsent()')).toBe(false);
    expect(before("fbq('track', 'B')", "fbq('track', 'C')")).toBe(true);
    expect(before("fbq('track', 'C')", "fbq('track', 'B')")).toBe(false);
    expect(before('ready', "fbq('track', 'D')")).toBe(true);
    expect(before("fbq('track', 'D')", "fbq('track', 'E')")).toBe(false);
    expect(before("'A'", "fbq('track', 'A')")).toBe(false);
  });
});

describe('early exits', () => {
  it('counts a block ending in an if/else that exits on both branches, not one that may fall through or is empty', () => {
    const code = `
      export function a(x) { if (!consent) { if (x) { return; } else { throw new Error('no'); } } fbq('init', '1'); }
      export function b(x) { if (!consent) { if (x) return; } fbq('init', '2'); }
      export function c() { if (!consent) {} fbq('init', '3'); }
    `;
    expect(kinds(code, ["fbq('init', '1')", "fbq('init', '2')", "fbq('init', '3')"])).toEqual(['check', undefined, undefined]);
  });
});

describe('conditions around a node', () => {
  it('judges a constant by the side the code runs on, skips ??, and does not guard the test itself', () => {
    const code = `
      const CONSENT_GRANTED = true;
      const CONSENT_REQUIRED = false;
      CONSENT_GRANTED && fbq('init', '1');
      CONSENT_REQUIRED || fbq('init', '2');
      consentState ?? fbq('init', '3');
      if (CONSENT_GRANTED) { log('granted'); } else { fbq('init', '4'); }
      if (hasMarketingConsent()) fbq('init', '5');
    `;
    expect(kinds(code, ["fbq('init', '1')", "fbq('init', '2')", "fbq('init', '3')", "fbq('init', '4')", 'hasMarketingConsent()'])).toEqual([
      undefined,
      undefined,
      undefined,
      'check',
      undefined,
    ]);
  });

  it('judges an if whose else exits by its test holding: a constant that is true is no check', () => {
    const code = "const CONSENT_GRANTED = true;\nexport function a() { if (CONSENT_GRANTED) { log('ok'); } else { return; } fbq('init', '1'); }";
    expect(kinds(code, ["fbq('init', '1')"])).toEqual([undefined]);
  });

  it('takes the early exit that guards over an earlier one that falls short, and an else that exits', () => {
    const code = `
      export function a(consent) { if (!consent.analytics) return; if (!consent.marketing) return; fbq('init', '1'); }
      export function b() { if (hasMarketingConsent()) { log('ok'); } else { return; } fbq('init', '2'); }
    `;
    expect(kinds(code, ["fbq('init', '1')", "fbq('init', '2')"])).toEqual(['check', 'check']);
  });
});

describe('revoke before init', () => {
  it('follows an immediately invoked function out to its call, not a callback run later', () => {
    expect(kinds("(function () { fbq('consent', 'revoke'); })();\nfbq('init', '1');", ["fbq('init', '1')"])).toEqual(['revoke']);
    expect(kinds("export function f() { setTimeout(() => { fbq('consent', 'revoke'); }); fbq('init', '2'); }", ["fbq('init', '2')"])).toEqual([undefined]);
  });

  it('does not count a revoke that runs only on some paths: after a non-consent &&, ??, in a loop, a catch or a case', () => {
    const code = `
      export function a() { hasConsent() || fbq('consent', 'revoke'); fbq('init', '1'); }
      export function b() { debug && fbq('consent', 'revoke'); fbq('init', '2'); }
      export function c() { settings.mode ?? fbq('consent', 'revoke'); fbq('init', '3'); }
      export function d(xs) { for (const x of xs) { fbq('consent', 'revoke'); } fbq('init', '4'); }
      export function e() { while (waiting()) fbq('consent', 'revoke'); fbq('init', '5'); }
      export function f() { try { load(); } catch { fbq('consent', 'revoke'); } fbq('init', '6'); }
      export function g(region) { switch (region) { case 'EU': fbq('consent', 'revoke'); } fbq('init', '7'); }
    `;
    const inits = Array.from({ length: 7 }, (_, index) => `fbq('init', '${index + 1}')`);
    expect(kinds(code, inits)).toEqual(['revoke', undefined, undefined, undefined, undefined, undefined, undefined]);
  });

  it('takes the earliest revoke of a block, whichever is found first, and not the revoke itself', () => {
    const helperLater = "function pause() { fbq('consent', 'revoke'); }\nfbq('consent', 'revoke');\nfbq('init', '1');\npause();";
    const helperEarlierInSource = "fbq('consent', 'revoke');\nfbq('init', '1');\nfunction pause() { fbq('consent', 'revoke'); }\npause();";
    expect(kinds(helperLater, ["fbq('init', '1')"])).toEqual(['revoke']);
    expect(kinds(helperEarlierInSource, ["fbq('init', '1')"])).toEqual(['revoke']);
    expect(kinds("fbq('consent', 'revoke');\nfbq('init', '1');", ["fbq('consent', 'revoke')"])).toEqual([undefined]);
  });

  it('stops following a recursive helper', () => {
    expect(kinds("function pause(n) { fbq('consent', 'revoke'); if (n) pause(n - 1); }\npause(3);\nfbq('init', '1');", ["fbq('init', '1')"])).toEqual(['revoke']);
  });
});

describe('what mentions consent', () => {
  it('follows names that read a variable, not property names or keys that share its name', () => {
    const code = `
      const ok = hasConsent();
      if (settings.ok) fbq('init', '1');
      if (isEnabled({ ok: true })) fbq('init', '2');
      if (ok) fbq('init', '3');
    `;
    expect(kinds(code, ["fbq('init', '1')", "fbq('init', '2')", "fbq('init', '3')"])).toEqual([undefined, undefined, 'check']);
  });

  it('follows an import to the module it comes from', () => {
    expect(kinds("import { ready } from '@cookiebot/consent';\nif (ready()) fbq('init', '1');", ["fbq('init', '1')"])).toEqual(['check']);
    expect(kinds("import { ready } from './boot';\nif (ready()) fbq('init', '1');", ["fbq('init', '1')"])).toEqual([undefined]);
  });

  it('follows a helper that returns a consent value on one of its paths', () => {
    expect(kinds("function ok(x) { if (x) return hasConsent(); return false; }\nif (ok()) fbq('init', '1');", ["fbq('init', '1')"])).toEqual(['check']);
  });

  it('reads React state from the values its setter is called with, not a pair from another function or an argument beside the setter', () => {
    const code = `
      const [allowed, setAllowed] = pair(false);
      setAllowed(hasConsent());
      if (allowed) fbq('init', '1');
      const [shown, setShown] = useState(false);
      track(hasConsent(), setShown);
      if (shown) fbq('init', '2');
    `;
    expect(kinds(code, ["fbq('init', '1')", "fbq('init', '2')"])).toEqual([undefined, undefined]);
  });
});

describe('what mentions consent: state pairs and object values', () => {
  it('reads no state from a hook result kept whole, a pair destructured from a value, or a state without a setter', () => {
    const code = `
      const choice = useState(false);
      if (choice[0]) fbq('init', '1');
      const [allowed, setAllowed] = initial;
      if (allowed) fbq('init', '2');
      const [shown] = useState(false);
      if (shown) fbq('init', '3');
    `;
    expect(kinds(code, ["fbq('init', '1')", "fbq('init', '2')", "fbq('init', '3')"])).toEqual([undefined, undefined, undefined]);
  });

  it('follows a variable given as the value of a property', () => {
    expect(kinds("const granted = hasConsent();\nif (isEnabled({ ok: granted })) fbq('init', '1');", ["fbq('init', '1')"])).toEqual(['check']);
  });
});

describe('consent API callbacks and pixel consent calls', () => {
  it('takes a callback registered through a method named for consent, and one of a factory picked by a computed key', () => {
    const code = `
      events.onConsentGiven(() => { fbq('init', '1'); });
      app.post('/a', requireConsent[mode](), async (req, res) => { await deliver('a'); });
    `;
    expect(kinds(code, ["fbq('init', '1')", "deliver('a')"], false)).toEqual(['callback', 'check']);
  });

  it('takes no revoke from a consent call without an action or with an unknown one, nor after ?? on a consent value', () => {
    const code = `
      export function a() { fbq('consent'); fbq('init', '1'); }
      export function b() { fbq('consent', 'later'); fbq('init', '2'); }
      export function c() { consentState ?? fbq('consent', 'revoke'); fbq('init', '3'); }
    `;
    expect(kinds(code, ["fbq('init', '1')", "fbq('init', '2')", "fbq('init', '3')"])).toEqual([undefined, undefined, undefined]);
  });
});

describe('functions by name', () => {
  it('names a function assigned to a property or a constant, for CMP callbacks and consent handlers', () => {
    const code = `
      window.OptanonWrapper = function () { fbq('init', '1'); };
      window.onConsentAccepted = function () { fbq('init', '2'); };
      const onConsentGiven = () => { fbq('init', '3'); };
    `;
    expect(kinds(code, ["fbq('init', '1')", "fbq('init', '2')", "fbq('init', '3')"])).toEqual(['callback', 'callback', 'callback']);
  });

  it('follows a class field arrow to its calls, and method calls only on instances of the class', () => {
    const code = `
      class Pixel { boot = () => { fbq('init', '1'); }; start() { if (hasConsent()) this.boot(); } }
      class Client { async post(e) { await deliver(e); } }
      const client = new Client();
      if (consent) client.post(1);
      const api = createApi();
      api.post(2);
    `;
    expect(kinds(code, ["fbq('init', '1')", 'deliver(e)'], false)).toEqual(['callers', 'callers']);
  });

  it('follows a static method called on its class, a method of an anonymous class called on this, and an instance made with await new', () => {
    const code = `
      class Pixel { static boot() { fbq('init', '1'); } }
      if (hasConsent()) Pixel.boot();
      export default class { start() { fbq('init', '2'); } run() { if (hasConsent()) this.start(); if (consent) tracker.start(); } }
      class Client { async post(e) { await deliver(e); } }
      const client = await new Client();
      if (consent) client.post(1);
    `;
    expect(kinds(code, ["fbq('init', '1')", "fbq('init', '2')", 'deliver(e)'], false)).toEqual(['callers', 'callers', 'callers']);
  });

  it('takes no call of a method on another object: a member chain, or an instance of another class', () => {
    const code = `
      const tracker = { start() { fbq('init', '1'); } };
      const client = new sdk.Client();
      if (hasConsent()) client.start();
      if (hasConsent()) window.other.start();
    `;
    expect(kinds(code, ["fbq('init', '1')"])).toEqual([undefined]);
  });

  it('follows a method of an object literal written with satisfies to its calls', () => {
    const code = "const tracker = { start() { fbq('init', '1'); } } satisfies Tracker;\nif (hasConsent()) tracker.start();";
    const result = probe(code, { typescript: true });
    expect(getConsent(result.analysis).coverage(result.node("fbq('init', '1')"), { afterRevoke: true })?.kind).toBe('callers');
  });

  it('follows a function written inline in an expression, or an unnamed default export, out to where it is written', () => {
    const code = `
      if (hasConsent()) { run(custom || (() => { fbq('init', '1'); })); }
      export default function () { fbq('init', '2'); }
    `;
    expect(kinds(code, ["fbq('init', '1')", "fbq('init', '2')"])).toEqual(['check', undefined]);
  });

  it('takes a callback of a consent call chain or of a consent function', () => {
    const code = `
      getConsent().then(() => { fbq('init', '1'); });
      whenConsentGiven(() => { fbq('init', '2'); });
    `;
    expect(kinds(code, ["fbq('init', '1')", "fbq('init', '2')"])).toEqual(['callback', 'callback']);
  });
});

describe('route middleware', () => {
  it('takes a template or array path for a route, a local middleware factory, and Fastify route options with a hook before', () => {
    const code = `
      const gate = () => (req, res, next) => { if (req.cookies.marketing_consent === 'yes') next(); };
      app.post(\`/api/lead\`, requireConsent, async (req, res) => { await deliver('a'); });
      app.post(['/api/a', '/api/b'], requireConsent, async (req, res) => { await deliver('b'); });
      app.post('/api/c', gate(), async (req, res) => { await deliver('c'); });
      fastify.addHook('preHandler', requireConsent);
      fastify.route({ method: 'POST', url: '/api/d', handler: async (req, reply) => { await deliver('d'); } });
    `;
    expect(kinds(code, ["deliver('a')", "deliver('b')", "deliver('c')", "deliver('d')"], false)).toEqual(['check', 'check', 'check', 'check']);
  });

  it('takes a middleware without next that answers or throws on a failed consent check, not one that only returns', () => {
    const code = `
      function answers(req, res) { if (!req.cookies.ad_consent) { res.statusCode = 403; return; } }
      function throws(req) { if (!req.cookies.ad_consent) throw new Error('forbidden'); }
      function setsLocals(req, res) { if (!req.cookies.ad_consent) { res.locals = {}; return; } }
      const expression = (req) => req.cookies.ad_consent;
      app.post('/a', answers, async (req, res) => { await deliver('a'); });
      app.post('/b', throws, async (req, res) => { await deliver('b'); });
      app.post('/c', setsLocals, async (req, res) => { await deliver('c'); });
      app.post('/d', expression, async (req, res) => { await deliver('d'); });
    `;
    expect(kinds(code, ["deliver('a')", "deliver('b')", "deliver('c')", "deliver('d')"], false)).toEqual(['check', 'check', undefined, undefined]);
  });
});

describe('route middleware by name, value and hook', () => {
  it('takes a consent factory for marketing, a constant holding one, a member named for consent, not a hook that runs after the handler', () => {
    const code = `
      const gate = consentGate('marketing');
      app.post('/a', requireConsent('marketing'), async (req, res) => { await deliver('a'); });
      app.post('/b', gate, async (req, res) => { await deliver('b'); });
      app.post('/c', middleware.requireConsent, async (req, res) => { await deliver('c'); });
      fastify.route({ method: 'POST', url: '/d', preHandler: requireConsent, onResponse: async (req, reply) => { await deliver('d'); } });
      server.addHook('onSend', requireConsent);
      server.post('/e', async (req, reply) => { await deliver('e'); });
    `;
    expect(kinds(code, ["deliver('a')", "deliver('b')", "deliver('c')", "deliver('d')", "deliver('e')"], false)).toEqual(['check', 'check', 'check', undefined, undefined]);
  });

  it('takes no middleware whose next() is reached on a path without a consent check', () => {
    const code = `
      function gate(req, res, next) {
        if (req.path === '/health') return next();
        if (!req.cookies.ad_consent) return res.sendStatus(403);
        next();
      }
      app.post('/a', gate, async (req, res) => { await deliver('a'); });
    `;
    expect(kinds(code, ["deliver('a')"], false)).toEqual([undefined]);
  });
});

describe('consent purposes of a condition', () => {
  /** The consent check that falls short for Meta around each expression, as `kind: purposes or value` (`unnamed`: the test's own text names none). */
  function shortfalls(code: string, expressions: readonly string[]): (string | undefined)[] {
    const result = probe(code);
    const consent = getConsent(result.analysis);
    return expressions.map((expression) => {
      const judged = consent.shortfall(result.node(expression));
      if (!judged) return undefined;
      const { judgement } = judged;
      return judgement.kind === 'narrow' ? `narrow: ${judgement.purposes.join(', ') || 'unnamed'}` : judgement.kind === 'constant' ? `constant: ${judgement.value}` : judgement.kind;
    });
  }

  it('takes a test of whether a CMP is loaded for no consent check', () => {
    const code = `
      if (typeof Cookiebot !== 'undefined') fbq('init', '1');
      if ('OneTrust' in window) fbq('init', '2');
      if (window.UC_UI instanceof Object) fbq('init', '3');
      if (typeof Cookiebot !== 'undefined' && Cookiebot.consent.marketing) fbq('init', '4');
    `;
    expect(kinds(code, ["fbq('init', '1')", "fbq('init', '2')", "fbq('init', '3')", "fbq('init', '4')"])).toEqual([undefined, undefined, undefined, 'check']);
  });

  it('judges a ternary, an await and helpers by what they return, falling off the end as undefined', () => {
    const code = `
      const REQUIRED = false;
      async function loadChoice() { return consent.analytics; }
      function cookiebotMarketing() { if (window.Cookiebot) return Cookiebot.consent.marketing; }
      function readChoice() { const c = getConsent(); return c.analytics; }
      function cookiebotStatistics() { if (!window.Cookiebot) { return false; } return Cookiebot.consent.statistics; }
      if (isEU ? hasMarketingConsent() : true) fbq('init', '1');
      if (isEU ? consent.analytics : true) fbq('init', '2');
      if (REQUIRED ? hasMarketingConsent() : true) fbq('init', '3');
      export async function a() { if (await loadChoice()) fbq('init', '4'); }
      if (cookiebotMarketing()) fbq('init', '5');
      if (readChoice()) fbq('init', '6');
      if (cookiebotStatistics()) fbq('init', '7');
    `;
    const inits = Array.from({ length: 7 }, (_, index) => `fbq('init', '${index + 1}')`);
    expect(kinds(code, inits)).toEqual(['check', undefined, undefined, undefined, 'check', undefined, undefined]);
    expect(shortfalls(code, inits)).toEqual([undefined, 'narrow: analytics', 'constant: true', 'narrow: analytics', undefined, 'narrow: analytics', 'narrow: analytics']);
  });

  it('keeps a constant beside a flag: false under && never runs, true under || always does', () => {
    const code = `
      const TRACKING = false;
      const ALWAYS_TRACK = true;
      if (TRACKING && consent.analytics) fbq('init', '1');
      if (ALWAYS_TRACK || consent.analytics) fbq('init', '2');
      if (consent.analytics || ALWAYS_TRACK) fbq('init', '3');
    `;
    expect(kinds(code, ["fbq('init', '1')", "fbq('init', '2')", "fbq('init', '3')"])).toEqual(['check', undefined, undefined]);
    expect(shortfalls(code, ["fbq('init', '2')", "fbq('init', '3')"])).toEqual(['constant: true', 'constant: true']);
  });

  it('reads ?? as one flag, and a ternary or guard clause on a constant by the branch it takes', () => {
    const code = `
      const GDPR_MODE = true;
      function canTrack() { if (GDPR_MODE) return consent.analytics; return true; }
      if (consent.analytics ?? true) fbq('init', '1');
      if (GDPR_MODE ? consent.analytics : true) fbq('init', '2');
      if (canTrack()) fbq('init', '3');
    `;
    expect(shortfalls(code, ["fbq('init', '1')", "fbq('init', '2')", "fbq('init', '3')"])).toEqual(['narrow: analytics', 'narrow: analytics', 'narrow: analytics']);
  });

  it('stops following a helper that calls itself, directly or through a constant', () => {
    const code = `
      const canTrack = () => consent.analytics && canTrack();
      function allowed() { const ok = consent.analytics && allowed(); return ok; }
      if (canTrack()) fbq('init', '1');
      if (allowed()) fbq('init', '2');
    `;
    expect(shortfalls(code, ["fbq('init', '1')", "fbq('init', '2')"])).toEqual(['narrow: analytics', 'narrow: analytics']);
  });

  it('reads a helper\'s guard clauses in braces and its end, and judges by its name one it cannot read', () => {
    const code = `
      function canTrack() { if (!window.Cookiebot) { return false; } return Cookiebot.consent.statistics; }
      function mayTrack() { if (window.Cookiebot) return Cookiebot.consent.statistics; }
      function readyToTrack() { initConsent(); return consent.analytics; }
      function shouldTrack() { if (!window.Cookiebot) return false; initConsent(); return Cookiebot.consent.statistics; }
      function okToTrack() { if (window.debugConsent) {} return consent.analytics; }
      if (canTrack()) fbq('init', '1');
      if (mayTrack()) fbq('init', '2');
      if (readyToTrack()) fbq('init', '3');
      if (shouldTrack()) fbq('init', '4');
      if (okToTrack()) fbq('init', '5');
    `;
    const inits = Array.from({ length: 5 }, (_, index) => `fbq('init', '${index + 1}')`);
    expect(shortfalls(code, inits)).toEqual(['narrow: analytics', 'narrow: analytics', undefined, undefined, undefined]);
  });

  it('keeps a helper that always answers false or true beside a flag: false under && never runs, true under || always does', () => {
    const code = `
      function trackingEnabled() { return false; }
      function forceTracking() { return true; }
      if (trackingEnabled() && consent.analytics) fbq('init', '1');
      if (consent.analytics && trackingEnabled()) fbq('init', '2');
      if (consent.analytics && forceTracking()) fbq('init', '3');
    `;
    expect(shortfalls(code, ["fbq('init', '1')", "fbq('init', '2')", "fbq('init', '3')"])).toEqual([undefined, undefined, 'narrow: analytics']);
  });

  it('takes two flags that name no purpose, AND-ed, as a check for every purpose', () => {
    expect(shortfalls("if (hasConsent() && userConsented) fbq('init', '1');", ["fbq('init', '1')"])).toEqual([undefined]);
  });

  it('reads a CMP object alone as its presence, and a search for a purpose compared with -1 as a flag', () => {
    const code = `
      if (Cookiebot) fbq('init', '1');
      if (consents.indexOf('marketing') !== -1) fbq('init', '2');
      if (consents.indexOf('analytics') !== -1) fbq('init', '3');
    `;
    expect(kinds(code, ["fbq('init', '1')", "fbq('init', '2')"])).toEqual([undefined, 'check']);
    expect(shortfalls(code, ["fbq('init', '3')"])).toEqual(['narrow: analytics']);
  });

  it('reads the purpose words of a regular expression and of a string joined to a name, not of one compared with', () => {
    const code = `
      if (/analytics=1/.test(consentCookie)) fbq('init', '1');
      if (readConsent(COOKIE_PREFIX + 'analytics')) fbq('init', '2');
      if (consentAnswered === true) fbq('init', '3');
    `;
    expect(shortfalls(code, ["fbq('init', '1')", "fbq('init', '2')"])).toEqual(['narrow: analytics', 'narrow: analytics']);
    expect(kinds(code, ["fbq('init', '3')"])).toEqual([undefined]);
  });

  it('names the purposes of the nearest member and of template text', () => {
    const code = `
      if (consentPreferences.analytics) fbq('init', '1');
      if (document.cookie.includes(\`analytics_consent=true\`)) fbq('init', '2');
    `;
    expect(shortfalls(code, ["fbq('init', '1')", "fbq('init', '2')"])).toEqual(['narrow: analytics', 'narrow: analytics']);
  });
});

describe('Conversions API sends that concern no visitor', () => {
  /** Whether the one CAPI request of a script sending `events` concerns no visitor. */
  function noVisitor(events: string): boolean {
    const { analysis } = probe(`const SAMPLE_NAME = 'Test User';\nexport async function run(req, emails) {\n  await fetch('https://graph.facebook.com/v21.0/1/events', { method: 'POST', body: JSON.stringify({ data: [${events}] }) });\n}`);
    const [request] = analysis.sinks.requests;
    return concernsNoVisitor(analysis, request!);
  }
  const event = (userData: string) => `{ event_name: 'Purchase', event_time: Math.floor(Date.now() / 1000), action_source: 'website', user_data: { ${userData} } }`;

  it('takes user data from the environment, a run stamp, a method of a constant for a sample', () => {
    expect(noVisitor(event("client_ip_address: process.env.TEST_IP, client_user_agent: 'smoke-test'"))).toBe(true);
    expect(noVisitor(event('external_id: `smoke-${Date.now()}`'))).toBe(true);
    expect(noVisitor(event('fn: [SAMPLE_NAME.toLowerCase()]'))).toBe(true);
  });

  it('takes no request whose user data reads the visitor anywhere, or where one event of several does', () => {
    expect(noVisitor(event('client_ip_address: req.ip'))).toBe(false);
    expect(noVisitor(event("client_user_agent: `${'smoke'}/${req.headers['user-agent']}`"))).toBe(false);
    expect(noVisitor(event('em: [...emails]'))).toBe(false);
    expect(noVisitor(`${event("client_ip_address: '127.0.0.1'")}, ${event('client_ip_address: req.ip')}`)).toBe(false);
  });
});
