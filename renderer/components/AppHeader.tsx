/** The top bar every view shares: a leading area (brand or reader navigation) and the display settings. */
import type { ReactNode } from 'react';
import { useI18n } from '../i18n/LanguageContext.js';
import { libraryHref } from '../routing/route.js';
import { SearchBox } from '../search/SearchBox.js';
import { PrimaryNav } from './PrimaryNav.js';
import { LanguageToggle } from './LanguageToggle.js';
import { ThemeToggle } from './ThemeToggle.js';

export function AppHeader({ children }: { children?: ReactNode }) {
  const { t } = useI18n();
  return (
    <header className="app-header">
      <div className="app-header__inner">
        {children ?? (
          <a className="brand" href={libraryHref}>
            <span className="brand__mark" aria-hidden="true">W</span>
            <span className="brand__text">
              <span className="brand__name">{t('app.name')}</span>
              <span className="brand__tagline">{t('app.tagline')}</span>
            </span>
          </a>
        )}
        {/* The reader brings its own navigation; the main views get the app's menu. */}
        {children === undefined && <PrimaryNav />}
        <SearchBox />
        <div className="app-header__settings" role="group" aria-label={t('settings.label')}>
          <LanguageToggle />
          <ThemeToggle />
        </div>
      </div>
    </header>
  );
}
