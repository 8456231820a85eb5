import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { parseThesaurus, ThesaurusError, type Theme } from './thesaurus.js';

const data: unknown = JSON.parse(readFileSync('data/thesaurus.json', 'utf8'));

function theme(id: string, extra: Partial<Theme> = {}): Record<string, unknown> {
  return { id, label: { nl: `Thema ${id}`, en: `Theme ${id}` }, description: { nl: 'Beschrijving.', en: 'Description.' }, terms: ['mantelzorg'], ...extra };
}

function errorOf(json: unknown): ThesaurusError {
  try {
    parseThesaurus(json);
  } catch (error) {
    if (error instanceof ThesaurusError) return error;
    throw error;
  }
  throw new Error('expected a ThesaurusError');
}

describe('parseThesaurus', () => {
  it('accepts the thesaurus in data/ with 12 to 20 themes', () => {
    const thesaurus = parseThesaurus(data);
    expect(thesaurus.themes.length).toBeGreaterThanOrEqual(12);
    expect(thesaurus.themes.length).toBeLessThanOrEqual(20);
  });

  it('gives every theme a unique slug id and a label and description in Dutch and English', () => {
    const { themes } = parseThesaurus(data);
    expect(new Set(themes.map((entry) => entry.id)).size).toBe(themes.length);
    for (const entry of themes) {
      expect(entry.id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
      for (const text of [entry.label.nl, entry.label.en, entry.description.nl, entry.description.en]) expect(text.trim()).not.toBe('');
      expect(entry.terms.length).toBeGreaterThan(0);
    }
  });

  it('lets broader and narrower refer only to existing themes, mirrored', () => {
    const { themes } = parseThesaurus(data);
    const byId = new Map(themes.map((entry) => [entry.id, entry]));
    for (const entry of themes) {
      for (const id of entry.broader) expect(byId.get(id)?.narrower).toContain(entry.id);
      for (const id of entry.narrower) expect(byId.get(id)?.broader).toContain(entry.id);
    }
  });

  it('fills optional lists with empty ones', () => {
    const parsed = parseThesaurus({ format: 1, themes: [theme('informal-care')] });
    expect(parsed.themes[0]).toMatchObject({ synonyms: [], related: [], exclude: [], broader: [], narrower: [] });
  });

  it.each([
    ['not an object', 'geen thesaurus', 'bestand'],
    ['no themes', { format: 1, themes: [] }, 'bevat geen thema'],
    ['a wrong format', { format: 2, themes: [theme('a')] }, 'format'],
    ['a duplicate id', { format: 1, themes: [theme('youth'), theme('youth')] }, 'thema "youth" komt meer dan eens voor'],
    ['a Dutch or capitalised id', { format: 1, themes: [theme('Jeugd Hulp')] }, 'themes[0] (Jeugd Hulp).id: moet een Engelse slug zijn'],
    ['a missing English label', { format: 1, themes: [{ ...theme('youth'), label: { nl: 'Jeugd' } }] }, 'themes[0] (youth).label.en'],
    ['an empty term', { format: 1, themes: [theme('youth', { terms: ['  '] })] }, 'themes[0] (youth).terms[0]: mag niet leeg zijn'],
    ['a synonym ring of one', { format: 1, themes: [theme('youth', { synonyms: [['lvb']] })] }, 'minstens twee'],
    ['an unknown field', { format: 1, themes: [{ ...theme('youth'), colour: 'red' }] }, 'colour'],
    ['an unknown broader theme', { format: 1, themes: [theme('youth', { broader: ['family'] })] }, 'broader verwijst naar onbekend thema "family"'],
    ['a self reference', { format: 1, themes: [theme('youth', { narrower: ['youth'] })] }, 'narrower verwijst naar zichzelf'],
    ['narrower without the mirroring broader', { format: 1, themes: [theme('youth', { narrower: ['family'] }), theme('family')] }, '"family" noemt "youth" niet als broader'],
    ['a broader cycle', { format: 1, themes: [theme('a', { broader: ['b'], narrower: ['b'] }), theme('b', { broader: ['a'], narrower: ['a'] })] }, 'broader vormt een kring'],
    ['a term of stopwords only', { format: 1, themes: [theme('youth', { terms: ['van de'] })] }, 'term "van de" bevat geen woord'],
    ['a phrase ending in a stopword', { format: 1, themes: [theme('youth', { terms: ['leren van de'] })] }, 'term "leren van de" begint of eindigt met een stopwoord'],
  ])('rejects %s with a readable message', (_, json, expected) => {
    const error = errorOf(json);
    expect(error.message).toMatch(/^Ongeldige thesaurus:\n- /);
    expect(error.message).toContain(expected);
    expect(error.issues.length).toBeGreaterThan(0);
  });

  it('lists every problem at once', () => {
    const error = errorOf({ format: 1, themes: [theme('youth', { broader: ['x'] }), theme('youth')] });
    expect(error.issues).toHaveLength(2);
  });

  it('gives every theme and every synonym ring English terms', async () => {
    const { readFileSync } = await import('node:fs');
    const parsed = parseThesaurus(JSON.parse(readFileSync('data/thesaurus.json', 'utf8')));
    for (const theme of parsed.themes) {
      expect(theme.english.length, theme.id).toBeGreaterThan(0);
      const translated = new Set(theme.english.flatMap((group) => group.nl.map((expression) => expression.toLowerCase())));
      for (const ring of theme.synonyms) expect(ring.some((expression) => translated.has(expression.toLowerCase())), `${theme.id}: ${ring.join(', ')}`).toBe(true);
    }
  });
});
