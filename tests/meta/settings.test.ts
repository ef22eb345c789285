import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../../src/index.js';
import { readSettings } from '../../src/settings.js';

function lintWith(settings: unknown) {
  const linter = new Linter({ configType: 'flat' });
  return linter.verify("fbq('track', 'Lead', { email: user.email });", [
    { ...plugin.configs.recommended, settings: { 'meta-privacy': settings } } as never,
  ], 'file.js');
}

function captureError(run: () => unknown): Error {
  try {
    run();
  } catch (error) {
    return error as Error;
  }
  throw new Error('expected an error');
}

describe('settings', () => {
  it('defaults when absent', () => {
    expect(readSettings({}).hashFunctions).toEqual([]);
    expect(readSettings({}).pixelWrappers).toEqual([]);
  });

  it('parses every setting', () => {
    const settings = readSettings({
      'meta-privacy': {
        piiNames: { contactHandle: 'email' },
        notPiiNames: ['supportEmail'],
        hashFunctions: ['hashForMeta', '@acme/privacy#sha256Normalized'],
        pixelWrappers: [{ name: 'fpixel.event', command: 'track' }],
        consentSignals: ['privacyChoices', '^canTrack(Ads|Marketing)$'],
        sensitiveTerms: { health: ['gluten intolerance'] },
        allowEventNames: ['PharmacyLocatorViewed'],
      },
    });
    expect([...settings.piiNames]).toEqual([['contact handle', 'email']]);
    expect(settings.notPiiNames).toEqual(['support email']);
    expect(settings.hashFunctions).toEqual([{ path: 'hashForMeta' }, { path: 'sha256Normalized', module: '@acme/privacy' }]);
    expect(settings.pixelWrappers).toEqual([{ path: 'fpixel.event', command: 'track', module: undefined }]);
    expect(settings.consentSignals.map((pattern) => pattern.test('userPrivacyChoicesOk'))).toEqual([true, false]);
    expect(settings.consentSignals[1]!.test('canTrackAds')).toBe(true);
    expect(settings.sensitiveTerms).toEqual({ health: ['gluten intolerance'] });
  });

  it('parses each settings object once', () => {
    const raw = { 'meta-privacy': { notPiiNames: ['x'] } };
    expect(readSettings(raw)).toBe(readSettings(raw));
  });

  it.each([
    [{ hashFunction: ['x'] }, /settings\['meta-privacy'\]\.hashFunction is not a setting of this plugin/],
    [{ hashFunctions: 'sha256' }, /settings\['meta-privacy'\]\.hashFunctions must be an array of non-empty strings; got "sha256"/],
    [{ hashFunctions: ['#x'] }, /hashFunctions entry '#x' must be 'name' or 'module#export'/],
    [{ piiNames: { handle: 'mail' } }, /settings\['meta-privacy'\]\.piiNames\.handle must be one of email, phone/],
    [{ piiNames: { handle: 'constructor' } }, /settings\['meta-privacy'\]\.piiNames\.handle must be one of email, phone/],
    [{ hashedTypes: { Digest: 'toString' } }, /settings\['meta-privacy'\]\.hashedTypes\.Digest must be one of /],
    [{ pixelWrappers: [{ name: 'track', command: 'send' }] }, /pixelWrappers\[0\]\.command must be one of fbq, init, track/],
    [{ pixelWrappers: [{ name: 'track', command: 'track', modul: 'x' }] }, /pixelWrappers\[0\]\.modul is not a wrapper property/],
    [{ consentSignals: ['(unclosed'] }, /consentSignals\[0\] is not a valid regular expression/],
    [{ sensitiveTerms: { medical: ['x'] } }, /sensitiveTerms\.medical is not a category/],
    ['yes', /settings\['meta-privacy'\] must be an object/],
  ])('fails loudly on %j, naming the key', (settings, message) => {
    expect(() => lintWith(settings)).toThrow(message);
  });

  it.each([
    [{ hashFunction: ['x'] }, "settings['meta-privacy'].hashFunction"],
    [{ piiNames: { handle: 'mail' } }, "settings['meta-privacy'].piiNames.handle"],
    ['yes', "settings['meta-privacy']"],
  ])('says on the first line of %j that it is this plugin\'s setting, and which, whichever rule reads it first', (settings, key) => {
    const error = captureError(() => lintWith(settings));
    expect(error.message.split('\n')[0]).toBe(`Invalid eslint-plugin-meta-privacy setting: ${key}`);
    // ESLint's CLI prints the stack; it is the message, without frames or the rule that happened to read it.
    expect(error.stack).toBe(error.message);
    expect(error.message).not.toMatch(/Error while loading rule|meta-privacy\/no-/);
  });

  it.each(['metaPrivacy', 'meta_privacy', 'MetaPrivacy', 'metaprivacy', 'eslint-plugin-meta-privacy'])('reports a misspelt namespace settings[%j]', (namespace) => {
    const linter = new Linter({ configType: 'flat' });
    const lint = () =>
      linter.verify("fbq('track', 'Lead', { email: user.email });", [{ ...plugin.configs.recommended, settings: { [namespace]: { notPiiNames: ['email'] } } } as never], 'file.js');
    const error = captureError(lint);
    expect(error.message).toBe(
      `Invalid eslint-plugin-meta-privacy setting: settings['${namespace}']\nsettings['${namespace}'] is not read: this plugin's settings go under settings['meta-privacy']; got {"notPiiNames":["email"]}.`,
    );
  });

  it('reports a misspelt namespace in every lint, the same settings object or not', () => {
    const linter = new Linter({ configType: 'flat' });
    const config = [{ ...plugin.configs.recommended, settings: { metaPrivacy: {} } } as never];
    const lint = (filename: string) => () => linter.verify("fbq('track', 'Lead');", config, filename);
    expect(lint('a.js')).toThrow(/settings\['metaPrivacy'\] is not read/);
    expect(lint('a.js')).toThrow(/settings\['metaPrivacy'\] is not read/);
    expect(lint('b.js')).toThrow(/settings\['metaPrivacy'\] is not read/);
  });

  it('leaves other plugins\' settings alone', () => {
    const linter = new Linter({ configType: 'flat' });
    const settings = { react: { version: 'detect' }, 'import/resolver': { node: true }, meta: { privacy: true } };
    const messages = linter.verify("fbq('track', 'Lead', { email: user.email });", [{ ...plugin.configs.recommended, settings } as never], 'file.js');
    expect(messages.map((message) => message.ruleId)).toEqual(['meta-privacy/no-raw-pii']);
  });

  it('lets a rule run with valid settings', () => {
    expect(lintWith({ notPiiNames: ['email'] }).map((message) => message.ruleId)).toEqual([]);
    expect(lintWith({}).map((message) => message.ruleId)).toEqual(['meta-privacy/no-raw-pii']);
  });
});
