/** Why: pages set quotations apart as whole paragraphs, and readers show them with their speaker rather than as prose. */
import { isPersonName } from './isPersonName.js';
import { CLOSING_MARK, findClosingMark } from './quoteMarks.js';

/** A paragraph recognised as a quotation. */
export interface ParsedQuote {
  /** The quoted words without their quotation marks. */
  text: string;
  attribution: string | null;
}

const MAX_ATTRIBUTION_LENGTH = 160;
const SPEAKER_PREFIX = /^([^:‘’“”„'"]{2,80}):\s*(.+)$/su;

/**
 * Recognises a paragraph that is wholly a quotation: "‘…’ – Name, role", "‘…’" alone, or "Name: ‘…’".
 * Returns null for prose, including prose that merely contains speech.
 */
export function parseQuote(paragraph: string): ParsedQuote | null {
  const text = paragraph.trim();
  return parseQuoteFirst(text) ?? parseSpeakerFirst(text);
}

function parseQuoteFirst(text: string): ParsedQuote | null {
  const closer = CLOSING_MARK[text[0] ?? ''];
  if (closer === undefined) return null;
  const end = findClosingMark(text, 1, closer);
  if (end < 0) return null;
  const quoted = text.slice(1, end).trim();
  const rest = text.slice(end + 1).trim();
  if (quoted === '') return null;
  if (rest === '') return { text: quoted, attribution: null };
  const attribution = /^[–—-]\s*(.+)$/su.exec(rest)?.[1]?.trim() ?? '';
  if (attribution === '' || attribution.length > MAX_ATTRIBUTION_LENGTH || /[.!?]\s/.test(attribution)) return null;
  return { text: quoted, attribution };
}

function parseSpeakerFirst(text: string): ParsedQuote | null {
  const match = SPEAKER_PREFIX.exec(text);
  const speaker = match?.[1]?.trim() ?? '';
  if (!match || !isPersonName(speaker)) return null;
  const quote = parseQuoteFirst(match[2] ?? '');
  return quote && quote.attribution === null ? { text: quote.text, attribution: speaker } : null;
}
