// Why: the search box mixes loose words with "quoted phrases"; splitting them is pure and testable on its own.

/** A search box query split into loose words and quoted phrases. Filters travel separately, as options. */
export interface ParsedQuery {
  /** Loose words, as typed, without surrounding punctuation. */
  words: string[];
  /** Quoted phrases, whitespace collapsed, without the quotes. */
  phrases: string[];
}

const QUERY_PART = /["\u201c\u201d\u201e]([^"\u201c\u201d\u201e]*)(?:["\u201c\u201d\u201e]|$)|(\S+)/gu;
const EDGE_PUNCTUATION = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/**
 * Splits a query into words and "quoted phrases" (straight or curly quotes; an unclosed quote runs to the end).
 * `jeugdhulp "sociale wijkteams"` → `{ words: ['jeugdhulp'], phrases: ['sociale wijkteams'] }`.
 */
export function parseQuery(query: string): ParsedQuery {
  const words: string[] = [];
  const phrases: string[] = [];
  for (const match of query.matchAll(QUERY_PART)) {
    if (match[1] !== undefined) {
      const phrase = match[1].replace(EDGE_PUNCTUATION, '').replace(/\s+/g, ' ').trim();
      if (phrase) phrases.push(phrase);
    } else if (match[2] !== undefined) {
      const word = match[2].replace(EDGE_PUNCTUATION, '');
      if (word) words.push(word);
    }
  }
  return { words, phrases };
}

/** Writes a parsed query back as text: words, then phrases in straight quotes. */
export function formatQuery(query: ParsedQuery): string {
  return [...query.words, ...query.phrases.map((phrase) => `"${phrase}"`)].join(' ');
}
