// findSensitiveTerms (src/analysis/facts/sensitive-terms.ts) on the shapes the lexicon tests leave out
// (found by its mutation run): how the input is cut into words and shown, and how `allow` and
// `additionalTerms` are read.
import { describe, expect, it } from 'vitest';
import { findSensitiveTerms } from '../../src/analysis/facts/sensitive-terms.js';

describe('words', () => {
  it('shows an accent written after the last letter of the match as part of it', () => {
    expect(findSensitiveTerms('refugie\u0301')).toEqual([{ category: 'ethnicity', term: 'réfugié', matched: 'refugie\u0301' }]);
  });

  it('matches the -es plural of an English word ending in s, x, z, ch or sh', () => {
    expect(findSensitiveTerms('Churches near me')).toEqual([{ category: 'religion', term: 'church', matched: 'churches' }]);
    expect(findSensitiveTerms('GlassesFitting', { additionalTerms: { health: ['glass'] } })).toEqual([{ category: 'health', term: 'glass', matched: 'glasses' }]);
  });

  it('ends a word at a letter outside Latin scripts', () => {
    expect(findSensitiveTerms('hiv検査')).toEqual([{ category: 'health', term: 'hiv', matched: 'hiv' }]);
  });

  it('takes a number written apart as the next word of an entry', () => {
    expect(findSensitiveTerms('cid 10', undefined, true)).toEqual([{ category: 'health', term: 'cid 10', matched: 'cid 10' }]);
  });

  it("drops a possessive s between the words of an entry (Donor's Program)", () => {
    expect(findSensitiveTerms("Donor's Program", { additionalTerms: { health: ['donor program'] } })).toEqual([
      { category: 'health', term: 'donor program', matched: 'donor program' },
    ]);
  });

  it('returns the shared empty result also when a word passed the first-word check but no entry matched', () => {
    expect(findSensitiveTerms('ZodiacCancerReading')).toBe(findSensitiveTerms('Purchase'));
  });
});

describe('options', () => {
  it('additionalTerms: an entry written with spaces around it is shown trimmed', () => {
    expect(findSensitiveTerms('KetoGuide', { additionalTerms: { health: [' keto* '] } })).toEqual([{ category: 'health', term: 'keto*', matched: 'keto' }]);
  });

  it('additionalTerms: an entry that starts with a digit', () => {
    expect(findSensitiveTerms('5g', { additionalTerms: { health: ['5g'] } })).toEqual([{ category: 'health', term: '5g', matched: '5g' }]);
  });

  it('allow: a whole input spelled with other word breaks, case-insensitively', () => {
    // only the whole input allows it: the match alone (`diabeteskit`) is not the entry
    expect(findSensitiveTerms('diabeteskit_pack', { allow: ['DiabetesKit_Pack'] })).toEqual([]);
    expect(findSensitiveTerms('diabeteskit_pack')).toHaveLength(1);
    expect(findSensitiveTerms(' DIABETESKIT_PACK ', { allow: [' DiabetesKit_Pack '] })).toEqual([]);
    expect(findSensitiveTerms('HIV_Test_Booked', { allow: ['hiv test booked'] })).toEqual([]);
  });

  it('allow: a stem spelling of the matched words, or a term alone', () => {
    expect(findSensitiveTerms('diabetes', { allow: ['diabetes*'] })).toEqual([]);
    expect(findSensitiveTerms('diabetes', { allow: ['diabet*'] })).toEqual([]);
    expect(findSensitiveTerms('diabetes', { allow: ['diabet'] })).toEqual([]);
  });

  it('allow: entries that are not strings are ignored', () => {
    const allow = [42, 'church'] as unknown as string[];
    expect(findSensitiveTerms('HIV Church', { allow })).toEqual([{ category: 'health', term: 'hiv', matched: 'hiv' }]);
  });
});
