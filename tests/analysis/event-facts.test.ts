// The event facts (src/analysis/facts/event-names.ts, event-data.ts, app-events.ts) as their readers
// see them: the static texts an event name or descriptive value can have, which
// no-sensitive-event-data matches against the lexicon and reports at their sources.
import { describe, expect, it } from 'vitest';
import { staticTexts } from '../../src/analysis/facts/event-names.js';
import { slotReads } from '../../src/analysis/facts/event-data.js';
import { formFieldValue, isUnderAttAnswer, parameterFields } from '../../src/analysis/facts/app-events.js';
import { probe } from './probe.js';

/** The texts of the expression `expression` (its last occurrence) in `code`: `text [sources]`, `…` when incomplete. */
function textsOf(code: string, expression: string): string[] {
  const { analysis, node } = probe(code, { typescript: true });
  return staticTexts(analysis.sourceCode, node(expression)).map(
    (text) => `${text.text}${text.complete ? '' : ' (incomplete)'} [${text.sources.map((source) => source.text).join(', ')}]`,
  );
}

/** `${a ? '0' : '1'}…` with `count` such interpolations: 2^count alternatives. */
const choices = (count: number) => `\`${Array.from({ length: count }, (_, index) => `\${c${index} ? '0' : '1'}`).join('')}\``;

describe('staticTexts', () => {
  it('joins literals and templates, with each piece as a source', () => {
    expect(textsOf("const x = 'Re' + `hab${'Intake'}`;", "'Re' + `hab${'Intake'}`")).toEqual(['RehabIntake [Re, hab, Intake]']);
  });

  it('reads a template by its cooked text', () => {
    expect(textsOf("const x = 'R' + `eh\\x61b`;", "'R' + `eh\\x61b`")).toEqual(['Rehab [R, ehab]']);
  });

  it('makes an unknown part a word break and the text incomplete', () => {
    expect(textsOf("const x = 'Rehab' + 1 + name + f();", "'Rehab' + 1 + name + f()")).toEqual(['Rehab……… (incomplete) [Rehab]']);
  });

  it('joins only with +', () => {
    expect(textsOf("const x = 'Rehab' - 'Intake';", "'Rehab' - 'Intake'")).toEqual([]);
  });

  it('gives both sides of || and of a conditional', () => {
    expect(textsOf("const x = 'Lead' || 'Rehab';", "'Lead' || 'Rehab'")).toEqual(['Lead [Lead]', 'Rehab [Rehab]']);
    expect(textsOf("const x = a ? 'Rehab' : 'Lead';", "a ? 'Rehab' : 'Lead'")).toEqual(['Rehab [Rehab]', 'Lead [Lead]']);
  });

  it('keeps at most 16 alternatives', () => {
    expect(textsOf(`const x = ${choices(5)};`, choices(5))).toHaveLength(16);
    expect(textsOf(`const x = a ? ${choices(4)} : ${choices(4)};`, `a ? ${choices(4)} : ${choices(4)}`)).toHaveLength(16);
    expect(textsOf(`const x = ${choices(4)} ?? ${choices(4)};`, `${choices(4)} ?? ${choices(4)}`)).toHaveLength(16);
    const callers = Array.from({ length: 17 }, (_, index) => `send('Event${index}');`).join('\n');
    expect(textsOf(`function send(name) { fbq('track', name); }\n${callers}`, 'name')).toHaveLength(16);
  });

  it('follows constants up to six steps', () => {
    const chain = (length: number) =>
      ["const a0 = 'Rehab';", ...Array.from({ length }, (_, index) => `const a${index + 1} = a${index};`)].join('\n');
    expect(textsOf(chain(5), 'a5')).toEqual(['Rehab [Rehab]']);
    expect(textsOf(chain(6), 'a6')).toEqual([]);
  });

  it("follows a local helper's parameter to its callers' arguments", () => {
    expect(textsOf("function send(name) { fbq('track', name); }\nsend('Rehab');\nsend('Lead');", 'name')).toEqual([
      'Rehab [Rehab]',
      'Lead [Lead]',
    ]);
  });

  it('reads enum members by name, written as identifiers or strings', () => {
    const code = "enum Events { Lead = 'Lead', Rehab = 'RehabIntake', 'Pre Natal' = 'PrenatalCheck' }\n";
    expect(textsOf(`${code}fbq('track', Events.Rehab);`, 'Events.Rehab')).toEqual(['RehabIntake [RehabIntake]']);
    expect(textsOf(`${code}fbq('track', Events['Pre Natal']);`, "Events['Pre Natal']")).toEqual(['PrenatalCheck [PrenatalCheck]']);
    expect(textsOf(`${code}fbq('track', Events.Missing);`, 'Events.Missing')).toEqual([]);
  });
});

