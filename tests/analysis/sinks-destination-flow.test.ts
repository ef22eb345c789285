/**
 * Where an object goes (src/analysis/sinks/destination.ts, the walk of `Destinations`): through
 * casts, operators, containers, variables, arguments, returns and requests, to Meta, the pixel, the
 * site's own places, or somewhere this file does not show. Each case is a small program in the shape
 * pixel, Conversions API and app code has; the probed expression is its last occurrence.
 */
import { describe, expect, it } from 'vitest';
import { destinationIn } from './probe.js';

const ts = { typescript: true } as const;
const LEAD = '{ email, phone }';
const lead = (code: string) => `const userData = ${LEAD};\n${code}`;
const INIT = '{ method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(userData) }';

describe('through the expression around it', () => {
  it.each([
    ['a cast to a row type', lead('await prisma.lead.create({ data: userData as Prisma.LeadCreateInput });'), 'first-party'],
    ['a cast to a Meta-named type', lead('await upsert(userData as MetaUserData);'), 'unknown+hint'],
    ['a string built with +', lead("logger.info('lead saved ' + JSON.stringify(userData));"), 'first-party'],
    ['a comparison is no way out', lead("await prisma.lead.create({ data: userData });\nanalytics.track('lead', { complete: userData != null });"), 'first-party'],
    ['a branch of a conditional', lead('await prisma.lead.create({ data: consent ? userData : {} });'), 'first-party'],
    ['the test of a conditional is no way out', lead("await prisma.lead.create({ data: userData });\nanalytics.track('lead', { status: userData ? 'complete' : 'partial' });"), 'first-party'],
    ['the last expression of a sequence', lead('await prisma.lead.create({ data: (attempts++, userData) });'), 'first-party'],
    ['an earlier expression of a sequence is no way out', lead('await prisma.lead.create({ data: userData });\nconst last = (userData, lastLead);\nanalytics.track(last);'), 'first-party'],
    ['a computed key is no way out', lead('cache.set(userData, true);\nconst seen = { [userData]: true };\nanalytics.track(seen);'), 'first-party'],
    ['a tagged template of a database', lead('await sql`insert into leads values (${userData})`;'), 'first-party'],
    ['a tagged template of something else', lead('await gql`mutation { lead(data: ${userData}) }`;'), 'unknown'],
    ['a negation is no way out', lead('await prisma.lead.create({ data: userData });\nanalytics.track(!userData);'), 'first-party'],
    ['a JSX attribute goes where this file does not show', lead("localStorage.setItem('lead', JSON.stringify(userData));\nconst summary = <LeadSummary lead={userData} />;"), 'unknown'],
    ['an assignment to a variable', lead('let row;\nrow = userData;\nawait db.leads.insertOne(row);'), 'first-party'],
    ['an assignment to a property of a variable', lead("const event = { event_name: 'Lead' };\nevent.user_data = userData;\nawait db.events.insertOne(event);"), 'first-party'],
    ['an assignment to a property of a nested property', lead("const body = { data: {} };\nbody.data.user_data = userData;\nawait db.events.insertOne(body);"), 'first-party'],
    ['an assignment to a property of a call', lead('getStore().lead = userData;'), 'unknown'],
    ['an object spread into another', lead('await prisma.lead.create({ data: { ...userData, createdAt: new Date() } });'), 'first-party'],
    ['an array spread into another', 'const rows = [{ email, phone }];\nawait db.leads.insertMany([...rows, ...imported]);', 'first-party'],
    ['an array spread into a call', 'const parts = [{ email, phone }];\nlogger.info(...parts);', 'first-party'],
    ['an array spread into a constructor', 'const init = [JSON.stringify({ email, phone }), { status: 200 }];\nreturn new Response(...init);', 'first-party'],
  ])('%s', (_name, code, expected) => {
    const expression = code.includes(LEAD) ? LEAD : code.includes('{ email, phone }') ? '{ email, phone }' : LEAD;
    expect(destinationIn(code, expression, ts)).toBe(expected);
  });
});

