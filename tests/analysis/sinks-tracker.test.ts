/**
 * The reference walk under the sinks (`src/analysis/sinks/tracker.ts`): configured and unconfigured
 * globals, where a global is handed on (parameters, a stub stored as `window.fbq`), `require()`,
 * `import()` with its `.then()` chain, and ambient `declare`d globals in TypeScript (issue 17).
 */
import { describe, expect, it } from 'vitest';
import type { ProbeOptions } from './probe.js';
import { pixelCalls, probe } from './probe.js';

/** `Class.method` of every business SDK call found. */
function sdkCalls(code: string, options?: ProbeOptions): string[] {
  return probe(code, options).sinks.sdkCalls.map((call) => `${call.className}.${call.method}`);
}

/** `sdk:method@line:column` of every App Events call found. */
function appCalls(code: string, options?: ProbeOptions): string[] {
  const result = probe(code, options);
  return result.sinks.appEvents.map((call) => `${call.sdk}:${call.method}@${result.at(call.node)}`);
}

describe('require() of a configured global', () => {
  // `sourceType: 'commonjs'` (ESLint's default for .cjs files) and `globals.node` declare `require`,
  // so its references are not unresolved: they were missed before.
  const configured: [string, ProbeOptions][] = [
    ['CommonJS', { sourceType: 'commonjs' }],
    ['require configured as a global', { globals: { require: 'readonly' } }],
  ];

  it.each(configured)('finds react-facebook-pixel (%s)', (_name, options) => {
    expect(pixelCalls("const ReactPixel = require('react-facebook-pixel');\nReactPixel.init('1');", options)).toEqual(['react-facebook-pixel:init@2:1']);
  });

  it.each(configured)('finds the business SDK (%s)', (_name, options) => {
    expect(sdkCalls("const bizSdk = require('facebook-nodejs-business-sdk');\nconst userData = new bizSdk.UserData();\nuserData.setEmail(email);", options)).toEqual(['UserData.constructor', 'UserData.setEmail']);
  });

  it.each(configured)('finds react-native-fbsdk-next (%s)', (_name, options) => {
    expect(appCalls("const { AppEventsLogger } = require('react-native-fbsdk-next');\nAppEventsLogger.logEvent('Opened');", options)).toEqual(['react-native-fbsdk-next:logEvent@2:1']);
  });

  it('takes no other function called with require for it', () => {
    expect(pixelCalls("const pixel = load('react-facebook-pixel', require);\npixel.init('1');")).toEqual([]);
  });
});

describe('globals handed on', () => {
  it('follows window into an IIFE when window is a configured global', () => {
    expect(pixelCalls("(function (w) { w.fbq('init', '1'); })(window);", { globals: { window: 'readonly' } })).toEqual(['fbq:init@1:17']);
  });

  it('follows window into the parameter at its own place', () => {
    const code = "function boot(tracker, w) { tracker.fbq('track', 'Lead'); w.fbq('init', '1'); }\nboot(myTracker, window);";
    expect(pixelCalls(code)).toEqual(['fbq:init@1:59']);
  });

  it.each([
    ['window passed to an imported function', "import { boot } from './boot';\nboot(window);\nfbq('track', 'Lead');", ['fbq:track@3:1']],
    ['window passed beyond the parameters', "function init(id) { fbq('init', id); }\ninit('1', window);", ['fbq:init@1:21']],
    ['a stub stored as window.fbq that no code of the file declares', "window.fbq = queueStub;\nfbq('track', 'Lead');", ['fbq:track@2:1']],
  ])('keeps going past %s', (_name, code, expected) => {
    expect(pixelCalls(code)).toEqual(expected);
  });

  it('takes no fallback beside window.fbq for the pixel', () => {
    expect(pixelCalls("function fallback() {}\nconst track = window.fbq || fallback;\nfallback('track', 'Lead');")).toEqual([]);
  });

  it('takes no fbq a script declares for the pixel when it is handed on', () => {
    const code = "function fbq() {}\nfunction boot(track) { track('track', 'Lead'); }\nboot(fbq);";
    expect(pixelCalls(code, { sourceType: 'script' })).toEqual([]);
  });
});

