/** Why: a reader searching "LVB" should also find "licht verstandelijke beperking" and the other way round, so search borrows the thesaurus's synonym rings. */
import { DutchAnalyzer } from '../search/dutchAnalyzer.js';
import type { SynonymExpander } from '../search/searchQuery.js';
import type { Thesaurus } from './thesaurus.js';

/**
 * A synonym expander for search built from every theme's synonym rings. Given a word or phrase (folded or not,
 * any inflection: "lvb", "wijkteams", "licht verstandelijke beperking") it returns the other expressions of each
 * ring it belongs to, as the thesaurus writes them; nothing for words in no ring. Expressions are compared by
 * their analyzed stems, so the expander does not depend on how the search index was built.
 */
export function expandQuery(thesaurus: Thesaurus): SynonymExpander {
  const analyzer = new DutchAnalyzer();
  const keyOf = (text: string) =>
    analyzer
      .analyze(text)
      .filter((token) => token.role === 'word')
      .map((token) => token.term)
      .join(' ');
  const byKey = new Map<string, { expressions: string[]; keys: Set<string> }>();
  for (const ring of thesaurus.themes.flatMap((theme) => theme.synonyms)) {
    const keys = ring.map(keyOf);
    for (const key of keys) {
      if (!key) continue;
      const entry = byKey.get(key) ?? { expressions: [], keys: new Set([key]) };
      ring.forEach((other, position) => {
        const otherKey = keys[position]!;
        if (!otherKey || entry.keys.has(otherKey)) return;
        entry.keys.add(otherKey);
        entry.expressions.push(other);
      });
      byKey.set(key, entry);
    }
  }
  const cache = new Map<string, readonly string[]>();
  return (word: string) => {
    const key = keyOf(word);
    let found = cache.get(key);
    if (!found) {
      found = Object.freeze([...(byKey.get(key)?.expressions ?? [])]);
      if (cache.size < 10_000) cache.set(key, found);
    }
    return found;
  };
}
