/** The reader's side panel: one tab per feature (annotations, "Zie ook"), open beside the text or as a drawer on narrow screens. */
import { useState } from 'react';
import type { ReaderPanelTab } from './readerFeature.js';

export function ReaderPanel({ tabs, label }: { tabs: readonly ReaderPanelTab[]; label: string }) {
  const [selected, setSelected] = useState<string | null>(null);
  if (tabs.length === 0) return null;
  const current = tabs.find((tab) => tab.id === selected) ?? tabs[0]!;
  return (
    <aside className="reader-panel" aria-label={label} data-testid="reader-panel">
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
  );
}
