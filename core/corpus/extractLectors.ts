/** Why: readers look Werkplaatsen up by their lector, who pages name in quote attributions and "lector <Name> (…)" phrases. */
import type { SectionDraft } from './composeDocument.js';
import { isPersonName } from './isPersonName.js';

const LECTOR_BEFORE_NAME = /\b[Ll]ector\s+(\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:van|de|der|den|ter|ten)\s+)*\p{Lu}[\p{L}'’-]*){1,3})\s*[(,]/gu;

/**
 * Lectors named on the page, in order of first mention: the name before the first comma of a quote attribution
 * that mentions "lector", and names in "lector <Name> (…)" or "lector <Name>, …".
 */
export function extractLectors(sections: readonly Pick<SectionDraft, 'blocks'>[]): string[] {
  const names: string[] = [];
  for (const block of sections.flatMap((section) => section.blocks)) {
    if (block.type === 'quote' && block.attribution !== null && /lector/i.test(block.attribution)) {
      names.push((block.attribution.split(',')[0] ?? '').trim());
    }
    const texts = block.type === 'list' ? block.items.map((item) => item.text) : [block.text];
    for (const text of texts) names.push(...[...text.matchAll(LECTOR_BEFORE_NAME)].map((match) => match[1] ?? ''));
  }
  return [...new Set(names.filter(isPersonName))];
}