describe('through variables', () => {
  const chain = (length: number) =>
    ['const v0 = { email, phone };', ...Array.from({ length }, (_, index) => `const v${index + 1} = v${index};`), `await db.leads.insertOne(v${length});`].join('\n');

  it('follows a bounded number of steps', () => {
    expect(destinationIn(chain(15), LEAD)).toBe('first-party');
    expect(destinationIn(chain(16), LEAD)).toBe('unknown');
  });

  it.each([
    ['an exported variable', `export const userData = ${LEAD};\nawait db.leads.insertOne(userData);`, 'unknown'],
    ['a variable named for Meta, kept by the site', `const capiUserData = ${LEAD};\nawait db.leads.insertOne(capiUserData);`, 'first-party'],
    ['a variable named for Meta, sent elsewhere', `const capiUserData = ${LEAD};\nawait enqueueLater(capiUserData);`, 'unknown+hint'],
    ['a variable of a Meta-named type', `const ud: FbUserData = ${LEAD};\nawait enqueueLater(ud);`, 'unknown+hint'],
    ['a later write of the variable is no way out', `let row = ${LEAD};\nawait db.leads.insertOne(row);\nfor (row of pending) await db.leads.insertOne(row);`, 'first-party'],
    [
      'an array filled by two pushes, the first one judged first',
      "const events = [];\nevents.push({ event_name: 'Lead', user_data: { em: hash(email) } });\nevents.push(extra);\nawait db.events.insertMany(events);",
      'first-party',
    ],
  ])('%s', (_name, code, expected) => {
    expect(destinationIn(code, code.includes(LEAD) ? LEAD : 'extra', ts)).toBe(expected);
  });

  it('a property written on a global goes where this file does not show', () => {
    const code = lead('await db.leads.insertOne(userData);\nwindow.lastLead = userData;');
    expect(destinationIn(code, LEAD, { ...ts, globals: { window: 'readonly' } })).toBe('unknown');
  });

  it('answers again for an object already judged as a payload', () => {
    expect(destinationIn('const userData = { em: hash(email), ph: hash(phone) };\nawait db.leads.insertOne(userData);', '{ em: hash(email), ph: hash(phone) }')).toBe('first-party');
  });
});

describe('through a method of the receiver', () => {
  it.each([
    ['concat carries the array', 'const rows = [{ email, phone }];\nawait db.leads.insertMany(rows.concat(imported));', 'first-party'],
    ['map carries the array', 'const rows = [{ email, phone }];\nawait db.leads.insertMany(rows.map(normalize));', 'first-party'],
    ['another method does not', 'const rows = [{ email, phone }];\nawait db.leads.insertMany(rows);\nanalytics.track(rows.indexOf(current));', 'first-party'],
    ['a method read, not called, is no way out', 'const rows = [{ email, phone }];\nawait db.leads.insertMany(rows);\nexport const merge = bind(rows.concat);', 'first-party'],
    ['a push fills the array', 'const events = [];\nevents.push({ email, phone });\nawait db.leads.insertMany(events);', 'first-party'],
    ['a push of a router is no array', "const { push } = useRouter();\npush({ pathname: '/thanks', query: { email, phone } });", 'unknown'],
  ])('%s', (_name, code, expected) => {
    expect(destinationIn(code, LEAD, ts)).toBe(expected);
  });
});

