/** Tiny hand-written documents for the search modules' unit tests: each paragraph is one passage. */
import type { IndexableDocument } from '../../core/search/searchIndex.js';
import { buildSearchIndex, type SearchIndex } from '../../core/search/searchIndex.js';

/** A document spec: id, optional region/kind, and sections of paragraphs (heading null for the lead). */
export interface DocumentSpec {
  id: string;
  title?: string;
  region?: string;
  kind?: 'profile' | 'news';
  sections: { heading: string | null; paragraphs: string[] }[];
}

/** Builds an indexable document with exact offsets from a spec. */
export function makeDocument(spec: DocumentSpec): IndexableDocument {
  const title = spec.title ?? spec.id;
  let text = title;
  const sections = spec.sections.map((section, s) => {
    let headingSpan = null;
    if (section.heading) {
      text += '\n\n';
      headingSpan = { start: text.length, end: text.length + section.heading.length };
      text += section.heading;
    }
    const start = headingSpan?.start ?? text.length + 2;
    const blocks = section.paragraphs.map((paragraph) => {
      text += '\n\n';
      const blockStart = text.length;
      text += paragraph;
      return { type: 'paragraph' as const, text: paragraph, start: blockStart, end: text.length };
    });
    return { id: `s${s}`, heading: section.heading, headingSpan, blocks, start, end: text.length };
  });
  return { id: spec.id, source: `${spec.id}.txt`, title, region: spec.region ?? 'Regio', kind: spec.kind ?? 'profile', sections, text };
}

/** A search index over the specs. */
export function indexOf(specs: readonly DocumentSpec[]): SearchIndex {
  return buildSearchIndex(specs.map(makeDocument));
}
