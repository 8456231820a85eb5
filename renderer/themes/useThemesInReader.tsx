/** The themes feature in the reader: theme chips under headings, evidence marks and the "Zie ook" panel. */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { ThemeOverview } from '../../core/themes/themeCatalog.js';
import type { ThemeTag } from '../../core/themes/types.js';
import { useApi } from '../api/queries.js';
import { viewportTop } from '../hooks/viewportTop.js';
import { useI18n } from '../i18n/LanguageContext.js';
import { scrollToOffset, type ReaderContext, type ReaderContribution, type TextDecoration } from '../reader/index.js';
import { themeHref } from './themeRoutes.js';
import { SeeAlsoPanel, useRelatedPassages } from './SeeAlsoPanel.js';
import { evidenceWords, themeLabel } from './themeData.js';
import './themes.css';

const noDecorations: readonly TextDecoration[] = [];

/** How many chips a section shows before "+n": a list section can carry a dozen themes. */
const chipLimit = 3;

function SectionChips({ sectionId, tags, themes, markedThemeId }: { sectionId: string; tags: ThemeTag[]; themes: Map<string, ThemeOverview>; markedThemeId: string | null }) {
  const { t, language } = useI18n();
  const [expanded, setExpanded] = useState(false);
  if (tags.length === 0) return null;
  const long = tags.length > chipLimit + 1;
  // The marked theme stays visible when the rest is folded away.
  const shown = long && !expanded ? tags.filter((tag, position) => position < chipLimit || tag.themeId === markedThemeId) : tags;
  const listId = `section-themes-${sectionId}`;
  return (
    <ul className="section-themes" id={listId} aria-label={t('chips.label')} data-testid="section-themes">
      {shown.map((tag) => {
        const theme = themes.get(tag.themeId);
        const why = t('chips.why', { words: evidenceWords(tag.evidence).join(', ') });
        return (
          <li key={tag.themeId}>
            <a
              className={`section-themes__chip${tag.themeId === markedThemeId ? ' section-themes__chip--marked' : ''}`}
              href={themeHref(tag.themeId)}
              title={why}
              data-testid="section-theme-chip"
              data-theme-id={tag.themeId}
            >
              {theme ? themeLabel(theme, language) : tag.themeId}
              <span className="visually-hidden"> ({why})</span>
            </a>
          </li>
        );
      })}
      {long && (
        <li>
          <button
            type="button"
            className="section-themes__more"
            aria-expanded={expanded}
            aria-controls={listId}
            onClick={() => setExpanded((value) => !value)}
          >
            {expanded ? t('chips.fewer') : t('chips.more', { count: tags.length - shown.length })}
          </button>
        </li>
      )}
    </ul>
  );
}

/** The marks of the theme the reader was opened for, in reading order, visible in the DOM. */
function evidenceMarks(): HTMLElement[] {
  return Array.from(document.querySelectorAll<HTMLElement>('.doc-body mark.text-mark--evidence'));
}

function isInView(element: HTMLElement): boolean {
  const box = element.getBoundingClientRect();
  return box.top >= viewportTop() && box.bottom <= window.innerHeight;
}

function MarksBar({ label, themeId, onClear }: { label: string; themeId: string; onClear(): void }) {
  const { t } = useI18n();
  const [index, setIndex] = useState<number | null>(null);
  const [count, setCount] = useState(0);
  const go = (step: number) => {
    const marks = evidenceMarks();
    if (marks.length === 0) return;
    // From the mark last jumped to, or else from the first mark below the top of the view.
    let from = index;
    if (from === null) {
      const top = viewportTop();
      const next = marks.findIndex((mark) => mark.getBoundingClientRect().top >= top);
      from = next === -1 ? marks.length : next - (step > 0 ? 1 : 0);
    }
    const target = (((from + step) % marks.length) + marks.length) % marks.length;
    setIndex(target);
    setCount(marks.length);
    marks[target]!.scrollIntoView({ block: 'center', behavior: 'instant' });
  };
  return (
    <div className="marks-bar floating-bar" role="region" aria-label={t('marks.banner', { theme: label })} data-testid="theme-marks-bar">
      <span className="marks-bar__swatch" aria-hidden="true" />
      <a className="marks-bar__label" href={themeHref(themeId)} title={t('marks.toTheme')}>
        {t('marks.banner', { theme: label })}
      </a>
      {index !== null && <span className="marks-bar__count">{t('marks.count', { index: index + 1, count })}</span>}
      <button type="button" className="marks-bar__button" onClick={() => go(-1)} aria-label={t('marks.previous')} title={t('marks.previous')}>
        <span aria-hidden="true">↑</span>
      </button>
      <button type="button" className="marks-bar__button" onClick={() => go(1)} aria-label={t('marks.next')} title={t('marks.next')}>
        <span aria-hidden="true">↓</span>
      </button>
      <button type="button" className="marks-bar__button" onClick={onClear} aria-label={t('marks.clear')} title={t('marks.clear')}>
        <span aria-hidden="true">×</span>
      </button>
    </div>
  );
}

