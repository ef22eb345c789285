// Where an object goes, judged at the call it is handed to (src/analysis/sinks/destination.ts, the free
// functions after the `Destinations` class): the site's own stores, logs and responses (first-party),
// Meta-named helpers and clients (unknown, with a hint), functions and class methods of the file
// followed, exports (unknown: used elsewhere), and the worst of several ways out.
import { describe, expect, it } from 'vitest';
import { isMetaNamed } from '../../src/analysis/sinks/destination.js';
import { splitWords } from '../../src/util/words.js';
import { destinationIn } from './probe.js';

/** Every program puts this object somewhere: where it goes is the destination asked for. */
const ROW = '{ email, fbp }';

describe('the calls that keep a row first-party', () => {
  it.each([
    ['a Supabase insert', `await supabase.from('leads').insert(${ROW});`, 'first-party'],
    ['a Prisma create', `await prisma.lead.create({ data: ${ROW} });`, 'first-party'],
    ['a Mongoose model', `await Lead.create(${ROW});`, 'first-party'],
    ['a Sequelize bulk insert', `await Lead.bulkCreate([${ROW}]);`, 'first-party'],
    ['a Mongoose update', `await Lead.findOneAndUpdate({ email }, ${ROW});`, 'first-party'],
    ['a Redis write', `await redis.set(key, JSON.stringify(${ROW}));`, 'first-party'],
    ['browser storage', `localStorage.setItem('lead', JSON.stringify(${ROW}));`, 'first-party'],
    ['the console', `console.log('lead', ${ROW});`, 'first-party'],
    ['a logger held by a class', `class Leads { save() { this.logger.info(${ROW}); } }`, 'first-party'],
    ['a logger level chosen at run time', `logger[level](${ROW});`, 'first-party'],
    ['an Express response', `res.json(${ROW});`, 'first-party'],
    ['a fetch Response', `export async function POST() {\n  return new Response(JSON.stringify(${ROW}));\n}`, 'first-party'],
    ['a Next.js response', `export async function POST() {\n  return NextResponse.json(${ROW});\n}`, 'first-party'],
    ['an AWS SDK command', `await ddb.send(new PutItemCommand({ TableName: 'leads', Item: ${ROW} }));`, 'first-party'],
    ['Firestore\'s modular API', `await addDoc(collection(db, 'leads'), ${ROW});`, 'first-party'],
    ['a Remix json()', `export async function action() {\n  return json(${ROW});\n}`, 'first-party'],
    ['a table of a client with another name', `await client.from('leads').upsert(${ROW});`, 'first-party'],
  ])('%s', (_, code, expected) => {
    expect(destinationIn(`const email = 'a@b.c', fbp = '';\n${code}`, ROW)).toBe(expected);
  });
});

describe('the calls that do not', () => {
  it.each([
    ['a plain constructor', `import { CapiClient } from './capi';\nnew CapiClient(${ROW});`, 'unknown+hint'],
    ['a constructor of a namespace', `import * as sdk from './sdk';\nnew sdk.Event(${ROW});`, 'unknown'],
    ['a write method of a Meta client', `import { capi } from './capi';\nawait capi.send(${ROW});`, 'unknown+hint'],
    ['a write method of a client from a factory', `import { getCapi } from './capi';\nawait getCapi().send(${ROW});`, 'unknown+hint'],
    ['a write method of a dataset', `import { capi } from './capi';\nawait capi.dataset('1234').send(${ROW});`, 'unknown+hint'],
    ['a read of a client', `await db.transaction(${ROW});`, 'unknown'],
    ['a static method of a Meta class', `import { FacebookCapi } from './fb';\nawait FacebookCapi.track(${ROW});`, 'unknown+hint'],
    ['a create of a Meta client', `import { metaCapi } from './meta';\nawait metaCapi.create(${ROW});`, 'unknown+hint'],
    ['a create of a Meta namespace', `import { FacebookCapi } from './fb';\nawait FacebookCapi.events.create(${ROW});`, 'unknown+hint'],
    ['a builtin create', `const copy = Object.create(${ROW});\nsend(copy);`, 'unknown'],
    ['a method of this outside a class', `function track() { this.emit(${ROW}); }`, 'unknown'],
    ['a handler chosen at run time', `handlers[kind](${ROW});`, 'unknown'],
  ])('%s', (_, code, expected) => {
    expect(destinationIn(`const email = 'a@b.c', fbp = '';\n${code}`, ROW)).toBe(expected);
  });
});

describe('the worst of several ways out', () => {
  it.each([
    ['a request to a URL from another module', `import { API_URL } from './config';\nawait fetch(API_URL, { method: 'POST', body: JSON.stringify(${ROW}) });`, 'unknown'],
    ['a Meta-named helper, through a variable', `import { sendFacebookEvent } from './tracking';\nconst payload = ${ROW};\nawait sendFacebookEvent(payload);`, 'unknown+hint'],
    [
      'sent to Meta, then logged',
      `const payload = ${ROW};\nawait fetch('https://graph.facebook.com/v19.0/123/events', { method: 'POST', body: JSON.stringify({ data: [payload] }) });\nconsole.log(payload);`,
      'meta',
    ],
    ['a Meta-named object posted to the site\'s own API', `const capiPayload = ${ROW};\nawait fetch('/api/capi', { method: 'POST', body: JSON.stringify(capiPayload) });`, 'first-party'],
  ])('%s', (_, code, expected) => {
    expect(destinationIn(`const email = 'a@b.c', fbp = '';\n${code}`, ROW)).toBe(expected);
  });
});

