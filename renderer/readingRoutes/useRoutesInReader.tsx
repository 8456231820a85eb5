/** The reading routes' part in the reader: under every section heading, a small button that adds the section to a route. */
import { useCallback } from 'react';
import type { ReaderContext, ReaderContribution } from '../reader/index.js';
import { useI18n } from '../i18n/LanguageContext.js';
import { AddToRouteButton } from './AddToRouteMenu.js';

export function useRoutesInReader(context: ReaderContext | null): ReaderContribution {
  const { t } = useI18n();
  const document = context?.document ?? null;
  const readOnly = context?.readOnly ?? true;
  const sectionExtras = useCallback(
    (sectionId: string) => {
      const section = document?.sections.find((candidate) => candidate.id === sectionId);
      // The lead before the first heading has no heading to hang a button on.
      if (!document || !section || section.heading === null || readOnly) return null;
      return (
        <AddToRouteButton
          target={{ kind: 'section', docId: document.id, sectionId }}
          label={t('addToRoute.section', { heading: section.heading })}
          className="add-to-route add-to-route--section"
        />
      );
    },
    [document, readOnly, t],
  );
  return context ? { sectionExtras } : {};
}