describe('as an argument', () => {
  it.each([
    ['a function this file does not show', lead('await analytics.track(userData);'), 'unknown'],
    ['JSON.stringify into a first-party request', lead(`await fetch('/api/leads', ${INIT});`), 'first-party'],
    ['Object.keys reads no data', lead('await db.leads.insertOne(userData);\nanalytics.track(Object.keys(userData));'), 'first-party'],
    ['a function of the file, at its second parameter', lead("async function saveLead(source, lead) {\n  await prisma.lead.create({ data: { source, ...lead } });\n}\nawait saveLead('form', userData);"), 'first-party'],
    ['a parameter with a default', lead('async function saveLead(lead = {}) {\n  await prisma.lead.create({ data: lead });\n}\nawait saveLead(userData);'), 'first-party'],
    ['an argument beyond the parameters', lead("function track(name) {\n  console.log(name);\n}\ntrack('lead', userData);"), 'unknown'],
    ['a destructured parameter', lead('async function saveLead({ email }) {\n  await db.leads.insertOne({ email });\n}\nawait saveLead(userData);'), 'unknown'],
    ['a constructor call is not followed into a function of that name', lead('function LeadRecord(data) {\n  db.leads.insertOne(data);\n}\nconst record = new LeadRecord(userData);'), 'unknown'],
    ['a conversion helper this file does not show', lead('const row = toRow(userData);\nawait db.leads.insertOne(row);'), 'unknown'],
    ['a pruning helper hands its argument on', lead('const row = compactObject(userData);\nawait db.leads.insertOne(row);'), 'first-party'],
    ['a pruning-named constructor is judged by its name only', lead('const row = new CleanRow(userData);\nawait db.leads.insertOne(row);'), 'unknown'],
    ['a function imported from a Meta module, through a member', lead("import { client } from '@/lib/facebook';\nawait client.send(userData);"), 'unknown+hint'],
    ['a method of a client returned by a call', lead('await getClient().send(userData);'), 'unknown'],
    ['a method of a local client', lead('const client = createClient();\nawait client.send(userData);'), 'unknown'],
    ['a function imported from another module', lead("import { send } from './api';\nawait send(userData);"), 'unknown'],
    ['a function imported from a meta module with its extension', lead("import { send } from './meta.js';\nawait send(userData);"), 'unknown+hint'],
  ])('%s', (_name, code, expected) => {
    expect(destinationIn(code, LEAD, ts)).toBe(expected);
  });
});

describe('returned', () => {
  it.each([
    ['to the call sites', `function buildRow() {\n  return ${LEAD};\n}\nawait db.leads.insertOne(buildRow());`, 'first-party'],
    ['from a function no one calls', `function buildRow() {\n  const row = ${LEAD};\n  db.leads.insertOne(row);\n  return row;\n}`, 'unknown'],
    ['from an exported function, also called here', `export function buildRow() {\n  return ${LEAD};\n}\nawait db.leads.insertOne(buildRow());`, 'unknown'],
    ['from a function declaration named for Meta', `export function buildCapiUserData() {\n  return ${LEAD};\n}`, 'unknown+hint'],
    ['from an anonymous default export', `export default function () {\n  return ${LEAD};\n}`, 'unknown'],
    ['from a map callback, to where the array goes', 'await db.leads.insertMany(rows.map((r) => ({ email, phone })));', 'first-party'],
    ['from a callback of a function this file does not show', 'const row = await withRetry(() => ({ email, phone }));\nawait db.leads.insertOne(row);', 'unknown'],
  ])('%s', (_name, code, expected) => {
    expect(destinationIn(code, LEAD, ts)).toBe(expected);
  });
});

