// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { useState } from 'react';
import type { ColorLabels } from '../../core/annotations/colorLabels.js';
import type { DocumentSummary } from '../../core/corpus/types.js';
import { LanguageProvider } from '../i18n/LanguageContext.js';
import { AnnotationOverview, type OverviewAnnotation } from './AnnotationOverview.js';
import { noOverviewFilters, type OverviewFilterState } from './OverviewFilters.js';

const labels: ColorLabels = ['belangrijk', 'vraag', 'definitie', 'voorbeeld', 'kritiek'];
const documents = [
  { id: 'flevoland', title: 'Werkplaats Flevoland' },
  { id: 'zwolle', title: 'Werkplaats Zwolle' },
] as unknown as DocumentSummary[];

function annotation(id: string, docId: string, quote: string, color: number, tags: string[], section: string | null, note: string | null = null): OverviewAnnotation {
  return {
    id,
    docId,
    corpusVersion: 'v',
    selectors: [{ type: 'TextQuoteSelector', exact: quote, prefix: '', suffix: '' }, { type: 'TextPositionSelector', start: 0, end: quote.length }],
    color,
    tags,
    note: note === null ? null : { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: note }] }] },
    noteText: note ?? '',
    created: '2026-11-01T10:00:00Z',
    modified: '2026-11-01T10:00:00Z',
    deleted: null,
    section,
  };
}

const all = [
  annotation('a', 'flevoland', 'Mantelzorgers verdienen steun', 0, ['zorg'], 'Aanpak', 'Gemeenten werken samen'),
  annotation('b', 'flevoland', 'Wijkteams werken samen', 1, ['wijk'], null),
  annotation('c', 'zwolle', 'Vrijwilligers in de wijk', 0, ['zorg', 'wijk'], 'Resultaten'),
];

/** The overview with its filters kept in state, as the notes view keeps them. */
function Overview({ annotations = all, results = null }: { annotations?: OverviewAnnotation[]; results?: { query: string; annotations: OverviewAnnotation[] } | null }) {
  const [filters, setFilters] = useState<OverviewFilterState>(noOverviewFilters);
  return (
    <LanguageProvider>
      <AnnotationOverview all={annotations} results={results} documents={documents} labels={labels} filters={filters} onFilters={setFilters} />
    </LanguageProvider>
  );
}

const shownIds = () => screen.queryAllByTestId('overview-annotation').map((item) => item.getAttribute('data-annotation-id'));
const card = (id: string) => screen.getAllByTestId('overview-annotation').find((item) => item.getAttribute('data-annotation-id') === id)!;

afterEach(cleanup);

describe('AnnotationOverview', () => {
  it('filters by colour, and the same colour again shows all', () => {
    render(<Overview />);
    expect(shownIds()).toEqual(['a', 'b', 'c']);
    const colour = screen.getByRole('button', { name: 'Alleen “vraag”' });
    fireEvent.click(colour);
    expect(shownIds()).toEqual(['b']);
    expect(colour.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('overview-count').textContent).toBe('1 aantekening in 1 document');
    fireEvent.click(colour);
    expect(shownIds()).toEqual(['a', 'b', 'c']);
  });

  it('filters by a tag chosen in the list, together with a colour', () => {
    render(<Overview />);
    const select = screen.getByTestId('overview-filter-tag') as HTMLSelectElement;
    expect([...select.options].map((option) => option.value)).toEqual(['', 'wijk', 'zorg']);
    fireEvent.change(select, { target: { value: 'wijk' } });
    expect(shownIds()).toEqual(['b', 'c']);
    fireEvent.click(screen.getByRole('button', { name: 'Alleen “belangrijk”' }));
    expect(shownIds()).toEqual(['c']);
  });

  it('sets the tag filter when a tag on a card is clicked', () => {
    render(<Overview />);
    fireEvent.click(within(card('c')).getByRole('button', { name: 'zorg' }));
    expect(shownIds()).toEqual(['a', 'c']);
    expect((screen.getByTestId('overview-filter-tag') as HTMLSelectElement).value).toBe('zorg');
    expect(within(card('a')).getByRole('button', { name: 'zorg' }).getAttribute('aria-pressed')).toBe('true');
    expect(within(card('a')).getByRole('button', { name: 'zorg' }).getAttribute('title')).toBe('Alleen aantekeningen met tag “zorg”');
  });

  it('narrows the search results with the filters', () => {
    const results = { query: 'samen', annotations: [{ ...all[0]!, matchedWords: ['samen'] }, { ...all[1]!, matchedWords: ['samen'] }] };
    render(<Overview results={results} />);
    expect(shownIds()).toEqual(['a', 'b']);
    fireEvent.click(screen.getByRole('button', { name: 'Alleen “belangrijk”' }));
    expect(shownIds()).toEqual(['a']);
  });

  it('says so when the filters match nothing, and clearing them shows everything again', () => {
    render(<Overview />);
    fireEvent.change(screen.getByTestId('overview-filter-tag'), { target: { value: 'wijk' } });
    fireEvent.click(screen.getByRole('button', { name: 'Alleen “kritiek”' }));
    expect(shownIds()).toEqual([]);
    expect(screen.getByTestId('overview-count').textContent).toBe('Geen van je 3 aantekeningen past bij deze filters.');
    fireEvent.click(within(screen.getByTestId('overview-no-matches')).getByRole('button', { name: 'Filters wissen' }));
    expect(shownIds()).toEqual(['a', 'b', 'c']);
    expect(screen.queryByTestId('overview-no-matches')).toBeNull();
  });

  it('shows a placeholder with a way to the library when there are no annotations', () => {
    render(<Overview annotations={[]} />);
    const empty = screen.getByTestId('overview-empty');
    expect(within(empty).getByRole('heading', { name: 'Nog geen aantekeningen' })).toBeTruthy();
    expect(within(empty).getByRole('link', { name: 'Naar de bibliotheek' }).getAttribute('href')).toBe('#/');
    expect(screen.queryByTestId('overview-filters')).toBeNull();
  });

  it('names the section of each card that has one', () => {
    render(<Overview />);
    expect(within(card('a')).getByTestId('overview-section').textContent).toBe('Sectie “Aanpak”');
    expect(within(card('b')).queryByTestId('overview-section')).toBeNull();
  });

  it('marks the words the search matched in the quote and the note', () => {
    const results = { query: 'gemeente steun', annotations: [{ ...all[0]!, matchedWords: ['steun', 'Gemeenten'] }] };
    render(<Overview results={results} />);
    const marks = [...card('a').querySelectorAll('mark')].map((mark) => [mark.textContent, mark.className]);
    expect(marks).toEqual([
      ['steun', 'search-hit__match'],
      ['Gemeenten', 'search-hit__match'],
    ]);
  });

  it('opens a card in the reader with the app\'s own icon, not an external-link arrow', () => {
    render(<Overview />);
    const open = within(card('a')).getByRole('link', { name: 'Open in de lezer' });
    expect(open.getAttribute('href')).toContain('flevoland');
    expect(open.querySelector('svg path')?.getAttribute('d')).toMatch(/^M12 6\.5/);
    expect(open.textContent).not.toMatch(/[↗→]/);
  });
});
