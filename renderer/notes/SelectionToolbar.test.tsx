// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import { useRef } from 'react';
import { QueryClientProvider } from '@tanstack/react-query';
import type { ColorLabels } from '../../core/annotations/colorLabels.js';
import { apiQuery, createQueryClient } from '../api/queries.js';
import { mainContentId } from '../components/SkipLink.js';
import { LanguageProvider } from '../i18n/LanguageContext.js';
import { SelectionToolbar, type SelectionToolbarProps } from './SelectionToolbar.js';

const first = 'Mantelzorgers verdienen steun.';
const second = 'Wijkteams werken samen met vrijwilligers.';
const text = `${first}\n${second}`;
const labels: ColorLabels = ['belangrijk', 'vraag', 'definitie', 'voorbeeld', 'kritiek'];

/** The toolbar's "+ Leesroute" button reads the app info through the query cache: answered here, without a host. */
const queries = createQueryClient();
queries.setQueryData(apiQuery('getAppInfo', {}).queryKey, { corpusVersion: 'v', documentCount: 1, readOnly: false, notices: [], canTakeOver: false });

/** A reader's article as the reader renders it: blocks with offsets, text runs with their start in the canonical text. */
function Reader({ onHighlight }: { onHighlight: SelectionToolbarProps['onHighlight'] }) {
  const articleRef = useRef<HTMLElement | null>(null);
  return (
    <LanguageProvider>
      <main id={mainContentId}>
        <article ref={articleRef}>
          <div data-document-body="" tabIndex={-1}>
            <p data-offset="0" data-testid="first">
              <span data-start="0">{first}</span>
            </p>
            <p data-offset={first.length + 1} data-testid="second">
              <span data-start={first.length + 1}>{second}</span>
            </p>
          </div>
        </article>
        <QueryClientProvider client={queries}>
          <SelectionToolbar articleRef={articleRef} docId="doc" text={text} labels={labels} onHighlight={onHighlight} />
        </QueryClientProvider>
      </main>
    </LanguageProvider>
  );
}

/** Selects characters [from, to) of one text run, as a drag with the mouse would, and lets the toolbar read it. */
async function select(testId: string, from: number, to: number) {
  const node = screen.getByTestId(testId).querySelector('span')!.firstChild!;
  const range = document.createRange();
  range.setStart(node, from);
  range.setEnd(node, to);
  await act(async () => {
    const selection = window.getSelection()!;
    selection.removeAllRanges();
    selection.addRange(range);
    document.dispatchEvent(new Event('selectionchange'));
    await new Promise((resolve) => requestAnimationFrame(resolve));
  });
}

afterEach(() => {
  window.getSelection()?.removeAllRanges();
  cleanup();
});

describe('SelectionToolbar', () => {
  it('shows nothing until text is selected', () => {
    render(<Reader onHighlight={() => undefined} />);
    expect(screen.queryByRole('toolbar')).toBeNull();
  });

  it('highlights the selected words in the chosen colour, trimmed of spaces, and then goes away', async () => {
    const onHighlight = vi.fn();
    render(<Reader onHighlight={onHighlight} />);
    // "Mantelzorgers " with its trailing space: the highlight covers the word only.
    await select('first', 0, 14);
    const toolbar = await screen.findByRole('toolbar', { name: 'Aantekening maken' });
    fireEvent.click(screen.getByRole('button', { name: 'Markeer als “vraag”' }));
    expect(onHighlight).toHaveBeenCalledTimes(1);
    const [selection, color, then] = onHighlight.mock.calls[0]!;
    expect(text.slice(selection.start, selection.end)).toBe('Mantelzorgers');
    expect(color).toBe(1);
    expect(then).toBe('none');
    expect(toolbar.isConnected).toBe(false);
    expect(window.getSelection()!.isCollapsed).toBe(true);
  });

  it('maps a selection in the second paragraph to its place in the whole text', async () => {
    const onHighlight = vi.fn();
    render(<Reader onHighlight={onHighlight} />);
    await select('second', 10, 16);
    fireEvent.click(await screen.findByRole('button', { name: /^Notitie$/ }));
    const [selection, , then] = onHighlight.mock.calls[0]!;
    expect(text.slice(selection.start, selection.end)).toBe('werken');
    expect(then).toBe('note');
  });

  it('offers tags as the third way, which highlights in the first colour', async () => {
    const onHighlight = vi.fn();
    render(<Reader onHighlight={onHighlight} />);
    await select('first', 14, 23);
    fireEvent.click(await screen.findByRole('button', { name: 'Tags' }));
    expect(onHighlight.mock.calls[0]!.slice(1)).toEqual([0, 'tags']);
  });

  it('moves focus into the bar with h, and arrows move between its buttons', async () => {
    render(<Reader onHighlight={() => undefined} />);
    await select('first', 0, 13);
    await screen.findByRole('toolbar');
    fireEvent.keyDown(screen.getByTestId('first'), { key: 'h' });
    const buttons = screen.getAllByRole('button');
    expect(document.activeElement).toBe(buttons[0]);
    fireEvent.keyDown(buttons[0]!, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(buttons[1]);
    fireEvent.keyDown(buttons[1]!, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(buttons[0]);
  });

  it('does not take h away from a text field', async () => {
    render(
      <>
        <Reader onHighlight={() => undefined} />
        <input aria-label="Elders" />
      </>,
    );
    await select('first', 0, 13);
    await screen.findByRole('toolbar');
    const field = screen.getByRole('textbox', { name: 'Elders' });
    field.focus();
    fireEvent.keyDown(field, { key: 'h' });
    expect(document.activeElement).toBe(field);
  });

  it('selects the whole paragraph with the context-menu key', async () => {
    const onHighlight = vi.fn();
    render(<Reader onHighlight={onHighlight} />);
    // A caret (collapsed selection) in the second paragraph.
    await select('second', 3, 3);
    expect(screen.queryByRole('toolbar')).toBeNull();
    await act(async () => {
      fireEvent.keyDown(screen.getByTestId('second'), { key: 'ContextMenu' });
      document.dispatchEvent(new Event('selectionchange'));
      await new Promise((resolve) => requestAnimationFrame(resolve));
    });
    fireEvent.click(await screen.findByRole('button', { name: 'Markeer als “belangrijk”' }));
    const [selection] = onHighlight.mock.calls[0]!;
    expect(text.slice(selection.start, selection.end)).toBe(second);
  });

  it('drops the selection with Escape instead of leaving the document', async () => {
    const back = vi.fn();
    window.addEventListener('keydown', back);
    render(<Reader onHighlight={() => undefined} />);
    await select('first', 0, 13);
    await screen.findByRole('toolbar');
    fireEvent.keyDown(screen.getByTestId('first'), { key: 'Escape' });
    await waitFor(() => expect(screen.queryByRole('toolbar')).toBeNull());
    expect(window.getSelection()!.isCollapsed).toBe(true);
    // The Escape was taken by the toolbar: the reader's own "back" never saw it.
    expect(back).not.toHaveBeenCalled();
    window.removeEventListener('keydown', back);
  });
});
