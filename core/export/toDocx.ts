/** Why: teachers build lessons in Word, so the export is a real .docx with Word headings (the navigation pane works), a quote style, formatted notes, citations and references. */
import { isSafeHref } from '../../common/notes/isSafeHref.js';
import type { NoteBlock, NoteInline } from '../../common/notes/noteDocument.js';
import { citationParts, referenceParts } from './citation.js';
import type { ExportAnnotation, ExportModel } from './exportModel.js';
import { fillTemplate } from './exportStrings.js';
import { WordWriter, wordStyles, type WordInline, type WordText } from './wordDocument.js';

const quoteBorder = ['C9A800', '3F9B4D', '3A78C9', 'C2508A', '7A5CC7'];
const quoteShade = ['FFF0A6', 'C9F0CF', 'CFE3FF', 'F9D3E6', 'E2D6FB'];

/** Plain text as one run (its line breaks become Word breaks). */
export function text(value: string, options: Omit<WordText, 'text'> = {}): WordText {
  return { text: value, ...options };
}

/** Writes rich-text notes (tiptap JSON) as Word paragraphs: headings, bold, italic, safe links, nested lists, quotes. */
export class NoteWriter {
  constructor(private readonly word: WordWriter) {}

  inline(content: readonly NoteInline[] | undefined): WordInline[] {
    const inlines: WordInline[] = [];
    for (const node of content ?? []) {
      if (node.type === 'hardBreak') {
        inlines.push(text('\n'));
        continue;
      }
      const marks = new Set((node.marks ?? []).map((mark) => mark.type));
      const href = node.marks?.find((mark) => mark.type === 'link')?.attrs.href;
      const run = text(node.text, { bold: marks.has('bold'), italics: marks.has('italic') });
      inlines.push(href !== undefined && isSafeHref(href) ? { href, runs: [run] } : run);
    }
    return inlines;
  }

  blocks(blocks: readonly NoteBlock[], depth = 0, indentLeft = 0): void {
    for (const block of blocks) this.block(block, depth, indentLeft);
  }

  private block(block: NoteBlock, depth: number, indentLeft: number): void {
    switch (block.type) {
      case 'paragraph':
        this.word.paragraph({ inlines: this.inline(block.content), indentLeft });
        return;
      case 'heading':
        // A note's headings sit below the export's own (title, document, section), so they start at level 4.
        this.word.paragraph({ style: { heading: block.attrs.level === 1 ? 4 : block.attrs.level === 2 ? 5 : 6 }, inlines: this.inline(block.content) });
        return;
      case 'bulletList':
      case 'orderedList': {
        const level = Math.min(depth, 8);
        const list = this.word.list(block.type === 'orderedList' ? { start: block.attrs?.start ?? 1 } : 'bullet', level);
        for (const item of block.content) {
          item.content.forEach((child, index) => {
            if (child.type === 'paragraph' && index === 0) this.word.paragraph({ inlines: this.inline(child.content), list: { id: list, level } });
            else this.block(child, depth + 1, (depth + 1) * 720);
          });
        }
        return;
      }
      case 'blockquote':
        this.blocks(block.content, depth, indentLeft + 567);
        return;
      default:
        return;
    }
  }
}

function writeAnnotation(word: WordWriter, annotation: ExportAnnotation, model: ExportModel, notes: NoteWriter): void {
  const { strings } = model;
  word.paragraph({ style: wordStyles.quote, inlines: [text(annotation.quote)], bar: { color: quoteBorder[annotation.color] ?? quoteBorder[0]!, fill: quoteShade[annotation.color] ?? quoteShade[0]! } });
  if (annotation.note !== null) notes.blocks(annotation.note.content);
  const meta: WordInline[] = [];
  if (annotation.tags.length > 0) meta.push(text(`${annotation.tags.map((tag) => `#${tag}`).join('  ')}   `));
  meta.push(text(`${strings.color}: ${annotation.colorLabel}`));
  if (annotation.orphan) meta.push(text(` · ${strings.orphanMark}`, { bold: true }));
  word.paragraph({ style: wordStyles.meta, inlines: meta });
  const citation = citationParts(annotation, model);
  word.paragraph({
    style: wordStyles.citation,
    inlines: [
      text('— '),
      text(citation.title, { italics: true }),
      text(`${citation.section ? `, ${citation.section}` : ''}${citation.source ? `, ${citation.source}` : ''} · `),
      { href: citation.deepLink, runs: [text(strings.openInApp)] },
    ],
  });
}

/** The export as a Word document (.docx bytes). */
export async function toDocx(model: ExportModel): Promise<Uint8Array> {
  const { strings } = model;
  const word = new WordWriter();
  const notes = new NoteWriter(word);
  word.paragraph({ style: wordStyles.title, inlines: [text(model.title)] });
  word.paragraph({ style: wordStyles.meta, inlines: [text(fillTemplate(strings.count, { annotations: model.annotations.length, notebook: model.notebook.length }))] });
  word.paragraph({
    style: wordStyles.meta,
    inlines: [text(`${strings.scope}: ${model.scopeLabel}\n${strings.exported}: ${model.exportedAt.slice(0, 10)}\n${strings.corpusVersion}: ${model.corpusVersion}\n${strings.appVersion}: ${model.appVersion}`)],
  });
  if (model.includes.highlights && model.groups.length === 0) word.paragraph({ inlines: [text(strings.noHighlights, { italics: true })] });
  for (const group of model.groups) {
    word.paragraph({ style: { heading: 1 }, inlines: [text(group.title)] });
    for (const subgroup of group.subgroups) {
      if (subgroup.heading !== null) word.paragraph({ style: { heading: 2 }, inlines: [text(subgroup.heading)] });
      for (const annotation of subgroup.annotations) writeAnnotation(word, annotation, model, notes);
    }
  }
  if (model.notebook.length > 0) {
    word.paragraph({ style: { heading: 1 }, inlines: [text(strings.notebook)] });
    for (const note of model.notebook) {
      word.paragraph({ style: { heading: 2 }, inlines: [text(note.title)] });
      notes.blocks(note.content.content);
    }
  }
  if (model.sources.length > 0) {
    word.paragraph({ style: { heading: 1 }, inlines: [text(strings.references)] });
    for (const source of model.sources) {
      const reference = referenceParts(source, model);
      word.paragraph({ style: wordStyles.reference, inlines: [text(reference.lead), text(reference.title, { italics: true }), text(`${reference.tail} `), { href: reference.deepLink, runs: [text(strings.openInApp)] }] });
    }
  }
  return word.pack({ title: model.title, description: model.scopeLabel, created: new Date(model.exportedAt) });
}
