/** Why: numbered and bulleted lists survive in dumps only as indented marker lines, sometimes with indented descriptions under an item. */

/** A list item before offsets are known. */
export interface ListItemDraft {
  text: string;
  /** 0 for top-level items, 1 for nested ones. */
  depth: number;
}

/** A list read from a unit's lines. */
export interface ParsedList {
  ordered: boolean;
  items: ListItemDraft[];
}

interface Marker {
  indent: number;
  ordered: boolean;
  text: string;
  /** Column where the item's text starts, after the marker. */
  textColumn: number;
}

const MARKER = /^( *)(?:(\d{1,2})[.)]|[•▪◦●·*–—-])\s+(\S.*)$/u;

/** Whether a line starts with a list marker ("  1. ", "    • ", "- "). */
export function isListMarkerLine(line: string): boolean {
  return MARKER.test(line);
}

/**
 * Reads list lines whose first line has a marker. Items indented deeper than the first marker have depth 1.
 * A line without a marker directly under a top-level item, indented between the marker and the item's text,
 * starts a nested description item (as in "1. Thema" / "  Uitleg…"); other unmarked lines continue the last item.
 */
export function parseListLines(lines: readonly string[]): ParsedList {
  const items: ListItemDraft[] = [];
  let baseIndent = -1;
  let ordered = false;
  let openMarker: Marker | null = null;
  for (const line of lines) {
    const marker = readMarker(line);
    if (marker) {
      if (baseIndent < 0) {
        baseIndent = marker.indent;
        ordered = marker.ordered;
      }
      const depth = marker.indent > baseIndent ? 1 : 0;
      items.push({ text: marker.text, depth });
      openMarker = depth === 0 ? marker : null;
      continue;
    }
    const indent = line.length - line.trimStart().length;
    const text = line.trim();
    if (openMarker && indent > openMarker.indent && indent < openMarker.textColumn) {
      items.push({ text, depth: 1 });
    } else {
      appendToLast(items, text);
    }
    openMarker = null;
  }
  return { ordered, items };
}

function readMarker(line: string): Marker | null {
  const match = MARKER.exec(line);
  if (!match) return null;
  const text = (match[3] ?? '').trim();
  return { indent: (match[1] ?? '').length, ordered: match[2] !== undefined, text, textColumn: line.length - (match[3] ?? '').length };
}

function appendToLast(items: ListItemDraft[], text: string): void {
  const last = items[items.length - 1];
  if (last) last.text = `${last.text} ${text}`.trim();
  else items.push({ text, depth: 0 });
}
