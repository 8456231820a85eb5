/** "Verder lezen": brings the reader back to the document they last had open. */
import type { DocumentSummary } from '../../core/corpus/types.js';
import { useI18n } from '../i18n/LanguageContext.js';
import { documentHref } from '../reader/index.js';

export function ContinueReadingBanner({ summary }: { summary: DocumentSummary }) {
  const { t } = useI18n();
  return (
    <aside className="continue" aria-labelledby="continue-heading" data-testid="continue-reading">
      <div className="continue__text">
        <h2 className="continue__eyebrow" id="continue-heading">
          {t('library.continue')}
        </h2>
        <p className="continue__title">{summary.title}</p>
        <p className="continue__region">{summary.region}</p>
      </div>
      <a className="button button--primary continue__action" href={documentHref(summary.id)}>
        {t('library.continueAction')}
        <span aria-hidden="true"> →</span>
      </a>
    </aside>
  );
}
