/** The "Werkplaats" / "Nieuws" badge, so profiles and news read apart at a glance. */
import type { DocumentKind } from '../../core/corpus/types.js';
import { useI18n } from '../i18n/LanguageContext.js';

export function KindBadge({ kind }: { kind: DocumentKind }) {
  const { t } = useI18n();
  return <span className={`badge badge--${kind}`}>{t(kind === 'news' ? 'kind.news' : 'kind.profile')}</span>;
}
