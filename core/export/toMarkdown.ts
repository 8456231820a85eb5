/** Why: many readers keep their notes in Obsidian; this writes the export as Markdown it reads well, with front matter, quotes, notes, tags and citations. */
import { citationParts, referenceParts } from './citation.js';
import type { ExportAnnotation, ExportModel } from './exportModel.js';
import { fillTemplate } from './exportStrings.js';
import { escapeMarkdown, noteToMarkdown } from './noteToMarkdown.js';

/**
 * A tag as an Obsidian `#tag`: letters, digits, `_`, `-` and `/` only (spaces and punctuation become `-`),
 * never only digits. Returns null when nothing usable is left; the caller then writes the tag as code.
 */
export function markdownTag(tag: string): string | null {
  const cleaned = tag
    .normalize('NFC')
    .trim()
    .replace(/[^\p{L}\p{N}_/-]+/gu, '-')
    .replace(/-{2,}/g, '-')
    .replace(/^[-/]+|[-/]+$/g, '');
  if (cleaned === '') return null;
  return /^[\p{N}/_-]+$/u.test(cleaned) ? `#_${cleaned}` : `#${cleaned}`;
}

/** A YAML scalar: JSON double-quoted strings are valid YAML. */
const yaml = (value: string | number): string => (typeof value === 'number' ? String(value) : JSON.stringify(value));

function codeSpan(text: string): string {
  const ticks = '`'.repeat(Math.max(0, ...[...text.matchAll(/`+/g)].map((match) => match[0].length)) + 1);
  return `${ticks} ${text.replace(/\n/g, ' ')} ${ticks}`;
}

function annotationMarkdown(annotation: ExportAnnotation, model: ExportModel): string {
  const { strings } = model;
  const parts: string[] = [];
  parts.push(
    escapeMarkdown(annotation.quote)
      .split('\n')
      .map((line) => (line.trim() === '' ? '>' : `> ${line}`))
      .join('\n'),
  );
  if (annotation.note !== null) {
    const note = noteToMarkdown(annotation.note);
    if (note !== '') parts.push(note);
  }
  const meta: string[] = [];
  if (annotation.tags.length > 0) meta.push(annotation.tags.map((tag) => markdownTag(tag) ?? codeSpan(tag)).join(' '));
  meta.push(`${strings.color}: ${escapeMarkdown(annotation.colorLabel)}`);
  if (annotation.orphan) meta.push(`*${strings.orphanMark}*`);
  parts.push(meta.join(' · '));
  const citation = citationParts(annotation, model);
  parts.push(
    `— *${escapeMarkdown(citation.title)}*${citation.section ? `, ${escapeMarkdown(citation.section)}` : ''}${citation.source ? `, ${escapeMarkdown(citation.source)}` : ''} · [${strings.openInApp}](<${citation.deepLink}>)`,
  );
  return parts.join('\n\n');
}

/**
 * The export as Obsidian-ready Markdown, in pieces (one per highlight, plus headings, notebook and
 * references) so a long export can report progress and be cancelled between them. Joined, they are
 * {@link toMarkdown}.
 */
export function* markdownChunks(model: ExportModel): Generator<string> {
  const { strings } = model;
  const block = (...parts: string[]) => `${parts.join('\n\n')}\n\n`;
  yield block(
    [
      '---',
      `title: ${yaml(model.title)}`,
      `date: ${model.exportedAt.slice(0, 10)}`,
      `exported: ${yaml(model.exportedAt)}`,
      `scope: ${yaml(model.scopeLabel)}`,
      `grouping: ${model.grouping}`,
      `corpus_version: ${yaml(model.corpusVersion)}`,
      `app_version: ${yaml(model.appVersion)}`,
      `annotations: ${model.annotations.length}`,
      `notebook_notes: ${model.notebook.length}`,
      '---',
    ].join('\n'),
    `# ${escapeMarkdown(model.title)}`,
    fillTemplate(strings.count, { annotations: model.annotations.length, notebook: model.notebook.length }),
  );
  if (model.includes.highlights && model.groups.length === 0) yield block(`*${strings.noHighlights}*`);
  for (const group of model.groups) {
    yield block(`## ${escapeMarkdown(group.title)}`);
    for (const subgroup of group.subgroups) {
      if (subgroup.heading !== null) yield block(`### ${escapeMarkdown(subgroup.heading)}`);
      for (const [index, annotation] of subgroup.annotations.entries()) {
        yield index < subgroup.annotations.length - 1 ? block(annotationMarkdown(annotation, model), '---') : block(annotationMarkdown(annotation, model));
      }
    }
  }
  if (model.notebook.length > 0) {
    yield block(`## ${strings.notebook}`);
    for (const note of model.notebook) {
      const body = noteToMarkdown(note.content);
      yield body === '' ? block(`### ${escapeMarkdown(note.title)}`) : block(`### ${escapeMarkdown(note.title)}`, body);
    }
  }
  if (model.sources.length > 0) {
    yield block(
      `## ${strings.references}`,
      model.sources
        .map((source) => {
          const reference = referenceParts(source, model);
          return `- ${escapeMarkdown(reference.lead)}*${escapeMarkdown(reference.title)}*${escapeMarkdown(reference.tail)} [${strings.openInApp}](<${reference.deepLink}>)`;
        })
        .join('\n'),
    );
  }
}

/** The export as Obsidian-ready Markdown: YAML front matter, groups as headings, quotes, notes, tags, citations, notebook and references. */
export function toMarkdown(model: ExportModel): string {
  return `${[...markdownChunks(model)].join('').trimEnd()}\n`;
}
