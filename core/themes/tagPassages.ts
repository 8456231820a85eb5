/** Why: themes are shown and searched per passage (the unit search answers with), so a document is tagged block by block and list item by list item. */
import type { CorpusDocument, Section } from '../corpus/types.js';
import type { ThemeTagger } from './createThemeTagger.js';
import { passageSnippet } from './passageSnippet.js';
import type { DocumentThemes, ListedThemeMapping, PassageThemes, SectionThemes, ThemeEvidence, ThemeTag } from './types.js';

/** A passage of a document: one paragraph, quote or list item, with offsets in the canonical text. */
export interface DocumentPassage {
  sectionId: string;
  start: number;
  end: number;
  text: string;
}

/** The passages of a document in order: every paragraph and quote, and every list item (nested ones too). */
export function documentPassages(document: Pick<CorpusDocument, 'sections'>): DocumentPassage[] {
  return document.sections.flatMap((section) => sectionPassages(section));
}

function sectionPassages(section: Section): DocumentPassage[] {
  return section.blocks.flatMap((block) =>
    block.type === 'list'
      ? block.items.map((item) => ({ sectionId: section.id, start: item.start, end: item.end, text: item.text }))
      : [{ sectionId: section.id, start: block.start, end: block.end, text: block.text }],
  );
}

/**
 * Tags every passage and section of `document` with the thesaurus themes whose terms occur in it, and maps the
 * page's own listed themes onto thesaurus themes. Cheap (one analyzer per document) and deterministic.
 */
export function tagPassages(document: CorpusDocument, tagger: ThemeTagger): DocumentThemes {
  const analyzer = tagger.analyzerFor(document.text);
  const order = new Map(tagger.thesaurus.themes.map((theme, index) => [theme.id, index]));
  const passages: PassageThemes[] = [];
  const sections: SectionThemes[] = document.sections.map((section) => {
    const sectionTags: ThemeTag[][] = [];
    if (section.heading !== null && section.headingSpan) {
      sectionTags.push(tagger.tagText(document.text.slice(section.headingSpan.start, section.headingSpan.end), { offset: section.headingSpan.start, analyzer }));
    }
    for (const passage of sectionPassages(section)) {
      const themes = tagger.tagText(passage.text, { offset: passage.start, analyzer });
      if (themes.length === 0) continue;
      sectionTags.push(themes);
      const first = Math.min(...themes.map((tag) => tag.evidence[0]!.start)) - passage.start;
      passages.push({ sectionId: section.id, start: passage.start, end: passage.end, snippet: passageSnippet(passage.text, first), themes });
    }
    return { sectionId: section.id, themes: mergeTags(sectionTags.flat(), order) };
  });
  const listed: ListedThemeMapping[] = document.themes.map((listedTheme) => ({
    listedTheme,
    themeIds: tagger.tagText(listedTheme, { analyzer }).map((tag) => tag.themeId),
  }));
  return { docId: document.id, sections, passages, listed };
}

/** Unites tags of the same theme, keeping each evidence span once, in thesaurus order. */
export function mergeTags(tags: readonly ThemeTag[], order: ReadonlyMap<string, number>): ThemeTag[] {
  const byTheme = new Map<string, Map<string, ThemeEvidence>>();
  for (const tag of tags) {
    let evidence = byTheme.get(tag.themeId);
    if (!evidence) byTheme.set(tag.themeId, (evidence = new Map()));
    for (const item of tag.evidence) {
      const key = `${item.start}:${item.end}`;
      if (!evidence.has(key)) evidence.set(key, item);
    }
  }
  return [...byTheme.entries()]
    .sort(([a], [b]) => (order.get(a) ?? Infinity) - (order.get(b) ?? Infinity) || a.localeCompare(b))
    .map(([themeId, evidence]) => ({ themeId, evidence: [...evidence.values()].sort((a, b) => a.start - b.start || a.end - b.end) }));
}
