/** Ranges of the canonical text that the reader marks (search hits, find matches, theme evidence, annotations), and how they split a block's text. */

/** Why a range is marked; each kind has its own look. `passage`: the text a reading route's step points at; `layer-annotation`: one of someone else's imported layer. */
export type DecorationKind = 'search' | 'find' | 'find-current' | 'evidence' | 'annotation' | 'layer-annotation' | 'passage';

/** A marked range, in offsets of the document's canonical text. */
export interface TextDecoration {
  start: number;
  end: number;
  kind: DecorationKind;
  /** For annotations (own, or of someone else's imported layer): the annotation id, so a click can open it. */
  id?: string;
  /** For annotations: colour 0–4. */
  color?: number;
  /** For annotations: whether it carries a note (drawn differently). */
  hasNote?: boolean;
}

/** A run of a block's text with the decorations covering all of it. */
export interface TextSegment {
  text: string;
  /** Offset of the run's first character in the canonical text. */
  start: number;
  decorations: TextDecoration[];
}

/**
 * Splits `text`, which starts at canonical offset `textStart`, at every decoration boundary inside it,
 * so each run is covered by the same set of decorations throughout.
 */
export function splitByDecorations(text: string, textStart: number, decorations: readonly TextDecoration[]): TextSegment[] {
  const textEnd = textStart + text.length;
  const relevant = decorations.filter((decoration) => decoration.end > textStart && decoration.start < textEnd && decoration.end > decoration.start);
  if (relevant.length === 0) return [{ text, start: textStart, decorations: [] }];
  const cuts = new Set<number>([textStart, textEnd]);
  for (const decoration of relevant) {
    cuts.add(Math.max(textStart, decoration.start));
    cuts.add(Math.min(textEnd, decoration.end));
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: TextSegment[] = [];
  for (let index = 0; index < points.length - 1; index += 1) {
    const start = points[index]!;
    const end = points[index + 1]!;
    segments.push({
      text: text.slice(start - textStart, end - textStart),
      start,
      decorations: relevant.filter((decoration) => decoration.start <= start && decoration.end >= end),
    });
  }
  return segments;
}
