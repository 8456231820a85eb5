// @vitest-environment happy-dom
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, cleanup, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { Annotation } from '../../core/annotations/annotation.js';
import type { ColorLabels } from '../../core/annotations/colorLabels.js';
import { mainContentId } from '../components/SkipLink.js';
import { LanguageProvider } from '../i18n/LanguageContext.js';
import { AnnotationPopover, type AnnotationPopoverProps } from './AnnotationPopover.js';

const labels: ColorLabels = ['belangrijk', 'vraag', 'definitie', 'voorbeeld', 'kritiek'];

function annotation(changes: Partial<Annotation> = {}): Annotation {
  return {
    id: 'a1',
    docId: 'doc',
    corpusVersion: 'v',
    selectors: [{ type: 'TextQuoteSelector', exact: 'Wijkteams werken samen', prefix: '', suffix: '' }, { type: 'TextPositionSelector', start: 31, end: 53 }],
    color: 2,
    tags: [],
    note: null,
    created: '2026-11-01T10:00:00Z',
    modified: '2026-11-01T10:00:00Z',
    deleted: null,
    ...changes,
  } as Annotation;
}

/** A highlight in the text and a button elsewhere on the page. */
const page = (
  <main id={mainContentId}>
    <p>
      <mark data-annotation-id="a1" tabIndex={0} data-testid="mark">
        Wijkteams werken samen
      </mark>
      <button type="button">Elders</button>
    </p>
  </main>
);

type Handlers = Pick<AnnotationPopoverProps, 'onUpdate' | 'onDelete' | 'onClose' | 'onCopy' | 'layer'>;

/** The popover opened from a mark in the text, as the reader opens it; the mark had focus. */
async function renderPopover(value: Annotation, focus: 'note' | 'tags' | null, handlers: Partial<Handlers> = {}) {
  const props = { onUpdate: vi.fn(async () => undefined), onDelete: vi.fn(), onClose: vi.fn(), ...handlers };
  const view = render(<LanguageProvider>{page}</LanguageProvider>);
  screen.getByTestId('mark').focus();
  view.rerender(
    <LanguageProvider>
      {page}
      <AnnotationPopover annotation={value} target={{ id: value.id, focus, anchor: () => document.querySelector('mark') }} labels={labels} tagSuggestions={['wijk', 'zorg']} {...props} />
    </LanguageProvider>,
  );
  // Hidden until Floating UI has placed it, as in the app.
  await screen.findByRole('dialog');
  return props;
}

afterEach(cleanup);

