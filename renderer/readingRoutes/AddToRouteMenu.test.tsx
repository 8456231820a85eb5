// @vitest-environment happy-dom
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Memory } from 'lowdb';
import { cleanup, fireEvent, render, screen, waitFor, within } from '@testing-library/react';
import { QueryClientProvider } from '@tanstack/react-query';
import { createApi } from '../../core/api/createApi.js';
import { dispatch } from '../../core/api/dispatch.js';
import type { CorpusDocument } from '../../core/corpus/types.js';
import { buildSearchIndex } from '../../core/search/searchIndex.js';
import { openUserDataStore } from '../../core/storage/userDataStore.js';
import { testLibrary } from '../../tests/support/corpusFixtures.js';
import { call } from '../api/client.js';
import { apiQuery, createQueryClient } from '../api/queries.js';
import { LanguageProvider } from '../i18n/LanguageContext.js';
import type { RouteStepTarget } from './AddToRouteMenu.js';

let AddToRouteButton: typeof import('./AddToRouteMenu.js').AddToRouteButton;
let AddToRouteHost: typeof import('./AddToRouteMenu.js').AddToRouteHost;
let document0: CorpusDocument;
let clock = 0;
let api: ReturnType<typeof createApi>;

beforeAll(async () => {
  // The real API over the test corpus, reached the way the Electron preload exposes it (the client keeps the first bridge).
  window.werkplaats = { call: (method, input) => dispatch(api, method, input) };
  ({ AddToRouteButton, AddToRouteHost } = await import('./AddToRouteMenu.js'));
});

beforeEach(async () => {
  // A fresh store per test.
  const { bundle, themes } = testLibrary();
  document0 = bundle.documents[0]!;
  let id = 0;
  api = createApi({
    bundle,
    themes,
    store: await openUserDataStore(new Memory()),
    // Each change a minute later, so "most recent first" has an order to show.
    now: () => new Date(Date.UTC(2026, 11, 1, 10, (clock += 1))),
    loadSearchIndex: async () => buildSearchIndex(bundle.documents),
    newId: () => `id-${(id += 1)}`,
  });
  localStorage.clear();
});

afterEach(cleanup);

/** A passage of the first document: its second sentence-ish stretch of text. */
function passage(): RouteStepTarget & { kind: 'passage' } {
  const start = document0.sections.find((section) => section.heading !== null)!.blocks[0]!.start;
  return { kind: 'passage', docId: document0.id, start, end: start + 40 };
}

function renderButton(target: RouteStepTarget = passage(), label?: string) {
  render(
    <QueryClientProvider client={createQueryClient()}>
      <LanguageProvider>
        <AddToRouteButton target={target} {...(label ? { label } : {})} />
        <AddToRouteHost />
      </LanguageProvider>
    </QueryClientProvider>,
  );
  return screen.getByTestId('add-to-route');
}

async function openMenu(button: HTMLElement) {
  button.focus();
  fireEvent.click(button);
  const menu = await screen.findByRole('menu');
  // Focus moves into the menu once it is placed.
  await waitFor(() => expect(menu.contains(document.activeElement)).toBe(true));
  return menu;
}

const itemNames = (menu: HTMLElement) => within(menu).getAllByRole('menuitem').map((item) => item.textContent);

