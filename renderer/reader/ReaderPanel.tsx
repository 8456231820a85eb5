/** The reader's side panel: one tab per feature (annotations, "Zie ook"), open beside the text or as a drawer on narrow screens. */
import { useState } from 'react';
import type { ReaderPanelTab } from './readerFeature.js';

/**
 * On wide screens the panel is a third column. Narrower, it is a drawer on the right, opened with a button
 * that stays in the corner, so the panel is never hidden below the last paragraph.
 */
export function ReaderPanel({ tabs, label, openLabel, closeLabel }: { tabs: readonly ReaderPanelTab[]; label: string; openLabel: string; closeLabel: string }) {
  const [selected, setSelected] = useState<string | null>(null);
  const [drawerOpen, setDrawerOpen] = useState(false);
  if (tabs.length === 0) return null;
  const current = tabs.find((tab) => tab.id === selected) ?? tabs[0]!;
  const badge = tabs[0]!.badge ?? 0;
  return (
    <>
    <button
      type="button"
      className="reader-panel__toggle"
      aria-expanded={drawerOpen}
      aria-controls="reader-panel"
      data-testid="reader-panel-toggle"
      onClick={() => setDrawerOpen((open) => !open)}
    >
      {drawerOpen ? closeLabel : openLabel}
      {!drawerOpen && badge > 0 && <span className="reader-panel__badge">{badge}</span>}
    </button>
    <aside className="reader-panel" id="reader-panel" aria-label={label} data-testid="reader-panel" data-drawer-open={drawerOpen}>
      <div className="reader-panel__tabs" role="tablist">
        {tabs.map((tab) => (
          <button
            key={tab.id}
            type="button"
            role="tab"
            id={`reader-tab-${tab.id}`}
            aria-selected={tab.id === current.id}
            aria-controls={`reader-tabpanel-${tab.id}`}
            className="reader-panel__tab"
            onClick={() => setSelected(tab.id)}
          >
            {tab.label}
            {tab.badge !== undefined && <span className="reader-panel__badge">{tab.badge}</span>}
          </button>
        ))}
      </div>
      <div className="reader-panel__content" role="tabpanel" id={`reader-tabpanel-${current.id}`} aria-labelledby={`reader-tab-${current.id}`}>
        {current.content}
      </div>
    </aside>
    </>
  );
}
