/** A rich-text note editor (tiptap) limited to what notes may hold, with a small formatting bar and a safe link field. */
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { EditorContent, useEditor, useEditorState, type Editor } from '@tiptap/react';
import { Placeholder } from '@tiptap/extensions';
import type { NoteDocument } from '../../common/notes/noteDocument.js';
import { useI18n } from '../i18n/LanguageContext.js';
import { Icon } from './icons.js';
import { cleanPastedHtml, noteExtensions, normalizeHref, toNoteDocument } from './noteSchema.js';
import '../styles/prosemirror.css';

export interface NoteEditorProps {
  /** The note to start from; later changes to it are ignored (key the editor to start over). */
  initial: NoteDocument | null;
  onChange(note: NoteDocument): void;
  autoFocus?: boolean;
  label: string;
  /** A hint shown while the note is empty (drawn by CSS from a data attribute, so the CSP holds). */
  placeholder?: string;
  /** Extra buttons for the bar (the notebook's "quote a highlight"). */
  toolbarExtra?: (editor: Editor) => ReactNode;
  /** Receives the editor once it exists. */
  onReady?: (editor: Editor) => void;
  testId?: string;
}

function ToolButton({ active, label, onClick, children }: { active?: boolean; label: string; onClick(): void; children: ReactNode }) {
  return (
    <button
      type="button"
      className="note-editor__tool"
      aria-label={label}
      title={label}
      aria-pressed={active}
      // Keep the editor's selection when a button is pressed.
      onMouseDown={(event) => event.preventDefault()}
      onClick={onClick}
    >
      {children}
    </button>
  );
}

function LinkForm({ editor, onClose }: { editor: Editor; onClose(): void }) {
  const { t } = useI18n();
  const inputId = useId();
  const current = (editor.getAttributes('link').href as string | undefined) ?? '';
  const [value, setValue] = useState(current);
  const [invalid, setInvalid] = useState(false);
  const apply = () => {
    const href = normalizeHref(value);
    if (href === null) {
      setInvalid(true);
      return;
    }
    const chain = editor.chain().focus();
    if (editor.state.selection.empty && !editor.isActive('link')) {
      chain.insertContent({ type: 'text', text: href.replace(/^mailto:/, ''), marks: [{ type: 'link', attrs: { href } }] }).unsetMark('link').run();
    } else {
      chain.extendMarkRange('link').setLink({ href }).run();
    }
    onClose();
  };
  return (
    <div className="note-editor__link-form" role="group" aria-label={t('notes.editor.link')}>
      <label className="visually-hidden" htmlFor={inputId}>
        {t('notes.editor.linkUrl')}
      </label>
      <input
        id={inputId}
        className="notes-input"
        type="text"
        inputMode="url"
        autoFocus
        placeholder={t('notes.editor.linkUrl')}
        value={value}
        aria-invalid={invalid}
        aria-describedby={invalid ? `${inputId}-error` : undefined}
        onChange={(event) => {
          setValue(event.target.value);
          setInvalid(false);
        }}
        onKeyDown={(event) => {
          if (event.key === 'Enter') {
            event.preventDefault();
            apply();
          } else if (event.key === 'Escape') {
            event.preventDefault();
            event.stopPropagation();
            onClose();
            editor.commands.focus();
          }
        }}
      />
      <button type="button" className="button button--small" onClick={apply}>
        {t('notes.editor.linkApply')}
      </button>
      {current && (
        <button
          type="button"
          className="button button--small button--quiet"
          onClick={() => {
            editor.chain().focus().extendMarkRange('link').unsetLink().run();
            onClose();
          }}
        >
          {t('notes.editor.linkRemove')}
        </button>
      )}
      <button type="button" className="button button--small button--quiet" onClick={onClose}>
        {t('notes.editor.linkCancel')}
      </button>
      {invalid && (
        <p className="notes-field-error" id={`${inputId}-error`} role="alert">
          {t('notes.editor.linkInvalid')}
        </p>
      )}
    </div>
  );
}

