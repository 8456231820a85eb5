// Why: a hit shows a readable excerpt around its densest matches, cut at word boundaries, with highlights that still line up.

/** A half-open range `[start, end)`. */
export interface Span {
  start: number;
  end: number;
}

/** An excerpt of a passage and where the matches are in it. */
export interface Snippet {
  /** The excerpt, with "…" where it was cut. */
  text: string;
  /** Offsets into `text`, sorted and non-overlapping. */
  highlights: Span[];
}

const ELLIPSIS = '…';

/** Sorts spans and merges the ones that overlap or touch. */
export function mergeSpans(spans: readonly Span[]): Span[] {
  let ordered = true;
  for (let i = 1; i < spans.length && ordered; i += 1) {
    const a = spans[i - 1]!;
    const b = spans[i]!;
    if (a.start > b.start || (a.start === b.start && a.end > b.end)) ordered = false;
  }
  const sorted = ordered ? spans : [...spans].sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const span of sorted) {
    const last = merged[merged.length - 1];
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ start: span.start, end: span.end });
  }
  return merged;
}

/** Whether a UTF-16 code unit is whitespace as `\s` defines it. */
function isSpaceCode(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/** Whether `text[index]` is whitespace or outside the text. */
function spaceAt(text: string, index: number): boolean {
  return index < 0 || index >= text.length || isSpaceCode(text.charCodeAt(index));
}

/**
 * Cuts `text` to about `target` characters (never more than `max`) around the window holding the most
 * `matches`, at word boundaries, adding ellipses, and re-bases the matches onto the excerpt.
 * @param matches offsets into `text`
 */
export function makeSnippet(text: string, matches: readonly Span[], target = 200, max = 220): Snippet {
  let valid = true;
  for (const span of matches) if (!(span.end > span.start && span.start >= 0 && span.end <= text.length)) valid = false;
  const spans = mergeSpans(valid ? matches : matches.filter((span) => span.end > span.start && span.start >= 0 && span.end <= text.length));
  if (text.length <= max) return { text, highlights: spans };
  // Anchor the window on the match that starts the densest run of matches.
  let anchor = spans[0]?.start ?? 0;
  let bestCount = 0;
  for (let i = 0; i < spans.length; i += 1) {
    let count = 0;
    for (let j = i; j < spans.length && spans[j]!.end - spans[i]!.start <= target - 40; j += 1) count += 1;
    if (count > bestCount) {
      bestCount = count;
      anchor = spans[i]!.start;
    }
  }
  let start = Math.max(0, Math.min(anchor - 40, text.length - target));
  if (start > 0) {
    // Move forward to the start of a word.
    let cursor = start;
    while (cursor < anchor && !spaceAt(text, cursor - 1)) cursor += 1;
    start = cursor < anchor || spaceAt(text, anchor - 1) ? cursor : start;
    while (start > 0 && !spaceAt(text, start - 1)) start -= 1;
  }
  let end = Math.min(text.length, start + target);
  if (end < text.length) {
    let cursor = end;
    while (cursor > start && !spaceAt(text, cursor)) cursor -= 1;
    if (cursor > start + target / 2) end = cursor;
    // A single word longer than the window: cut hard.
    if (end - start > max) end = start + max;
  }
  while (end > start && isSpaceCode(text.charCodeAt(end - 1))) end -= 1;
  let from = start;
  while (from < end && isSpaceCode(text.charCodeAt(from))) from += 1;
  const prefix = from > 0 ? ELLIPSIS + ' ' : '';
  const suffix = end < text.length ? ' ' + ELLIPSIS : '';
  const shift = prefix.length - from;
  const highlights: Span[] = [];
  for (const span of spans) {
    const s = Math.max(span.start, from);
    const e = Math.min(span.end, end);
    if (e > s) highlights.push({ start: s + shift, end: e + shift });
  }
  return { text: prefix + text.slice(from, end) + suffix, highlights };
}
