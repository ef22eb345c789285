// The word rules of classifyName that decide whether a value is reported by its name alone: predicate
// prefixes, record-id suffixes, words that count only at the end of a name, the Romance "name of the
// customer" order and names the user declares in settings. Expected verdicts are written out here.
import { describe, expect, it } from 'vitest';
import { classifyName, classifyNameUnder } from '../../src/analysis/values/names.js';
import { readSettings } from '../../src/settings.js';

const verdict = (name: string, raw: Record<string, unknown> = {}) => {
  const found = classifyName(name, readSettings({ 'meta-privacy': raw }));
  return found?.kind === 'pii' ? found.pii : (found?.kind ?? 'unknown');
};

describe('classifyName: word rules', () => {
  it.each([
    // a flag or a handler about the data is not the data
    ['isEmail', 'unknown'],
    ['hasPhone', 'unknown'],
    ['email', 'email'],
    // an identifier of the record, not the data; but an entry that itself ends in `id` is the data
    ['emailId', 'unknown'],
    ['phone_ids', 'unknown'],
    ['emailUuid', 'unknown'],
    ['nationalId', 'nationalId'],
    ['steuer_id', 'nationalId'],
    // words that count only when they end the name (`genero` is a gender, `genero_musical` a music genre)
    ['genero_musical', 'unknown'],
    ['pais_origen_producto', 'unknown'],
  ])('%s: %s', (name, expected) => {
    expect(verdict(name)).toBe(expected);
  });

  it.each([
    // Romance order: the name word first, then (past a preposition) whose it is
    ['nome_do_cliente', 'fullName'],
    ['nom_du_client', 'fullName'],
    ['nombre_cliente_nuevo', 'fullName'],
    ['nome_produto', 'unknown'],
    ['pedido_cliente', 'unknown'],
    ['nome_de', 'unknown'],
  ])('%s: %s', (name, expected) => {
    expect(verdict(name)).toBe(expected);
  });

  it("reads a bare name word as a person's when its object is a person", () => {
    const settings = readSettings({});
    expect(classifyName('nome', settings, ['cliente'])).toEqual({ kind: 'pii', pii: 'fullName', weak: false });
    expect(classifyName('nome', settings, ['produto'])).toBeUndefined();
  });

  it('reads the object path as written like its words, and remembers "no verdict" as such', () => {
    const settings = readSettings({});
    expect(classifyNameUnder('nome', settings, 'req.body.cliente')).toEqual({ kind: 'pii', pii: 'fullName', weak: false });
    expect(classifyNameUnder('nome', settings, 'loja produto')).toBeUndefined();
    expect(classifyNameUnder('city', settings, 'shippingAddress')).toEqual(classifyName('city', settings, ['shipping', 'address']));
    expect(classifyNameUnder('city', settings, 'listing')).toEqual(classifyName('city', settings, ['listing']));
    expect(classifyNameUnder('email', settings, '')).toEqual({ kind: 'pii', pii: 'email', weak: false });
    // asked twice: the remembered answer is the same
    expect(classifyNameUnder('nome', settings, 'loja produto')).toBeUndefined();
    expect(classifyName('emailId', settings)).toBeUndefined();
    expect(classifyName('emailId', settings)).toBeUndefined();
  });

  it('reports a name the user declares as personal data, and keeps quiet on one declared not to be', () => {
    expect(verdict('contactHandle', { piiNames: { contactHandle: 'email' } })).toBe('email');
    expect(verdict('loyaltyCode', { piiNames: ['loyalty code'] })).toBe('personal');
    expect(verdict('emailTemplate', { notPiiNames: ['email template'] })).toBe('unknown');
  });
});
