/** Switches the UI between Dutch and English; the document text itself stays Dutch. */
import { languages } from '../i18n/dictionary.js';
import { useI18n } from '../i18n/LanguageContext.js';

export function LanguageToggle() {
  const { language, setLanguage, t } = useI18n();
  return (
    <div className="segmented" role="group" aria-label={t('language.label')}>
      {languages.map((option) => (
        <button
          key={option}
          type="button"
          className="segmented__option"
          aria-pressed={language === option}
          lang={option}
          title={t(option === 'nl' ? 'language.nl.long' : 'language.en.long')}
          onClick={() => setLanguage(option)}
        >
          {t(option === 'nl' ? 'language.nl' : 'language.en')}
        </button>
      ))}
    </div>
  );
}
