/** The reading routes' part in the reader: under every section heading a button that adds the section to a route, one at the top for the whole document, and the route beside the text in the side panel. */
import { useCallback } from 'react';
import type { ReaderContext, ReaderContribution } from '../reader/index.js';
import { useI18n } from '../i18n/LanguageContext.js';
import { AddToRouteButton } from './AddToRouteMenu.js';
import { RoutePanel } from './RoutePanel.js';

export function useRoutesInReader(context: ReaderContext | null): ReaderContribution {
  const { t } = useI18n();
  const document = context?.document ?? null;
  const readOnly = context?.readOnly ?? true;
  const sectionExtras = useCallback(
    (sectionId: string) => {
      const section = document?.sections.find((candidate) => candidate.id === sectionId);
      if (!document || !section || readOnly) return null;
      const first = document.sections[0]?.id === sectionId;
      // The lead before the first heading has no heading to name; it carries only the whole document's button.
      if (!first && section.heading === null) return null;
      return (
        <div className="add-to-route-row">
          {section.heading !== null && (
            <AddToRouteButton target={{ kind: 'section', docId: document.id, sectionId }} label={t('addToRoute.section', { heading: section.heading })} />
          )}
          {first && <AddToRouteButton target={{ kind: 'document', docId: document.id }} label={t('addToRoute.document')} text={t('addToRoute.document')} />}
        </div>
      );
    },
    [document, readOnly, t],
  );
  return context ? { sectionExtras, panelTab: { id: 'route', label: t('routes.panelTab'), content: <RoutePanel readOnly={readOnly} /> } } : {};
}
