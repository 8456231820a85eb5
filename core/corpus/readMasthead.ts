/** Why: page templates put a category label, the region or the title on short lines above the text, and those are metadata, not headings. */
import { isHeadingLike } from './isHeadingLike.js';
import { type PageSegment, removedSegment } from './pageSegment.js';

/** What the lines above a page's text say about it. */
export interface Masthead {
  title: string | null;
  label: string | null;
  region: string | null;
}

/** Segments with the masthead lines taken out, and what they said. */
export interface MastheadReading {
  segments: PageSegment[];
  masthead: Masthead;
}

const MAX_MASTHEAD_LINES = 3;
const TITLE_LINE = /^Werkplaats\s+\S/iu;

type Role = 'title' | 'label' | 'region' | 'subtitle';

/**
 * Reads the short single-line units at the top of a page:
 * a line starting with "Werkplaats" is the title, a line above it the label, a line below it a subtitle (kept as lead text);
 * without a title line, two lines are label and region. A dated page's single top line is its title
 * (with two lines, label and title). One undated non-title line is a plain heading and stays.
 */
export function readMasthead(segments: readonly PageSegment[], dated: boolean): MastheadReading {
  const leading = findLeadingLines(segments);
  const roles = assignRoles(leading.map((index) => headingText(segments[index])), dated);
  const masthead: Masthead = { title: null, label: null, region: null };
  const result = segments.map((segment, index): PageSegment => {
    const role = roles[leading.indexOf(index)];
    if (role === undefined) return segment;
    const text = headingText(segment);
    if (role === 'subtitle') return { kind: 'paragraph', text };
    masthead[role] = text;
    return removedSegment(text, 'metadata');
  });
  return { segments: result, masthead };
}

/** Indices of the leading single-line, heading-shaped units, leaving at least one unit of content after them. */
function findLeadingLines(segments: readonly PageSegment[]): number[] {
  const leading: number[] = [];
  for (let index = 0; index < segments.length && leading.length < MAX_MASTHEAD_LINES; index += 1) {
    const segment = segments[index];
    if (segment?.kind === 'removed') continue;
    if (segment?.kind !== 'lines' || segment.lines.length !== 1 || !isHeadingLike(segment.lines[0] ?? '')) break;
    leading.push(index);
  }
  const hasContentAfter = segments.slice((leading[leading.length - 1] ?? -1) + 1).some((segment) => segment.kind === 'lines');
  return hasContentAfter ? leading : leading.slice(0, -1);
}

function assignRoles(lines: readonly string[], dated: boolean): (Role | undefined)[] {
  const titleIndex = lines.findIndex((line) => TITLE_LINE.test(line));
  if (titleIndex >= 0) return lines.map((_, index) => roleAroundTitle(index - titleIndex));
  if (dated) return lines.length >= 2 ? ['label', 'title'] : lines.length === 1 ? ['title'] : [];
  return lines.length >= 2 ? ['label', 'region'] : [];
}

function roleAroundTitle(distance: number): Role | undefined {
  if (distance === 0) return 'title';
  if (distance === -1) return 'label';
  if (distance === 1) return 'subtitle';
  return undefined;
}

function headingText(segment: PageSegment | undefined): string {
  return segment?.kind === 'lines' ? (segment.lines[0] ?? '').trim() : '';
}
