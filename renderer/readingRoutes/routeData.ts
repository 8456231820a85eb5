/** Why: the route views describe steps the same way (document, section, quote or theme) and save packs the same way, so that lives in one place. */
import type { DocumentSummary } from '../../core/corpus/types.js';
import type { StepTarget } from '../../core/readingRoutes/readingRoute.js';
import type { ThemeOverview } from '../../core/themes/themeCatalog.js';
import type { Language } from '../i18n/dictionary.js';

/** A rich-text document of one paragraph per non-empty line, for questions typed as plain lines. */
export function linesToRichText(text: string) {
  return text
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line !== '')
    .map((line) => ({ type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text: line }] }] }));
}

/** What a step points at, in words: "Werkplaats Flevoland › Samenwerking", a quote, or a theme. */
export function describeTarget(
  target: StepTarget,
  label: { documentTitle: string | null; sectionHeading: string | null } | undefined,
  documents: readonly DocumentSummary[],
  themes: readonly ThemeOverview[],
  language: Language,
): { where: string; quote: string | null } {
  if (target.kind === 'theme') {
    const theme = themes.find((candidate) => candidate.id === target.themeId);
    return { where: theme ? theme.label[language] || theme.label.nl : target.themeId, quote: null };
  }
  const title = label?.documentTitle ?? documents.find((document) => document.id === target.docId)?.title ?? target.docId;
  if (target.kind === 'section') return { where: `${title} › ${label?.sectionHeading ?? target.sectionId}`, quote: null };
  if (target.kind === 'passage') return { where: title, quote: target.selectors.find((selector) => selector.type === 'TextQuoteSelector')?.exact ?? null };
  return { where: title, quote: null };
}

/** Offers `content` (text, or base64 bytes) as a file download; Electron downloads the same way. */
export function downloadText(content: string, fileName: string, type = 'application/json', encoding: 'utf8' | 'base64' = 'utf8'): void {
  const data = encoding === 'base64' ? Uint8Array.from(atob(content), (character) => character.charCodeAt(0)) : content;
  const url = URL.createObjectURL(new Blob([data], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
