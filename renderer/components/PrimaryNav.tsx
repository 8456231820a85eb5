/** Links to the app's main views, with the current one marked; the entries come from the views that declare a menu place. */
import { useI18n } from '../i18n/LanguageContext.js';
import { useShellSlots } from './ShellSlots.js';

export function PrimaryNav() {
  const { t } = useI18n();
  const { menu } = useShellSlots();
  return (
    <nav className="primary-nav" aria-label={t('nav.label')}>
      {menu.map((link) => (
        <a key={link.href} className="primary-nav__link" href={link.href} aria-current={link.current ? 'page' : undefined}>
          {t(link.label)}
        </a>
      ))}
    </nav>
  );
}
