/**
 * "Voeg toe aan leesroute" from anywhere (a selection, a heading, a search hit, a theme passage): a small button that
 * opens one shared menu of the user's routes, adds the step and confirms with a status line that links to the route.
 * The menu lives in one host at the top of the app, so it survives its opener going away (the selection toolbar
 * closes as soon as focus moves into the new route's title field).
 */
import { useEffect, useId, useRef, useState, useSyncExternalStore, type KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';
import { autoUpdate, flip, offset, shift, useFloating } from '@floating-ui/react';
import { useQueryClient } from '@tanstack/react-query';
import type { MethodInput } from '../../core/api/contract.js';
import { describeError } from '../api/client.js';
import { apiQuery, mutate, useApi } from '../api/queries.js';
import { mainContentId } from '../components/SkipLink.js';
import { moveFocusWithArrows } from '../hooks/arrowFocus.js';
import { useEscapeLayer } from '../hooks/useEscapeLayer.js';
import { useI18n } from '../i18n/LanguageContext.js';
import { routeHref } from './readingRouteRoutes.js';
import './readingRoutes.css';

/** What a new step points at, as `addRouteStep` takes it: a passage by its offsets, a section, a document or a theme. */
export type RouteStepTarget = MethodInput<'addRouteStep'>['target'];

interface MenuRequest {
  target: RouteStepTarget;
  anchor: HTMLElement;
  /** Counts openings, so opening again from the same button starts a fresh menu. */
  sequence: number;
}

/** The confirmation after adding: the sentence and the route it links to. */
export interface AddedStatus {
  text: string;
  routeId: string;
}

let request: MenuRequest | null = null;
let opened = 0;
const listeners = new Set<() => void>();

function setRequest(next: MenuRequest | null): void {
  request = next;
  for (const listener of listeners) listener();
}

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** Opens the menu for `target` under `anchor` (the button that asked); opening it again from the same button closes it. */
export function openAddToRouteMenu(target: RouteStepTarget, anchor: HTMLElement): void {
  setRequest(request?.anchor === anchor ? null : { target, anchor, sequence: (opened += 1) });
}

function useRequest(): MenuRequest | null {
  return useSyncExternalStore(subscribe, () => request);
}

export interface AddToRouteButtonProps {
  target: RouteStepTarget;
  /**
   * The button's accessible name when it says more than "Voeg toe aan leesroute" (which section, which hit); the
   * button then shows only the short "+ Leesroute", which the name contains (WCAG 2.5.3).
   */
  label?: string;
  /** The short text shown with `label` instead of "Leesroute"; `label` must contain it. */
  text?: string;
  /** Replaces the button's own look (`add-to-route`), to match the bar it sits in. */
  className?: string;
}

/** The button that opens the menu; shows nothing where the user's data is read-only. */
export function AddToRouteButton({ target, label, text, className }: AddToRouteButtonProps) {
  const { t } = useI18n();
  const client = useQueryClient();
  const info = useApi('getAppInfo', {});
  const current = useRequest();
  const buttonRef = useRef<HTMLButtonElement>(null);
  // The routes are asked for as the pointer or focus arrives, so the menu usually opens with them.
  const prefetch = () => void client.prefetchQuery(apiQuery('listRoutes', {}));
  if (info.value?.readOnly) return null;
  const expanded = current !== null && current.anchor === buttonRef.current;
  return (
    <button
      ref={buttonRef}
      type="button"
      className={className ?? 'add-to-route'}
      aria-haspopup="menu"
      aria-expanded={expanded}
      aria-label={label}
      title={label ?? t('addToRoute.button')}
      data-testid="add-to-route"
      onPointerEnter={prefetch}
      onFocus={prefetch}
      onClick={(event) => openAddToRouteMenu(target, event.currentTarget)}
    >
      <span aria-hidden="true" className="add-to-route__sign">
        +
      </span>
      <span>{label ? (text ?? t('addToRoute.short')) : t('addToRoute.button')}</span>
    </button>
  );
}

/**
 * A "+" for the pointer where a button cannot go (inside a list option, whose own click opens it): hidden from
 * assistive technology, which reaches the same action through an `AddToRouteButton` for the chosen option.
 */
export function AddToRouteMark({ target, title, className }: { target: RouteStepTarget; title: string; className?: string }) {
  const info = useApi('getAppInfo', {});
  if (info.value?.readOnly) return null;
  return (
    <span
      aria-hidden="true"
      className={className ?? 'add-to-route-mark'}
      title={title}
      data-testid="add-to-route-mark"
      // Focus stays where it was (the search field), so Escape in the menu returns there.
      onMouseDown={(event) => event.preventDefault()}
      onClick={(event) => {
        event.stopPropagation();
        openAddToRouteMenu(target, event.currentTarget);
      }}
    >
      +
    </span>
  );
}

/** The one menu and the status line; rendered once, at the top of the app. */
export function AddToRouteHost() {
  const current = useRequest();
  const [status, setStatus] = useState<AddedStatus | null>(null);
  const timer = useRef<number | undefined>(undefined);

  useEffect(() => {
    // A route link followed, or any other navigation: the menu and its confirmation belonged to the page left behind.
    const onHashChange = () => {
      setRequest(null);
      setStatus(null);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => {
      window.removeEventListener('hashchange', onHashChange);
      window.clearTimeout(timer.current);
      setRequest(null);
    };
  }, []);

  const confirm = (added: AddedStatus) => {
    window.clearTimeout(timer.current);
    setStatus(added);
    timer.current = window.setTimeout(() => setStatus(null), 12_000);
  };

  return (
    <>
      {current && <RouteMenu key={current.sequence} request={current} onClose={() => setRequest(null)} onAdded={confirm} />}
      <AddedStatusLine status={status} onDismiss={() => setStatus(null)} />
    </>
  );
}

function AddedStatusLine({ status, onDismiss }: { status: AddedStatus | null; onDismiss(): void }) {
  const { t } = useI18n();
  // Always present, so screen readers announce what appears in it.
  return createPortal(
    <div className="route-status-region" role="status" aria-live="polite">
      {status && (
        <div className="route-status" data-testid="route-status">
          <span>{status.text}</span>
          <a className="route-status__link" href={routeHref(status.routeId)} onClick={onDismiss}>
            {t('addToRoute.open')}
          </a>
        </div>
      )}
    </div>,
    document.body,
  );
}

function RouteMenu({ request: { target, anchor }, onClose, onAdded }: { request: MenuRequest; onClose(): void; onAdded(status: AddedStatus): void }) {
  const { t, language } = useI18n();
  const client = useQueryClient();
  const routes = useApi('listRoutes', {});
  const [mode, setMode] = useState<'list' | 'new'>('list');
  const [title, setTitle] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const popupRef = useRef<HTMLDivElement | null>(null);
  const titleId = useId();
  // In a modal (the search palette) the menu goes inside it, so it stays reachable; elsewhere inside <main>, a landmark.
  const [container] = useState(() => anchor.closest<HTMLElement>('[role="dialog"]') ?? document.getElementById(mainContentId) ?? document.body);
  // Where the opener was last seen: it may go away (the selection toolbar) while the menu stays open.
  const lastRect = useRef<DOMRect>(anchor.getBoundingClientRect());
  const { refs, floatingStyles, isPositioned } = useFloating({
    placement: 'bottom-start',
    strategy: 'fixed',
    middleware: [offset(6), flip({ padding: 8 }), shift({ padding: 8 })],
    whileElementsMounted: autoUpdate,
  });

  useEffect(() => {
    refs.setReference({
      contextElement: anchor,
      getBoundingClientRect: () => (anchor.isConnected ? (lastRect.current = anchor.getBoundingClientRect()) : lastRect.current),
    });
  }, [anchor, refs]);

  // Escape closes the menu before the palette or the selection beneath it; focus goes back to the opener.
  useEscapeLayer('dialog', true, onClose, () => (anchor.isConnected ? anchor : document.getElementById(mainContentId)));

  useEffect(() => {
    if (!isPositioned) return;
    // While the routes load, the popup itself holds focus, so Escape works and nothing is chosen by accident.
    const first = popupRef.current?.querySelector<HTMLElement>(mode === 'new' ? 'input' : '[role="menuitem"]') ?? popupRef.current;
    first?.focus({ preventScroll: true });
  }, [isPositioned, mode, routes.status]);

  useEffect(() => {
    const onPointerDown = (event: PointerEvent) => {
      const inside = event.target instanceof Node && (popupRef.current?.contains(event.target) || anchor.contains(event.target));
      if (!inside) onClose();
    };
    document.addEventListener('pointerdown', onPointerDown, true);
    return () => document.removeEventListener('pointerdown', onPointerDown, true);
  }, [anchor, onClose]);

  const addTo = async (routeId: string) => {
    const route = await mutate('addRouteStep', { routeId, target }, client);
    onAdded({ routeId, text: t('addToRoute.added', { title: route.title, step: route.steps.length }) });
    onClose();
  };

  const run = async (work: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await work();
    } catch (failure) {
      setError(t('addToRoute.failed', { reason: describeError(failure, language) }));
      setBusy(false);
    }
  };

  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // Keys in the menu are the menu's: the palette's list and the reader's shortcuts must not see them.
    event.stopPropagation();
    if (event.key === 'Tab') {
      event.preventDefault();
      onClose();
      return;
    }
    moveFocusWithArrows(event, '[role="menuitem"]:not(:disabled)');
  };

  const list = routes.value ?? [];
  return createPortal(
    <div
      ref={(element) => {
        popupRef.current = element;
        refs.setFloating(element);
      }}
      className="route-menu"
      data-testid="route-menu"
      tabIndex={-1}
      style={isPositioned ? floatingStyles : { ...floatingStyles, visibility: 'hidden' }}
      onMouseDown={(event) => {
        // Keeps the reader's text selection while a route is picked; the title field still takes focus.
        if (!(event.target instanceof HTMLInputElement)) event.preventDefault();
      }}
    >
      {mode === 'list' ? (
        <>
          <p className="route-menu__title" id={titleId}>
            {t('addToRoute.menu')}
          </p>
          {routes.status === 'loading' && <p className="route-menu__note">{t('loading')}</p>}
          {routes.status === 'error' && (
            <p className="route-menu__error" role="alert">
              {t('addToRoute.failed', { reason: describeError(routes.error, language) })}
            </p>
          )}
          {routes.status === 'done' && list.length === 0 && <p className="route-menu__note">{t('addToRoute.none')}</p>}
          {routes.status === 'done' && (
            <div role="menu" aria-labelledby={titleId} className="route-menu__items" onKeyDown={onMenuKeyDown}>
              {list.map((route) => (
                <button key={route.id} type="button" role="menuitem" className="route-menu__item" disabled={busy} onClick={() => void run(() => addTo(route.id))}>
                  <span className="route-menu__name">{route.title}</span>
                  <span className="route-menu__meta">{t('addToRoute.steps', { count: route.steps })}</span>
                </button>
              ))}
              {list.length > 0 && <div role="separator" className="route-menu__separator" />}
              <button type="button" role="menuitem" className="route-menu__item route-menu__item--new" disabled={busy} onClick={() => setMode('new')}>
                {t('addToRoute.new')}
              </button>
            </div>
          )}
        </>
      ) : (
        <form
          className="route-menu__form"
          aria-labelledby={titleId}
          onKeyDown={(event) => event.stopPropagation()}
          onSubmit={(event) => {
            event.preventDefault();
            const chosen = title.trim();
            if (chosen === '') {
              setError(t('addToRoute.titleNeeded'));
              return;
            }
            void run(async () => {
              const route = await mutate('createRoute', { title: chosen }, client);
              // From here on the route exists: a failure below leaves it in the list, to add to again.
              setMode('list');
              await addTo(route.id);
            });
          }}
        >
          <p className="route-menu__title" id={titleId}>
            {t('addToRoute.newHeading')}
          </p>
          <label className="route-menu__field">
            {t('addToRoute.newTitle')}
            <input value={title} maxLength={300} onChange={(event) => setTitle(event.target.value)} data-testid="route-menu-title" />
          </label>
          <div className="route-menu__actions">
            <button type="submit" className="routes-button routes-button--primary" disabled={busy}>
              {t('addToRoute.create')}
            </button>
            <button
              type="button"
              className="routes-button"
              onClick={() => {
                setError(null);
                setMode('list');
              }}
            >
              {t('addToRoute.back')}
            </button>
          </div>
        </form>
      )}
      {error !== null && (
        <p className="route-menu__error" role="alert">
          {error}
        </p>
      )}
    </div>,
    container,
  );
}
