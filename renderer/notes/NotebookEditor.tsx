/** One notebook page (about a document, a theme, or general) that saves itself, can quote highlights with their source and open a quoted passage. */
import { ExportButton } from '../export/index.js';
import { useCallback, useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useEditorState, type Editor } from '@tiptap/react';
import type { Annotation } from '../../core/annotations/annotation.js';
import type { NotebookScope } from '../../core/annotations/notebookNote.js';
import type { NoteDocument } from '../../common/notes/noteDocument.js';
import { fetchApi, mutate } from '../api/queries.js';
import { moveFocusWithArrows } from '../hooks/arrowFocus.js';
import { useEscapeLayer } from '../hooks/useEscapeLayer.js';
import { useI18n } from '../i18n/LanguageContext.js';
import { documentHref } from '../reader/index.js';
import { SaveStatusText, Swatch } from './annotationControls.js';
import { quoteOf } from '../../common/annotations/selectors.js';
import { citationContent, findQuotedAnnotation } from './annotationText.js';
import { Icon } from './icons.js';
import { NoteEditor } from './NoteEditor.js';
import { asNoteInput } from './noteSchema.js';
import { useAutosave } from './useAutosave.js';

export interface NotebookEditorProps {
  scope: NotebookScope;
  title: string;
  /** Highlights the page can quote (and recognise in its quotes). */
  highlights: readonly Annotation[];
  /** The citation line for a highlight: "— title, section". */
  citationFor(annotation: Annotation): Promise<string> | string;
  /** The title of a highlight's document, named under each quote in the quote menu. */
  documentTitle(docId: string): string;
}

function scopeKey(scope: NotebookScope): string {
  return scope.kind === 'document' ? `document:${scope.docId}` : scope.kind === 'theme' ? `theme:${scope.themeId}` : 'general';
}

/** The paragraphs of the quote block the cursor is in, or null. */
function quoteAtSelection(editor: Editor): string[] | null {
  const { $from } = editor.state.selection;
  for (let depth = $from.depth; depth > 0; depth -= 1) {
    const node = $from.node(depth);
    if (node.type.name === 'blockquote') {
      const paragraphs: string[] = [];
      node.forEach((child) => paragraphs.push(child.textContent));
      return paragraphs;
    }
  }
  return null;
}

function QuoteTools({ editor, highlights, citationFor, documentTitle }: { editor: Editor; highlights: readonly Annotation[]; citationFor: NotebookEditorProps['citationFor']; documentTitle: NotebookEditorProps['documentTitle'] }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const quoted = useEditorState({ editor, selector: ({ editor: current }) => quoteAtSelection(current) });
  const passage = quoted ? findQuotedAnnotation(quoted, highlights) : undefined;
  const menuRef = useRef<HTMLDivElement | null>(null);
  const buttonRef = useRef<HTMLButtonElement | null>(null);

  // A click elsewhere closes the menu; Escape closes it (before anything around it) and focus goes back to its button.
  useEscapeLayer('menu', open, () => setOpen(false), () => buttonRef.current);
  useEffect(() => {
    if (!open) return;
    const close = (event: Event) => {
      if (!menuRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', close);
    // The menu opens with its first item focused, as a menu does.
    menuRef.current?.querySelector<HTMLElement>('[role="menuitem"]')?.focus();
    return () => document.removeEventListener('pointerdown', close);
  }, [open]);

  /** ↓ ↑ Home End move between the items, Tab leaves the menu and closes it. */
  const onMenuKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key === 'Tab') setOpen(false);
    else moveFocusWithArrows(event, '[role="menuitem"]');
  };

  const insert = async (annotation: Annotation) => {
    setOpen(false);
    const citation = await citationFor(annotation);
    editor.chain().focus().insertContent(citationContent(quoteOf(annotation), citation)).unsetAllMarks().run();
  };

  return (
    <>
      <div className="notebook-quote" ref={menuRef}>
        <button
          ref={buttonRef}
          type="button"
          className="note-editor__tool note-editor__tool--text"
          aria-expanded={open}
          aria-haspopup="menu"
          title={t('notes.notebook.insertQuoteHint')}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => setOpen((value) => !value)}
          data-testid="insert-quote"
        >
          <Icon name="quote" />
          {t('notes.notebook.insertQuote')}
        </button>
        {open && (
          <div className="notebook-quote__menu" role="menu" aria-label={t('notes.notebook.insertQuote')} data-testid="quote-menu" onKeyDown={onMenuKeyDown}>
            {highlights.length === 0 && (
              <div role="menuitem" aria-disabled="true" tabIndex={-1} className="notes-empty">
                {t('notes.notebook.noHighlights')}
              </div>
            )}
            {highlights.map((annotation) => (
              <button key={annotation.id} type="button" role="menuitem" tabIndex={-1} className="notebook-quote__item" onMouseDown={(event) => event.preventDefault()} onClick={() => void insert(annotation)}>
                <Swatch color={annotation.color} size="small" />
                <span className="notebook-quote__text">
                  <span>{quoteOf(annotation)}</span>
                  <span className="notebook-quote__source">{documentTitle(annotation.docId)}</span>
                </span>
              </button>
            ))}
          </div>
        )}
      </div>
      {passage && (
        <a className="note-editor__tool note-editor__tool--text" href={documentHref(passage.docId, { annotationId: passage.id })} data-testid="open-passage" onMouseDown={(event) => event.preventDefault()}>
          <Icon name="open" />
          {t('notes.notebook.openPassage')}
        </a>
      )}
    </>
  );
}

