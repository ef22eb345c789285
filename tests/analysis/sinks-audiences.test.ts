/** Custom Audience uploads: which `{ schema, data }` objects are uploads, and the cells read from their rows (issue 17). */
import { describe, expect, it } from 'vitest';
import { audienceCells } from '../../src/analysis/sinks/audiences.js';
import rule from '../../src/rules/no-unhashed-identifiers.js';
import { createJsRuleTester } from '../rule-tester.js';
import { probe } from './probe.js';

/** Per upload found in `code`, its cells as `COLUMN=source text`. */
function cells(code: string): string[][] {
  const result = probe(code);
  return result.sinks.audiences.map((audience) =>
    audienceCells(result.analysis.sourceCode, audience).map((cell) => `${cell.column}=${result.text.slice(cell.value.range[0], cell.value.range[1])}`),
  );
}

/** The cells of a shape-recognised upload whose `data` is `data`, after the `before` lines. */
const upload = (data: string, schema = "['EMAIL']", before: string[] = []) => cells([...before, `const upload = { payload: { schema: ${schema}, data: ${data} } };`].join('\n'));

/** An upload in the body of a request to an audience's users. */
const request = (payload: string) => `await fetch(\`https://graph.facebook.com/v19.0/\${audienceId}/users\`, { method: 'POST', body: JSON.stringify({ payload: ${payload} }) });`;

describe('which objects are uploads', () => {
  it('keeps the string names of a schema list', () => {
    const result = probe("const upload = { payload: { schema: ['EMAIL', 42, 'PHONE'], data: [[email, 7, phone]] } };");
    expect(result.sinks.audiences.map((audience) => audience.schema)).toEqual([['EMAIL', 'PHONE']]);
  });

  it.each([
    ['a schema with one column Meta does not know', "['EMAIL', 'email']"],
    ['an empty schema', '[]'],
    ['a schema that is a number', '42'],
    ['a schema that cannot be read', 'columns'],
  ])('ignores %s, in a request to an audience too', (_name, schema) => {
    expect(probe(`const upload = { payload: { schema: ${schema}, data: [[email]] } };`).sinks.audiences).toEqual([]);
    const result = probe(request(`{ schema: ${schema}, data: [[email]] }`));
    expect([result.sinks.audienceRequests.length, result.sinks.audiences]).toEqual([1, []]);
  });

  it.each([
    ['without data', "{ schema: ['EMAIL'], rows }"],
    ['without schema', '{ data: [[email]] }'],
  ])('finds no upload in a request body %s', (_name, payload) => {
    const result = probe(request(payload));
    expect(result.sinks.audienceRequests).toHaveLength(1);
    expect(result.sinks.audiences).toEqual([]);
  });

  it('finds an upload whose data comes before its schema', () => {
    expect(cells("const upload = { payload: { data: [[email]], schema: ['EMAIL'] } };")).toEqual([['EMAIL=email']]);
  });

  it('finds the upload of a request body', () => {
    expect(cells(request("{ schema: 'EMAIL', data: [[email]] }"))).toEqual([['EMAIL=email']]);
  });
});