describe('import() and its .then() chain', () => {
  const links = (count: number) => `import('react-facebook-pixel')${'.then((m) => m)'.repeat(count - 1)}.then((m) => m.default.init('1'));`;

  it('follows four links', () => {
    expect(pixelCalls(links(4))).toEqual(['react-facebook-pixel:init@1:89']);
  });

  it('stops after four links', () => {
    expect(pixelCalls(links(5))).toEqual([]);
  });

  it('reads the other fields of a destructured module beside a rest element', () => {
    expect(pixelCalls("import('react-facebook-pixel').then(({ default: RP, ...others }) => { RP.init('1'); });")).toEqual(['react-facebook-pixel:init@1:71']);
  });

  it('skips a destructured export that is not traced', () => {
    const code = "import('react-native-fbsdk-next').then(({ AppEventsLogger, LoginManager }) => { LoginManager.logOut(); AppEventsLogger.logEvent('Opened'); });";
    expect(appCalls(code)).toEqual(['react-native-fbsdk-next:logEvent@1:104']);
  });

  it.each([
    ['an import() kept as a promise', "const pixelModule = import('react-facebook-pixel');\nexport default pixelModule;"],
    ['a callback without a parameter', "import('react-facebook-pixel').then(() => { loaded = true; });"],
    ['a callback with a rest parameter', "import('react-facebook-pixel').then((...args) => console.log(args.length));"],
    ['a named callback', "import('react-facebook-pixel').then(onLoad);"],
    ['then() without a callback', "import('react-facebook-pixel').then();"],
    ['the error of a failed import', "import('react-facebook-pixel').catch((error) => error.default.init('1'));"],
    ['a link without a parameter that returns a name', "import('react-facebook-pixel').then(() => loaded).then((x) => x.init('1'));"],
    ['a link that returns another object\'s default', "import('react-facebook-pixel').then((m) => mock.default).then((RP) => RP.init('1'));"],
  ])('finds no pixel call in %s', (_name, code) => {
    expect(pixelCalls(code)).toEqual([]);
  });
});

describe('ambient declarations in TypeScript', () => {
  const ts = (code: string) => pixelCalls(code, { typescript: true });

  it('finds a declared function fbq', () => {
    expect(ts("declare function fbq(...args: unknown[]): void;\nfbq('track', 'Lead');")).toEqual(['fbq:track@2:1']);
  });

  it('follows declared globals in declaration order', () => {
    const code = "declare const _fbq: (...a: unknown[]) => void;\ndeclare const fbq: (...a: unknown[]) => void;\nfbq('track', 'A');\n_fbq('track', 'B');\nexport {};";
    expect(ts(code)).toEqual(['fbq:track@4:1', 'fbq:track@3:1']);
  });

  it.each([
    ['a function fbq', "function fbq(...args: unknown[]) { console.log(args); }\nfbq('track', 'Lead');"],
    ['a const fbq', "const fbq = (...args: unknown[]) => console.log(args);\nfbq('track', 'Lead');"],
    ['a function fbq merged with a declared namespace', "declare namespace fbq { let queue: unknown[]; }\nfunction fbq(...args: unknown[]) { console.log(args); }\nfbq('track', 'Lead');\nexport {};"],
  ])('takes %s the file defines for no pixel', (_name, code) => {
    expect(ts(code)).toEqual([]);
  });
});

describe('references of an unconfigured global', () => {
  it('takes its direct calls, not the calls it is passed to, and follows its other uses', () => {
    const code = "fbq('init', '1');\nsend('track', fbq);\nconst f = fbq;\nf('track', 'Lead');\nfbq?.('track', 'Purchase');\n(cond ? fbq : noop)('track', 'View');";
    expect(pixelCalls(code)).toEqual(['fbq:init@1:1', 'fbq:track@4:1', 'fbq:track@5:1', 'fbq:track@6:1']);
  });
});
