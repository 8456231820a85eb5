import { describe, expect, it } from 'vitest';
import { dictionaries, featureStringSets, languages } from './dictionary.js';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

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

  it('uses the same placeholders in Dutch and English', () => {
    const mismatched = Object.keys(dictionaries.nl).filter(
      (key) => placeholders(dictionaries.nl[key as keyof typeof dictionaries.nl]).join() !== placeholders(dictionaries.en[key as keyof typeof dictionaries.en]).join(),
    );
    expect(mismatched).toEqual([]);
  });
});