describe('to a request', () => {
  it.each([
    ['a Graph API URL that is no CAPI send', lead(`await fetch('https://graph.facebook.com/v19.0/me/adaccounts', ${INIT});`), 'meta'],
    ['a CAPI send whose base URL comes from configuration', lead("await fetch(`${apiBase}/${pixelId}/events`, { method: 'POST', body: JSON.stringify({ data: [{ event_name: 'Lead', user_data: userData }] }) });"), 'meta'],
    ['axios.post to another host', lead("await axios.post('https://api.example.com/leads', userData);"), 'first-party'],
    ['a method call is no request', lead("await analytics.track('Lead', userData);"), 'unknown'],
    ['an imported function named post', lead("import { post } from '@/lib/http';\nawait post('/api/leads', userData);"), 'unknown'],
    ['an axios config with its URL', lead("await axios({ method: 'post', url: 'https://api.example.com/leads', data: userData });"), 'first-party'],
    ['an axios config cast to its type', lead("await axios({ method: 'post', url: 'https://api.example.com/leads', data: userData } as AxiosRequestConfig);"), 'first-party'],
    ['an axios config without a URL', lead("await axios({ method: 'post', data: userData });"), 'unknown'],
    ['arguments spread into a client named for Meta', lead('const request = [endpoint, { data: userData }];\nawait fbApi.post(...request);'), 'unknown+hint'],
    ['a path after a base this file does not show', lead(`await fetch(\`\${API_BASE}/leads\`, ${INIT});`), 'first-party'],
    ['a URL this file does not show', lead(`await fetch(process.env.LEAD_WEBHOOK_URL, ${INIT});`), 'unknown'],
    ['a URL of two holes', lead(`await fetch(\`\${baseUrl}\${path}\`, ${INIT});`), 'unknown'],
    ['a URL whose base is named for the Graph API', lead(`await fetch(\`\${GRAPH_API}/\${accountId}/adaccounts\`, ${INIT});`), 'unknown+hint'],
    ['a URL whose base is a Graph API setting', lead(`await fetch(\`\${config.graphUrl}/me/adaccounts\`, ${INIT});`), 'unknown+hint'],
    ['a URL whose base is a call', lead(`await fetch(\`\${baseUrl()}/leads\`, ${INIT});`), 'first-party'],
    ['a relative path to a CAPI endpoint setting', lead('await axios.post(`api/${capiEndpoint}`, userData);'), 'unknown+hint'],
    ['a URL of blanks around a hole', lead(`await fetch(\` \${webhookUrl} \`, ${INIT});`), 'unknown'],
    ['an empty URL', lead(`await fetch('', ${INIT});`), 'unknown'],
  ])('%s', (_name, code, expected) => {
    expect(destinationIn(code, LEAD, ts)).toBe(expected);
  });
});

describe('in the shapes apps send them', () => {
  const GRAPH = 'const GRAPH_URL = `https://graph.facebook.com/v19.0/${PIXEL_ID}/events?access_token=${ACCESS_TOKEN}`;\n';
  it.each([
    [
      'user data built in a helper, pushed into the events POSTed to the Graph API',
      `${GRAPH}function buildUserData(lead) {\n  return { em: [sha256(lead.email)], ph: [sha256(lead.phone)] };\n}\nexport async function sendLead(lead) {\n  const events = [];\n  events.push({ event_name: 'Lead', event_time: now(), action_source: 'website', user_data: buildUserData(lead) });\n  await fetch(GRAPH_URL, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ data: events }) });\n}`,
      '{ em: [sha256(lead.email)], ph: [sha256(lead.phone)] }',
      'meta',
    ],
    [
      'a lead saved with Prisma and returned to the client with res.json',
      "export async function POST(req, res) {\n  const userData = { email: req.body.email, phone: req.body.phone, fbp: req.cookies._fbp };\n  await prisma.lead.create({ data: userData });\n  logger.info('lead', JSON.stringify(userData));\n  res.json({ ok: true, lead: userData });\n}",
      '{ email: req.body.email, phone: req.body.phone, fbp: req.cookies._fbp }',
      'first-party',
    ],
    [
      'advanced matching given to the pixel',
      "import ReactPixel from 'react-facebook-pixel';\nconst userData = { em: user.email, ph: user.phone };\nReactPixel.init(PIXEL_ID, userData);",
      '{ em: user.email, ph: user.phone }',
      'pixel',
    ],
  ])('%s', (_name, code, expression, expected) => {
    expect(destinationIn(code, expression, ts)).toBe(expected);
  });
});
