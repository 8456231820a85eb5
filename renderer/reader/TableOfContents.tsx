/** The document's sections as a jump list; the section being read is marked with aria-current. */
import type { Section } from '../../core/corpus/types.js';
import { useI18n } from '../i18n/LanguageContext.js';

export interface TableOfContentsProps {
  sections: Section[];
  activeId: string | null;
  onSelect(sectionId: string): void;
}

export function TableOfContents({ sections, activeId, onSelect }: TableOfContentsProps) {
  const { t } = useI18n();
  return (
    <nav className="toc" aria-labelledby="toc-heading" data-testid="toc">
      <h2 className="toc__title" id="toc-heading">
        {t('toc.title')}
      </h2>
      <ol className="toc__list">
        {sections.map((section) => {
          const active = section.id === activeId;
          return (
            <li key={section.id} className="toc__item">
              <button
                type="button"
                className="toc__link"
                aria-current={active ? 'true' : undefined}
                data-section-id={section.id}
                data-testid="toc-entry"
                lang={section.heading === null ? undefined : 'nl'}
                onClick={() => onSelect(section.id)}
              >
                {section.heading ?? t('toc.intro')}
              </button>
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
