/** Why: a block shown on several different pages is the site's, not the page's, and pages imported later must lose it too. */
import { fingerprintSegment } from './fingerprintSegment.js';
import { fingerprintText } from './fingerprintText.js';
import { segmentPage } from './segmentPage.js';

/** Least number of distinct pages a block must appear on to count as boilerplate. */
export const MIN_PAGES_FOR_BOILERPLATE = 2;

/**
 * Fingerprints (sorted) of the paragraphs and lists that occur on at least two distinct pages.
 * Pages with identical content count once, so a page dumped twice does not erase itself.
 */
export function detectBoilerplate(contents: readonly string[]): string[] {
  const pagesPerFingerprint = new Map<string, number>();
  const seenPages = new Set<string>();
  for (const content of contents) {
    const pageFingerprint = fingerprintText(content) ?? '';
    if (seenPages.has(pageFingerprint)) continue;
    seenPages.add(pageFingerprint);
    const fingerprints = new Set(segmentPage(content).segments.map(fingerprintSegment).filter((value) => value !== null));
    for (const fingerprint of fingerprints) pagesPerFingerprint.set(fingerprint, (pagesPerFingerprint.get(fingerprint) ?? 0) + 1);
  }
  return [...pagesPerFingerprint]
    .filter(([, pages]) => pages >= MIN_PAGES_FOR_BOILERPLATE)
    .map(([fingerprint]) => fingerprint)
    .sort();
}
