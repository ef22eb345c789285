import rule from '../../src/rules/valid-data-processing-options.js';
import { createJsRuleTester, createTsRuleTester } from '../rule-tester.js';

const requireLdu = [{ requireLdu: true }] as [{ requireLdu: boolean }];
const event = (fields: string) => `const event = { event_name: 'Purchase', action_source: 'website', user_data: { fbp }, ${fields} };`;
const image = (query: string) => `const src = \`https://www.facebook.com/tr?id=1&ev=PageView&${query}\`;`;
/** `new ServerEvent(…)` with the arguments of SDK v16.0.2 and later after `action_source` (the ninth). */
const construct = (after: string) =>
  `import { ServerEvent } from 'facebook-nodejs-business-sdk';\nexport const event = new ServerEvent('Lead', now, url, userData, customData, undefined, id, false, 'website', ${after});`;
const sdk = (setters: string) => `import { ServerEvent } from 'facebook-nodejs-business-sdk';\nexport const event = new ServerEvent().setEventName('Lead')${setters};`;

createJsRuleTester().run('valid-data-processing-options', rule, {
  valid: [
    { name: 'LDU explicitly off before init', code: "fbq('dataProcessingOptions', []);\nfbq('init', '1');" },
    { name: 'LDU with geolocation before init', code: "fbq('dataProcessingOptions', ['LDU'], 0, 0);\nfbq('init', '1');" },
    { name: 'LDU for California', code: "fbq('dataProcessingOptions', ['LDU'], 1, 1000);\nfbq('init', '1');" },
    { name: 'LDU for Rhode Island', code: "window.fbq('dataProcessingOptions', ['LDU'], 1, 1013);" },
    { name: 'LDU for the USA, state geolocated', code: "fbq('dataProcessingOptions', ['LDU'], 1, 0);" },
    { name: 'constants resolved', code: "const LDU = ['LDU'];\nconst USA = 1;\nconst CALIFORNIA = 1000;\nfbq('dataProcessingOptions', LDU, USA, CALIFORNIA);" },
    { name: 'values decided at runtime', code: "export function setLdu(modes, country, state) { fbq('dataProcessingOptions', modes, country, state); }" },
    { name: 'DPO on one branch before init', code: "if (isUsVisitor) { fbq('dataProcessingOptions', ['LDU'], 1, 1000); }\nfbq('init', '1');" },
    { name: 'init and DPO in unrelated functions', code: "export function a() { fbq('init', '1'); }\nexport function b() { fbq('dataProcessingOptions', []); }" },
    { name: 'CAPI event with LDU, country and state', code: event("data_processing_options: ['LDU'], data_processing_options_country: 1, data_processing_options_state: 1000") },
    { name: 'CAPI event with LDU and country only', code: event("data_processing_options: ['LDU'], data_processing_options_country: 0") },
    { name: 'CAPI event with LDU off', code: event('data_processing_options: []') },
    {
      name: 'LDU, country and state spread in under a condition (&&)',
      code: "export const forState = (event, isCalifornia) => ({ ...event, ...(isCalifornia && { data_processing_options: ['LDU'], data_processing_options_country: 1, data_processing_options_state: 1000 }) });",
    },
    {
      name: 'LDU and its country spread in by separate ternaries',
      code: "export const withLdu = (event, ldu, country) => ({\n  ...event,\n  action_source: 'website',\n  ...(ldu ? { data_processing_options: ['LDU'] } : {}),\n  ...(ldu ? { data_processing_options_country: country || 0 } : {}),\n});",
    },
    {
      name: 'LDU from a constant that is only spread',
      code: "export function withLdu(event, ldu) {\n  const options = ldu ? { data_processing_options: ['LDU'] } : { data_processing_options: [] };\n  return { ...event, ...options, data_processing_options_country: 0 };\n}",
    },
    { name: 'CAPI event without data processing options', code: event("custom_data: { value: 1, currency: 'EUR' }") },
    { name: 'SDK ServerEvent with LDU', code: sdk("\n  .setDataProcessingOptions(['LDU'])\n  .setDataProcessingOptionsCountry(1)\n  .setDataProcessingOptionsState(1000)") },
    { name: 'SDK ServerEvent constructor with LDU', code: construct("['LDU'], 1, 1000") },
    { name: 'SDK ServerEvent constructor with LDU, older SDK (no app_data)', code: construct("['LDU'], 1, 1000").replace(' undefined,', '') },
    { name: 'SDK ServerEvent constructor with unset options', code: construct('undefined, null') },
    { name: 'SDK ServerEvent constructor with options after a spread', code: construct("...rest, ['ldu']") },
    { name: 'image pixel with LDU', code: image('dpo=LDU&dpoco=1&dpost=1000') },
    { name: 'image pixel with LDU off', code: image('dpo=') },
    { name: 'image pixel with a runtime state', code: image('dpo=LDU&dpoco=1&dpost=${stateCode}') },
    { name: 'a second decision before init replaces the first', code: "fbq('dataProcessingOptions', []);\nfbq('dataProcessingOptions', ['LDU'], 1, 1000);\nfbq('init', '1');" },
    { name: 'the React Native SDK with LDU and no location', code: "import { Settings } from 'react-native-fbsdk-next';\nSettings.setDataProcessingOptions(['LDU']);" },
    { name: 'a state of null is no state', code: event("data_processing_options: ['LDU'], data_processing_options_country: 1, data_processing_options_state: null") },
    { name: 'a mode decided at runtime inside a list', code: "export function setLdu(mode) { fbq('dataProcessingOptions', [mode], 0, 0); }" },
    { name: 'requireLdu: init after DPO', code: "fbq('dataProcessingOptions', ['LDU'], 0, 0);\nfbq('init', '1');", options: requireLdu },
    { name: 'requireLdu: CAPI event with DPO', code: event('data_processing_options: []'), options: requireLdu },
    { name: 'requireLdu: SDK ServerEvent with DPO', code: sdk('.setDataProcessingOptions([])'), options: requireLdu },
    { name: 'requireLdu: SDK ServerEvent constructor with DPO', code: construct('[]'), options: requireLdu },
    { name: 'a look-alike call that is not the pixel', code: "function fbq() {}\nfbq('init', '1');\nfbq('dataProcessingOptions', ['ldu']);" },
  ],
  invalid: [
    {
      name: 'DPO after init, same block',
      code: "fbq('init', '1');\nfbq('dataProcessingOptions', ['LDU'], 1, 1000);",
      errors: [
        {
          messageId: 'afterInit',
          line: 2,
          column: 1,
          data: { call: "fbq('dataProcessingOptions')", init: "fbq('init')", line: '1' },
          suggestions: [{ messageId: 'moveAboveInit', data: { init: "fbq('init')" }, output: "fbq('dataProcessingOptions', ['LDU'], 1, 1000);\nfbq('init', '1');" }],
        },
      ],
    },
    {
      name: 'DPO after init in an effect, indented',
      code: "useEffect(() => {\n  loadBaseCode();\n  window.fbq('init', PIXEL_ID);\n  window.fbq('track', 'PageView');\n  window.fbq('dataProcessingOptions', ['LDU'], 0, 0);\n}, []);",
      errors: [
        {
          messageId: 'afterInit',
          line: 5,
          column: 3,
          suggestions: [
            {
              messageId: 'moveAboveInit',
              output: "useEffect(() => {\n  loadBaseCode();\n  window.fbq('dataProcessingOptions', ['LDU'], 0, 0);\n  window.fbq('init', PIXEL_ID);\n  window.fbq('track', 'PageView');\n}, []);",
            },
          ],
        },
      ],
    },
    {
      name: 'DPO after init, on another block: no suggestion',
      code: "fbq('init', '1');\nif (isUsVisitor) { fbq('dataProcessingOptions', ['LDU'], 1, 1000); }",
      errors: [{ messageId: 'afterInit', line: 2, column: 20, suggestions: [] }],
    },
    {
      name: 'DPO after init using a value declared in between: no suggestion',
      code: "fbq('init', '1');\nconst state = lookupState();\nfbq('dataProcessingOptions', ['LDU'], 1, state);",
      errors: [{ messageId: 'afterInit', line: 3, column: 1, suggestions: [] }],
    },
    {
      name: 'DPO in a callback after init',
      code: "fbq('init', '1');\nonGeo((state) => fbq('dataProcessingOptions', ['LDU'], 1, state));",
      errors: [{ messageId: 'afterInit', line: 2, column: 18, suggestions: [] }],
    },
    {
      name: 'DPO after ReactPixel.init: no suggestion (its fbq() is a no-op before init)',
      code: "import ReactPixel from 'react-facebook-pixel';\nReactPixel.init('1');\nReactPixel.fbq('dataProcessingOptions', ['LDU'], 1, 1000);",
      errors: [{ messageId: 'afterInit', line: 3, column: 1, suggestions: [] }],
    },
    { name: 'LDU without country and state', code: "fbq('dataProcessingOptions', ['LDU']);", errors: [{ messageId: 'lduWithoutLocation', line: 1, column: 30 }] },
    { name: 'LDU with a country but no state', code: "fbq('dataProcessingOptions', ['LDU'], 1);", errors: [{ messageId: 'missingState', line: 1, column: 39 }] },
    { name: 'country not 0 or 1', code: "fbq('dataProcessingOptions', ['LDU'], 2, 1000);", errors: [{ messageId: 'invalidCountry', line: 1, column: 39, data: { value: '2', hint: '' } }] },
    {
      name: 'country written as US',
      code: "fbq('dataProcessingOptions', ['LDU'], 'US', 1000);",
      errors: [{ messageId: 'invalidCountry', line: 1, column: 39, data: { value: "'US'", hint: ' The United States is 1.' } }],
    },
    { name: 'state out of range', code: "fbq('dataProcessingOptions', ['LDU'], 1, 1014);", errors: [{ messageId: 'invalidState', line: 1, column: 42 }] },
    { name: 'state 999', code: "fbq('dataProcessingOptions', ['LDU'], 1, 999);", errors: [{ messageId: 'invalidState', line: 1, column: 42 }] },
    {
      name: 'state written as CA',
      code: "fbq('dataProcessingOptions', ['LDU'], 1, 'CA');",
      errors: [{ messageId: 'invalidState', line: 1, column: 42, data: { value: "'CA'", hint: ' California is 1000.' } }],
    },
    { name: 'lower-case ldu', code: "fbq('dataProcessingOptions', ['ldu'], 1, 1000);", errors: [{ messageId: 'invalidMode', line: 1, column: 31, data: { value: "'ldu'" } }] },
    { name: 'modes not an array', code: "fbq('dataProcessingOptions', 'LDU', 1, 1000);", errors: [{ messageId: 'notArray', line: 1, column: 30 }] },
    { name: 'state without country', code: "fbq('dataProcessingOptions', ['LDU'], undefined, 1000);", errors: [{ messageId: 'stateWithoutCountry', line: 1, column: 50 }] },
    {
      name: "a helper's caller passes a bad state",
      code: "function setLdu(state) { fbq('dataProcessingOptions', ['LDU'], 1, state); }\nsetLdu(99);",
      errors: [{ messageId: 'invalidState', line: 2, column: 8 }],
    },
    {
      name: 'several mistakes in one call',
      code: "fbq('init', '1');\nfbq('dataProcessingOptions', ['Ldu'], 3, 1000);",
      errors: [
        {
          messageId: 'afterInit',
          line: 2,
          column: 1,
          suggestions: [{ messageId: 'moveAboveInit', output: "fbq('dataProcessingOptions', ['Ldu'], 3, 1000);\nfbq('init', '1');" }],
        },
        { messageId: 'invalidMode', line: 2, column: 31 },
        { messageId: 'invalidCountry', line: 2, column: 39 },
      ],
    },
    { name: 'CAPI data_processing_options not an array', code: event("data_processing_options: 'LDU', data_processing_options_country: 1"), errors: [{ messageId: 'notArray', line: 1, column: 112 }] },
    { name: 'CAPI LDU without country', code: event("data_processing_options: ['LDU']"), errors: [{ messageId: 'lduWithoutCountry', line: 1, column: 112 }] },
    {
      name: 'LDU spread in under a condition, with no country anywhere in the event',
      code: "export const withLdu = (event, ldu) => ({ ...event, action_source: 'website', ...(ldu ? { data_processing_options: ['LDU'] } : {}) });",
      errors: [{ messageId: 'lduWithoutCountry', line: 1, column: 116 }],
    },
    {
      name: 'CAPI country and state values',
      code: event("data_processing_options: ['LDU'], data_processing_options_country: 'USA', data_processing_options_state: 6"),
      errors: [
        { messageId: 'invalidCountry', line: 1, column: 154 },
        { messageId: 'invalidState', line: 1, column: 192 },
      ],
    },
    {
      name: 'CAPI state without country',
      code: event('data_processing_options: [], data_processing_options_state: 1000'),
      errors: [{ messageId: 'stateWithoutCountry', line: 1, column: 147 }],
    },
    {
      name: 'CAPI event inside a fetch body',
      code: "await fetch('https://graph.facebook.com/v21.0/1/events', {\n  method: 'POST',\n  body: JSON.stringify({ data: [{ event_name: 'Lead', data_processing_options: ['LDU'], data_processing_options_country: 1, data_processing_options_state: 'California' }] }),\n});",
      errors: [{ messageId: 'invalidState', line: 3, column: 156, data: { value: "'California'", hint: ' California is 1000.' } }],
    },
    { name: 'SDK LDU without country', code: sdk(".setDataProcessingOptions(['LDU'])"), errors: [{ messageId: 'lduWithoutCountry', line: 2, column: 86 }] },
    {
      name: 'SDK invalid state through a variable',
      code: "import { ServerEvent } from 'facebook-nodejs-business-sdk';\nconst event = new ServerEvent();\nevent.setDataProcessingOptions(['LDU']);\nevent.setDataProcessingOptionsCountry(1);\nevent.setDataProcessingOptionsState(2000);",
      errors: [{ messageId: 'invalidState', line: 5, column: 37 }],
    },
    { name: 'SDK modes not an array', code: sdk(".setDataProcessingOptions('LDU').setDataProcessingOptionsCountry(1)"), errors: [{ messageId: 'notArray', line: 2, column: 86 }] },
    { name: 'SDK constructor LDU without country', code: construct("['LDU']"), errors: [{ messageId: 'lduWithoutCountry', line: 2, column: 111 }] },
    {
      name: 'SDK constructor invalid country, older SDK (no app_data)',
      code: construct("['LDU'], 'CA', 1000").replace(' undefined,', ''),
      errors: [{ messageId: 'invalidCountry', line: 2, column: 109, data: { value: "'CA'", hint: '' } }],
    },
    {
      name: 'SDK constructor modes not an array',
      code: construct("'LDU', 1"),
      errors: [{ messageId: 'notArray', line: 2, column: 111, data: { part: 'The `data_processing_options` argument of new ServerEvent()', value: "'LDU'" } }],
    },
    { name: 'SDK constructor invalid state, then a setter', code: `${construct("['LDU'], 1, 2000")}\nevent.setDataProcessingOptionsCountry(1);`, errors: [{ messageId: 'invalidState', line: 2, column: 123 }] },
    { name: 'image pixel LDU without location', code: image('dpo=LDU'), errors: [{ messageId: 'lduWithoutLocation', line: 1, column: 13 }] },
    { name: 'image pixel lower-case mode', code: image('dpo=ldu&dpoco=1&dpost=1000'), errors: [{ messageId: 'invalidMode', line: 1, column: 13, data: { value: '`dpo=ldu`' } }] },
    { name: 'image pixel invalid country', code: image('dpo=LDU&dpoco=3&dpost=1000'), errors: [{ messageId: 'invalidCountry', line: 1, column: 13 }] },
    { name: 'image pixel state without country', code: image('dpo=LDU&dpost=1000'), errors: [{ messageId: 'stateWithoutCountry', line: 1, column: 13 }] },
    {
      name: 'a state Meta has no code for: no hint',
      code: "fbq('dataProcessingOptions', ['LDU'], 1, 'Alaska');",
      errors: [{ messageId: 'invalidState', line: 1, column: 42, data: { value: "'Alaska'", hint: '' } }],
    },
    {
      name: 'an empty state: no hint (0, not an empty string, lets Meta geolocate)',
      code: "fbq('dataProcessingOptions', ['LDU'], 1, '');",
      errors: [{ messageId: 'invalidState', line: 1, column: 42, data: { value: "''", hint: '' } }],
    },
    {
      name: 'a country of null with LDU is no country',
      code: event("data_processing_options: ['LDU'], data_processing_options_country: null"),
      errors: [{ messageId: 'lduWithoutCountry', line: 1, column: 112 }],
    },
    {
      name: 'the React Native SDK with a lower-case mode',
      code: "import { Settings } from 'react-native-fbsdk-next';\nSettings.setDataProcessingOptions(['ldu'], 1, 1000);",
      errors: [{ messageId: 'invalidMode', line: 2, column: 36 }],
    },
    {
      name: 'an App Events API request with a country Meta does not know',
      code: "await fetch(`https://graph.facebook.com/v21.0/${APP_ID}/activities`, { method: 'POST', body: new URLSearchParams({ event: 'CUSTOM_APP_EVENTS', data_processing_options: JSON.stringify(['LDU']), data_processing_options_country: '3' }) });",
      errors: [{ messageId: 'invalidCountry', line: 1, column: 227 }],
    },
    {
      name: 'a variable declared between init and the call but not used by it: the move is offered',
      code: "fbq('init', '1');\nconst page = location.pathname;\nfbq('dataProcessingOptions', ['LDU'], 1, 1000);\ntrack(page);",
      errors: [
        {
          messageId: 'afterInit',
          line: 3,
          column: 1,
          suggestions: [{ messageId: 'moveAboveInit', output: "fbq('dataProcessingOptions', ['LDU'], 1, 1000);\nfbq('init', '1');\nconst page = location.pathname;\ntrack(page);" }],
        },
      ],
    },
    {
      name: 'a constant declared before init and a function declared after the call: the move is offered',
      code: "const USA = 1;\nfbq('init', '1');\nfbq('dataProcessingOptions', ['LDU'], USA, stateCode());\nfunction stateCode() { return 1000; }",
      errors: [
        {
          messageId: 'afterInit',
          line: 3,
          column: 1,
          suggestions: [{ messageId: 'moveAboveInit', output: "const USA = 1;\nfbq('dataProcessingOptions', ['LDU'], USA, stateCode());\nfbq('init', '1');\nfunction stateCode() { return 1000; }" }],
        },
      ],
    },
    {
      name: 'requireLdu: the report is on event_name wherever it is',
      code: "const event = { action_source: 'website', user_data: { fbp }, event_name: 'Purchase' };",
      options: requireLdu,
      errors: [{ messageId: 'missingEventDpo', line: 1, column: 63 }],
    },
    {
      name: 'requireLdu: a CAPI request body without event_name is reported on the event',
      code: "fetch('https://graph.facebook.com/v21.0/1/events', { method: 'POST', body: JSON.stringify({ data: [{ event_time: 1, action_source: 'website', user_data: { fbp } }] }) });",
      options: requireLdu,
      errors: [{ messageId: 'missingEventDpo', line: 1, column: 100 }],
    },
    {
      name: 'requireLdu: init with no DPO in the file',
      code: "fbq('init', '1');",
      options: requireLdu,
      errors: [{ messageId: 'missingPixelDpo', line: 1, column: 1, data: { call: "fbq('init')" } }],
    },
    {
      name: 'requireLdu: CAPI event with no DPO',
      code: event("custom_data: { value: 1, currency: 'EUR' }"),
      options: requireLdu,
      errors: [{ messageId: 'missingEventDpo', line: 1, column: 17 }],
    },
    {
      name: 'requireLdu: SDK ServerEvent with no DPO',
      code: sdk(''),
      options: requireLdu,
      errors: [{ messageId: 'missingEventDpo', line: 2, column: 22 }],
    },
  ],
});

