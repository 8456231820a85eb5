/** The top of a document: its title and the facts the page gives (region, hogeschool, lectoraat, lectors, contact…). */
import type { ReactNode } from 'react';
import type { CorpusDocument } from '../../core/corpus/types.js';
import { formatDate } from '../format/formatDate.js';
import { useI18n } from '../i18n/LanguageContext.js';
import { KindBadge } from '../components/KindBadge.js';
import { MunicipalityList } from './MunicipalityList.js';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div className="facts__row">
      <dt>{label}</dt>
      {/* The values are the page's own words (names, places), Dutch whatever the UI language. */}
      <dd lang="nl">{children}</dd>
    </div>
  );
}

export function DocumentHeader({ document }: { document: CorpusDocument }) {
  const { t, locale } = useI18n();
  const { contact } = document;
  return (
    <header className="doc-header">
      <div className="doc-header__eyebrow">
        <KindBadge kind={document.kind} />
        {document.label && <span className="doc-header__label">{document.label}</span>}
        <span className="doc-header__region">{document.region}</span>
      </div>
      <h1 className="doc-header__title page-title" id="doc-title" lang="nl">
        {document.title}
      </h1>
      {document.kind === 'news' && document.published && (
        <p className="doc-header__date">
          <time dateTime={document.published}>{formatDate(document.published, locale)}</time>
          {document.origin && <span> · {t('meta.origin')}: {document.origin}</span>}
        </p>
      )}
      <dl className="facts" aria-label={t('meta.label')} data-testid="document-facts">
        {document.hogeschool && <Fact label={t('meta.hogeschool')}>{document.hogeschool}</Fact>}
        {document.lectoraat && <Fact label={t('meta.lectoraat')}>{document.lectoraat}</Fact>}
        {document.lectors.length > 0 && (
          <Fact label={t(document.lectors.length === 1 ? 'meta.lector' : 'meta.lectors')}>{document.lectors.join(', ')}</Fact>
        )}
        {document.kind !== 'news' && document.published && (
          <Fact label={t('meta.published')}>
            <time dateTime={document.published}>{formatDate(document.published, locale)}</time>
          </Fact>
        )}
        {document.kind !== 'news' && document.origin && <Fact label={t('meta.origin')}>{document.origin}</Fact>}
        {document.municipalities.length > 0 && (
          <Fact label={t('meta.municipalities')}>
            <MunicipalityList municipalities={document.municipalities} />
          </Fact>
        )}
        {contact && (contact.name || contact.email || contact.phone) && (
          <Fact label={t('meta.contact')}>
            <span className="contact">
              {contact.name && <span className="contact__name">{contact.name}</span>}
              {contact.affiliation && <span className="contact__affiliation">{contact.affiliation}</span>}
              {contact.email && (
                <a className="contact__email" href={`mailto:${contact.email}`} aria-label={t('meta.email', { name: contact.name ?? contact.email, email: contact.email })}>
                  {contact.email}
                </a>
              )}
              {contact.phone && (
                <a className="contact__phone" href={`tel:${contact.phone.replace(/[^\d+]/g, '')}`}>
                  {contact.phone}
                </a>
              )}
            </span>
          </Fact>
        )}
      </dl>
    </header>
  );
}
