/** Why: search asks what a run of query words means; the thesaurus answers with its synonym rings (Dutch, multi-word included) and its English groups, and says which themes a query names. */
import { DutchAnalyzer, foldText } from '../search/dutchAnalyzer.js';
import type { LexiconEntry, QueryLexicon } from '../search/queryLexicon.js';
import type { Thesaurus } from './thesaurus.js';

/** English words that never name a theme on their own. */
const ENGLISH_STOPWORDS = new Set(['and', 'the', 'of', 'for', 'in', 'with', 'to', 'a', 'an', 'on', 'or', 'care']);

/** Longest expression, in query words, the lexicon looks for. */
const MAX_SPAN = 5;

/** A query lexicon that also tells which themes a whole query names. */
export interface ThesaurusLexicon extends QueryLexicon {
  /** Ids of the themes whose label, terms, synonyms or English expressions the whole query is ("mantelzorg", "informal care"). */
  themesOf(query: string): string[];
}

/**
 * The English key of an expression: folded words with hyphens and apostrophes as spaces, plural -s/-ies made
 * singular, so "Caregivers", "caregiver" and "care-giver's" meet.
 */
export function englishKey(text: string): string {
  return foldText(text)
    .replace(/['\u2019]s\b/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .map((word) => {
      if (word.length > 4 && word.endsWith('ies')) return `${word.slice(0, -3)}y`;
      if (word.length > 3 && word.endsWith('s') && !/(ss|us|is)$/.test(word)) return word.slice(0, -1);
      return word;
    })
    .join(' ');
}

/** Builds the lexicon of a thesaurus: synonym rings both ways (phrases as phrases) and English groups into Dutch. */
export function thesaurusLexicon(thesaurus: Thesaurus): ThesaurusLexicon {
  const analyzer = new DutchAnalyzer();
  const dutchKeys = new Map<string, string>();
  const dutchKey = (text: string): string => {
    let key = dutchKeys.get(text);
    if (key === undefined) {
      key = analyzer
        .analyze(text)
        .filter((token) => token.role === 'word')
        .map((token) => token.term)
        .join(' ');
      if (dutchKeys.size > 20_000) dutchKeys.clear();
      dutchKeys.set(text, key);
    }
    return key;
  };
  const dutch = new Map<string, string[]>();
  const english = new Map<string, string[]>();
  const add = (map: Map<string, string[]>, key: string, ownKey: (text: string) => string, expressions: readonly string[]) => {
    if (!key) return;
    const list = map.get(key) ?? [];
    for (const expression of expressions) {
      if (ownKey(expression) === key || list.some((known) => dutchKey(known) === dutchKey(expression))) continue;
      list.push(expression);
    }
    map.set(key, list);
  };
  const themeKeys = new Map<string, Set<string>>();
  const labelWords: { id: string; nl: Set<string>; en: Set<string> }[] = [];
  for (const theme of thesaurus.themes) {
    for (const ring of theme.synonyms) for (const member of ring) add(dutch, dutchKey(member), dutchKey, ring);
    for (const group of theme.english) for (const expression of group.en) add(english, englishKey(expression), englishKey, group.nl);
    const keys = new Set<string>();
    for (const text of [theme.label.nl, ...theme.terms, ...theme.synonyms.flat(), ...theme.english.flatMap((group) => group.nl)]) keys.add(`nl:${dutchKey(text)}`);
    for (const text of [theme.label.en, ...theme.english.flatMap((group) => group.en)]) keys.add(`en:${englishKey(text)}`);
    themeKeys.set(theme.id, keys);
    labelWords.push({ id: theme.id, nl: new Set(dutchKey(theme.label.nl).split(' ')), en: new Set(englishKey(theme.label.en).split(' ')) });
  }
  return {
    at(words, start) {
      const entries: LexiconEntry[] = [];
      for (let length = Math.min(MAX_SPAN, words.length - start); length >= 1; length -= 1) {
        const text = words.slice(start, start + length).join(' ');
        const nl = dutch.get(dutchKey(text));
        if (nl?.length) entries.push({ length, expressions: nl, language: 'nl' });
        const en = english.get(englishKey(text));
        if (en?.length) entries.push({ length, expressions: en, language: 'en' });
      }
      return entries;
    },
    themesOf(query) {
      const nl = dutchKey(query);
      const en = englishKey(query);
      if (!nl && !en) return [];
      const found: string[] = [];
      for (const { id, nl: nlLabel, en: enLabel } of labelWords) {
        const keys = themeKeys.get(id)!;
        const named = (nl && keys.has(`nl:${nl}`)) || (en && keys.has(`en:${en}`));
        // Every query word in the label: "mantelzorg" names "Informele zorg en mantelzorg".
        const enWords = en.split(' ').filter((word) => !ENGLISH_STOPWORDS.has(word));
        const inLabel = (nl !== '' && nl.split(' ').every((word) => nlLabel.has(word))) || (enWords.length > 0 && enWords.every((word) => enLabel.has(word)));
        if (named || inLabel) found.push(id);
      }
      return found;
    },
  };
}
