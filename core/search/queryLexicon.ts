// Why: the engine must expand multi-word expressions and English terms without knowing the thesaurus, so it asks this small interface what a run of query words means.

/** One expression the lexicon knows, starting at a query word. */
export interface LexiconEntry {
  /** How many query words it spans. */
  length: number;
  /** The expressions to search for as well, as the thesaurus writes them ("licht verstandelijke beperking"). */
  expressions: readonly string[];
  /** `en` for an English expression translated into Dutch ones; `nl` for a Dutch synonym ring. */
  language: 'nl' | 'en';
}

/** What a query's words mean beyond their letters: synonym rings and English translations. */
export interface QueryLexicon {
  /** The expressions starting at `words[start]`, longest first. */
  at(words: readonly string[], start: number): readonly LexiconEntry[];
}

/** How a query was widened, for the "informal care → mantelzorg, informele zorg" line. */
export interface QueryExpansion {
  /** The query words as typed. */
  from: string;
  /** The expressions searched for as well. */
  to: string[];
  language: 'nl' | 'en';
}
