/** "Naar inhoud": jumps keyboard users past the header, without touching the hash route. */
import type { MouseEvent } from 'react';
import { useI18n } from '../i18n/LanguageContext.js';

export const mainContentId = 'main-content';

export function SkipLink() {
  const { t } = useI18n();
  function skip(event: MouseEvent<HTMLAnchorElement>) {
    // A plain #main-content would replace the hash route, so focus the target by hand.
    event.preventDefault();
    const main = document.getElementById(mainContentId);
    main?.focus({ preventScroll: true });
    main?.scrollIntoView({ block: 'start' });
  }
  return (
    <a className="skip-link" href={`#${mainContentId}`} onClick={skip}>
      {t('skip.toContent')}
    </a>
  );
}
