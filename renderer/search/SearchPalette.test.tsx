// @vitest-environment happy-dom
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { Memory } from 'lowdb';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import { createApi } from '../../core/api/createApi.js';
import { dispatch } from '../../core/api/dispatch.js';
import { buildSearchIndex } from '../../core/search/searchIndex.js';
import type { SearchHit } from '../../core/search/searchQuery.js';
import { openUserDataStore } from '../../core/storage/userDataStore.js';
import { testLibrary } from '../../tests/support/corpusFixtures.js';
import { createQueryClient } from '../api/queries.js';
import { LanguageProvider } from '../i18n/LanguageContext.js';
import { noFilters } from './searchFacets.js';

let SearchPalette: typeof import('./SearchPalette.js').SearchPalette;

beforeAll(async () => {
  // The real API over the test corpus, reached the way the Electron preload exposes it.
  const { bundle, themes } = testLibrary();
  const api = createApi({ bundle, themes, store: await openUserDataStore(new Memory()), now: () => new Date(), loadSearchIndex: async () => buildSearchIndex(bundle.documents), newId: () => 'id' });
  window.werkplaats = { call: (method, input) => dispatch(api, method, input) };
  ({ SearchPalette } = await import('./SearchPalette.js'));
});

afterEach(cleanup);

function renderPalette(initialQuery = '') {
  const onOpenHit = vi.fn<(hit: SearchHit, query: string) => void>();
  const onClose = vi.fn();
  render(
    <QueryClientProvider client={createQueryClient()}>
      <LanguageProvider>
        <SearchPalette initialQuery={initialQuery} initialFilters={noFilters} onChange={() => undefined} onOpenHit={onOpenHit} onClose={onClose} />
      </LanguageProvider>
    </QueryClientProvider>,
  );
  return { onOpenHit, onClose, input: screen.getByTestId('search-input') as HTMLInputElement };
}

describe('SearchPalette', () => {
  it('answers a keystroke with hits grouped per document', async () => {
    const { input } = renderPalette();
    await act(async () => fireEvent.change(input, { target: { value: 'mantelzorgers' } }));
    await waitFor(() => expect(screen.getAllByTestId('search-group').length).toBeGreaterThan(0));
    expect(screen.getByTestId('search-results').getAttribute('data-query')).toBe('mantelzorgers');
  });

  it('moves through the hits with the arrow keys and opens the chosen one with Enter', async () => {
    const { input, onOpenHit } = renderPalette('wijkteams');
    await waitFor(() => expect(screen.getAllByRole('option').length).toBeGreaterThan(1));
    const options = screen.getAllByRole('option');
    expect(input.getAttribute('aria-activedescendant')).toBe(options[0]!.id);
    fireEvent.keyDown(input, { key: 'ArrowDown' });
    expect(input.getAttribute('aria-activedescendant')).toBe(options[1]!.id);
    fireEvent.keyDown(input, { key: 'Enter' });
    expect(onOpenHit).toHaveBeenCalledTimes(1);
    expect(onOpenHit.mock.calls[0]![1]).toBe('wijkteams');
  });

  it('closes with Escape', async () => {
    const { input, onClose } = renderPalette();
    fireEvent.keyDown(input, { key: 'Escape' });
    expect(onClose).toHaveBeenCalledTimes(1);
  });
});
