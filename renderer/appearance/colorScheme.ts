/** Stores the colour-scheme choice and applies it as `data-theme` on <html>, following the system when asked. */

export type ThemeSetting = 'light' | 'dark' | 'system';
export type ResolvedTheme = 'light' | 'dark';

export const themeSettings: readonly ThemeSetting[] = ['light', 'dark', 'system'];
const storageKey = 'werkplaats-theme';
const darkQuery = '(prefers-color-scheme: dark)';

export function storedThemeSetting(): ThemeSetting {
  try {
    const value = localStorage.getItem(storageKey);
    return themeSettings.includes(value as ThemeSetting) ? (value as ThemeSetting) : 'system';
  } catch {
    return 'system';
  }
}

export function storeThemeSetting(setting: ThemeSetting): void {
  try {
    localStorage.setItem(storageKey, setting);
  } catch {
    // Without storage the choice lasts for this visit only.
  }
}

export function systemTheme(): ResolvedTheme {
  return window.matchMedia(darkQuery).matches ? 'dark' : 'light';
}

export function resolveTheme(setting: ThemeSetting): ResolvedTheme {
  return setting === 'system' ? systemTheme() : setting;
}

/** Sets `data-theme` on <html> for `setting`. */
export function applyTheme(setting: ThemeSetting): void {
  document.documentElement.dataset.theme = resolveTheme(setting);
}

/** Calls `listener` when the system scheme changes; returns the unsubscribe function. */
export function onSystemThemeChange(listener: () => void): () => void {
  const query = window.matchMedia(darkQuery);
  query.addEventListener('change', listener);
  return () => query.removeEventListener('change', listener);
}
