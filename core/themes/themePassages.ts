/** Why: opening a theme lists the passages it occurs in, each with the words that show it, so the reader can jump there. */
import type { ThemeEvidence, ThemeIndex } from './types.js';

/** A passage where a theme occurs. */
export interface ThemePassage {
  docId: string;
  sectionId: string;
  /** Offsets of the passage in the document's canonical text. */
  start: number;
  end: number;
  snippet: string;
  /** The words that made the theme apply, with offsets in the canonical text. */
  evidence: ThemeEvidence[];
}

/** The passages tagged with `themeId`, in corpus order; empty for an unknown theme. */
export function themePassages(index: ThemeIndex, themeId: string): ThemePassage[] {
  const theme = index.themes.find((entry) => entry.id === themeId);
  if (!theme) return [];
  const documents = new Map(index.documents.map((document) => [document.docId, document]));
  return theme.passages.flatMap((ref) => {
    const passage = documents.get(ref.docId)?.passages[ref.passage];
    const tag = passage?.themes.find((candidate) => candidate.themeId === themeId);
    if (!passage || !tag) return [];
    return [{ docId: ref.docId, sectionId: passage.sectionId, start: passage.start, end: passage.end, snippet: passage.snippet, evidence: tag.evidence }];
  });
}