describe('AddToRouteMenu', () => {
  it('lists the routes, most recently changed first, then "Nieuwe leesroute…"', async () => {
    const older = await call('createRoute', { title: 'Mantelzorg' });
    await call('createRoute', { title: 'Wijkteams' });
    await call('addRouteStep', { routeId: older.id, target: { kind: 'document', docId: document0.id } });
    const menu = await openMenu(renderButton());
    await waitFor(() => expect(itemNames(menu)).toEqual(['Mantelzorg1 stap', 'Wijkteams0 stappen', 'Nieuwe leesroute…']));
    expect(screen.getByTestId('add-to-route').getAttribute('aria-expanded')).toBe('true');
  });

  it('moves with the arrow keys, and Escape closes it and gives focus back to the button', async () => {
    await call('createRoute', { title: 'Mantelzorg' });
    const button = renderButton();
    const menu = await openMenu(button);
    await waitFor(() => expect(itemNames(menu)).toHaveLength(2));
    const [first, last] = within(menu).getAllByRole('menuitem');
    first!.focus();
    fireEvent.keyDown(first!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(last);
    fireEvent.keyDown(last!, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(first);
    fireEvent.keyDown(first!, { key: 'End' });
    expect(document.activeElement).toBe(last);
    fireEvent.keyDown(last!, { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('menu')).toBeNull());
    await waitFor(() => expect(document.activeElement).toBe(button));
    expect(button.getAttribute('aria-expanded')).toBe('false');
  });

  it('adds the passage to the chosen route with quote and position selectors, and says which step it became', async () => {
    const route = await call('createRoute', { title: 'Mantelzorg' });
    await call('addRouteStep', { routeId: route.id, target: { kind: 'document', docId: document0.id } });
    const target = passage();
    const menu = await openMenu(renderButton(target));
    fireEvent.click(await within(menu).findByRole('menuitem', { name: /Mantelzorg/ }));
    const status = await screen.findByTestId('route-status');
    expect(status.textContent).toContain('Toegevoegd aan “Mantelzorg” — stap 2');
    expect(within(status).getByRole('link', { name: 'Leesroute openen' }).getAttribute('href')).toBe(`#/route/${route.id}`);
    expect(screen.queryByRole('menu')).toBeNull();
    const { route: saved } = await call('getRoute', { id: route.id });
    expect(saved.steps[1]!.target).toEqual({
      kind: 'passage',
      docId: document0.id,
      selectors: expect.arrayContaining([
        expect.objectContaining({ type: 'TextQuoteSelector', exact: document0.text.slice(target.start, target.end) }),
        { type: 'TextPositionSelector', start: target.start, end: target.end },
      ]),
    });
  });

  it('makes a new route from "Nieuwe leesroute…", adds the step as its first, and shows it at the top next time', async () => {
    await call('createRoute', { title: 'Oud' });
    const section = document0.sections.find((candidate) => candidate.heading !== null)!;
    const button = renderButton({ kind: 'section', docId: document0.id, sectionId: section.id }, 'Sectie toevoegen aan leesroute');
    let menu = await openMenu(button);
    fireEvent.click(await within(menu).findByRole('menuitem', { name: 'Nieuwe leesroute…' }));
    const title = await screen.findByRole('textbox', { name: 'Titel' });
    await waitFor(() => expect(document.activeElement).toBe(title));
    fireEvent.change(title, { target: { value: 'Wijkteams in de praktijk' } });
    fireEvent.click(screen.getByRole('button', { name: 'Maken en toevoegen' }));
    expect((await screen.findByTestId('route-status')).textContent).toContain('Toegevoegd aan “Wijkteams in de praktijk” — stap 1');
    const routes = await call('listRoutes', {});
    expect(routes.map((route) => [route.title, route.steps])).toEqual([
      ['Wijkteams in de praktijk', 1],
      ['Oud', 0],
    ]);
    const { route } = await call('getRoute', { id: routes[0]!.id });
    expect(route.steps[0]!.target).toEqual({ kind: 'section', docId: document0.id, sectionId: section.id });
    // The route list was refreshed by the change: the new route comes first, with its step.
    menu = await openMenu(button);
    await waitFor(() => expect(itemNames(menu)).toEqual(['Wijkteams in de praktijk1 stap', 'Oud0 stappen', 'Nieuwe leesroute…']));
  });

  it('asks for a title instead of making a route without one', async () => {
    const menu = await openMenu(renderButton());
    fireEvent.click(await within(menu).findByRole('menuitem', { name: 'Nieuwe leesroute…' }));
    fireEvent.click(await screen.findByRole('button', { name: 'Maken en toevoegen' }));
    expect((await screen.findByRole('alert')).textContent).toBe('Geef de leesroute een titel.');
    expect(await call('listRoutes', {})).toEqual([]);
  });

  it('says in words why adding failed, and keeps the menu open', async () => {
    const route = await call('createRoute', { title: 'Mantelzorg' });
    const menu = await openMenu(renderButton({ kind: 'section', docId: document0.id, sectionId: 'no-such-section' }));
    fireEvent.click(await within(menu).findByRole('menuitem', { name: /Mantelzorg/ }));
    expect((await screen.findByRole('alert')).textContent).toMatch(/^Toevoegen lukte niet: .+/);
    expect(screen.getByRole('menu')).toBeTruthy();
    expect((await call('getRoute', { id: route.id })).route.steps).toEqual([]);
  });

  it('offers nothing where the data is read-only', async () => {
    const client = createQueryClient();
    client.setQueryData(apiQuery('getAppInfo', {}).queryKey, { corpusVersion: 'v', documentCount: 1, readOnly: true, notices: [], canTakeOver: false });
    render(
      <QueryClientProvider client={client}>
        <LanguageProvider>
          <p>Tekst</p>
          <AddToRouteButton target={passage()} />
          <AddToRouteHost />
        </LanguageProvider>
      </QueryClientProvider>,
    );
    await screen.findByText('Tekst');
    expect(screen.queryByTestId('add-to-route')).toBeNull();
  });

  it('speaks English when the app does', async () => {
    localStorage.setItem('werkplaats-language', 'en');
    const route = await call('createRoute', { title: 'Care' });
    const menu = await openMenu(renderButton());
    expect(within(menu).getByRole('menuitem', { name: 'New reading route…' })).toBeTruthy();
    fireEvent.click(await within(menu).findByRole('menuitem', { name: /Care/ }));
    expect((await screen.findByTestId('route-status')).textContent).toContain('Added to “Care” — step 1');
    expect(screen.getByRole('link', { name: 'Open the route' }).getAttribute('href')).toBe(`#/route/${route.id}`);
  });
});
