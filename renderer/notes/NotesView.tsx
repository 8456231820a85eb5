/** "Alle aantekeningen" (`#/notes`): every highlight grouped per document, searchable with the Dutch search, plus the general and theme notebooks. */
import { ExportButton } from '../export/index.js';
import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import type { Annotation } from '../../core/annotations/annotation.js';
import type { ColorLabels } from '../../core/annotations/colorLabels.js';
import type { NotebookScope } from '../../core/annotations/notebookNote.js';
import type { DocumentSummary } from '../../core/corpus/types.js';
import type { ThemeOverview } from '../../core/themes/themeCatalog.js';
import { describeError } from '../api/client.js';
import { fetchApi, useApi } from '../api/queries.js';
import { useI18n } from '../i18n/LanguageContext.js';
import { formatNumber } from '../format/formatNumber.js';
import { documentHref } from '../reader/index.js';
import { defineView } from '../routing/view.js';
import { Swatch } from './annotationControls.js';
import { quoteOf, storedStartOf } from '../../common/annotations/selectors.js';
import { sectionHeadingAt } from './annotationText.js';
import { Icon } from './icons.js';
import { NoteContent } from './NoteContent.js';
import { NotebookEditor } from './NotebookEditor.js';
import { displayColorLabels } from './colorLabelNames.js';
import './notes.css';

const searchDelayMs = 250;
const noThemes: ThemeOverview[] = [];
const noDocuments: DocumentSummary[] = [];

interface Group {
  docId: string;
  title: string;
  annotations: Annotation[];
}

function groupByDocument(annotations: readonly Annotation[], documents: readonly DocumentSummary[], unknown: string): Group[] {
  const order = new Map(documents.map((summary, index) => [summary.id, index]));
  const groups = new Map<string, Group>();
  for (const annotation of annotations) {
    let group = groups.get(annotation.docId);
    if (!group) {
      group = { docId: annotation.docId, title: documents.find((summary) => summary.id === annotation.docId)?.title ?? unknown, annotations: [] };
      groups.set(annotation.docId, group);
    }
    group.annotations.push(annotation);
  }
  return [...groups.values()].sort((a, b) => (order.get(a.docId) ?? Infinity) - (order.get(b.docId) ?? Infinity));
}

