/** Holds the chosen UI language for the whole tree, persists it, and keeps `<html lang>` in step. */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { languages, locales, translate, type Language, type MessageKey } from './dictionary.js';

const storageKey = 'werkplaats-language';

export interface I18n {
  language: Language;
  locale: string;
  setLanguage(language: Language): void;
  t(key: MessageKey, params?: Record<string, string | number>): string;
}

/** The stored language, or Dutch. */
export function storedLanguage(): Language {
  try {
    const value = localStorage.getItem(storageKey);
    return languages.includes(value as Language) ? (value as Language) : 'nl';
  } catch {
    return 'nl';
  }
}

const LanguageContext = createContext<I18n | null>(null);

export function LanguageProvider({ children }: { children: ReactNode }) {
  const [language, setLanguageState] = useState<Language>(storedLanguage);

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    try {
      localStorage.setItem(storageKey, next);
    } catch {
      // Private windows may refuse storage; the choice then lasts for this visit only.
    }
  }, []);

  const value = useMemo<I18n>(
    () => ({ language, locale: locales[language], setLanguage, t: (key, params) => translate(language, key, params) }),
    [language, setLanguage],
  );
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

/** The current language and its `t` function. */
export function useI18n(): I18n {
  const value = useContext(LanguageContext);
  if (!value) throw new Error('useI18n needs a LanguageProvider above it.');
  return value;
}
