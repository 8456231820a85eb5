/** The top bar every view shares: a leading area (brand or reader navigation) and the display settings. */
import type { ReactNode } from 'react';
import { ColorSchemeToggle } from '../appearance/ColorSchemeToggle.js';
import { ReadingSettingsMenu } from '../appearance/ReadingSettingsMenu.js';
import { stickyHeaderAttribute } from '../hooks/viewportTop.js';
import { useI18n } from '../i18n/LanguageContext.js';
import { homeHref } from '../routing/view.js';
import { LanguageToggle } from './LanguageToggle.js';
import { PrimaryNav } from './PrimaryNav.js';
import { useShellSlots } from './ShellSlots.js';

export function AppHeader({ children }: { children?: ReactNode }) {
  const { t } = useI18n();
  const { search } = useShellSlots();
  return (
    <header className="app-header" {...{ [stickyHeaderAttribute]: '' }}>
      <div className="app-header__inner">
        {children ?? (
          <a className="brand" href={homeHref}>
            <span className="brand__mark" aria-hidden="true">W</span>
            <span className="brand__text">
              <span className="brand__name">{t('app.name')}</span>
              <span className="brand__tagline">{t('app.tagline')}</span>
            </span>
          </a>
        )}
        {/* The reader brings its own navigation; the main views get the app's menu. */}
        {children === undefined && <PrimaryNav />}
        {search}
        <div className="app-header__settings" role="group" aria-label={t('settings.label')}>
          <LanguageToggle />
          <ColorSchemeToggle />
          <ReadingSettingsMenu />
        </div>
      </div>
    </header>
  );
}
