/** One notebook page (about a document, a theme, or general) that saves itself, can quote highlights with their source and open a quoted passage. */
import { ExportButton } from '../export/index.js';
import { useCallback, useEffect, useRef, useState } from 'react';
import { useEditorState, type Editor } from '@tiptap/react';
import type { Annotation } from '../../core/annotations/annotation.js';
import type { NotebookScope } from '../../core/annotations/notebookNote.js';
import type { NoteDocument } from '../../common/notes/noteDocument.js';
import { fetchApi, mutate } from '../api/queries.js';
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

function QuoteTools({ editor, highlights, citationFor }: { editor: Editor; highlights: readonly Annotation[]; citationFor: NotebookEditorProps['citationFor'] }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  const quoted = useEditorState({ editor, selector: ({ editor: current }) => quoteAtSelection(current) });
  const passage = quoted ? findQuotedAnnotation(quoted, highlights) : undefined;
  const menuRef = useRef<HTMLDivElement | null>(null);

  useEffect(() => {
    if (!open) return;
    const close = (event: Event) => {
      if (event instanceof KeyboardEvent ? event.key === 'Escape' : !menuRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', close);
    document.addEventListener('keydown', close);
    return () => {
      document.removeEventListener('pointerdown', close);
      document.removeEventListener('keydown', close);
    };
  }, [open]);

  const insert = async (annotation: Annotation) => {
    setOpen(false);
    const citation = await citationFor(annotation);
    editor.chain().focus().insertContent(citationContent(quoteOf(annotation), citation)).unsetAllMarks().run();
  };

  return (
    <>
      <div className="notebook-quote" ref={menuRef}>
        <button
          type="button"
          className="note-editor__tool note-editor__tool--text"
          aria-expanded={open}
          aria-haspopup="true"
          title={t('notes.notebook.insertQuoteHint')}
          onMouseDown={(event) => event.preventDefault()}
          onClick={() => setOpen((value) => !value)}
          data-testid="insert-quote"
        >
          <Icon name="quote" />
          {t('notes.notebook.insertQuote')}
        </button>
        {open && (
          <div className="notebook-quote__menu" role="menu" data-testid="quote-menu">
            {highlights.length === 0 && <p className="notes-empty">{t('notes.notebook.noHighlights')}</p>}
            {highlights.map((annotation) => (
              <button key={annotation.id} type="button" role="menuitem" className="notebook-quote__item" onMouseDown={(event) => event.preventDefault()} onClick={() => void insert(annotation)}>
                <Swatch color={annotation.color} size="small" />
                <span>{quoteOf(annotation)}</span>
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

function NotebookPage({ scope, title, highlights, citationFor }: NotebookEditorProps) {
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
  const toolbarExtra = useCallback((editor: Editor) => <QuoteTools editor={editor} highlights={highlights} citationFor={citationFor} />, [highlights, citationFor]);

  return (
    <section className="notebook" aria-label={title} data-testid="notebook" data-scope={key}>
      <div className="notebook__head">
        <h3 className="notes-subtitle">{title}</h3>
        <SaveStatusText status={autosave.status} />
        <ExportButton scope={scope.kind === 'document' ? { kind: 'document', docId: scope.docId } : scope.kind === 'theme' ? { kind: 'theme', themeId: scope.themeId } : { kind: 'all' }} />
      </div>
      {loaded?.key === key ? (
        <NoteEditor key={key} initial={loaded.note} onChange={autosave.schedule} label={title} toolbarExtra={toolbarExtra} testId="notebook-editor" />
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