describe('AnnotationPopover', () => {
  it('shows the quote and the colour label, with the current colour pressed', async () => {
    await renderPopover(annotation(), null);
    const card = screen.getByRole('dialog', { name: 'Aantekening' });
    expect(card.querySelector('blockquote')?.textContent).toBe('Wijkteams werken samen');
    expect(card.textContent).toContain('definitie');
    expect(screen.getByRole('button', { name: 'Kleur wijzigen naar “definitie”' }).getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('button', { name: 'Kleur wijzigen naar “vraag”' }).getAttribute('aria-pressed')).toBe('false');
  });

  it('takes focus itself when opened just to show, so the keyboard is inside it', async () => {
    await renderPopover(annotation(), null);
    expect(document.activeElement).toBe(screen.getByRole('dialog'));
  });

  it('recolours through onUpdate with the new colour only', async () => {
    const { onUpdate } = await renderPopover(annotation(), null);
    fireEvent.click(screen.getByRole('button', { name: 'Kleur wijzigen naar “kritiek”' }));
    expect(onUpdate).toHaveBeenCalledWith('a1', { color: 4 });
  });

  it('adds a tag with Enter and removes one with its button', async () => {
    const { onUpdate } = await renderPopover(annotation({ tags: ['wijk'] }), null);
    const field = screen.getByRole('combobox', { name: 'Tag toevoegen' });
    fireEvent.change(field, { target: { value: '  samenwerking ' } });
    fireEvent.keyDown(field, { key: 'Enter' });
    expect(onUpdate).toHaveBeenLastCalledWith('a1', { tags: ['wijk', 'samenwerking'] });
    fireEvent.click(screen.getByRole('button', { name: 'Tag “wijk” verwijderen' }));
    expect(onUpdate).toHaveBeenLastCalledWith('a1', { tags: [] });
  });

  it('offers "Tag toevoegen" when there are no tags, and opens the field focused', async () => {
    await renderPopover(annotation(), null);
    expect(screen.queryByRole('combobox')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Tag toevoegen' }));
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Tag toevoegen' }));
  });

  it('opened from the toolbar\'s Tags, the tag field has focus at once', async () => {
    await renderPopover(annotation(), 'tags');
    expect(document.activeElement).toBe(screen.getByRole('combobox', { name: 'Tag toevoegen' }));
  });

  it('shows a note as text with an edit button, and an empty one as "Notitie toevoegen"', async () => {
    await renderPopover(annotation({ note: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Wie betaalt dit?' }] }] } }), null);
    expect(screen.getByRole('dialog').textContent).toContain('Wie betaalt dit?');
    expect(screen.getByRole('button', { name: 'Notitie bewerken' })).toBeTruthy();
    cleanup();
    await renderPopover(annotation(), null);
    expect(screen.getByRole('button', { name: 'Notitie toevoegen' })).toBeTruthy();
  });

  it('deletes through onDelete with its id', async () => {
    const { onDelete } = await renderPopover(annotation(), null);
    fireEvent.click(screen.getByRole('button', { name: 'Verwijderen' }));
    expect(onDelete).toHaveBeenCalledWith('a1');
  });

  it('closes with Escape, and a press outside closes it too, but a press inside does not', async () => {
    const { onClose } = await renderPopover(annotation(), null);
    fireEvent.pointerDown(screen.getByRole('dialog').querySelector('blockquote')!);
    expect(onClose).not.toHaveBeenCalled();
    fireEvent.pointerDown(screen.getByRole('button', { name: 'Elders' }));
    expect(onClose).toHaveBeenCalledTimes(1);
    await act(async () => {
      fireEvent.keyDown(screen.getByRole('dialog'), { key: 'Escape' });
    });
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(2));
  });

  it('a press on another highlight leaves the switching to the reader', async () => {
    const { onClose } = await renderPopover(annotation(), null);
    fireEvent.pointerDown(screen.getByTestId('mark'));
    expect(onClose).not.toHaveBeenCalled();
  });

  it('speaks English when English is chosen', async () => {
    localStorage.setItem('werkplaats-language', 'en');
    try {
      await renderPopover(annotation(), null);
      expect(screen.getByRole('dialog', { name: 'Annotation' })).toBeTruthy();
      expect(screen.getByRole('button', { name: 'Change colour to “definitie”' })).toBeTruthy();
    } finally {
      localStorage.removeItem('werkplaats-language');
    }
  });

  it('shows a layer’s annotation read-only with its origin, and offers a copy into the reader’s own notes', async () => {
    const layer = { id: 'l1', name: 'Docent Jansen', file: 'docent-jansen.json', importedAt: '2026-12-02T09:00:00Z', hidden: false };
    const { onCopy, onUpdate, onDelete } = await renderPopover(annotation({ tags: ['werkgroep'] }), null, { layer, onCopy: vi.fn() });
    const card = screen.getByRole('dialog');
    expect(screen.getByTestId('layer-origin').textContent).toMatch(/^Van Docent Jansen: docent-jansen\.json, geïmporteerd op .*2026/);
    expect(card.textContent).toContain('werkgroep');
    // Nothing that would change it: no colours, note editing, tag field or delete.
    expect(screen.queryByRole('button', { name: /Kleur wijzigen/ })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Notitie toevoegen' })).toBeNull();
    expect(screen.queryByRole('button', { name: 'Verwijderen' })).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: 'Kopieer naar mijn aantekeningen' }));
    expect(onCopy).toHaveBeenCalledWith('a1');
    expect(onUpdate).not.toHaveBeenCalled();
    expect(onDelete).not.toHaveBeenCalled();
  });
});
