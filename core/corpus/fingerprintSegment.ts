/** Why: boilerplate is detected and removed per content block, and both sides must fingerprint a block the same way. */
import type { PageSegment } from './pageSegment.js';
import { fingerprintText } from './fingerprintText.js';

/** Fingerprint of a paragraph or list segment; null for headings, removals and anything without words. */
export function fingerprintSegment(segment: PageSegment): string | null {
  if (segment.kind === 'paragraph') return fingerprintText(segment.text);
  if (segment.kind === 'list') return fingerprintText(segment.items.map((item) => item.text).join('\n'));
  return null;
}
