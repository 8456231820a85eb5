/**
 * Why: the reader's own pages go through the same pipeline as the bundled corpus (chrome removed, metadata read,
 * themes tagged) and are kept with their source text, so they can be renamed or re-filed and rebuilt the same way.
 */
import { z } from 'zod';
import type { CorpusOverride } from '../../corpus/corpusOverrides.js';
import { makeUnique } from '../../corpus/makeUnique.js';
import { parsePage } from '../../corpus/parsePage.js';
import type { CorpusDocument } from '../../corpus/types.js';
import type { ThemeTagger } from '../../themes/createThemeTagger.js';
import { tagPassages } from '../../themes/tagPassages.js';
import type { DocumentThemes } from '../../themes/types.js';
import { importProblem } from '../importProblem.js';
import { ImportRefusedError } from '../importRefusedError.js';
import { htmlToPageText } from './htmlToPageText.js';
import { markdownToPageText } from './markdownToPageText.js';

/** Largest page file that can be imported, in bytes. */
export const maxPageBytes = 20 * 1024 * 1024;

/** Where the reader's imported pages are kept (a file in the data folder); the core never touches files itself. */
export interface ImportedPagesStore {
  /** The pages as stored when the app started. */
  readonly pages: readonly ImportedPage[];
  /** Replaces the stored pages in one durable write. */
  save(file: ImportedPagesFile): Promise<void>;
}

/** Reads an imported file's bytes (base64) into page text; throws `ImportRefusedError` for empty, binary, oversized or wrongly encoded files. */
export type PageFileDecoder = (fileName: string, base64: string) => Promise<{ format: PageFormat; text: string; title: string | null }>;

/** The file kinds a page can be imported from. */
export type PageFormat = 'txt' | 'md' | 'html' | 'pdf';

/** A page the reader imported, with what the pipeline made of it. */
export interface ImportedPage {
  id: string;
  /** The imported file's name. */
  fileName: string;
  format: PageFormat;
  /** ISO timestamp of the import. */
  importedAt: string;
  /** The page as plain dump text, the pipeline's input; kept so a rename rebuilds the same way. */
  content: string;
  /** The title the markup named (`<h1>`, `<title>`, first `#` heading), used when the text names none. */
  markupTitle: string | null;
  /** What the reader changed: title and region. */
  overrides: Pick<CorpusOverride, 'title' | 'region'>;
  document: CorpusDocument;
  themes: DocumentThemes;
}

/** The imported pages as stored in the data folder. */
export interface ImportedPagesFile {
  format: 1;
  pages: ImportedPage[];
}

/** Checks the stored file's outline; the documents inside were built by this app. */
export const importedPagesFileSchema = z.looseObject({
  format: z.literal(1),
  pages: z.array(z.looseObject({ id: z.string().min(1), fileName: z.string(), format: z.enum(['txt', 'md', 'html', 'pdf']), content: z.string(), document: z.looseObject({ id: z.string(), text: z.string() }), themes: z.looseObject({ docId: z.string() }) })),
});

/** What building a page needs besides the page. */
export interface PageBuildContext {
  /** Cross-page boilerplate fingerprints of the bundle. */
  boilerplate: readonly string[];
  tagger: ThemeTagger;
  /** Ids already used by bundled and imported documents. */
  takenIds: ReadonlySet<string>;
}

/** The format a file name says it is, or null for one that cannot be imported. */
export function pageFormatOf(fileName: string): PageFormat | null {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  if (extension === 'txt' || extension === 'text') return 'txt';
  if (extension === 'md' || extension === 'markdown') return 'md';
  if (extension === 'html' || extension === 'htm' || extension === 'xhtml') return 'html';
  if (extension === 'pdf') return 'pdf';
  return null;
}

/** The dump text and markup title of decoded file text in `format` (PDF text arrives already as dump text). */
export function toPageText(format: PageFormat, text: string): { text: string; title: string | null } {
  if (format === 'html') return htmlToPageText(text);
  if (format === 'md') return markdownToPageText(text);
  return { text: text.replace(/\r\n?/g, '\n'), title: null };
}

/** Words (letters only) in a text, to tell a page from noise. */
const wordCount = (text: string) => text.match(/\p{L}{2,}/gu)?.length ?? 0;

/**
 * Builds the document and theme tags of one page from its dump text. A markup title is used when the page does
 * not name a Werkplaats itself. Refuses (with `ImportRefusedError`) a page with no readable text left.
 */
export function buildImportedPage(
  page: { fileName: string; format: PageFormat; content: string; markupTitle?: string | null; overrides?: ImportedPage['overrides']; id?: string; importedAt: string },
  context: PageBuildContext,
): ImportedPage {
  if (wordCount(page.content) < 5) {
    throw new ImportRefusedError([importProblem(page.fileName, 'no-readable-text')]);
  }
  const parsedTitle = parsePage({ source: page.fileName, content: page.content }, { boilerplate: context.boilerplate }).document;
  const markupTitle = page.markupTitle?.trim();
  // A page that names no Werkplaats in its masthead falls back to its <h1>/<title> or first # heading.
  const derived: ImportedPage['overrides'] = markupTitle && !/^Werkplaats\s/i.test(parsedTitle.title) ? { title: markupTitle.slice(0, 200) } : {};
  const overrides = { ...derived, ...page.overrides };
  const { document: parsed } = parsePage({ source: page.fileName, content: page.content }, { boilerplate: context.boilerplate, overrides: { [page.fileName]: overrides } });
  if (wordCount(parsed.text) < 5) {
    throw new ImportRefusedError([importProblem(page.fileName, 'only-page-chrome')]);
  }
  const id = page.id ?? makeUnique(parsed.id || 'eigen-document', new Set(context.takenIds));
  const document = { ...parsed, id };
  return {
    id,
    fileName: page.fileName,
    format: page.format,
    importedAt: page.importedAt,
    content: page.content,
    markupTitle: markupTitle ?? null,
    overrides: page.overrides ?? {},
    document,
    themes: tagPassages(document, context.tagger),
  };
}
