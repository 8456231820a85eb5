/** Why: the theme views read the same static corpus data (themes, documents, tags) many times; one cached call per item keeps them quick and calm. */
import type { CorpusDocument, DocumentSummary } from '../../core/corpus/types.js';
import type { ThemeOverview } from '../../core/themes/themeCatalog.js';
import type { DocumentThemes, ThemeEvidence } from '../../core/themes/types.js';
import { call } from '../api/client.js';
import type { Language } from '../i18n/dictionary.js';

const cache = new Map<string, Promise<unknown>>();

/** Calls `load` once per `key` for the session; a failed call is forgotten so a retry can succeed. */
function cached<T>(key: string, load: () => Promise<T>): Promise<T> {
  let found = cache.get(key) as Promise<T> | undefined;
  if (!found) {
    found = load();
    cache.set(key, found);
    found.catch(() => cache.delete(key));
  }
  return found;
}

export const loadThemes = (): Promise<ThemeOverview[]> => cached('themes', () => call('listThemes', {}));
export const loadDocumentList = (): Promise<DocumentSummary[]> => cached('documents', () => call('listDocuments', {}));
export const loadDocument = (id: string): Promise<CorpusDocument> => cached(`document:${id}`, () => call('getDocument', { id }));
export const loadDocumentThemes = (docId: string): Promise<DocumentThemes> => cached(`document-themes:${docId}`, () => call('getDocumentThemes', { docId }));

/** A theme's label in the UI language. */
export function themeLabel(theme: Pick<ThemeOverview, 'label'>, language: Language): string {
  return theme.label[language] || theme.label.nl;
}

/** The region as a column header: "Regio Zwolle" reads as "Zwolle". */
export function shortRegion(region: string): string {
  return region.replace(/^regio\s+/i, '');
}

/** The distinct evidence words, lower-cased, in order: "mantelzorgers, vrijwilligers". */
export function evidenceWords(evidence: readonly ThemeEvidence[], limit = 5): string[] {
  const words: string[] = [];
  for (const item of evidence) {
    const word = item.text.replace(/\s+/g, ' ').replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '').toLowerCase();
    if (word && !words.includes(word)) words.push(word);
  }
  return words.slice(0, limit);
}
