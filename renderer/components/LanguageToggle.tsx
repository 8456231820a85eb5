/** Switches the UI between Dutch and English; the document text itself stays Dutch. */
import { languages } from '../i18n/dictionary.js';
import { useI18n } from '../i18n/LanguageContext.js';
import { SegmentedChoice } from './SegmentedChoice.js';

export function LanguageToggle() {
  const { language, setLanguage, t } = useI18n();
  return (
    <SegmentedChoice
      label={t('language.label')}
      options={languages}
      value={language}
      onChoose={setLanguage}
      text={(option) => t(option === 'nl' ? 'language.nl' : 'language.en')}
      optionProps={(option) => ({ lang: option, title: t(option === 'nl' ? 'language.nl.long' : 'language.en.long') })}
    />
  );
}
