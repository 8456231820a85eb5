// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import type { AnchoredAnnotation } from '../../core/annotations/anchorAnnotations.js';
import type { ColorLabels } from '../../core/annotations/colorLabels.js';
import type { CorpusDocument } from '../../core/corpus/types.js';
import { LanguageProvider } from '../i18n/LanguageContext.js';
import { AnnotationsPanel, defaultFilters, type PanelFilters } from './AnnotationsPanel.js';

const text = 'Mantelzorgers verdienen steun. Wijkteams werken samen met vrijwilligers.';
const document = { id: 'doc', title: 'Document', text, sections: [{ id: 'inleiding', heading: null, start: 0, end: text.length, blocks: [] }] } as unknown as CorpusDocument;
const labels: ColorLabels = ['belangrijk', 'vraag', 'definitie', 'voorbeeld', 'kritiek'];

function annotation(id: string, start: number, end: number, color: number, tags: string[], note: string | null, modified: string): AnchoredAnnotation {
  return {
    id,
    docId: 'doc',
    corpusVersion: 'v',
    selectors: [{ type: 'TextQuoteSelector', exact: text.slice(start, end), prefix: '', suffix: '' }, { type: 'TextPositionSelector', start, end }],
    color,
    tags,
    note: note === null ? null : { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: note }] }] },
    noteText: note ?? '',
    created: modified,
    modified,
    deleted: null,
    start,
    end,
    anchorMethod: 'position',
  };
}

const anchored = [
  annotation('a', 0, 13, 0, ['zorg'], 'Wie helpt hen?', '2026-11-01T10:00:00Z'),
  annotation('b', 31, 40, 1, [], null, '2026-11-03T10:00:00Z'),
  annotation('c', 55, 71, 0, ['zorg', 'wijk'], null, '2026-11-02T10:00:00Z'),
];

/** The panel with its filters kept in state, as the reader keeps them. */
function Panel() {
  const [filters, setFilters] = useState<PanelFilters>(defaultFilters);
  return (
    <LanguageProvider>
      <AnnotationsPanel document={document} anchored={anchored} orphans={[]} labels={labels} filters={filters} onFilters={setFilters} onShow={() => undefined} onOpenOrphan={() => undefined} onRename={() => undefined} citationFor={() => ''} />
    </LanguageProvider>
  );
}

const shownIds = () => screen.queryAllByTestId('annotation-item').map((item) => item.getAttribute('data-annotation-id'));

afterEach(cleanup);

describe('AnnotationsPanel filters', () => {
  it('lists every annotation in text order at first', () => {
    render(<Panel />);
    expect(shownIds()).toEqual(['a', 'b', 'c']);
  });

  it('filters by colour, and the same colour again shows all', () => {
    render(<Panel />);
    const colour = screen.getByRole('button', { name: 'Alleen “belangrijk”' });
    fireEvent.click(colour);
    expect(shownIds()).toEqual(['a', 'c']);
    expect(colour.getAttribute('aria-pressed')).toBe('true');
    fireEvent.click(colour);
    expect(shownIds()).toEqual(['a', 'b', 'c']);
  });

  it('filters by tag and by having a note, together', () => {
    render(<Panel />);
    fireEvent.change(screen.getByTestId('filter-tag'), { target: { value: 'zorg' } });
    expect(shownIds()).toEqual(['a', 'c']);
    fireEvent.change(screen.getByTestId('filter-note'), { target: { value: 'without' } });
    expect(shownIds()).toEqual(['c']);
  });

  it('sorts by date, newest first', () => {
    render(<Panel />);
    fireEvent.change(screen.getByTestId('filter-sort'), { target: { value: 'date' } });
    expect(shownIds()).toEqual(['b', 'c', 'a']);
  });

  it('shows each highlight with its quote', () => {
    render(<Panel />);
    const first = screen.getAllByTestId('annotation-item')[0]!;
    expect(within(first).getByText(/Mantelzorgers/)).toBeTruthy();
  });
});
