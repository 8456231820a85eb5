/** Why: all of a document's metadata comes from its cleaned sections plus what chrome removal found, in one place. */
import { collectBodyText } from './collectBodyText.js';
import type { DocumentDraft, SectionDraft } from './composeDocument.js';
import { deriveRegion } from './deriveRegion.js';
import { deriveSummary } from './deriveSummary.js';
import { deriveTitle } from './deriveTitle.js';
import { extractHogeschool } from './extractHogeschool.js';
import { extractLectoraat } from './extractLectoraat.js';
import { extractLectors } from './extractLectors.js';
import { extractMunicipalities } from './extractMunicipalities.js';
import { extractThemes } from './extractThemes.js';
import type { SegmentedPage } from './segmentPage.js';

/** Derives every metadata field of a document from its sections and segmented page; the id is left empty. */
export function describeDocument(source: string, page: SegmentedPage, sections: SectionDraft[]): DocumentDraft {
  const kind = page.dated ? 'news' : 'profile';
  const bodyText = collectBodyText(sections);
  const metadataText = [bodyText, page.contact?.affiliation ?? ''].join('\n');
  const title = deriveTitle({ kind, mastheadTitle: page.masthead.title, bodyText, sections, fallback: source });
  return {
    id: '',
    source,
    title,
    label: page.masthead.label,
    region: deriveRegion({ mastheadRegion: page.masthead.region, title, bodyText }),
    kind,
    hogeschool: extractHogeschool(metadataText),
    lectoraat: extractLectoraat(metadataText),
    lectors: extractLectors(sections),
    published: page.published,
    themes: extractThemes(sections),
    municipalities: extractMunicipalities(sections),
    contact: page.contact,
    origin: page.origin,
    summary: deriveSummary(sections),
    sections,
  };
}
