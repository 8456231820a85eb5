/** Why: teachers build lessons in Word, so the export is a real .docx with Word headings (the navigation pane works), a quote style, formatted notes, citations and references. */
import {
  AlignmentType,
  BorderStyle,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  LevelFormat,
  Packer,
  Paragraph,
  TextRun,
  type ParagraphChild,
} from 'docx';
import { isSafeHref } from '../../common/notes/isSafeHref.js';
import type { NoteBlock, NoteDocument, NoteInline } from '../../common/notes/noteDocument.js';
import { citationParts, referenceParts } from './citation.js';
import type { ExportAnnotation, ExportModel } from './exportModel.js';
import { fillTemplate } from './exportStrings.js';

/** Paragraph style ids the document defines; tests read them back from word/document.xml. */
export const docxStyles = { quote: 'Quote', citation: 'Citation', meta: 'ExportMeta', reference: 'Reference' } as const;

const quoteBorder = ['C9A800', '3F9B4D', '3A78C9', 'C2508A', '7A5CC7'];
const quoteShade = ['FFF0A6', 'C9F0CF', 'CFE3FF', 'F9D3E6', 'E2D6FB'];

/** Drops characters XML 1.0 cannot hold, so no note can make the file unreadable. */
export function xmlSafe(text: string): string {
  return text.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '').replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

/** Text with its line breaks as Word breaks. */
export function runs(text: string, options: { bold?: boolean; italics?: boolean; style?: string } = {}): TextRun[] {
  return xmlSafe(text)
    .split('\n')
    .map((line, index) => new TextRun({ text: line, ...options, ...(index > 0 ? { break: 1 } : {}) }));
}

function link(text: string, href: string): ExternalHyperlink {
  return new ExternalHyperlink({ link: href, children: [new TextRun({ text: xmlSafe(text), style: 'Hyperlink' })] });
}

/** Builds paragraphs for notes, tracking which numbered lists it needs. */
export class NoteWriter {
  /** `start` values of ordered lists, each its own numbering reference. */
  readonly orderedStarts = new Set<number>();
  private listInstance = 0;

  inline(content: readonly NoteInline[] | undefined): ParagraphChild[] {
    const children: ParagraphChild[] = [];
    for (const node of content ?? []) {
      if (node.type === 'hardBreak') {
        children.push(new TextRun({ text: '', break: 1 }));
        continue;
      }
      const marks = new Set((node.marks ?? []).map((mark) => mark.type));
      const href = node.marks?.find((mark) => mark.type === 'link')?.attrs.href;
      const options = { ...(marks.has('bold') ? { bold: true } : {}), ...(marks.has('italic') ? { italics: true } : {}) };
      if (href !== undefined && isSafeHref(href)) children.push(new ExternalHyperlink({ link: href, children: [new TextRun({ text: xmlSafe(node.text), style: 'Hyperlink', ...options })] }));
      else children.push(...runs(node.text, options));
    }
    return children;
  }

  blocks(blocks: readonly NoteBlock[], depth = 0, indentLeft = 0): Paragraph[] {
    return blocks.flatMap((block) => this.block(block, depth, indentLeft));
  }

  private block(block: NoteBlock, depth: number, indentLeft: number): Paragraph[] {
    const indent = indentLeft > 0 ? { indent: { left: indentLeft } } : {};
    switch (block.type) {
      case 'paragraph':
        return [new Paragraph({ children: this.inline(block.content), ...indent })];
      case 'heading': {
        const level = block.attrs.level === 1 ? HeadingLevel.HEADING_4 : block.attrs.level === 2 ? HeadingLevel.HEADING_5 : HeadingLevel.HEADING_6;
        return [new Paragraph({ heading: level, children: this.inline(block.content) })];
      }
      case 'bulletList':
      case 'orderedList': {
        const start = block.type === 'orderedList' ? (block.attrs?.start ?? 1) : 0;
        if (block.type === 'orderedList') this.orderedStarts.add(start);
        const reference = block.type === 'orderedList' ? `ordered-${start}` : 'bullets';
        this.listInstance += 1;
        const instance = this.listInstance;
        return block.content.flatMap((item) =>
          item.content.flatMap((child, index) =>
            child.type === 'paragraph' && index === 0
              ? [new Paragraph({ children: this.inline(child.content), numbering: { reference, level: Math.min(depth, 8), instance } })]
              : this.block(child, depth + 1, (depth + 1) * 720),
          ),
        );
      }
      case 'blockquote':
        return this.blocks(block.content, depth, indentLeft + 567);
      default:
        return [];
    }
  }
}

