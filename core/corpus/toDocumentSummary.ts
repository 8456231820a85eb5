/** Why: the library lists documents without loading their bodies. */
import type { CorpusDocument, DocumentSummary } from './types.js';

/** The fields of `document` the library shows, plus its number of sections. */
export function toDocumentSummary(document: CorpusDocument): DocumentSummary {
  return {
    id: document.id,
    source: document.source,
    title: document.title,
    label: document.label,
    region: document.region,
    kind: document.kind,
    hogeschool: document.hogeschool,
    published: document.published,
    themes: [...document.themes],
    summary: document.summary,
    sectionCount: document.sections.length,
    lectoraat: document.lectoraat,
    municipalities: [...document.municipalities],
  };
}