/** slotReads of the file's last pixel call's `params`: `key at <the object as sent>`. */
function readsOf(code: string): string[] {
  const { analysis } = probe(code);
  const call = analysis.sinks.pixelCalls.at(-1)!;
  return slotReads(analysis, call, 'params').map((read) => `${read.key} at ${analysis.sourceCode.getText(read.at)}`);
}

describe('slotReads', () => {
  const track = (body: string) => `export function track(name, params) {\n  ${body}\n  fbq('track', name, params);\n}`;

  it('keeps a key tested beside another check of the object, but not beside another condition', () => {
    const missing = (test: string) => readsOf(`export const track = (event, params) => {\n  if (${test}) identify(params);\n  else fbq('track', event, params);\n};`);
    expect(missing('params.email || params.phone')).toEqual(['email at params', 'phone at params']);
    expect(missing('params.email && consent')).toEqual(['email at params']);
    expect(missing('consent && params.email')).toEqual(['email at params']);
    expect(missing('hasConsent() && params.email')).toEqual(['email at params']);
    expect(readsOf("export const track = (event, params) => (params.email ? identify(params) : fbq('track', event, params));")).toEqual([]);
  });

  it('reads an object held in a constant only when the file does not show all its fields', () => {
    expect(readsOf("const data = Object.fromEntries(new FormData(form));\nsave(data.email);\nfbq('track', 'Lead', data);")).toEqual(['email at data']);
    expect(readsOf("const data = { email: user.email };\nsave(data.email);\nfbq('track', 'Lead', data);")).toEqual([]);
    expect(readsOf("const data = { value: 1 };\nsave(data.email);\nfbq('track', 'Lead', data);")).toEqual([]);
    expect(readsOf("let data;\nsave(data.email);\nfbq('track', 'Lead', data);")).toEqual([]);
    expect(readsOf("import data from './data';\nsave(data.email);\nfbq('track', 'Lead', data);")).toEqual([]);
  });

  it('reads an object filled under keys known only at run time, but for the keys it shows', () => {
    const code = "const fields = { phone: user.phone };\nfor (const input of form.elements) fields[input.name] = input.value;\nsave(fields.phone, fields.email);\nfbq('track', 'Lead', fields);";
    expect(readsOf(code)).toEqual(['email at fields']);
  });

  it('reads the parameter of a helper called from outside the file', () => {
    const helper = "function trackEvent(name, params) {\n  save(params.email);\n  fbq('track', name, params);\n}\n";
    expect(readsOf(`${helper}trackEvent('Lead', { value: 1 });`)).toEqual([]);
    expect(readsOf(`${helper}register(trackEvent);\ntrackEvent('Lead', { value: 1 });`)).toEqual(['email at params']);
    expect(readsOf(`export default ${helper}`)).toEqual(['email at params']);
    expect(readsOf("const trackEvent = (name, params) => {\n  save(params.email);\n  fbq('track', name, params);\n};\ntrackEvent('Lead', { value: 1 });")).toEqual([]);
  });

  it('takes writes for no reads, and copies for reads', () => {
    expect(readsOf(track("params.email = '';"))).toEqual([]);
    expect(readsOf(track('window.lastEmail = params.email;'))).toEqual(['email at params']);
    expect(readsOf(track('const copy = params;'))).toEqual([]);
  });

  it('follows the object into local functions two calls deep', () => {
    const code = [
      'function third(p) { save(p.phone); }',
      'function second(p = {}) { save(p.email); third(p); }',
      'function first(p) { second(p); }',
      track('first(params);'),
    ].join('\n');
    expect(readsOf(code)).toEqual(['email at params']);
  });
});

