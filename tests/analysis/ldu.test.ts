// The Limited Data Use fact (src/analysis/facts/ldu.ts) as its readers see it: each decision's kind,
// state, how messages name it, and the file's first pixel and App Events SDK decisions.
import { describe, expect, it } from 'vitest';
import { getLdu } from '../../src/analysis/facts/ldu.js';
import type { LduDecision } from '../../src/analysis/facts/ldu.js';
import { probe } from './probe.js';

const decisionsOf = (code: string) => getLdu(probe(code).analysis).decisions;
const summary = (decision: LduDecision) => `${decision.kind} ${decision.status}: ${decision.modeList?.map((mode) => mode.label).join(' ') ?? decision.modes?.label ?? '-'}`;
const CAPI = "fetch('https://graph.facebook.com/v21.0/1/events', { method: 'POST', body: JSON.stringify({ data: [event] }) });";

describe('the LDU state of each decision', () => {
  it.each([
    ["fbq('dataProcessingOptions', ['LDU'], 1, 1000);", "pixel on: 'LDU'"],
    ["fbq('dataProcessingOptions', []);", 'pixel off: '],
    ["fbq('dataProcessingOptions', ['LDU', 'GDPR'], 1, 1000);", "pixel invalid: 'LDU' 'GDPR'"],
    ["fbq('dataProcessingOptions', 'LDU', 1, 1000);", "pixel invalid: 'LDU'"],
    ["fbq('dataProcessingOptions', window.dpoModes, 1, 1000);", 'pixel dynamic: window.dpoModes'],
    ["fbq('dataProcessingOptions', ['LDU', region.mode], 1, 1000);", "pixel dynamic: 'LDU' region.mode"],
    ["fbq('dataProcessingOptions');", 'pixel not-set: -'],
    ["new Image().src = 'https://www.facebook.com/tr?id=1&ev=Lead&dpo=LDU&dpoco=1&dpost=1000';", 'image-pixel on: `dpo=LDU`'],
    ["new Image().src = 'https://www.facebook.com/tr?id=1&ev=Lead&dpo=';", 'image-pixel off: '],
    ['new Image().src = `https://www.facebook.com/tr?id=1&ev=Lead&dpo=${modes}`;', 'image-pixel dynamic: dpo=…'],
  ])('%s', (code, expected) => {
    expect(decisionsOf(code).map(summary)).toEqual([expected]);
  });

  it('names each kind of place and its modes for messages', () => {
    const code = `
      import { ServerEvent } from 'facebook-nodejs-business-sdk';
      const event = { event_name: 'Purchase', action_source: 'website', data_processing_options: ['LDU'], data_processing_options_country: 1 };
      ${CAPI}
      const serverEvent = new ServerEvent().setEventName('Lead').setDataProcessingOptions([]);
      new Image().src = 'https://www.facebook.com/tr?id=1&ev=Lead&dpo=LDU&dpoco=0&dpost=0';
    `;
    expect(decisionsOf(code).map((decision) => [decision.kind, decision.where, decision.modesName, decision.status])).toEqual([
      ['server-event', 'This server event', '`data_processing_options`', 'on'],
      ['sdk', 'This ServerEvent', 'The argument of setDataProcessingOptions()', 'off'],
      ['image-pixel', 'This image pixel URL', '`dpo`', 'on'],
    ]);
  });

  it('names App Events decisions: the SDK call and the API request', () => {
    const code = `
      import { Settings } from 'react-native-fbsdk-next';
      Settings.setDataProcessingOptions(['LDU']);
      axios.post(\`https://graph.facebook.com/\${APP_ID}/activities\`, new URLSearchParams({ event: 'CUSTOM_APP_EVENTS', data_processing_options: JSON.stringify(['LDU']), data_processing_options_country: '1' }));
    `;
    expect(decisionsOf(code).map((decision) => [decision.kind, decision.where, decision.modesName, decision.status, decision.country.map((value) => value.text)])).toEqual([
      ['app-sdk', 'Settings.setDataProcessingOptions()', 'The first argument of Settings.setDataProcessingOptions()', 'on', []],
      ['app-events-api', 'This App Events API request', '`data_processing_options`', 'on', ["'1'"]],
    ]);
  });
});

describe('the decisions of a file', () => {
  it('gives the first pixel and App Events SDK decisions, whatever comes before them', () => {
    const code = `
      import { Settings } from 'react-native-fbsdk-next';
      const event = { event_name: 'Purchase', action_source: 'website', data_processing_options: [] };
      ${CAPI}
      fbq('dataProcessingOptions', ['LDU'], 1, 1000);
      fbq('dataProcessingOptions', []);
      Settings.setDataProcessingOptions([]);
    `;
    const ldu = getLdu(probe(code).analysis);
    expect([ldu.pixel?.kind, ldu.pixel?.status, ldu.appSdk?.kind, ldu.appSdk?.status]).toEqual(['pixel', 'on', 'app-sdk', 'off']);
  });

  it('has one decision per value a helper is called with, and the first at the call', () => {
    const code = "function setLdu(modes) { fbq('dataProcessingOptions', modes, 0, 0); }\nsetLdu(['LDU']);\nsetLdu([]);";
    const { analysis, node } = probe(code);
    const ldu = getLdu(analysis);
    expect(ldu.decisions.map((decision) => decision.status)).toEqual(['on', 'off']);
    expect(ldu.at(node("fbq('dataProcessingOptions', modes, 0, 0)"))?.status).toBe('on');
  });
});
