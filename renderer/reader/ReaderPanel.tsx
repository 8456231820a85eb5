/** The reader's side panel: one tab per feature (annotations, "Zie ook"), open beside the text or as a drawer on narrow screens. */
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { moveFocusWithArrows } from '../hooks/arrowFocus.js';
import { useEscapeLayer } from '../hooks/useEscapeLayer.js';
import { formatNumber } from '../format/formatNumber.js';
import { useI18n } from '../i18n/LanguageContext.js';
import type { ReaderPanelTab } from './readerFeature.js';

/** Below this width the panel is a drawer instead of a third column (matches reader.css). */
const drawerQuery = '(max-width: 1439.98px)';

/** A request to show a tab with focus inside it (the `n` shortcut); `sequence` makes a repeated request count. */
export interface PanelRequest {
  tabId: string;
  sequence: number;
}

export interface ReaderPanelProps {
  tabs: readonly ReaderPanelTab[];
  label: string;
  openLabel: string;
  closeLabel: string;
  request: PanelRequest | null;
}

/**
 * On wide screens the panel is a third column. Narrower, it is a drawer on the right over a backdrop, opened with a
 * button that stays in the corner and closed by its own close button, the backdrop or Escape.
 */
export function ReaderPanel({ tabs, label, openLabel, closeLabel, request }: ReaderPanelProps) {
  const { locale } = useI18n();
  const [selected, setSelected] = useState<string | null>(null);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const toggleRef = useRef<HTMLButtonElement | null>(null);
  const panelRef = useRef<HTMLElement | null>(null);
  const isDrawer = () => window.matchMedia(drawerQuery).matches;

  const close = () => {
    const hadFocus = panelRef.current?.contains(document.activeElement) ?? false;
    setDrawerOpen(false);
    if (hadFocus) requestAnimationFrame(() => toggleRef.current?.focus({ preventScroll: true }));
  };
  useEscapeLayer('drawer', drawerOpen && isDrawer(), close, () => toggleRef.current);

  /** Where focus should go once the panel shows: a requested tab's first item, or the selected tab. */
  const pendingFocus = useRef<string | null>(null);

  // Shown on request: the tab selected, the drawer opened, focus on the first item of the list (else the tab).
  useEffect(() => {
    if (!request) return;
    setSelected(request.tabId);
    if (isDrawer()) setDrawerOpen(true);
    pendingFocus.current = request.tabId;
  }, [request]);

  useEffect(() => {
    if (drawerOpen && !pendingFocus.current && !panelRef.current?.contains(document.activeElement)) pendingFocus.current = '';
  }, [drawerOpen]);

  // After every render: once the panel is on screen, move the pending focus into it.
  useEffect(() => {
    const tabId = pendingFocus.current;
    const panel = panelRef.current;
    if (tabId === null || !panel || panel.getClientRects().length === 0) return;
    pendingFocus.current = null;
    const item = tabId ? document.getElementById(`reader-tabpanel-${tabId}`)?.querySelector<HTMLElement>('[data-panel-item]') : null;
    (item ?? panel.querySelector<HTMLElement>('[role="tab"][aria-selected="true"]'))?.focus();
  });

  if (tabs.length === 0) return null;
  const current = tabs.find((tab) => tab.id === selected) ?? tabs[0]!;
  const badge = tabs[0]!.badge ?? 0;

  const onTabsKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (!moveFocusWithArrows(event, '[role="tab"]', true)) return;
    const tabId = (document.activeElement as HTMLElement | null)?.dataset.tabId;
    if (tabId) setSelected(tabId);
  };

  return (
    <>
      <button
        ref={toggleRef}
        type="button"
        className="reader-panel__toggle"
        aria-expanded={drawerOpen}
        aria-controls="reader-panel"
        data-testid="reader-panel-toggle"
        onClick={() => (drawerOpen ? close() : setDrawerOpen(true))}
      >
        {openLabel}
        {badge > 0 && <span className="reader-panel__badge">{formatNumber(badge, locale)}</span>}
      </button>
      {drawerOpen && <div className="reader-panel__backdrop" aria-hidden="true" data-testid="reader-panel-backdrop" onClick={close} />}
      <aside ref={panelRef} className="reader-panel" id="reader-panel" aria-label={label} data-testid="reader-panel" data-drawer-open={drawerOpen}>
        <div className="reader-panel__head">
          <div className="reader-panel__tabs" role="tablist" aria-label={label} onKeyDown={onTabsKeyDown}>
            {tabs.map((tab) => (
              <button
                key={tab.id}
                type="button"
                role="tab"
                id={`reader-tab-${tab.id}`}
                data-tab-id={tab.id}
                aria-selected={tab.id === current.id}
                aria-controls={`reader-tabpanel-${tab.id}`}
                tabIndex={tab.id === current.id ? 0 : -1}
                className="reader-panel__tab"
                onClick={() => setSelected(tab.id)}
              >
                {tab.label}
                {tab.badge !== undefined && <span className="reader-panel__badge">{formatNumber(tab.badge, locale)}</span>}
              </button>
            ))}
          </div>
          <button type="button" className="reader-panel__close" aria-label={closeLabel} title={closeLabel} data-testid="reader-panel-close" onClick={close}>
            <svg viewBox="0 0 20 20" aria-hidden="true">
              <path d="M5.5 5.5l9 9M14.5 5.5l-9 9" fill="none" stroke="currentColor" strokeWidth="1.75" strokeLinecap="round" />
            </svg>
          </button>
        </div>
        <div className="reader-panel__content" role="tabpanel" id={`reader-tabpanel-${current.id}`} aria-labelledby={`reader-tab-${current.id}`}>
          {current.content}
        </div>
      </aside>
    </>
  );
}
