import rule from '../../src/rules/no-test-event-code.js';
import type { Options } from '../../src/rules/no-test-event-code.js';
import { TEST_FILE_OPTION_DEFAULTS } from '../../src/analysis/facts/environment.js';
import { createJsRuleTester, createTsRuleTester } from '../rule-tester.js';

const withOptions = (options: Partial<Options[0]>): Options => [{ ...TEST_FILE_OPTION_DEFAULTS, ...options }];

const SDK = "import { EventRequest } from 'facebook-nodejs-business-sdk';\n";
const GRAPH = 'https://graph.facebook.com/v21.0/1234567890/events';

/** A report without a suggestion (call arguments, URLs, branches of a value). */
const error = (line: number, column: number, code = 'TEST12345') => ({ messageId: 'testEventCode' as const, line, column, data: { code } });
/** A report on an object property, with the suggestion that removes it. */
const propertyError = (line: number, column: number, output: string, code = 'TEST12345') => ({
  ...error(line, column, code),
  suggestions: [{ messageId: 'removeTestEventCode' as const, output }],
});

createJsRuleTester().run('no-test-event-code', rule, {
  valid: [
    { name: 'a code from an environment variable', code: 'const body = { data: events, access_token: token, test_event_code: process.env.META_TEST_EVENT_CODE };' },
    { name: 'a code from configuration', code: 'const body = { data: events, test_event_code: config.meta.testEventCode };' },
    { name: 'a code from a parameter', code: 'function body(events, code) { return { data: events, test_event_code: code }; }' },
    { name: 'an empty code', code: "const body = { data: events, test_event_code: '' };" },
    {
      name: 'set only when NODE_ENV is not production',
      code: "const body = { data: events };\nif (process.env.NODE_ENV !== 'production') body.test_event_code = 'TEST12345';",
    },
    { name: 'set only under isDev', code: `${SDK}const request = new EventRequest(token, pixel);\nif (isDev) { request.setTestEventCode('TEST12345'); }` },
    { name: 'set only under __DEV__ &&', code: `${SDK}const request = new EventRequest(token, pixel);\n__DEV__ && request.setTestEventCode('TEST12345');` },
    { name: 'spread only in development', code: "const body = { data: events, ...(isDevelopment && { test_event_code: 'TEST12345' }) };" },
    { name: 'a ternary on NODE_ENV', code: "const body = { data: events, test_event_code: process.env.NODE_ENV === 'production' ? undefined : 'TEST12345' };" },
    {
      name: 'after an early return in production',
      code: "function debugBody(body) {\n  if (process.env.NODE_ENV === 'production') return body;\n  return { ...body, test_event_code: 'TEST12345' };\n}",
    },
    { name: 'after an early return unless development', code: "function withCode(body) {\n  if (!isDev) {\n    return body;\n  }\n  body.test_event_code = 'TEST12345';\n  return body;\n}" },
    { name: 'in the else branch of a production check', code: "if (isProd) { send(body); } else { send({ ...body, test_event_code: 'TEST12345' }); }" },
    { name: 'under import.meta.env.DEV', code: "const body = { data: events, test_event_code: import.meta.env.DEV ? 'TEST12345' : undefined };" },
    { name: 'under a MODE comparison', code: "if (import.meta.env.MODE === 'development') payload.test_event_code = 'TEST12345';" },
    { name: 'under a debug flag compared with a string', code: "if (process.env.META_DEBUG === 'true') payload.test_event_code = 'TEST12345';" },
    { name: 'under a negated production flag', code: "if (!config.isProduction && enabled) payload.test_event_code = 'TEST12345';" },
    { name: 'in a test file', code: "const body = { data: events, test_event_code: 'TEST12345' };", filename: 'src/__tests__/capi.test.ts' },
    { name: 'in a spec file', code: "const body = { data: events, test_event_code: 'TEST12345' };", filename: 'server/capi.spec.js' },
    { name: 'a destructured test code', code: 'const { test_event_code } = req.body;' },
    { name: 'an image pixel with an empty code', code: "const src = 'https://www.facebook.com/tr?id=1234567890&ev=Purchase&test_event_code=';" },
    { name: 'an image pixel with a dynamic code', code: 'const src = `https://www.facebook.com/tr?id=1234567890&ev=Lead&test_event_code=${code}`;' },
    { name: 'a setter called with a variable', code: `${SDK}new EventRequest(token, pixel).setTestEventCode(process.env.TEST_CODE);` },
    { name: 'the constructor without a test code', code: `${SDK}new EventRequest(token, pixel, events, 'my-partner');` },
    { name: 'a form field from the environment', code: "form.append('test_event_code', process.env.TEST_CODE);" },
    { name: 'another form field', code: "form.append('test_event_code', process.env.TEST_CODE);\nform.append('access_token', 'TEST12345');" },
    { name: 'another field assigned', code: "payload.test_event_code = process.env.TEST_CODE;\npayload.event_id = 'TEST12345';" },
    { name: 'a local variable named test_event_code, never sent', code: "let test_event_code;\ntest_event_code = 'TEST12345';" },
    { name: 'the key and a code given to a function that sets no field', code: "log('test_event_code', 'TEST12345');" },
    { name: 'a form field without a value', code: "form.append('test_event_code');" },
    { name: 'setTestEventCode without an argument', code: 'request.setTestEventCode();' },
    { name: 'a code of spaces', code: "const body = { data: events, event_time: 1700000000, test_event_code: '  ' };" },
    { name: 'an image pixel with a code of spaces', code: "const src = 'https://www.facebook.com/tr?id=1234567890&ev=Lead&test_event_code= ';" },
    {
      name: 'a string in the fifth argument of another SDK class',
      code: "import { EventRequest, CustomData } from 'facebook-nodejs-business-sdk';\nconst data = new CustomData(10, 'USD', 'Shoes', ['sku-1'], 'TEST12345');",
    },
    {
      name: 'a capitalised placeholder for no code, in an object this file does not show reaching Meta',
      code: "export const summary = (event, code) => ({ event_name: event.event_name, test_event_code: code || 'None' });",
    },
    {
      name: 'a code nested in more than four conditions is not followed',
      code: "const body = { data: events, test_event_code: a ? x : b ? x : c ? x : d ? x : e ? 'TEST12345' : x };",
    },
    { name: 'a file without a test code', code: "const body = { data: events, access_token: token };" },
    {
      name: 'a constant switch that is off',
      code: "const VERIFY_EVENTS = false;\nconst body = { data: events, ...(VERIFY_EVENTS ? { test_event_code: 'TEST12345' } : {}) };",
    },
    {
      name: 'a constant whose value is a non-production check',
      code: "const verifyEvents = process.env.NODE_ENV !== 'production';\nif (verifyEvents) payload.test_event_code = 'TEST12345';",
    },
    {
      name: 'a constant flag and a development check',
      code: "const TEST_MODE = true;\nif (TEST_MODE && isDev) payload.test_event_code = 'TEST12345';",
    },
    // Objects that never reach Meta: judged by destination, as payloads are.
    {
      name: 'a preview of the request written to the console',
      code: `export async function send(payload, code) {\n  await fetch('${GRAPH}', { method: 'POST', body: JSON.stringify({ data: [payload] }) });\n  const preview = { event_name: payload.event_name, test_event_code: code || 'TEST12345' };\n  console.log('[capi] sent', preview);\n}`,
    },
    {
      name: 'a preview given to a log helper of the file, in two places',
      code: `function logMetaEvent(level, title, details) {\n  console.info(\`[CAPI] \${title}\`, details);\n}\nexport async function send(payload, code) {\n  try {\n    await fetch('${GRAPH}', { method: 'POST', body: JSON.stringify({ data: [payload] }) });\n    logMetaEvent('success', 'sent', { payload_preview: { event_name: payload.event_name, test_event_code: code || 'none' } });\n  } catch (err) {\n    logMetaEvent('error', 'failed', { payload_preview: { test_event_code: code || 'none' }, err });\n  }\n}`,
    },
    {
      name: "another platform's events API (its own test_event_code)",
      code: "await fetch('https://business-api.tiktok.com/open_api/v1.3/event/track/', { method: 'POST', body: JSON.stringify({ event_source: 'web', test_event_code: 'TEST12345', data: events }) });",
    },
    {
      name: "a placeholder for no code, in an object this file does not show reaching Meta",
      code: "export const summary = (event, code) => ({ event_name: event.event_name, test_event_code: code || 'none' });",
    },
  ],
  invalid: [
    {
      name: 'a literal in a CAPI request body',
      code: `fetch('${GRAPH}', { method: 'POST', body: JSON.stringify({ data: events, test_event_code: 'TEST12345' }) });`,
      errors: [propertyError(1, 116, `fetch('${GRAPH}', { method: 'POST', body: JSON.stringify({ data: events }) });`)],
    },
    {
      name: 'a literal next to data and access_token',
      code: "const payload = {\n  data: [event],\n  access_token: token,\n  test_event_code: 'TEST12345',\n};",
      errors: [propertyError(4, 3, 'const payload = {\n  data: [event],\n  access_token: token,\n  };')],
    },
    {
      name: 'a constant holding the code',
      code: "const TEST_CODE = 'TEST98765';\nconst payload = { test_event_code: TEST_CODE, data: [event] };",
      errors: [propertyError(2, 19, "const TEST_CODE = 'TEST98765';\nconst payload = { data: [event] };", 'TEST98765')],
    },
    { name: 'setTestEventCode on the SDK request', code: `${SDK}new EventRequest(token, pixel).setTestEventCode('TEST12345').execute();`, errors: [error(2, 49)] },
    { name: 'setTestEventCode on any request object', code: "request.setTestEventCode('TEST12345');", errors: [error(1, 26)] },
    { name: 'the fifth constructor argument', code: `${SDK}const request = new EventRequest(token, pixel, events, null, 'TEST12345');`, errors: [error(2, 62)] },
    { name: 'an image pixel URL', code: "const src = 'https://www.facebook.com/tr?id=1234567890&ev=Purchase&test_event_code=TEST12345';", errors: [error(1, 13)] },
    { name: 'a code in the query string of the events endpoint', code: `fetch(\`${GRAPH}?test_event_code=TEST12345&access_token=\${token}\`);`, errors: [error(1, 7)] },
    {
      name: 'a constant interpolated into an image pixel URL',
      code: "const CODE = 'TEST12345';\nconst src = `https://www.facebook.com/tr?id=1&ev=Lead&test_event_code=${CODE}`;",
      errors: [error(2, 13)],
    },
    { name: 'an assignment', code: "const payload = { data: [event] };\npayload.test_event_code = 'TEST12345';", errors: [error(2, 1)] },
    { name: 'a form field', code: "const params = new URLSearchParams();\nparams.append('test_event_code', 'TEST12345');", errors: [error(2, 34)] },
    {
      name: 'a guard the wrong way round',
      code: "if (process.env.NODE_ENV === 'production') payload.test_event_code = 'TEST12345';",
      errors: [error(1, 44)],
    },
    { name: 'a branch that runs in production', code: "const body = { data: events, test_event_code: isProd ? 'TEST12345' : undefined };", errors: [error(1, 56)] },
    { name: 'a fallback for a missing variable', code: "const body = { data: events, test_event_code: process.env.TEST_CODE || 'TEST12345' };", errors: [error(1, 72)] },
    { name: 'a condition that is not about the environment', code: "if (user.isAdmin) payload.test_event_code = 'TEST12345';", errors: [error(1, 19)] },
    {
      name: 'after an early return outside production',
      code: "function send(body) {\n  if (isDev) return;\n  post({ ...body, test_event_code: 'TEST12345' });\n}",
      errors: [propertyError(3, 19, 'function send(body) {\n  if (isDev) return;\n  post({ ...body });\n}')],
    },
    {
      name: 'a constant switch that is on is no guard',
      code: "const TEST_MODE = true;\nconst test_event_code = 'TEST12345';\nconst body = { data: events, ...(TEST_MODE ? { test_event_code } : {}) };",
      errors: [propertyError(3, 48, "const TEST_MODE = true;\nconst test_event_code = 'TEST12345';\nconst body = { data: events, ...(TEST_MODE ? {} : {}) };")],
    },
    {
      name: 'a hard-coded code that guards itself',
      code: "const TEST_EVENT_CODE = 'TEST12345';\nconst body = { data: events, ...(TEST_EVENT_CODE ? { test_event_code: TEST_EVENT_CODE } : {}) };",
      errors: [propertyError(2, 54, "const TEST_EVENT_CODE = 'TEST12345';\nconst body = { data: events, ...(TEST_EVENT_CODE ? {} : {}) };")],
    },
    {
      name: 'a development flag hard-coded to true',
      code: "const IS_DEV = true;\nif (IS_DEV) payload.test_event_code = 'TEST12345';",
      errors: [error(2, 13)],
    },
    {
      name: 'a development check or-ed with a constant',
      code: "const FORCE_TEST_EVENTS = true;\nif (isDev || FORCE_TEST_EVENTS) payload.test_event_code = 'TEST12345';",
      errors: [error(2, 33)],
    },
    {
      name: 'a production early return that never returns',
      code: "const IS_PROD = false;\nfunction send(body) {\n  if (IS_PROD) return;\n  post({ ...body, test_event_code: 'TEST12345' });\n}",
      errors: [propertyError(4, 19, "const IS_PROD = false;\nfunction send(body) {\n  if (IS_PROD) return;\n  post({ ...body });\n}")],
    },
    {
      name: 'a placeholder fallback in the request body: Meta takes it as a code',
      code: `export const send = (events, code) => fetch('${GRAPH}', { method: 'POST', body: JSON.stringify({ data: events, test_event_code: code || 'none' }) });`,
      errors: [error(1, 179, 'none')],
    },
    {
      name: 'a placeholder word that is the whole value, where the destination is not shown',
      code: "export const body = (events) => ({ data: events, test_event_code: 'none' });",
      errors: [propertyError(1, 50, 'export const body = (events) => ({ data: events });', 'none')],
    },
    { name: 'a placeholder fallback given to setTestEventCode', code: "request.setTestEventCode(code || 'none');", errors: [error(1, 34, 'none')] },
    {
      name: 'a code nested in four conditions',
      code: "const body = { data: events, test_event_code: a ? x : b ? x : c ? x : d ? 'TEST12345' : x };",
      errors: [error(1, 75)],
    },
    {
      name: 'a code after an interpolation in an image pixel URL: reported on the text that holds it',
      code: "const PIXEL = 'https://www.facebook.com/tr';\nconst src = `${PIXEL}?id=1&ev=Lead&test_event_code=TEST12345`;",
      errors: [{ ...error(2, 21), endLine: 2, endColumn: 62 }],
    },
    {
      name: 'a code in a concatenated image pixel URL: one report, on the string that holds it',
      code: "const src = 'https://www.facebook.com/tr?id=' + PIXEL_ID + '&ev=Lead&test_event_code=TEST12345';",
      errors: [error(1, 60)],
    },
    {
      name: 'a code chosen by a condition inside an image pixel URL',
      code: "const src = `https://www.facebook.com/tr?id=1&ev=Lead&test_event_code=${isLive ? 'TEST12345' : ''}`;",
      errors: [error(1, 82)],
    },
    {
      name: 'an image pixel URL in a template without interpolations: reported on the whole template',
      code: 'const src = `https://www.facebook.com/tr?id=1&test_event_code=TEST12345`;',
      errors: [{ ...error(1, 13), endLine: 1, endColumn: 73 }],
    },
    {
      name: 'a real code as the fallback, where the destination is not shown',
      code: "export const body = (events, code) => ({ data: events, test_event_code: code || 'TEST4821' });",
      errors: [error(1, 81, 'TEST4821')],
    },
    {
      name: 'a body that is logged and sent: one report',
      code: `export async function send(events) {\n  const body = { data: events, test_event_code: 'TEST12345' };\n  console.log('capi', body);\n  await fetch('${GRAPH}', { method: 'POST', body: JSON.stringify(body) });\n}`,
      errors: [propertyError(2, 32, `export async function send(events) {\n  const body = { data: events };\n  console.log('capi', body);\n  await fetch('${GRAPH}', { method: 'POST', body: JSON.stringify(body) });\n}`)],
    },
    {
      name: 'a test file when test files are checked',
      code: "const body = { data: events, test_event_code: 'TEST12345' };",
      filename: 'src/__tests__/capi.test.ts',
      options: withOptions({ ignoreTestFiles: false }),
      errors: [propertyError(1, 30, 'const body = { data: events };')],
    },
  ],
});

createTsRuleTester().run('no-test-event-code (TypeScript)', rule, {
  valid: [
    { name: 'a type with the key', code: 'interface CapiBody { data: unknown[]; test_event_code?: string }' },
    { name: 'a typed configuration value', code: 'const body: CapiBody = { data: events, test_event_code: config.testEventCode as string };' },
  ],
  invalid: [
    {
      name: 'an asserted literal',
      code: "const body: CapiBody = { data: events, test_event_code: 'TEST12345' as const };",
      errors: [propertyError(1, 40, 'const body: CapiBody = { data: events };')],
    },
    { name: 'a non-null request', code: `${SDK}request!.setTestEventCode('TEST12345');`, errors: [error(2, 27)] },
  ],
});