describe('methods of a class or object', () => {
  const capiClass = (track: string, constructor = 'this.token = token;') => `class FacebookCapi {
  constructor(token) {
    ${constructor}
  }
  async track(email, fbp) {
    ${track}
  }
  async send(event) {
    await fetch(\`https://graph.facebook.com/v19.0/\${PIXEL_ID}/events\`, { method: 'POST', body: JSON.stringify({ data: [event], access_token: this.token }) });
  }
}`;
  it.each([
    ['this.send() of the class', capiClass(`await this.send(${ROW});`), 'meta'],
    ['this.send() of the class, bound in the constructor', capiClass(`await this.send(${ROW});`, 'this.token = token;\n    this.send = this.send.bind(this);'), 'meta'],
    ['a send() of another object, beside the class\'s own', capiClass(`await this.client.send(${ROW});`), 'unknown'],
    [
      'a class whose send() keeps the event',
      `class LeadStore {\n  send(event) {\n    localStorage.setItem('lead', JSON.stringify(event));\n  }\n  track(email, fbp) {\n    this.send(${ROW});\n  }\n}`,
      'first-party',
    ],
    ['this.send() in an object literal', `const fbTracking = {\n  send(event) {},\n  track(email, fbp) {\n    this.send(${ROW});\n  },\n};`, 'unknown'],
    ['this.emit() of a class without it', `class Tracker extends EventEmitter {\n  track(email, fbp) {\n    this.emit('lead', ${ROW});\n  }\n}`, 'unknown'],
  ])('%s', (_, code, expected) => {
    expect(destinationIn(code, ROW)).toBe(expected);
  });
});

describe('names of the function that returns the object', () => {
  it.each([
    ['a method of a Meta-named class', `export class MetaCapi {\n  userData(email, fbp) {\n    return ${ROW};\n  }\n}`, 'unknown+hint'],
    ['a method of a Meta-named object', `const fbTracking = {\n  build(email, fbp) {\n    return ${ROW};\n  },\n};`, 'unknown+hint'],
    ['a method of a Meta-named class expression', `module.exports = class FacebookCapi {\n  userData(email, fbp) {\n    return ${ROW};\n  }\n};`, 'unknown+hint'],
    ['a method of an anonymous class', `export default class {\n  userData(email, fbp) {\n    return ${ROW};\n  }\n}`, 'unknown'],
    ['a method of an exported object', `module.exports = {\n  userData(email, fbp) {\n    return ${ROW};\n  },\n};`, 'unknown'],
    ['a class field arrow of a Meta-named class', `export class MetaCapi {\n  userData = (email, fbp) => (${ROW});\n}`, 'unknown+hint'],
    [
      'a method called by its class',
      `class LeadService {\n  row(email, fbp) {\n    return ${ROW};\n  }\n  async save(email, fbp) {\n    await db.insert(this.row(email, fbp));\n  }\n}`,
      'first-party',
    ],
  ])('%s', (_, code, expected) => {
    expect(destinationIn(code, ROW)).toBe(expected);
  });
});

describe('exports: used where this file does not show', () => {
  it.each([
    ['an exported variable', `export const payload = ${ROW};\nconsole.log(payload);`, 'unknown'],
    ['a variable exported by name', `const payload = ${ROW};\nconsole.log(payload);\nexport { payload };`, 'unknown'],
    ['a variable kept here', `const payload = ${ROW};\nconsole.log(payload);`, 'first-party'],
    ['an exported function', `export function leadRow(email, fbp) {\n  return ${ROW};\n}\nawait db.insert(leadRow(email, fbp));`, 'unknown'],
    ['a default-exported function', `export default function leadRow(email, fbp) {\n  return ${ROW};\n}\nawait db.insert(leadRow(email, fbp));`, 'unknown'],
    ['an exported arrow', `export const leadRow = (email, fbp) => (${ROW});\nawait db.insert(leadRow(email, fbp));`, 'unknown'],
    ['a function kept here', `function leadRow(email, fbp) {\n  return ${ROW};\n}\nawait db.insert(leadRow(email, fbp));`, 'first-party'],
    ['an arrow exported by name', `const leadRow = (email, fbp) => (${ROW});\nawait db.insert(leadRow(email, fbp));\nexport { leadRow };`, 'unknown'],
    ['an arrow kept here', `const leadRow = (email, fbp) => (${ROW});\nawait db.insert(leadRow(email, fbp));`, 'first-party'],
  ])('%s', (_, code, expected) => {
    expect(destinationIn(`const email = 'a@b.c', fbp = '';\n${code}`, ROW)).toBe(expected);
  });
});

describe('isMetaNamed', () => {
  it.each([
    ['sendFacebookEvent', true],
    ['fbTracking', true],
    ['capiClient', true],
    ['metaEvents', true],
    ['metaData', false],
    ['logMetaEvent', false],
    ['capiDebug', false],
    ['trackError', false],
  ])('%s', (name, expected) => {
    expect(isMetaNamed(splitWords(name))).toBe(expected);
  });
});