function NotebookPage({ scope, title, highlights, citationFor, documentTitle }: NotebookEditorProps) {
  const { t } = useI18n();
  const key = scopeKey(scope);
  const [loaded, setLoaded] = useState<{ key: string; note: NoteDocument | null } | null>(null);
  const idRef = useRef<string | undefined>(undefined);
  const scopeRef = useRef(scope);
  scopeRef.current = scope;

  useEffect(() => {
    let current = true;
    idRef.current = undefined;
    setLoaded(null);
    fetchApi('listNotebookNotes', { scope: scopeRef.current }).then(
      (notes) => {
        if (!current) return;
        idRef.current = notes[0]?.id;
        setLoaded({ key, note: notes[0]?.content ?? null });
      },
      () => current && setLoaded({ key, note: null }),
    );
    return () => {
      current = false;
    };
  }, [key]);

  const save = useCallback(async (content: NoteDocument) => {
    const note = await mutate('saveNotebookNote', { ...(idRef.current ? { id: idRef.current } : {}), scope: scopeRef.current, content: asNoteInput(content) });
    idRef.current = note.id;
  }, []);
  const autosave = useAutosave(save, 700);
  const toolbarExtra = useCallback((editor: Editor) => <QuoteTools editor={editor} highlights={highlights} citationFor={citationFor} documentTitle={documentTitle} />, [highlights, citationFor, documentTitle]);

  return (
    <section className="notebook" aria-label={title} data-testid="notebook" data-scope={key}>
      <div className="notebook__head">
        <h3 className="notes-subtitle">{title}</h3>
        <SaveStatusText status={autosave.status} />
        <ExportButton scope={scope.kind === 'document' ? { kind: 'document', docId: scope.docId } : scope.kind === 'theme' ? { kind: 'theme', themeId: scope.themeId } : { kind: 'all' }} />
      </div>
      {loaded?.key === key ? (
        <NoteEditor key={key} initial={loaded.note} onChange={autosave.schedule} label={title} placeholder={t('notes.notebook.placeholder')} toolbarExtra={toolbarExtra} testId="notebook-editor" />
      ) : (
        <p className="notes-empty">{t('notes.notebook.loading')}</p>
      )}
    </section>
  );
}

/** A fresh page per scope, so a save still pending for one scope can never land in another. */
export function NotebookEditor(props: NotebookEditorProps) {
  return <NotebookPage key={scopeKey(props.scope)} {...props} />;
}
