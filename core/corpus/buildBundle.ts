/** Why: the app loads one prebuilt, versioned corpus instead of parsing the dumps at every start. */
import { assignUniqueIds } from './assignUniqueIds.js';
import type { CorpusOverrides } from './corpusOverrides.js';
import { CorpusParseError } from './corpusParseError.js';
import { detectBoilerplate } from './detectBoilerplate.js';
import { hashText } from './hashText.js';
import { type CorpusPage, parsePage } from './parsePage.js';
import type { CorpusBundle, RemovedChrome } from './types.js';

/**
 * Parses all pages (sorted by source), removing blocks repeated across pages, and returns the bundle.
 * `version` is a hash of the documents, so the same pages and overrides always give the same version.
 * Throws a `CorpusParseError` when two pages share a source name.
 */
export function buildBundle(pages: readonly CorpusPage[], overrides?: CorpusOverrides): CorpusBundle {
  const sorted = [...pages].sort((left, right) => (left.source < right.source ? -1 : left.source > right.source ? 1 : 0));
  assertUniqueSources(sorted);
  const boilerplate = detectBoilerplate(sorted.map((page) => page.content));
  const parsed = sorted.map((page) => parsePage(page, overrides === undefined ? { boilerplate } : { boilerplate, overrides }));
  const documents = assignUniqueIds(parsed.map((page) => page.document));
  const removed: Record<string, RemovedChrome[]> = Object.fromEntries(sorted.map((page, index) => [page.source, parsed[index]?.removed ?? []]));
  return { format: 1, version: hashText(JSON.stringify(documents)), documents, boilerplate, removed };
}

function assertUniqueSources(pages: readonly CorpusPage[]): void {
  for (let index = 1; index < pages.length; index += 1) {
    if (pages[index]?.source === pages[index - 1]?.source) {
      throw new CorpusParseError(`Het bestand ${pages[index]?.source ?? ''} komt twee keer voor in het corpus.`);
    }
  }
}
