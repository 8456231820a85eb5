/** Why: pages announce their themes as numbered lists, which the library shows as the Werkplaats's themes. */
import type { SectionDraft } from './composeDocument.js';

const MAX_LABEL_WORDS = 8;

/**
 * The top-level items of the page's numbered lists, as labels: the part before a colon when short
 * ("Technologie: Hoe kun je …" → "Technologie"), without trailing punctuation; duplicates dropped.
 */
export function extractThemes(sections: readonly Pick<SectionDraft, 'blocks'>[]): string[] {
  const labels = sections
    .flatMap((section) => section.blocks)
    .flatMap((block) => (block.type === 'list' && block.ordered ? block.items.filter((item) => item.depth === 0) : []))
    .map((item) => toLabel(item.text))
    .filter((label) => label !== '');
  const seen = new Set<string>();
  return labels.filter((label) => {
    const key = label.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function toLabel(text: string): string {
  const colon = text.indexOf(':');
  const before = colon > 0 ? text.slice(0, colon).trim() : '';
  const after = colon > 0 ? text.slice(colon + 1).trim() : '';
  const label = before !== '' && after !== '' && before.split(/\s+/).length <= MAX_LABEL_WORDS ? before : text;
  return label.replace(/[\s.:;,]+$/u, '').trim();
}
