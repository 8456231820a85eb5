/** Why: navigation, cookie and date lines are recognisable one line at a time, before any structure is read. */
import { classifyChromeLine } from './classifyChromeLine.js';
import { type PageSegment, removedSegment } from './pageSegment.js';
import { parseDutchDate, parsePublicationLine } from './parseDutchDate.js';

/** A page's units with line-level chrome taken out. */
export interface StrippedPage {
  segments: PageSegment[];
  /** The publication date as `YYYY-MM-DD`, from a dateline or a "Publicatiedatum:" line. */
  published: string | null;
  /** Whether the first content line was a dateline (the mark of a news item). */
  dated: boolean;
}

/**
 * Removes navigation and cookie lines, a leading dateline and a labelled publication date from the units,
 * leaving removal markers in their place. A unit interrupted by a removed line is split around it.
 */
export function stripChromeLines(units: readonly string[][]): StrippedPage {
  const segments: PageSegment[] = [];
  let published: string | null = null;
  let dated = false;
  let seenContent = false;
  for (const unit of units) {
    let kept: string[] = [];
    const flush = (): void => {
      if (kept.length > 0) segments.push({ kind: 'lines', lines: kept });
      kept = [];
    };
    for (const line of unit) {
      const text = line.trim();
      const chrome = classifyChromeLine(text);
      const dateline = seenContent ? null : parseDutchDate(text);
      const stamped = parsePublicationLine(text);
      if (chrome === null && dateline === null && stamped === null) {
        kept.push(line);
        seenContent = true;
        continue;
      }
      flush();
      segments.push(removedSegment(text, chrome ?? 'metadata'));
      if (chrome !== null) continue;
      published = published ?? dateline ?? stamped;
      dated = dated || dateline !== null;
      seenContent = true;
    }
    flush();
  }
  return { segments, published, dated };
}