describe('App Events facts', () => {
  it('reads the SDK parameter constants as the keys they stand for', () => {
    const { analysis, node } = probe("const params = { [AppEventsLogger.AppEventParams.Description]: a, [Other.Description]: b, [k]: c };");
    const keys = parameterFields(analysis, node('{ [AppEventsLogger.AppEventParams.Description]: a, [Other.Description]: b, [k]: c }')).map((field) => field.key ?? '-');
    expect(keys).toEqual(['fb_description', '-', '-']);
  });

  it('reads a form field statically, with JSON decoded', () => {
    const valueOf = (expression: string) => {
      const { analysis, node } = probe(`form.append('x', ${expression});`);
      return formFieldValue(analysis, node(expression));
    };
    expect(valueOf("JSON.stringify(['LDU'])")).toEqual({ value: ['LDU'] });
    expect(valueOf("encode(['LDU'])")).toBeUndefined();
    expect(valueOf("make()(['LDU'])")).toBeUndefined();
    expect(valueOf('JSON.stringify()')).toBeUndefined();
    expect(valueOf(`' ["LDU"]'`)).toEqual({ value: ['LDU'] });
    expect(valueOf("'1'")).toEqual({ value: '1' });
    expect(valueOf("'[LDU'")).toEqual({ value: '[LDU' });
    expect(valueOf('modes')).toBeUndefined();
  });

  describe('isUnderAttAnswer', () => {
    /** Whether the last `logEvent()` call of `code` runs only on the ATT answer. */
    const underAtt = (code: string) => {
      const { analysis, node } = probe(`async function f(list) {\n${code}\n}`);
      return isUnderAttAnswer(analysis, node('logEvent()'));
    };

    it('follows inline callbacks out, but stops at named functions', () => {
      expect(underAtt("if (trackingStatus === 'authorized') list.forEach(() => logEvent());")).toBe(true);
      expect(underAtt("if (trackingStatus === 'authorized') { function send() { logEvent(); } }")).toBe(false);
      expect(underAtt("if (trackingStatus === 'authorized') { const send = () => logEvent(); }")).toBe(false);
    });

    it('takes early exits before the node, not after it or other ifs', () => {
      expect(underAtt("if (trackingStatus !== 'authorized') return;\nlogEvent();")).toBe(true);
      expect(underAtt("logEvent();\nif (trackingStatus !== 'authorized') return;")).toBe(false);
      expect(underAtt("if (trackingStatus !== 'authorized') console.log('no');\nlogEvent();")).toBe(false);
    });

    it('does not count a condition the node is part of', () => {
      expect(underAtt("if (logEvent() || trackingStatus) list.pop();")).toBe(false);
    });

    it('finds the ATT API or answer anywhere in the condition', () => {
      const guarded = (test: string) => underAtt(`if (${test}) logEvent();`);
      expect(guarded('Permissions.requestTrackingPermissionsAsync()')).toBe(true);
      expect(guarded("isAllowed(trackingStatus, 'ads')")).toBe(true);
      expect(guarded('ready ? false : trackingStatus')).toBe(true);
      expect(guarded('ready ? consent : other')).toBe(false);
      expect(guarded('isReady()')).toBe(false);
      expect(guarded('a === b')).toBe(false);
      expect(guarded('true')).toBe(false);
    });

    it('follows the variables the condition reads', () => {
      expect(underAtt("const result = await requestTrackingPermissionsAsync();\nconst ok = result.status === 'granted';\nif (ok) logEvent();")).toBe(true);
    });
  });
});
