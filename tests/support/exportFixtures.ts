/** Export tests share one realistic set of notes over the bundled corpus: rich notes, tags, an orphan, a dropped document and a notebook. */
import { createAnnotation, type Annotation } from '../../core/annotations/annotation.js';
import { defaultColorLabels, type ColorLabels } from '../../core/annotations/colorLabels.js';
import { createNotebookNote, type NotebookNote } from '../../core/annotations/notebookNote.js';
import type { CorpusDocument } from '../../core/corpus/types.js';
import type { ExportSourceData } from '../../core/export/exportModel.js';
import { testLibrary } from './corpusFixtures.js';

/** A tiptap note with a heading, bold, italic, a link and a list. */
export const richNote = {
  type: 'doc',
  content: [
    { type: 'heading', attrs: { level: 2 }, content: [{ type: 'text', text: 'Waarom dit telt' }] },
    {
      type: 'paragraph',
      content: [
        { type: 'text', text: 'Dit is ' },
        { type: 'text', text: 'belangrijk', marks: [{ type: 'bold' }] },
        { type: 'text', text: ' en ' },
        { type: 'text', text: 'subtiel', marks: [{ type: 'italic' }] },
        { type: 'text', text: ', zie ' },
        { type: 'text', text: 'de site', marks: [{ type: 'link', attrs: { href: 'https://example.org/werkplaats' } }] },
        { type: 'text', text: '.' },
      ],
    },
    {
      type: 'bulletList',
      content: [
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'eerste punt' }] }] },
        { type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'tweede punt' }] }] },
      ],
    },
  ],
};

/** A plain note of one paragraph. */
export const plainNote = (text: string) => ({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text }] }] });

/** The phrase `words` in `document`, as an annotation range. */
export function rangeOf(document: CorpusDocument, words: string): { start: number; end: number } {
  const start = document.text.indexOf(words);
  if (start === -1) throw new Error(`"${words}" is not in ${document.id}`);
  return { start, end: start + words.length };
}

export interface ExportFixture {
  data: ExportSourceData;
  documents: readonly CorpusDocument[];
  /** The highlighted words of the placed annotations, per annotation id. */
  quotes: Map<string, string>;
  annotations: Annotation[];
  notebook: NotebookNote[];
}

/** Picks a paragraph's opening words from a section with a heading, so the quote is real corpus text. */
function phraseIn(document: CorpusDocument, sectionIndex: number): string {
  const sections = document.sections.filter((section) => section.heading !== null && section.blocks.some((block) => block.type === 'paragraph'));
  const section = sections[sectionIndex % sections.length]!;
  const block = section.blocks.find((candidate) => candidate.type === 'paragraph')!;
  return block.type === 'paragraph' ? block.text.slice(0, 60).replace(/\s+\S*$/, '') : '';
}

/**
 * Notes over the bundled corpus: a rich note with tags on the first document, plain notes on the others,
 * one orphan (its quote no longer in the text), one on a document the corpus dropped, one deleted (left out),
 * and notebook pages (general, per document, per theme). Labels and notes can be overridden with hostile text.
 */
export function exportFixture(overrides: { labels?: ColorLabels; note?: unknown; tags?: string[]; notebookTitleTheme?: string } = {}): ExportFixture {
  const library = testLibrary();
  const documents = library.bundle.documents;
  const corpusVersion = library.bundle.version;
  const annotations: Annotation[] = [];
  const quotes = new Map<string, string>();
  let clock = Date.parse('2026-11-20T09:00:00Z');
  const next = () => new Date((clock += 60_000));
  documents.forEach((document, index) => {
    for (let sectionIndex = 0; sectionIndex < 2; sectionIndex += 1) {
      const phrase = phraseIn(document, sectionIndex + index);
      const id = `a-${document.id}-${sectionIndex}`;
      const annotation = createAnnotation(
        {
          docId: document.id,
          ...rangeOf(document, phrase),
          color: (index + sectionIndex) % 5,
          tags: index === 0 && sectionIndex === 0 ? (overrides.tags ?? ['jeugd', 'lerende professional', '2024']) : [`tag${index}`],
          note: index === 0 && sectionIndex === 0 ? (overrides.note ?? richNote) : plainNote(`Notitie bij ${document.title} ${sectionIndex}`),
        },
        { id, now: next(), corpusVersion, text: document.text },
      );
      annotations.push(annotation);
      quotes.set(id, phrase);
    }
  });
  const first = documents[0]!;
  const orphan = createAnnotation(
    { docId: first.id, start: 10, end: 40, note: plainNote('Verweesde notitie') },
    { id: 'a-orphan', now: next(), corpusVersion: 'older', text: 'x'.repeat(10) + 'Deze zin staat niet meer in de tekst.' + 'y'.repeat(10) },
  );
  annotations.push(orphan);
  const dropped = createAnnotation(
    { docId: 'verdwenen-pagina', start: 0, end: 20, note: plainNote('Bij een verdwenen pagina') },
    { id: 'a-dropped', now: next(), corpusVersion: 'older', text: 'Een pagina die weg is, en meer.' },
  );
  annotations.push(dropped);
  const deleted = { ...createAnnotation({ docId: first.id, ...rangeOf(first, phraseIn(first, 0)) }, { id: 'a-deleted', now: next(), corpusVersion, text: first.text }), deleted: new Date(clock).toISOString() };
  annotations.push(deleted);

  const themeId = library.themes.index.themes[0]!.id;
  const notebook = [
    createNotebookNote({ kind: 'general' }, plainNote('Algemene gedachte over de Werkplaatsen'), 'n-general', next()),
    createNotebookNote({ kind: 'document', docId: first.id }, richNote, 'n-document', next()),
    createNotebookNote({ kind: 'theme', themeId }, plainNote('Over dit thema'), 'n-theme', next()),
  ];
  const themes = library.themes.index.themes.map((theme) => ({ id: theme.id, label: overrides.notebookTitleTheme !== undefined && theme.id === themeId ? { nl: overrides.notebookTitleTheme, en: overrides.notebookTitleTheme } : theme.label }));
  return {
    documents,
    quotes,
    annotations,
    notebook,
    data: {
      documents,
      annotations,
      notebook,
      colorLabels: overrides.labels ?? defaultColorLabels(),
      themes,
      documentThemes: library.themes.index.documents,
      corpusVersion,
      appVersion: '0.1.0',
      now: new Date('2026-12-02T12:00:00Z'),
    },
  };
}
