/** Why: both bundle building and boilerplate detection need the same cleaned, classified view of a page. */
import { classifySegments } from './classifySegments.js';
import { cutSidebar } from './cutSidebar.js';
import { normalizeLines } from './normalizeLines.js';
import type { PageSegment } from './pageSegment.js';
import { type Masthead, readMasthead } from './readMasthead.js';
import { splitUnits } from './splitUnits.js';
import { stripChromeLines } from './stripChromeLines.js';
import type { Contact } from './types.js';

/** A page cleaned of its own chrome (not yet of cross-page boilerplate), with the metadata found on the way. */
export interface SegmentedPage {
  segments: PageSegment[];
  masthead: Masthead;
  contact: Contact | null;
  origin: string | null;
  published: string | null;
  /** Whether the page opens with a dateline. */
  dated: boolean;
}

/** Normalizes, splits and classifies a page's raw content, removing navigation, cookie, sidebar, contact and link-only chrome. */
export function segmentPage(content: string): SegmentedPage {
  const stripped = stripChromeLines(splitUnits(normalizeLines(content)));
  const { segments: withoutSidebar, origin } = cutSidebar(stripped.segments);
  const { segments: withoutMasthead, masthead } = readMasthead(withoutSidebar, stripped.dated);
  const { segments, contact } = classifySegments(withoutMasthead);
  return { segments, masthead, contact, origin, published: stripped.published, dated: stripped.dated };
}