export function useThemesInReader(context: ReaderContext | null): ReaderContribution {
  const { t, language } = useI18n();
  const docId = context?.document.id ?? null;
  // Themes are an extra: while they load, or if they fail, the reader shows the text without them.
  const documentThemes = useApi('getDocumentThemes', docId === null ? null : { docId }).value ?? null;
  const themeList = useApi('listThemes', docId === null ? null : {}).value ?? null;
  const documentList = useApi('listDocuments', docId === null ? null : {}).value ?? null;
  const themes = useMemo(() => new Map((themeList ?? []).map((theme) => [theme.id, theme])), [themeList]);
  const documents = useMemo(() => new Map((documentList ?? []).map((summary) => [summary.id, summary])), [documentList]);
  const sectionTags = useMemo(() => new Map((documentThemes?.sections ?? []).map((section) => [section.sectionId, section.themes])), [documentThemes]);

  // The theme to mark, from the route, until the reader clears it.
  const routeThemeId = context?.route.themeId ?? null;
  const at = context?.route.at ?? null;
  const [cleared, setCleared] = useState<string | null>(null);
  const markedThemeId = routeThemeId !== null && cleared !== `${docId}:${routeThemeId}` ? routeThemeId : null;

  const decorations = useMemo(() => {
    if (!markedThemeId || !documentThemes) return noDecorations;
    const byStart = new Map<number, TextDecoration>();
    for (const section of documentThemes.sections) {
      for (const tag of section.themes) {
        if (tag.themeId !== markedThemeId) continue;
        for (const evidence of tag.evidence) byStart.set(evidence.start, { start: evidence.start, end: evidence.end, kind: 'evidence' });
      }
    }
    return [...byStart.values()].sort((a, b) => a.start - b.start);
  }, [markedThemeId, documentThemes]);

  // Opened at a passage: once its marks are on screen, make sure the first one there is in view and show the passage briefly.
  const revealed = useRef<string | null>(null);
  useEffect(() => {
    if (at === null || decorations.length === 0) return;
    const key = `${docId}:${at}:${markedThemeId}`;
    if (revealed.current === key) return;
    const frame = window.requestAnimationFrame(() => {
      revealed.current = key;
      const mark = evidenceMarks().find((element) => Number(element.dataset.start) >= at);
      // Normally the reader already put the passage at the top; if a late layout moved it, put it back, and for a
      // passage taller than the window bring the word itself into view.
      if (mark && !isInView(mark)) scrollToOffset(at);
      if (mark && !isInView(mark)) mark.scrollIntoView({ block: 'center', behavior: 'instant' });
      const blocks = Array.from(document.querySelectorAll<HTMLElement>('.doc-body [data-offset]'));
      const block = blocks.filter((element) => Number(element.dataset.offset) <= at).pop();
      if (block) {
        block.classList.add('theme-target');
        window.setTimeout(() => block.classList.remove('theme-target'), 2600);
      }
    });
    return () => window.cancelAnimationFrame(frame);
  }, [at, docId, markedThemeId, decorations]);

  const activeSectionId = context?.activeSectionId ?? null;
  const activeTags = activeSectionId ? sectionTags.get(activeSectionId) : undefined;
  const related = useRelatedPassages(documentThemes ? docId : null, activeSectionId, (activeTags?.length ?? 0) > 0);
  const activeHeading = context?.document.sections.find((section) => section.id === activeSectionId)?.heading ?? t('toc.intro');

  const sectionExtras = useCallback(
    (sectionId: string) => <SectionChips sectionId={sectionId} tags={sectionTags.get(sectionId) ?? []} themes={themes} markedThemeId={markedThemeId} />,
    [sectionTags, themes, markedThemeId],
  );

  if (!context) return {};
  const markedTheme = markedThemeId ? themes.get(markedThemeId) : undefined;
  return {
    decorations,
    sectionExtras,
    panelTab: {
      id: 'see-also',
      label: t('seeAlso.tab'),
      ...(related.items && related.items.length > 0 ? { badge: related.items.length } : {}),
      content: <SeeAlsoPanel state={related} sectionHeading={activeHeading} documents={documents} />,
    },
    overlay:
      markedThemeId && decorations.length > 0 ? (
        <MarksBar
          label={markedTheme ? themeLabel(markedTheme, language) : markedThemeId}
          themeId={markedThemeId}
          onClear={() => setCleared(`${docId}:${markedThemeId}`)}
        />
      ) : undefined,
  };
}
