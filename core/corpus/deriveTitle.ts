/** Why: most pages state their title only implicitly, so it is derived from the masthead, the Werkplaats name or the lead. */
import type { SectionDraft } from './composeDocument.js';
import { mostFrequentWerkplaatsName } from './findWerkplaatsNames.js';
import { splitSentences } from './splitSentences.js';
import { truncateText } from './truncateText.js';
import type { DocumentKind } from './types.js';

/** Longest title the parser derives on its own. */
export const MAX_TITLE_LENGTH = 100;

/** What a title can be derived from. */
export interface TitleSources {
  kind: DocumentKind;
  mastheadTitle: string | null;
  bodyText: string;
  sections: readonly Pick<SectionDraft, 'heading' | 'blocks'>[];
  fallback: string;
}

/**
 * The page's title: its masthead title line; for news, the lead's first sentence without parentheticals;
 * for profiles, "Werkplaats Sociaal Domein <most named>"; else the lead sentence or `fallback`. At most 100 characters.
 */
export function deriveTitle(sources: TitleSources): string {
  const werkplaats = mostFrequentWerkplaatsName(sources.bodyText);
  const fromName = werkplaats === null ? null : `Werkplaats Sociaal Domein ${werkplaats}`;
  const fromLead = leadSentence(sources.sections);
  const title =
    sources.mastheadTitle ?? (sources.kind === 'news' ? (fromLead ?? fromName) : (fromName ?? fromLead)) ?? sources.fallback;
  return truncateText(title, MAX_TITLE_LENGTH);
}

function leadSentence(sections: TitleSources['sections']): string | null {
  for (const section of sections) {
    for (const block of section.blocks) {
      if (block.type !== 'paragraph') continue;
      const sentence = (splitSentences(block.text)[0] ?? '').replace(/\s*\([^)]*\)/g, '').replace(/[.!?]$/, '').trim();
      if (sentence !== '') return sentence;
    }
  }
  return null;
}
