/** "Alle aantekeningen" (`#/notes`): every highlight grouped per document, searchable with the Dutch search and filtered by colour and tag, plus the general and theme notebooks. */
import { ExportButton } from '../export/index.js';
import { useCallback, useEffect, useId, useMemo, useState } from 'react';
import type { Annotation } from '../../core/annotations/annotation.js';
import type { NotebookScope } from '../../core/annotations/notebookNote.js';
import type { DocumentSummary } from '../../core/corpus/types.js';
import type { ThemeOverview } from '../../core/themes/themeCatalog.js';
import { describeError } from '../api/client.js';
import { fetchApi, useApi } from '../api/queries.js';
import { useI18n } from '../i18n/LanguageContext.js';
import { defineView } from '../routing/view.js';
import { storedStartOf } from '../../common/annotations/selectors.js';
import { sectionHeadingAt } from '../../common/annotations/sectionHeading.js';
import { AnnotationOverview } from './AnnotationOverview.js';
import { noOverviewFilters, type OverviewFilterState } from './OverviewFilters.js';
import { NotebookEditor } from './NotebookEditor.js';
import { displayColorLabels } from './colorLabelNames.js';
import './notes.css';

const searchDelayMs = 250;
const noThemes: ThemeOverview[] = [];
const noDocuments: DocumentSummary[] = [];

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
  const { t, language } = useI18n();
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
  const searching = query.trim() !== '';
  const results = useMemo(() => (found.value === undefined || !searching ? null : { query: searched, annotations: found.value }), [found.value, searching, searched]);
  const error = documentList.error ?? labelList.error ?? allAnnotations.error ?? found.error ?? null;
  const all = allAnnotations.value ?? null;

  const [filters, setFilters] = useState<OverviewFilterState>(noOverviewFilters);

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
          <ExportButton className="overview__export" scope={{ kind: 'filter', query, ...(filters.color !== null ? { color: filters.color } : {}), ...(filters.tag !== null ? { tag: filters.tag } : {}) }} />
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
        <AnnotationOverview all={all} results={results} documents={documents} labels={labels} filters={filters} onFilters={setFilters} />
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
