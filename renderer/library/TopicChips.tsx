/** A document's own themes as small chips, capped so cards stay even. */
import { useI18n } from '../i18n/LanguageContext.js';

export function TopicChips({ themes, limit = 3 }: { themes: string[]; limit?: number }) {
  const { t } = useI18n();
  if (themes.length === 0) return null;
  const shown = themes.slice(0, limit);
  const hidden = themes.length - shown.length;
  return (
    <ul className="chips" aria-label={t('card.themes')} lang="nl">
      {shown.map((theme) => (
        <li className="chip" key={theme} title={theme}>
          {theme}
        </li>
      ))}
      {hidden > 0 && (
        <li className="chip chip--more" title={themes.slice(limit).join('\n')}>
          {t('card.moreThemes', { count: hidden })}
        </li>
      )}
    </ul>
  );
}
