/** Chooses light, dark or the system's colour scheme, persisted, and keeps <html data-theme> current. */
import { useEffect, useState } from 'react';
import { SegmentedChoice } from '../components/SegmentedChoice.js';
import { useI18n } from '../i18n/LanguageContext.js';
import { applyTheme, onSystemThemeChange, storedThemeSetting, storeThemeSetting, themeSettings, type ThemeSetting } from './colorScheme.js';

const labelKeys = { light: 'theme.light', dark: 'theme.dark', system: 'theme.system' } as const;

export function ColorSchemeToggle() {
  const { t } = useI18n();
  const [setting, setSetting] = useState<ThemeSetting>(storedThemeSetting);

  useEffect(() => {
    applyTheme(setting);
    if (setting !== 'system') return;
    return onSystemThemeChange(() => applyTheme('system'));
  }, [setting]);

  function choose(next: ThemeSetting) {
    setSetting(next);
    storeThemeSetting(next);
  }

  return (
    <SegmentedChoice
      label={t('theme.label')}
      options={themeSettings}
      value={setting}
      onChoose={choose}
      text={(option) => t(labelKeys[option])}
      optionProps={(option) => ({ 'data-theme-option': option })}
    />
  );
}
