/** Why: once chrome lines are gone, each remaining unit must become a heading, paragraph, list or contact block by its shape alone. */
import { isHeadingLike } from './isHeadingLike.js';
import { isLinkOnly } from './isLinkOnly.js';
import { joinLinesForAudit } from './joinLinesForAudit.js';
import { type PageSegment, joinLines, removedSegment } from './pageSegment.js';
import { hasContactFields, isContactHeading, parseContact } from './parseContact.js';
import { isListMarkerLine, parseListLines } from './parseListLines.js';
import { findClosingMark, CLOSING_MARK } from './quoteMarks.js';
import type { Contact } from './types.js';

/** Classified segments and the first contact block found. */
export interface ClassifiedPage {
  segments: PageSegment[];
  contact: Contact | null;
}

/**
 * Turns every unclassified unit into headings, paragraphs and lists. A contact block becomes metadata
 * (a "Contact" line on its own is merged with the fields below it); link-only calls to action are removed.
 * A single heading-shaped line is a heading only when something follows it.
 */
export function classifySegments(segments: readonly PageSegment[]): ClassifiedPage {
  const result: PageSegment[] = [];
  let contact: Contact | null = null;
  for (let index = 0; index < segments.length; index += 1) {
    const segment = segments[index];
    if (segment === undefined) continue;
    if (segment.kind !== 'lines') {
      result.push(segment);
      continue;
    }
    const next = segments[index + 1];
    const mergesContact = next?.kind === 'lines' && isContactHeadingUnit(segment.lines) && hasContactFields(next.lines);
    const lines = mergesContact ? [...segment.lines, ...next.lines] : segment.lines;
    if (mergesContact) index += 1;
    const parsedContact = parseContact(lines);
    if (parsedContact) {
      contact = contact ?? parsedContact;
      result.push(removedSegment(joinLinesForAudit(lines), 'metadata'));
      continue;
    }
    result.push(...classifyUnit(lines, index < segments.length - 1));
  }
  return { segments: result, contact };
}

function isContactHeadingUnit(lines: readonly string[]): boolean {
  return lines.length === 1 && isContactHeading(lines[0] ?? '');
}

function classifyUnit(lines: readonly string[], followed: boolean): PageSegment[] {
  const markerIndex = lines.findIndex(isListMarkerLine);
  if (markerIndex < 0 || isAttributionLine(lines, markerIndex)) return classifyProse(lines, followed);
  const list = parseListLines(lines.slice(markerIndex));
  const listSegment: PageSegment = { kind: 'list', ordered: list.ordered, items: list.items };
  return markerIndex === 0 ? [listSegment] : [...classifyProse(lines.slice(0, markerIndex), true), listSegment];
}

/** A dash line right after a quotation is its attribution ("‘…’" / "– Name"), not a one-item list. */
function isAttributionLine(lines: readonly string[], markerIndex: number): boolean {
  const marker = (lines[markerIndex] ?? '').trim();
  const before = joinLines(lines.slice(0, markerIndex));
  const closer = CLOSING_MARK[before[0] ?? ''];
  return (
    markerIndex === lines.length - 1 &&
    /^[–—-]\s/.test(marker) &&
    closer !== undefined &&
    findClosingMark(before, 1, closer) === before.length - 1
  );
}

function classifyProse(lines: readonly string[], followed: boolean): PageSegment[] {
  const [first = '', second] = lines;
  if (lines.length === 1 && followed && isHeadingLike(first)) return [{ kind: 'heading', text: first.trim() }];
  if (second !== undefined && isHeadingLike(first) && /^[‘“'"]?\p{Lu}/u.test(second.trim())) {
    return [{ kind: 'heading', text: first.trim() }, toParagraph(lines.slice(1))];
  }
  return [toParagraph(lines)];
}

function toParagraph(lines: readonly string[]): PageSegment {
  const text = joinLines(lines);
  return isLinkOnly(text) ? removedSegment(text, 'link-only') : { kind: 'paragraph', text };
}
