/** Why: sections are linked to by id, which must be readable and unique within the document. */
import type { SectionDraft } from './composeDocument.js';
import { makeUnique } from './makeUnique.js';
import { slugify } from './slugify.js';

/** Id of the lead section, which has no heading. */
export const LEAD_SECTION_ID = 'inleiding';
const FALLBACK_SECTION_ID = 'sectie';

/** Gives each section the slug of its heading (`inleiding` for the lead), suffixed `-2`, `-3`, … where it repeats. */
export function assignSectionIds(sections: readonly Omit<SectionDraft, 'id'>[]): SectionDraft[] {
  const taken = new Set<string>();
  return sections.map((section) => {
    const base = section.heading === null ? LEAD_SECTION_ID : slugify(section.heading) || FALLBACK_SECTION_ID;
    return { id: makeUnique(base, taken), heading: section.heading, blocks: section.blocks };
  });
}