describe('the cells of an upload', () => {
  it('reads a row that is no array as the one cell of a single-column schema', () => {
    expect(upload('emails.map((e) => sha256(e))')).toEqual([['EMAIL=sha256(e)']]);
  });

  it('reads nothing from a row that is no array when the schema has several columns', () => {
    expect(upload('emails.map((e) => sha256(e))', "['EMAIL', 'PHONE']")).toEqual([[]]);
  });

  it('skips cells beyond the schema, holes and spreads in a row', () => {
    expect(upload('[[a, b, extra], [, c], [...d, e]]', "['EMAIL', 'PHONE']")).toEqual([['EMAIL=a', 'PHONE=b', 'PHONE=c', 'PHONE=e']]);
  });

  it('skips holes and spreads among the rows', () => {
    expect(upload('[[a], , ...more, [b]]')).toEqual([['EMAIL=a', 'EMAIL=b']]);
  });

  it('follows rows through a constant, await and a local function', () => {
    expect(upload('await load()', undefined, ['async function load() { const rows = [[a]]; return rows; }'])).toEqual([['EMAIL=a']]);
  });

  it.each([
    ['a variable written twice', 'rows', ['let rows = [[a]];', 'rows = [[b]];']],
    ['a function not in the file', 'load()', []],
    ['an array method that picks one element', 'rows.at(0)', ['const rows = [[a]];']],
    ['rows mapped by a function passed by name', 'users.map(toRow)', ['const toRow = (u) => [u.email];']],
    ['a mapping call without callback', 'users.map()', []],
    ['a search with a callback', 'users.find((u) => [u.email])', []],
    ['a property', 'job.rows', []],
  ])('reads no rows from %s', (_name, data, before) => {
    expect(upload(data, undefined, before)).toEqual([[]]);
  });

  it.each([
    ['filter()', 'rows.filter(Boolean)'],
    ['concat()', 'rows.concat(more)'],
    ['toSorted()', 'rows.toSorted()'],
  ])('keeps the rows of a batch cut with %s', (_name, data) => {
    expect(upload(data, undefined, ['const rows = [[a], [b]];'])).toEqual([['EMAIL=a', 'EMAIL=b']]);
  });

  it('stops following rows through constants after a few steps', () => {
    const chain = (length: number) => ['const r0 = [[a]];', ...Array.from({ length }, (_, i) => `const r${i + 1} = r${i};`)];
    expect(upload('r5', undefined, chain(5))).toEqual([['EMAIL=a']]);
    expect(upload('r6', undefined, chain(6))).toEqual([[]]);
  });

  it('reads the rows listed by a flatMap() callback, column by column', () => {
    expect(upload('users.flatMap((u) => [[u.email, u.phone], [u.altEmail, u.altPhone]])', "['EMAIL', 'PHONE']")).toEqual([['EMAIL=u.email', 'PHONE=u.phone', 'EMAIL=u.altEmail', 'PHONE=u.altPhone']]);
  });

  it('reads the rows of either side of a conditional', () => {
    expect(upload('users.flatMap((u) => (u.email ? [[sha256(u.email)]] : []))')).toEqual([['EMAIL=sha256(u.email)']]);
    expect(upload('test ? [[a]] : [[b]]')).toEqual([['EMAIL=a', 'EMAIL=b']]);
  });
});

describe('cells that are a parameter', () => {
  it('reads the elements mapped over for the element of a map() callback, through several maps', () => {
    const before = ['const hashed = users.map((u) => sha256(u.email));', 'const again = hashed.map((h) => h);'];
    expect(upload('again.map((x) => [x])', undefined, before)).toEqual([['EMAIL=sha256(u.email)']]);
  });

  it('stops following the elements mapped over after a few maps', () => {
    const maps = (length: number) => ['const m0 = [sha256(a)];', ...Array.from({ length }, (_, i) => `const m${i + 1} = m${i}.map((x) => x);`)];
    expect(upload('m4.map((h) => [h])', undefined, maps(4))).toEqual([['EMAIL=sha256(a)']]);
    expect(upload('m5.map((h) => [h])', undefined, maps(5))).toEqual([['EMAIL=x']]);
  });

  it.each([
    ['the index of a map() callback', 'hashes.map((h, i) => [i])', ['const hashes = [sha256(a)];'], 'i'],
    ['the element of a map() over nothing the file builds', 'hashes.map((h) => [h])', [], 'h'],
    ['a constant', '[[h]]', ['const h = sha256(a);'], 'h'],
  ])('keeps %s as the cell', (_name, data, before, cell) => {
    expect(upload(data, undefined, before)).toEqual([[`EMAIL=${cell}`]]);
  });

  it.each([
    ['a function that is not a callback', 'function send(h) {\n  const upload = { payload: { schema: ["EMAIL"], data: [[h]] } };\n}'],
    ['a forEach() callback', 'hashes.forEach((h) => {\n  const upload = { payload: { schema: ["EMAIL"], data: [[h]] } };\n});'],
    ['a callback of a plain function', 'each(hashes, (h) => {\n  const upload = { payload: { schema: ["EMAIL"], data: [[h]] } };\n});'],
    ['a map() callback passed second', 'hashes.map(pick, (h) => {\n  const upload = { payload: { schema: ["EMAIL"], data: [[h]] } };\n});'],
  ])('keeps the parameter of %s as the cell', (_name, code) => {
    expect(cells(`const hashes = [sha256(a)];\n${code}`)).toEqual([['EMAIL=h']]);
  });
});

createJsRuleTester().run('no-unhashed-identifiers on rows listed by flatMap()', rule, {
  valid: ["const upload = { schema: ['EMAIL', 'PHONE'], data: users.flatMap((u) => [[sha256(u.email), sha256(u.phone)]]) };"],
  invalid: [
    {
      // Each cell is checked against its own column: the raw phone as `PHONE`, not the whole row as `EMAIL`.
      code: "const upload = { schema: ['EMAIL', 'PHONE'], data: users.flatMap((u) => [[sha256(u.email), u.phone]]) };",
      errors: [{ messageId: 'unhashed', line: 1, column: 92, data: { key: 'PHONE', kind: 'a phone number', origin: '`u.phone`' } }],
    },
  ],
});