function AnnotationCard({ annotation, labels }: { annotation: Annotation; labels: ColorLabels | null }) {
  const { t, locale } = useI18n();
  const href = documentHref(annotation.docId, { annotationId: annotation.id });
  const created = new Intl.DateTimeFormat(locale, { day: 'numeric', month: 'long', year: 'numeric' }).format(new Date(annotation.created));
  return (
    <li className="overview-card" data-color={annotation.color} data-testid="overview-annotation" data-annotation-id={annotation.id}>
      <div className="overview-card__meta">
        <Swatch color={annotation.color} size="small" />
        {labels && <span>{labels[annotation.color]}</span>}
        <span aria-hidden="true">·</span>
        <time dateTime={annotation.created}>{t('notes.overview.created', { date: created })}</time>
        <a className="overview-card__open" href={href}>
          {t('notes.overview.openInReader')}
          <Icon name="open" size={14} />
        </a>
      </div>
      <a className="overview-card__quote" href={href}>
        {quoteOf(annotation)}
      </a>
      {annotation.note && <NoteContent note={annotation.note} className="note-content overview-card__note" />}
      {annotation.tags.length > 0 && (
        <ul className="notes-item__tags" aria-label={t('notes.tags')}>
          {annotation.tags.map((tag) => (
            <li key={tag} className="notes-chip">
              {tag}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

function Notebooks({ highlights, citationFor, documentTitle }: { highlights: readonly Annotation[]; citationFor(annotation: Annotation): Promise<string>; documentTitle(docId: string): string }) {
  const { t, language } = useI18n();
  const themes = useApi('listThemes', {}).value ?? noThemes;
  const [kind, setKind] = useState<'general' | 'theme'>('general');
  const [chosenThemeId, setThemeId] = useState<string>('');
  const themeId = chosenThemeId || themes[0]?.id || '';
  const selectId = useId();

  const scope: NotebookScope | null = kind === 'general' ? { kind: 'general' } : themeId ? { kind: 'theme', themeId } : null;
  const theme = themes.find((candidate) => candidate.id === themeId);

  return (
    <aside className="overview-notebook" aria-label={t('notes.overview.notebooks')}>
      <h2 className="overview__heading">{t('notes.overview.notebooks')}</h2>
      <div className="notes-segmented" role="group" aria-label={t('notes.overview.notebooks')}>
        <button type="button" aria-pressed={kind === 'general'} onClick={() => setKind('general')}>
          {t('notes.notebook.generalShort')}
        </button>
        <button type="button" aria-pressed={kind === 'theme'} onClick={() => setKind('theme')} disabled={themes.length === 0} data-testid="notebook-theme-toggle">
          {t('notes.notebook.themeShort')}
        </button>
      </div>
      {kind === 'theme' && themes.length > 0 && (
        <label className="overview-notebook__theme" htmlFor={selectId}>
          <span>{t('notes.notebook.chooseTheme')}</span>
          <select id={selectId} value={themeId} onChange={(event) => setThemeId(event.target.value)}>
            {themes.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.label[language]}
              </option>
            ))}
          </select>
        </label>
      )}
      {scope && (
        <NotebookEditor
          scope={scope}
          title={scope.kind === 'theme' && theme ? theme.label[language] : t('notes.notebook.general')}
          highlights={highlights}
          citationFor={citationFor}
          documentTitle={documentTitle}
        />
      )}
    </aside>
  );
}

export function NotesView() {
  const { t, language, locale } = useI18n();
  const searchId = useId();
  const documentList = useApi('listDocuments', {});
  const documents = documentList.value ?? noDocuments;
  const labelList = useApi('getColorLabels', {});
  const labels = useMemo(() => (labelList.value ? displayColorLabels(labelList.value, language) : null), [labelList.value, language]);
  const allAnnotations = useApi('listAnnotations', {});
  const [query, setQuery] = useState('');
  // The query searched for, a moment after the last keystroke.
  const [searched, setSearched] = useState('');
  useEffect(() => {
    const timer = window.setTimeout(() => setSearched(query.trim()), searchDelayMs);
    return () => window.clearTimeout(timer);
  }, [query]);
  const found = useApi('searchAnnotations', searched === '' || query.trim() === '' ? null : { query: searched });
  const results = found.value === undefined || query.trim() === '' ? null : { query: searched, annotations: found.value };
  const error = documentList.error ?? labelList.error ?? allAnnotations.error ?? found.error ?? null;
  const all = allAnnotations.value ?? null;

  const shown = results?.annotations ?? all;
  const groups = useMemo(() => groupByDocument(shown ?? [], documents, t('notes.overview.unknownDocument')), [shown, documents, t]);

  const citationFor = useCallback(
    async (annotation: Annotation) => {
      try {
        const document = await fetchApi('getDocument', { id: annotation.docId });
        const section = sectionHeadingAt(document, storedStartOf(annotation));
        return section ? t('notes.notebook.citation', { title: document.title, section }) : t('notes.notebook.citationNoSection', { title: document.title });
      } catch {
        return t('notes.notebook.citationNoSection', { title: documents.find((summary) => summary.id === annotation.docId)?.title ?? t('notes.overview.unknownDocument') });
      }
    },
    [documents, t],
  );
  const documentTitle = useCallback(
    (docId: string) => documents.find((summary) => summary.id === docId)?.title ?? t('notes.overview.unknownDocument'),
    [documents, t],
  );

  return (
    <div className="overview" data-testid="notes-overview">
      <div className="overview__main">
        <header className="overview__header">
          <h1 className="overview__title">{t('notes.overview.title')}</h1>
          <p className="overview__intro">{t('notes.overview.intro')}</p>
          <ExportButton scope={{ kind: 'filter', query }} />
        </header>
        <div className="overview__search" role="search">
          <label htmlFor={searchId} className="visually-hidden">
            {t('notes.overview.search')}
          </label>
          <input
            id={searchId}
            className="notes-input overview__search-input"
            type="search"
            placeholder={t('notes.overview.searchPlaceholder')}
            value={query}
            onChange={(event) => setQuery(event.target.value)}
            data-testid="notes-search"
          />
        </div>
        {error !== null && <p className="notes-field-error">{t('notes.error', { message: describeError(error, language) })}</p>}
        {all !== null && (
          <p className="overview__count" aria-live="polite" data-testid="overview-count">
            {results && results.annotations.length === 0
              ? t('notes.overview.noResults', { query: results.query })
              : all.length === 0 && !results
                ? t('notes.overview.empty')
                : t('notes.overview.results', { count: shown?.length ?? 0, documents: groups.length })}
          </p>
        )}
        {groups.map((group) => (
          <section key={group.docId} className="overview-group" aria-labelledby={`overview-${group.docId}`} data-testid="overview-group">
            <h2 className="overview-group__title" id={`overview-${group.docId}`}>
              <a href={documentHref(group.docId)}>{group.title}</a>
              <span className="reader-panel__badge">{formatNumber(group.annotations.length, locale)}</span>
            </h2>
            <ol className="overview-group__list">
              {group.annotations.map((annotation) => (
                <AnnotationCard key={annotation.id} annotation={annotation} labels={labels} />
              ))}
            </ol>
          </section>
        ))}
      </div>
      <Notebooks highlights={all ?? []} citationFor={citationFor} documentTitle={documentTitle} />
    </div>
  );
}

export const notesHref = '#/notes';

/** `#/notes`, in the main menu as "Aantekeningen". */
export const view = defineView({
  id: 'notes',
  parse: ({ path }) => (path === '/notes' ? {} : null),
  render: () => <NotesView />,
  page: 'plain',
  menu: { label: 'nav.notes', order: 4, href: notesHref },
});
