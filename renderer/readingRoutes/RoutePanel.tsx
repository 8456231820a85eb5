/** The route editor beside the reader: a route's steps in order, moved and removed right here; steps come from the text's own "+ Leesroute" buttons. */
import { useId, useState } from 'react';
import { mutate, useApi } from '../api/queries.js';
import { useI18n } from '../i18n/LanguageContext.js';
import { routeHref } from './readingRouteRoutes.js';
import { describeTarget } from './routeData.js';

export function RoutePanel({ readOnly }: { readOnly: boolean }) {
  const { t, language } = useI18n();
  const selectId = useId();
  const routes = useApi('listRoutes', {});
  const documents = useApi('listDocuments', {});
  const themes = useApi('listThemes', {});
  const [chosen, setChosen] = useState<string | null>(null);
  const list = routes.value ?? [];
  // The route chosen here, else the one changed last (the one a step was just added to).
  const routeId = list.some((route) => route.id === chosen) ? chosen : (list[0]?.id ?? null);
  const detail = useApi('getRoute', routeId === null ? null : { id: routeId });

  if (routes.status === 'done' && list.length === 0) return <p className="route-panel__empty">{t('routes.panelEmpty')}</p>;
  const steps = detail.value?.route.steps ?? [];
  const move = (stepId: string, index: number) => void mutate('moveRouteStep', { routeId: routeId!, stepId, index });
  return (
    <div className="route-panel" data-testid="route-panel">
      <label className="route-panel__choose" htmlFor={selectId}>
        {t('routes.panelChoose')}
      </label>
      <select id={selectId} value={routeId ?? ''} onChange={(event) => setChosen(event.target.value)} data-testid="route-panel-route">
        {list.map((route) => (
          <option key={route.id} value={route.id}>
            {route.title}
          </option>
        ))}
      </select>
      {detail.value && steps.length === 0 && <p className="route-panel__empty">{t('routes.panelNoSteps')}</p>}
      <ol className="route-panel__steps">
        {steps.map((step, index) => {
          const { where, quote } = describeTarget(step.target, detail.value!.labels[index], documents.value ?? [], themes.value ?? [], language);
          return (
            <li key={step.id} className="route-panel__step" data-testid="route-panel-step">
              <span className="route-panel__where">
                {where}
                {quote && <q className="route-panel__quote">{quote}</q>}
              </span>
              {!readOnly && (
                <span className="route-step__tools">
                  <button type="button" className="routes-icon-button" onClick={() => move(step.id, index - 1)} disabled={index === 0} aria-label={t('route.moveUp', { index: index + 1 })}>
                    ↑
                  </button>
                  <button type="button" className="routes-icon-button" onClick={() => move(step.id, index + 1)} disabled={index === steps.length - 1} aria-label={t('route.moveDown', { index: index + 1 })}>
                    ↓
                  </button>
                  <button type="button" className="routes-icon-button" onClick={() => void mutate('removeRouteStep', { routeId: routeId!, stepId: step.id })} aria-label={t('route.remove', { index: index + 1 })}>
                    ×
                  </button>
                </span>
              )}
            </li>
          );
        })}
      </ol>
      {routeId !== null && (
        <a className="routes-button" href={routeHref(routeId)}>
          {t('routes.panelOpen')}
        </a>
      )}
    </div>
  );
}
