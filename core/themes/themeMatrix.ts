/** Why: a heat map of themes against documents shows at a glance which Werkplaatsen share which concerns. */
import type { ThemeIndex } from './types.js';

/** Tagged-passage counts: `counts[t][d]` for theme `themes[t]` in document `documents[d]`. */
export interface ThemeMatrix {
  /** Theme ids in thesaurus order. */
  themes: string[];
  /** Document ids in corpus order. */
  documents: string[];
  counts: number[][];
}

/** Counts, per theme and document, the passages tagged with the theme. */
export function themeMatrix(index: ThemeIndex): ThemeMatrix {
  const documents = index.documents.map((document) => document.docId);
  const column = new Map(documents.map((id, position) => [id, position]));
  const counts = index.themes.map((theme) => {
    const row = new Array<number>(documents.length).fill(0);
    for (const ref of theme.passages) {
      const position = column.get(ref.docId);
      if (position !== undefined) row[position]! += 1;
    }
    return row;
  });
  return { themes: index.themes.map((theme) => theme.id), documents, counts };
}
