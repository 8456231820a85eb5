import { describe, expect, it } from 'vitest';
import { IntlMessageFormat } from 'intl-messageformat';
import { dictionaries, featureStringSets, languages, locales, translate } from './dictionary.js';

/** The argument names an ICU message uses, from its syntax tree (plural and select branches included). */
function placeholders(text: string, locale: string): string[] {
  const names = new Set<string>();
  const walk = (nodes: unknown[]): void => {
    for (const node of nodes as { value?: unknown; options?: Record<string, { value: unknown[] }> }[]) {
      if (node.options) Object.values(node.options).forEach((option) => walk(option.value));
      if (typeof node.value === 'string' && ('options' in node || (node as { type: number }).type !== 0)) names.add(node.value);
    }
  };
  walk(new IntlMessageFormat(text, locale).getAst());
  return [...names].sort();
}

describe('the dictionary', () => {
  it('gathers the strings of every feature folder', () => {
    expect(featureStringSets.length).toBeGreaterThanOrEqual(3);
    expect(dictionaries.nl).toHaveProperty('notes.tab');
    expect(dictionaries.en).toHaveProperty('themes.title');
  });

  it('has every key in every language, never empty', () => {
    const keys = new Set(languages.flatMap((language) => Object.keys(dictionaries[language])));
    for (const language of languages) {
      const missing = [...keys].filter((key) => !(dictionaries[language] as Record<string, string | undefined>)[key]?.trim());
      expect(missing, language).toEqual([]);
    }
  });

  it('declares no key in two features, so no text silently replaces another', () => {
    const seen = new Map<string, number>();
    for (const set of featureStringSets) for (const key of Object.keys(set.nl)) seen.set(key, (seen.get(key) ?? 0) + 1);
    expect([...seen].filter(([, count]) => count > 1)).toEqual([]);
  });

  it('has only valid ICU messages, with the same placeholders in Dutch and English', () => {
    const mismatched = Object.keys(dictionaries.nl).filter(
      (key) =>
        placeholders(dictionaries.nl[key as keyof typeof dictionaries.nl], locales.nl).join() !== placeholders(dictionaries.en[key as keyof typeof dictionaries.en], locales.en).join(),
    );
    expect(mismatched).toEqual([]);
  });

  it.each([
    ['nl', 'themes.passages', { count: 1 }, '1 passage'],
    ['nl', 'themes.passages', { count: 12 }, '12 passages'],
    ['en', 'themes.documents', { count: 1 }, 'in 1 document'],
    ['nl', 'notes.overview.results', { count: 1, documents: 1 }, '1 aantekening in 1 document'],
    ['en', 'notes.overview.results', { count: 3, documents: 2 }, '3 annotations in 2 documents'],
    ['en', 'search.markedIn', { count: 1, query: 'zorg' }, '“zorg” marked once'],
    ['nl', 'library.intro', { count: 1 }, expect.stringMatching(/^1 document over/)],
  ] as const)('says %s %s with %j in words that fit the number', (language, key, params, expected) => {
    expect(translate(language, key, params)).toEqual(expected);
  });

  it('never glues a singular key to a plural one in code', () => {
    const glued = Object.keys(dictionaries.nl).filter((key) => /One$/.test(key) && key.replace(/One$/, '') in dictionaries.nl);
    expect(glued).toEqual([]);
  });
});