function annotationParagraphs(annotation: ExportAnnotation, model: ExportModel, notes: NoteWriter): Paragraph[] {
  const { strings } = model;
  const paragraphs: Paragraph[] = [
    new Paragraph({
      style: docxStyles.quote,
      children: runs(annotation.quote),
      border: { left: { style: BorderStyle.SINGLE, size: 18, color: quoteBorder[annotation.color] ?? quoteBorder[0]!, space: 8 } },
      shading: { type: 'clear', color: 'auto', fill: quoteShade[annotation.color] ?? quoteShade[0]! },
    }),
  ];
  if (annotation.note !== null) paragraphs.push(...notes.blocks(annotation.note.content));
  const meta: ParagraphChild[] = [];
  if (annotation.tags.length > 0) meta.push(...runs(`${annotation.tags.map((tag) => `#${tag}`).join('  ')}   `));
  meta.push(...runs(`${strings.color}: ${annotation.colorLabel}`));
  if (annotation.orphan) meta.push(...runs(` · ${strings.orphanMark}`, { bold: true }));
  paragraphs.push(new Paragraph({ style: docxStyles.meta, children: meta }));
  const citation = citationParts(annotation, model);
  paragraphs.push(
    new Paragraph({
      style: docxStyles.citation,
      children: [
        ...runs('— '),
        ...runs(citation.title, { italics: true }),
        ...runs(`${citation.section ? `, ${citation.section}` : ''}${citation.source ? `, ${citation.source}` : ''} · `),
        link(strings.openInApp, citation.deepLink),
      ],
    }),
  );
  return paragraphs;
}

function noteDocumentParagraphs(note: NoteDocument, notes: NoteWriter): Paragraph[] {
  return notes.blocks(note.content);
}

/** Wraps `body` in a Word document with the export's styles and the numbering its notes' lists need. */
export async function packDocx({ title, description, body, notes }: { title: string; description: string; body: Paragraph[]; notes: NoteWriter }): Promise<Uint8Array> {
  const listLevels = (format: (typeof LevelFormat)[keyof typeof LevelFormat], start: number) =>
    Array.from({ length: 9 }, (_, level) => ({
      level,
      format,
      start,
      text: format === LevelFormat.BULLET ? ['•', '◦', '▪'][level % 3]! : `%${level + 1}.`,
      alignment: AlignmentType.LEFT,
      style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
    }));

  const document = new Document({
    creator: 'Werkplaats Reader',
    title: xmlSafe(title),
    description: xmlSafe(description),
    styles: {
      default: { document: { run: { font: 'Cambria', size: 22 } } },
      paragraphStyles: [
        {
          id: docxStyles.quote,
          name: 'Quote',
          basedOn: 'Normal',
          next: 'Normal',
          quickFormat: true,
          run: { italics: true, color: '2B2F33' },
          paragraph: { indent: { left: 567, right: 567 }, spacing: { before: 240, after: 120 } },
        },
        { id: docxStyles.citation, name: 'Citation', basedOn: 'Normal', next: 'Normal', quickFormat: true, run: { size: 18, color: '545B63' }, paragraph: { spacing: { before: 60, after: 240 } } },
        { id: docxStyles.meta, name: 'Export meta', basedOn: 'Normal', next: 'Normal', run: { size: 18, color: '545B63' }, paragraph: { spacing: { after: 60 } } },
        { id: docxStyles.reference, name: 'Reference', basedOn: 'Normal', next: 'Normal', paragraph: { indent: { left: 720, hanging: 720 }, spacing: { after: 120 } } },
      ],
    },
    numbering: {
      config: [
        { reference: 'bullets', levels: listLevels(LevelFormat.BULLET, 1) },
        ...[...notes.orderedStarts].map((start) => ({ reference: `ordered-${start}`, levels: listLevels(LevelFormat.DECIMAL, start) })),
      ],
    },
    sections: [{ children: body }],
  });
  return new Uint8Array(await Packer.toArrayBuffer(document));
}

/** The export as a Word document (.docx bytes). */
export async function toDocx(model: ExportModel): Promise<Uint8Array> {
  const { strings } = model;
  const notes = new NoteWriter();
  const body: Paragraph[] = [
    new Paragraph({ heading: HeadingLevel.TITLE, children: runs(model.title) }),
    new Paragraph({ style: docxStyles.meta, children: runs(fillTemplate(strings.count, { annotations: model.annotations.length, notebook: model.notebook.length })) }),
    new Paragraph({
      style: docxStyles.meta,
      children: runs(`${strings.scope}: ${model.scopeLabel}\n${strings.exported}: ${model.exportedAt.slice(0, 10)}\n${strings.corpusVersion}: ${model.corpusVersion}\n${strings.appVersion}: ${model.appVersion}`),
    }),
  ];
  if (model.includes.highlights && model.groups.length === 0) body.push(new Paragraph({ children: runs(strings.noHighlights, { italics: true }) }));
  for (const group of model.groups) {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: runs(group.title) }));
    for (const subgroup of group.subgroups) {
      if (subgroup.heading !== null) body.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: runs(subgroup.heading) }));
      for (const annotation of subgroup.annotations) body.push(...annotationParagraphs(annotation, model, notes));
    }
  }
  if (model.notebook.length > 0) {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: runs(strings.notebook) }));
    for (const note of model.notebook) {
      body.push(new Paragraph({ heading: HeadingLevel.HEADING_2, children: runs(note.title) }));
      body.push(...noteDocumentParagraphs(note.content, notes));
    }
  }
  if (model.sources.length > 0) {
    body.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: runs(strings.references) }));
    for (const source of model.sources) {
      const reference = referenceParts(source, model);
      body.push(new Paragraph({ style: docxStyles.reference, children: [...runs(reference.lead), ...runs(reference.title, { italics: true }), ...runs(`${reference.tail} `), link(strings.openInApp, reference.deepLink)] }));
    }
  }

  return packDocx({ title: model.title, description: model.scopeLabel, body, notes });
}
