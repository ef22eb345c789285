// Limited Data Use is one per-file fact (src/analysis/facts/ldu.ts): `valid-data-processing-options`
// checks its values and the data inventory shows its state; both read the same decisions.
import { describe, expect, it } from 'vitest';
import { getLdu } from '../../src/analysis/facts/ldu.js';
import { lduStateOf } from '../../src/inventory/states.js';
import { probe } from '../analysis/probe.js';

const states = (code: string) => getLdu(probe(code).analysis).decisions.map((decision) => [decision.kind, decision.status]);

describe('the LDU fact', () => {
  it.each([
    ["fbq('dataProcessingOptions', ['LDU'], 1, 1000);", [['pixel', 'on']]],
    ["fbq('dataProcessingOptions', []);", [['pixel', 'off']]],
    ["fbq('dataProcessingOptions', ['ldu'], 1, 1000);", [['pixel', 'invalid']]],
    ["fbq('dataProcessingOptions', 'LDU', 1, 1000);", [['pixel', 'invalid']]],
    ["fbq('dataProcessingOptions', window.modes, 1, 1000);", [['pixel', 'dynamic']]],
    ["fbq('dataProcessingOptions');", [['pixel', 'not-set']]],
    ["const MODES = ['LDU']; fbq('dataProcessingOptions', MODES, 0, 0);", [['pixel', 'on']]],
    ["new Image().src = 'https://www.facebook.com/tr?id=1&ev=Lead&dpo=LDU&dpoco=1&dpost=1000';", [['image-pixel', 'on']]],
    ["new Image().src = 'https://www.facebook.com/tr?id=1&ev=Lead&dpo=';", [['image-pixel', 'off']]],
    ["new Image().src = 'https://www.facebook.com/tr?id=1&ev=Lead';", [['image-pixel', 'not-set']]],
  ])('%s', (code, expected) => {
    expect(states(code)).toEqual(expected);
  });

  it('takes the key a server event sends: a later key overrides a spread one', () => {
    const code = `
      const base = { event_name: 'Purchase', action_source: 'website', data_processing_options: ['LDU'], data_processing_options_country: 1 };
      const event = { ...base, user_data: { em: hashed }, data_processing_options: [] };
      fetch('https://graph.facebook.com/v21.0/1/events', { method: 'POST', body: JSON.stringify({ data: [event] }) });`;
    const { analysis } = probe(code);
    const event = analysis.sinks.serverEvents.find((candidate) => candidate.node.properties.length === 3)!;
    expect(lduStateOf(getLdu(analysis).at(event.node))).toMatchObject({ status: 'off', modes: '[]' });
  });

  it('groups an SDK ServerEvent by instance and gives the inventory its values as written', () => {
    const code = `
      import { ServerEvent } from 'facebook-nodejs-business-sdk';
      const event = new ServerEvent().setEventName('Purchase');
      event.setDataProcessingOptions(['LDU']).setDataProcessingOptionsCountry(1).setDataProcessingOptionsState(1000);`;
    const { analysis } = probe(code);
    const [decision] = getLdu(analysis).decisions;
    expect(decision).toMatchObject({ kind: 'sdk', status: 'on' });
    expect(lduStateOf(decision)).toEqual({ status: 'on', modes: "['LDU']", country: '1', state: '1000', line: 4 });
    expect(lduStateOf(undefined)).toEqual({ status: 'not-set', modes: null, country: null, state: null, line: null });
  });

  it('reads the options passed by position to new ServerEvent(), as the inventory shows them', () => {
    const code = `
      import { ServerEvent } from 'facebook-nodejs-business-sdk';
      const event = new ServerEvent('Purchase', now, url, userData, customData, null, id, false, 'website', ['LDU'], 1, 1000);`;
    const { analysis } = probe(code);
    const [decision] = getLdu(analysis).decisions;
    expect(lduStateOf(decision)).toEqual({ status: 'on', modes: "['LDU']", country: '1', state: '1000', line: 3 });
  });

  it('is computed once per file', () => {
    const { analysis } = probe("fbq('dataProcessingOptions', ['LDU'], 0, 0);");
    expect(getLdu(analysis)).toBe(getLdu(analysis));
  });
});
