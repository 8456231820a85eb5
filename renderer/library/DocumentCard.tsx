/** One document in the library grid: its title is the link into the reader, stretched over the whole card so all of it is clickable. */
import type { DocumentSummary } from '../../core/corpus/types.js';
import { formatDate } from '../format/formatDate.js';
import { useI18n } from '../i18n/LanguageContext.js';
import { documentHref } from '../reader/index.js';
import { KindBadge } from '../components/KindBadge.js';
import { TopicChips } from './TopicChips.js';

export function DocumentCard({ summary }: { summary: DocumentSummary }) {
  const { t, locale } = useI18n();
  const titleId = `card-title-${summary.id}`;
  const summaryId = `card-summary-${summary.id}`;
  // The link's name is its visible title (WCAG 2.5.3, label in name); the summary describes it.
  return (
    <article className={`card raised-card card--${summary.kind}`} aria-labelledby={titleId}>
      <div className="card__meta">
        <KindBadge kind={summary.kind} />
        {summary.imported && (
          <span className="badge badge--own" data-testid="own-badge">
            {t('import.badge')}
          </span>
        )}
        <span className="card__region">{summary.region}</span>
      </div>
      <h3 className="card__title" id={titleId}>
        <a className="card__link" href={documentHref(summary.id)} data-testid="document-card" data-doc-id={summary.id} aria-describedby={summaryId}>
          {summary.title}
        </a>
      </h3>
      {summary.hogeschool && <p className="card__school">{summary.hogeschool}</p>}
      <p className="card__summary" id={summaryId} lang="nl">
        {summary.summary}
      </p>
      <TopicChips themes={summary.themes} />
      <div className="card__footer">
        {summary.kind === 'news' && summary.published ? (
          <time dateTime={summary.published}>{formatDate(summary.published, locale)}</time>
        ) : (
          <span>{summary.label ?? ''}</span>
        )}
        <span className="card__sections">{t('card.sections', { count: summary.sectionCount })}</span>
      </div>
    </article>
  );
}
