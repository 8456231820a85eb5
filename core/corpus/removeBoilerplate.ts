/** Why: site footers repeated on many pages ("Magazine ‘Op afstand nabij’") are chrome even though each page shows them as content. */
import { fingerprintSegment } from './fingerprintSegment.js';
import { joinLinesForAudit } from './joinLinesForAudit.js';
import { type PageSegment, removedSegment } from './pageSegment.js';

/** Replaces paragraphs and lists whose fingerprint is in `boilerplate` with `repeated` removal markers. */
export function removeBoilerplate(segments: readonly PageSegment[], boilerplate: ReadonlySet<string>): PageSegment[] {
  return segments.map((segment) => {
    const fingerprint = fingerprintSegment(segment);
    if (fingerprint === null || !boilerplate.has(fingerprint)) return segment;
    const text = segment.kind === 'list' ? joinLinesForAudit(segment.items.map((item) => item.text)) : segment.kind === 'paragraph' ? segment.text : '';
    return removedSegment(text, 'repeated');
  });
}