createTsRuleTester().run('valid-data-processing-options (TypeScript)', rule, {
  valid: [
    { name: 'TS: as const and typed values', code: "(window as any).fbq('dataProcessingOptions', ['LDU'] as const, 1 as number, 1000 satisfies number);\n(window as any).fbq('init', PIXEL_ID);" },
  ],
  invalid: [
    {
      name: 'TSX: DPO after init in an effect',
      code: "import { useEffect } from 'react';\nexport function Pixel({ id }: { id: string }) {\n  useEffect(() => {\n    window.fbq('init', id);\n    window.fbq('dataProcessingOptions', ['LDU'], 1, 1000);\n  }, [id]);\n  return null;\n}",
      filename: 'Pixel.tsx',
      errors: [
        {
          messageId: 'afterInit',
          line: 5,
          column: 5,
          suggestions: [
            {
              messageId: 'moveAboveInit',
              output: "import { useEffect } from 'react';\nexport function Pixel({ id }: { id: string }) {\n  useEffect(() => {\n    window.fbq('dataProcessingOptions', ['LDU'], 1, 1000);\n    window.fbq('init', id);\n  }, [id]);\n  return null;\n}",
            },
          ],
        },
      ],
    },
    {
      name: 'TS: typed CAPI event with a typo mode',
      code: "interface MetaEvent { event_name: string; user_data: object; data_processing_options: string[] }\nexport const e: MetaEvent = { event_name: 'Lead', user_data: { fbp }, data_processing_options: ['LDU '] as string[] };",
      errors: [{ messageId: 'invalidMode', line: 2, column: 97 }],
    },
  ],
});
