/** Links to the app's main views, with the current one marked. */
import { useI18n } from '../i18n/LanguageContext.js';
import type { MessageKey } from '../i18n/dictionary.js';
import { libraryHref, notesHref, themeMapHref, themesHref } from '../routing/route.js';
import { useHashRoute } from '../routing/useHashRoute.js';

const links: { href: string; label: MessageKey; routes: string[] }[] = [
  { href: libraryHref, label: 'nav.library', routes: ['library'] },
  { href: themesHref, label: 'nav.themes', routes: ['themes', 'theme'] },
  { href: themeMapHref, label: 'nav.map', routes: ['theme-map'] },
  { href: notesHref, label: 'nav.notes', routes: ['notes'] },
];

export function PrimaryNav() {
  const { t } = useI18n();
  const route = useHashRoute();
  return (
    <nav className="primary-nav" aria-label={t('nav.label')}>
      {links.map((link) => (
        <a key={link.href} className="primary-nav__link" href={link.href} aria-current={link.routes.includes(route.name) ? 'page' : undefined}>
          {t(link.label)}
        </a>
      ))}
    </nav>
  );
}
