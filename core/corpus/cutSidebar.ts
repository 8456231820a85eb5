/** Why: after a news item's "first published on …" line a site shows its sidebar, which is not part of the article. */
import { joinLinesForAudit } from './joinLinesForAudit.js';
import { type PageSegment, removedSegment } from './pageSegment.js';
import { parseProvenance } from './parseProvenance.js';

/** Segments with the sidebar removed, and the origin named by the provenance line. */
export interface SidebarCut {
  segments: PageSegment[];
  origin: string | null;
}

/** Finds the first provenance line; records its origin and marks it and everything after it as removed. */
export function cutSidebar(segments: readonly PageSegment[]): SidebarCut {
  for (let index = 0; index < segments.length; index += 1) {
    const segment = segments[index];
    if (segment?.kind !== 'lines') continue;
    const lineIndex = segment.lines.findIndex((line) => parseProvenance(line) !== null);
    if (lineIndex < 0) continue;
    const provenance = (segment.lines[lineIndex] ?? '').trim();
    const before = segment.lines.slice(0, lineIndex);
    const after = segment.lines.slice(lineIndex + 1);
    return {
      origin: parseProvenance(provenance),
      segments: [
        ...segments.slice(0, index),
        ...(before.length > 0 ? [{ kind: 'lines', lines: before } as const] : []),
        removedSegment(provenance, 'metadata'),
        ...(after.length > 0 ? [removedSegment(joinLinesForAudit(after), 'sidebar')] : []),
        ...segments.slice(index + 1).map(toSidebar),
      ],
    };
  }
  return { segments: [...segments], origin: null };
}

function toSidebar(segment: PageSegment): PageSegment {
  return segment.kind === 'lines' ? removedSegment(joinLinesForAudit(segment.lines), 'sidebar') : segment;
}
