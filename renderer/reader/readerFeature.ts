/** How a feature (search, themes, annotations) plugs into the reader: marks in the text, a side-panel tab, extras under headings, overlays. */
import type { ReactNode, RefObject } from 'react';
import type { CorpusDocument } from '../../core/corpus/types.js';
import type { ReaderRoute } from './readerRoute.js';
import type { TextDecoration } from './textDecorations.js';

/** What every reader feature gets to work with. */
export interface ReaderContext {
  document: CorpusDocument;
  route: ReaderRoute;
  /** The section currently in view. */
  activeSectionId: string | null;
  /** The article element holding the text, for selections and scrolling. */
  articleRef: RefObject<HTMLElement | null>;
  /** True when the user's data cannot be saved here: features then offer nothing that would create data. */
  readOnly: boolean;
}

/** A tab in the reader's side panel. */
export interface ReaderPanelTab {
  id: string;
  label: string;
  /** Shown on the tab, e.g. a count. */
  badge?: number;
  content: ReactNode;
}

/** What a feature contributes; every part is optional. */
export interface ReaderContribution {
  decorations?: readonly TextDecoration[];
  panelTab?: ReaderPanelTab;
  /** Rendered under a section's heading (theme chips). */
  sectionExtras?: (sectionId: string) => ReactNode;
  /** Rendered once over the reader (find bar, selection toolbar, popovers). */
  overlay?: ReactNode;
}
