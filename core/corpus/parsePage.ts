/** Why: one page — from the bundled corpus or imported later — is cleaned and structured the same way everywhere. */
import { assignSectionIds } from './assignSectionIds.js';
import { buildSections } from './buildSections.js';
import { composeDocument } from './composeDocument.js';
import { type CorpusOverrides, overrideFor } from './corpusOverrides.js';
import { CorpusParseError } from './corpusParseError.js';
import { deriveDocumentId } from './deriveDocumentId.js';
import { describeDocument } from './describeDocument.js';
import { removeBoilerplate } from './removeBoilerplate.js';
import { segmentPage } from './segmentPage.js';
import type { CorpusDocument, RemovedChrome } from './types.js';

/** A raw page dump and the file it came from. */
export interface CorpusPage {
  /** The dump's file name, e.g. "000_634bf5b25a85aaec.txt". */
  source: string;
  content: string;
}

/** What parsing a page needs besides the page. */
export interface ParseContext {
  /** Fingerprints of cross-page boilerplate, as in `CorpusBundle.boilerplate`. */
  boilerplate: readonly string[];
  overrides?: CorpusOverrides;
}

/** A parsed page and what was removed from it. */
export interface ParsedPage {
  document: CorpusDocument;
  removed: RemovedChrome[];
}

/**
 * Parses one raw page into a document: removes its chrome and any block in `boilerplate`, reads sections and
 * metadata, applies the source's override and composes the canonical text. Any string content parses;
 * only a page that is not `{source: string, content: string}` throws a `CorpusParseError`.
 * The id is unique only within the page; `buildBundle` makes ids unique across documents.
 */
export function parsePage(page: CorpusPage, context: ParseContext): ParsedPage {
  assertPage(page);
  const segmented = segmentPage(page.content);
  const { sections, removed } = buildSections(removeBoilerplate(segmented.segments, new Set(context.boilerplate)));
  const described = { ...describeDocument(page.source, segmented, assignSectionIds(sections)), ...overrideFor(context.overrides, page.source) };
  return { document: composeDocument({ ...described, id: deriveDocumentId(described) }), removed };
}

function assertPage(page: unknown): asserts page is CorpusPage {
  const candidate = page as Partial<CorpusPage> | null | undefined;
  if (typeof candidate?.source !== 'string' || typeof candidate.content !== 'string') {
    throw new CorpusParseError('Deze pagina kan niet worden ingelezen: verwacht een bestandsnaam en tekst.');
  }
}