export function NoteEditor({ initial, onChange, autoFocus, label, placeholder, toolbarExtra, onReady, testId }: NoteEditorProps) {
  const { t } = useI18n();
  const changeRef = useRef(onChange);
  changeRef.current = onChange;
  const [linkOpen, setLinkOpen] = useState(false);

  const editor = useEditor({
    // The CSP (style-src 'self') refuses an injected <style>; ProseMirror's rules ship in prosemirror.css instead.
    injectCSS: false,
    extensions: placeholder ? [...noteExtensions(), Placeholder.configure({ placeholder })] : noteExtensions(),
    content: initial ?? { type: 'doc', content: [{ type: 'paragraph' }] },
    autofocus: autoFocus ? 'end' : false,
    editorProps: {
      attributes: { class: 'note-editor__content note-content', 'aria-label': label, 'aria-multiline': 'true', role: 'textbox', spellcheck: 'true', lang: 'nl' },
      transformPastedHTML: cleanPastedHtml,
    },
    onUpdate: ({ editor: current }) => changeRef.current(toNoteDocument(current.getJSON())),
  });

  useEffect(() => {
    if (editor) onReady?.(editor);
  }, [editor, onReady]);

  const state = useEditorState({
    editor,
    selector: ({ editor: current }) => ({
      bold: current.isActive('bold'),
      italic: current.isActive('italic'),
      bulletList: current.isActive('bulletList'),
      orderedList: current.isActive('orderedList'),
      blockquote: current.isActive('blockquote'),
      link: current.isActive('link'),
      level: ([1, 2, 3] as const).find((level) => current.isActive('heading', { level })) ?? 0,
    }),
  });

  const setBlockType = (level: number) => {
    const chain = editor.chain().focus();
    if (level === 0) chain.setParagraph().run();
    else chain.setHeading({ level: level as 1 | 2 | 3 }).run();
  };

  return (
    <div className="note-editor" data-testid={testId}>
      <div className="note-editor__toolbar" role="toolbar" aria-label={t('notes.editor.toolbar')}>
        <select
          className="note-editor__select"
          aria-label={t('notes.editor.blockType')}
          value={state.level}
          onChange={(event) => setBlockType(Number(event.target.value))}
        >
          <option value={0}>{t('notes.editor.paragraph')}</option>
          {[1, 2, 3].map((level) => (
            <option key={level} value={level}>
              {t('notes.editor.heading', { level })}
            </option>
          ))}
        </select>
        <ToolButton label={t('notes.editor.bold')} active={state.bold} onClick={() => editor.chain().focus().toggleBold().run()}>
          <b>B</b>
        </ToolButton>
        <ToolButton label={t('notes.editor.italic')} active={state.italic} onClick={() => editor.chain().focus().toggleItalic().run()}>
          <i>I</i>
        </ToolButton>
        <ToolButton label={t('notes.editor.bulletList')} active={state.bulletList} onClick={() => editor.chain().focus().toggleBulletList().run()}>
          <Icon name="bullets" />
        </ToolButton>
        <ToolButton label={t('notes.editor.orderedList')} active={state.orderedList} onClick={() => editor.chain().focus().toggleOrderedList().run()}>
          <Icon name="numbers" />
        </ToolButton>
        <ToolButton label={t('notes.editor.quote')} active={state.blockquote} onClick={() => editor.chain().focus().toggleBlockquote().run()}>
          <Icon name="quote" />
        </ToolButton>
        <ToolButton label={t('notes.editor.link')} active={state.link || linkOpen} onClick={() => setLinkOpen((open) => !open)}>
          <Icon name="link" />
        </ToolButton>
        {toolbarExtra?.(editor)}
      </div>
      {linkOpen && <LinkForm editor={editor} onClose={() => setLinkOpen(false)} />}
      <EditorContent editor={editor} />
    </div>
  );
}
