/** Why: every format writes the same thing, so "what is exported" is built once from the scope and grouping, and each format only lays it out. */
import { colorLabelIn } from '../../common/annotations/colors.js';
import type { Annotation } from '../annotations/annotation.js';
import { anchorAnnotations } from '../annotations/anchorAnnotations.js';
import { findPositionSelector, findQuoteSelector, type Selector } from '../../common/annotations/selectors.js';
import type { ColorLabels } from '../annotations/colorLabels.js';
import type { NotebookNote, NotebookScope } from '../annotations/notebookNote.js';
import type { NoteDocument } from '../../common/notes/noteDocument.js';
import type { CorpusDocument, DocumentKind } from '../corpus/types.js';
import type { LocalizedText } from '../themes/thesaurus.js';
import type { DocumentThemes } from '../themes/types.js';
import { formatDeepLink } from '../links/deepLink.js';
import { allIncludes, type ExportGrouping, type ExportIncludes, type ExportLanguage, type ExportRequest, type ExportScope } from './exportOptions.js';
import { exportStrings, fillTemplate, type ExportStrings } from './exportStrings.js';

/** One highlight as every format sees it: placed in the current text when possible, with its source and citation parts. */
export interface ExportAnnotation {
  id: string;
  docId: string;
  /** Title of the document, or the "unknown document" label when the corpus no longer has it. */
  documentTitle: string;
  /** The original page dump's file name, or null for a document the corpus no longer has. */
  sourceFile: string | null;
  /** The section the highlight sits in (current text), or null for an orphan. */
  sectionId: string | null;
  /** That section's heading; the lead has the "introduction" label. */
  sectionHeading: string | null;
  /** The highlighted words as stored. */
  quote: string;
  /** Where it sits in the current text, or null for an orphan. */
  start: number | null;
  end: number | null;
  color: number;
  colorLabel: string;
  /** Empty when tags are not included. */
  tags: string[];
  /** Null without a note, or when notes are not included. */
  note: NoteDocument | null;
  noteText: string;
  created: string;
  modified: string;
  /** True when the highlight could not be placed in the current text; it is exported all the same. */
  orphan: boolean;
  /** Thesaurus themes of the passages it overlaps, in thesaurus order. */
  themeIds: string[];
  /** `werkplaats://doc/<docId>#<id>`. */
  deepLink: string;
  /** The stored W3C selectors, unchanged, and the corpus version they were made against (for a lossless backup). */
  selectors: Selector[];
  corpusVersion: string;
}

/** A run of highlights under one heading: a section of a document, or a document within a theme. */
export interface ExportSubgroup {
  /** Section id, document id, or `orphans`. */
  key: string;
  /** Null for a document's lead without a heading. */
  heading: string | null;
  annotations: ExportAnnotation[];
}

/** A top-level group: one document (grouped by document) or one theme (grouped by theme). */
export interface ExportGroup {
  kind: 'document' | 'theme';
  /** Document id, theme id, or `none` for highlights without a theme. */
  key: string;
  title: string;
  subgroups: ExportSubgroup[];
}

/** A notebook page in the export. */
export interface ExportNotebookNote {
  id: string;
  scope: NotebookScope;
  /** "Algemeen", "Bij <document>", "Thema <label>". */
  title: string;
  content: NoteDocument;
  text: string;
  created: string;
  modified: string;
}

/** A source page for the reference list. */
export interface ExportSource {
  docId: string;
  title: string;
  /** Organisation behind the page: the hogeschool, the news item's origin, or the Werkplaatsen network. */
  author: string;
  /** `YYYY-MM-DD` or null. */
  published: string | null;
  kind: DocumentKind;
  sourceFile: string;
  deepLink: string;
}

/** Everything an export holds, in the order it is laid out. */
export interface ExportModel {
  language: ExportLanguage;
  strings: ExportStrings;
  /** "Aantekeningen — <scope>". */
  title: string;
  scope: ExportScope;
  /** The scope in words ("alles", the document's title, "thema Mantelzorg"). */
  scopeLabel: string;
  /** A short name of the scope for the default file name. */
  scopeSlug: string;
  grouping: ExportGrouping;
  includes: ExportIncludes;
  /** ISO time of the export. */
  exportedAt: string;
  corpusVersion: string;
  appVersion: string;
  colorLabels: ColorLabels;
  /** Every highlight once, in reading order (documents in corpus order, orphans last per document). */
  annotations: ExportAnnotation[];
  groups: ExportGroup[];
  notebook: ExportNotebookNote[];
  /** The documents cited, for the reference list, sorted as APA sorts (author, then title). */
  sources: ExportSource[];
}

/** Everything the model is built from; the caller reads it from the store and the corpus. */
export interface ExportSourceData {
  /** The corpus documents, in corpus order. */
  documents: readonly CorpusDocument[];
  /** The user's annotations; soft-deleted ones are left out here. */
  annotations: readonly Annotation[];
  notebook: readonly NotebookNote[];
  colorLabels: ColorLabels;
  /** Thesaurus themes in thesaurus order. */
  themes: readonly { id: string; label: LocalizedText }[];
  /** Theme tags per document. */
  documentThemes: readonly DocumentThemes[];
  corpusVersion: string;
  appVersion: string;
  now: Date;
  /** For a `filter` scope with search words: the ids the Dutch annotation search matched. */
  matchingIds?: ReadonlySet<string>;
}

/** An export asked for something that does not exist (an unknown document or theme). */
export class ExportScopeError extends Error {
  constructor(
    readonly kind: 'document' | 'theme',
    readonly id: string,
  ) {
    super(kind === 'theme' ? `Er is geen thema met id "${id}".` : `Er is geen document met id "${id}".`);
    this.name = 'ExportScopeError';
  }
}

const network = 'Werkplaatsen Sociaal Domein';

function sectionAt(document: CorpusDocument, offset: number): CorpusDocument['sections'][number] | undefined {
  let found: CorpusDocument['sections'][number] | undefined;
  for (const section of document.sections) {
    if (section.start <= offset) found = section;
    else break;
  }
  return found ?? document.sections[0];
}

function themesAt(entry: DocumentThemes | undefined, start: number, end: number, order: ReadonlyMap<string, number>): string[] {
  if (!entry) return [];
  const found = new Set<string>();
  for (const passage of entry.passages) {
    if (passage.start < end && passage.end > start) for (const tag of passage.themes) found.add(tag.themeId);
  }
  return [...found].sort((a, b) => (order.get(a) ?? 0) - (order.get(b) ?? 0));
}

function inScope(annotation: Annotation, themeIds: readonly string[], scope: ExportScope, matchingIds: ReadonlySet<string> | undefined): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'document':
      return annotation.docId === scope.docId;
    case 'theme':
      return themeIds.includes(scope.themeId);
    case 'tag':
      return annotation.tags.includes(scope.tag);
    case 'color':
      return annotation.color === scope.color;
    case 'filter':
      return (
        (scope.color === undefined || annotation.color === scope.color) &&
        (scope.tag === undefined || annotation.tags.includes(scope.tag)) &&
        (scope.query.trim() === '' || matchingIds === undefined || matchingIds.has(annotation.id))
      );
  }
}

function notebookInScope(note: NotebookNote, scope: ExportScope): boolean {
  if (scope.kind === 'all') return true;
  if (scope.kind === 'document') return note.scope.kind === 'document' && note.scope.docId === scope.docId;
  if (scope.kind === 'theme') return note.scope.kind === 'theme' && note.scope.themeId === scope.themeId;
  // Tag, colour and filter scopes select highlights; notebook pages carry no tag or colour.
  return false;
}

function describeScope(scope: ExportScope, data: ExportSourceData, strings: ExportStrings, language: ExportLanguage): { label: string; slug: string } {
  switch (scope.kind) {
    case 'all':
      return { label: strings.everything, slug: strings.everything };
    case 'document': {
      const document = data.documents.find((candidate) => candidate.id === scope.docId);
      return { label: document?.title ?? scope.docId, slug: scope.docId };
    }
    case 'theme': {
      const theme = data.themes.find((candidate) => candidate.id === scope.themeId);
      return { label: `${strings.themeScope} ${theme?.label[language] ?? scope.themeId}`, slug: `${strings.themeScope}-${scope.themeId}` };
    }
    case 'tag':
      return { label: `${strings.tagScope} ${scope.tag}`, slug: `${strings.tagScope}-${scope.tag}` };
    case 'color': {
      const label = data.colorLabels[scope.color] ?? String(scope.color);
      return { label: `${strings.colorScope} ${label}`, slug: `${strings.colorScope}-${label}` };
    }
    case 'filter': {
      const parts = [scope.query.trim() === '' ? strings.filterScope : fillTemplate(strings.filterWithQuery, { query: scope.query.trim() })];
      if (scope.color !== undefined) parts.push(`${strings.colorScope} ${data.colorLabels[scope.color] ?? scope.color}`);
      if (scope.tag !== undefined) parts.push(`${strings.tagScope} ${scope.tag}`);
      return { label: parts.join(', '), slug: strings.filterScope };
    }
  }
}

function authorOf(document: CorpusDocument): string {
  if (document.kind === 'news') return document.origin ?? document.hogeschool ?? network;
  return document.hogeschool ?? network;
}

/**
 * Builds the export model for `request` from `data`. Every annotation in scope appears once in
 * `annotations`; orphans are kept and marked. Throws {@link ExportScopeError} for a document or theme
 * that does not exist (a document the corpus dropped still exports when annotations refer to it).
 */
export function buildExportModel(data: ExportSourceData, request: ExportRequest): ExportModel {
  const language = request.language ?? 'nl';
  const strings = exportStrings(language);
  const grouping = request.grouping ?? 'document';
  const includes = request.includes ?? allIncludes;
  const { scope } = request;
  const live = data.annotations.filter((annotation) => annotation.deleted === null);

  if (scope.kind === 'document' && !data.documents.some((document) => document.id === scope.docId) && !live.some((annotation) => annotation.docId === scope.docId)) {
    throw new ExportScopeError('document', scope.docId);
  }
  if (scope.kind === 'theme' && !data.themes.some((theme) => theme.id === scope.themeId)) {
    throw new ExportScopeError('theme', scope.themeId);
  }

  const themeOrder = new Map(data.themes.map((theme, index) => [theme.id, index]));
  const themeEntries = new Map(data.documentThemes.map((entry) => [entry.docId, entry]));
  const documentOrder = new Map(data.documents.map((document, index) => [document.id, index]));
  const documentsById = new Map(data.documents.map((document) => [document.id, document]));

  const byDocument = new Map<string, Annotation[]>();
  for (const annotation of live) {
    const list = byDocument.get(annotation.docId);
    if (list) list.push(annotation);
    else byDocument.set(annotation.docId, [annotation]);
  }
  const documentIds = [...byDocument.keys()].sort((a, b) => (documentOrder.get(a) ?? Infinity) - (documentOrder.get(b) ?? Infinity) || a.localeCompare(b));

  const exported: ExportAnnotation[] = [];
  if (includes.highlights) {
    for (const docId of documentIds) {
      const document = documentsById.get(docId);
      const annotations = byDocument.get(docId)!;
      const placed = document ? anchorAnnotations(document, annotations) : { anchored: [], orphans: annotations };
      const orphans = [...placed.orphans].sort((a, b) => (findPositionSelector(a.selectors)?.start ?? 0) - (findPositionSelector(b.selectors)?.start ?? 0) || a.id.localeCompare(b.id));
      const rows: { annotation: Annotation; start: number | null; end: number | null }[] = [
        ...placed.anchored.map((annotation) => ({ annotation, start: annotation.start, end: annotation.end })),
        ...orphans.map((annotation) => ({ annotation, start: null, end: null })),
      ];
      for (const { annotation, start, end } of rows) {
        const themeIds = start === null || end === null ? [] : themesAt(themeEntries.get(docId), start, end, themeOrder);
        if (!inScope(annotation, themeIds, scope, data.matchingIds)) continue;
        const section = document && start !== null ? sectionAt(document, start) : undefined;
        exported.push({
          id: annotation.id,
          docId,
          documentTitle: document?.title ?? strings.unknownDocument,
          sourceFile: document?.source ?? null,
          sectionId: section?.id ?? null,
          sectionHeading: section ? (section.heading ?? strings.introduction) : null,
          quote: findQuoteSelector(annotation.selectors)?.exact ?? '',
          start,
          end,
          color: annotation.color,
          colorLabel: colorLabelIn(data.colorLabels[annotation.color] ?? String(annotation.color), annotation.color, language),
          tags: includes.tags ? [...annotation.tags] : [],
          note: includes.notes ? annotation.note : null,
          noteText: includes.notes ? annotation.noteText : '',
          created: annotation.created,
          modified: annotation.modified,
          orphan: start === null,
          themeIds,
          deepLink: formatDeepLink({ docId, fragment: annotation.id }),
          selectors: annotation.selectors,
          corpusVersion: annotation.corpusVersion,
        });
      }
    }
  }

  const groups = grouping === 'document' ? groupByDocument(exported, strings) : groupByTheme(exported, data, scope, strings, language, documentOrder);

  const notebook: ExportNotebookNote[] = includes.notebook
    ? data.notebook
        .filter((note) => note.deleted === null && notebookInScope(note, scope))
        .map((note) => ({
          id: note.id,
          scope: note.scope,
          title:
            note.scope.kind === 'general'
              ? strings.notebookGeneral
              : note.scope.kind === 'document'
                ? fillTemplate(strings.notebookDocument, { title: documentsById.get(note.scope.docId)?.title ?? note.scope.docId })
                : fillTemplate(strings.notebookTheme, { title: data.themes.find((theme) => theme.id === (note.scope as { themeId: string }).themeId)?.label[language] ?? note.scope.themeId }),
          content: note.content,
          text: note.text,
          created: note.created,
          modified: note.modified,
        }))
        .sort((a, b) => notebookRank(a.scope, documentOrder, themeOrder) - notebookRank(b.scope, documentOrder, themeOrder) || a.created.localeCompare(b.created) || a.id.localeCompare(b.id))
    : [];

  const cited = new Set(exported.map((annotation) => annotation.docId));
  for (const note of notebook) if (note.scope.kind === 'document') cited.add(note.scope.docId);
  const sources: ExportSource[] = [...cited]
    .flatMap((docId) => {
      const document = documentsById.get(docId);
      return document
        ? [{ docId, title: document.title, author: authorOf(document), published: document.published, kind: document.kind, sourceFile: document.source, deepLink: formatDeepLink({ docId, fragment: null }) }]
        : [];
    })
    .sort((a, b) => a.author.localeCompare(b.author, 'nl') || a.title.localeCompare(b.title, 'nl'));

  const { label, slug } = describeScope(scope, data, strings, language);
  return {
    language,
    strings,
    title: `${strings.notes} — ${label}`,
    scope,
    scopeLabel: label,
    scopeSlug: slug,
    grouping,
    includes,
    exportedAt: data.now.toISOString(),
    corpusVersion: data.corpusVersion,
    appVersion: data.appVersion,
    colorLabels: data.colorLabels,
    annotations: exported,
    groups,
    notebook,
    sources,
  };
}

function notebookRank(scope: NotebookScope, documentOrder: ReadonlyMap<string, number>, themeOrder: ReadonlyMap<string, number>): number {
  if (scope.kind === 'general') return -1;
  if (scope.kind === 'document') return documentOrder.get(scope.docId) ?? 1e6;
  return 2e6 + (themeOrder.get(scope.themeId) ?? 0);
}

function groupByDocument(annotations: readonly ExportAnnotation[], strings: ExportStrings): ExportGroup[] {
  const groups: ExportGroup[] = [];
  for (const annotation of annotations) {
    let group = groups.at(-1);
    if (!group || group.key !== annotation.docId) {
      group = { kind: 'document', key: annotation.docId, title: annotation.documentTitle, subgroups: [] };
      groups.push(group);
    }
    const key = annotation.orphan ? 'orphans' : annotation.sectionId!;
    let subgroup = group.subgroups.at(-1);
    if (!subgroup || subgroup.key !== key) {
      subgroup = { key, heading: annotation.orphan ? strings.orphans : annotation.sectionHeading, annotations: [] };
      group.subgroups.push(subgroup);
    }
    subgroup.annotations.push(annotation);
  }
  return groups;
}

function groupByTheme(
  annotations: readonly ExportAnnotation[],
  data: ExportSourceData,
  scope: ExportScope,
  strings: ExportStrings,
  language: ExportLanguage,
  documentOrder: ReadonlyMap<string, number>,
): ExportGroup[] {
  const themes = scope.kind === 'theme' ? data.themes.filter((theme) => theme.id === scope.themeId) : data.themes;
  const groups: ExportGroup[] = [];
  const subgroupsOf = (members: readonly ExportAnnotation[]): ExportSubgroup[] => {
    const byDocument = new Map<string, ExportSubgroup>();
    for (const annotation of members) {
      let subgroup = byDocument.get(annotation.docId);
      if (!subgroup) {
        subgroup = { key: annotation.docId, heading: annotation.documentTitle, annotations: [] };
        byDocument.set(annotation.docId, subgroup);
      }
      subgroup.annotations.push(annotation);
    }
    return [...byDocument.values()].sort((a, b) => (documentOrder.get(a.key) ?? Infinity) - (documentOrder.get(b.key) ?? Infinity));
  };
  for (const theme of themes) {
    const members = annotations.filter((annotation) => annotation.themeIds.includes(theme.id));
    if (members.length > 0) groups.push({ kind: 'theme', key: theme.id, title: theme.label[language], subgroups: subgroupsOf(members) });
  }
  const without = annotations.filter((annotation) => annotation.themeIds.length === 0);
  if (without.length > 0 && scope.kind !== 'theme') groups.push({ kind: 'theme', key: 'none', title: strings.withoutTheme, subgroups: subgroupsOf(without) });
  return groups;
}

/** How many highlights and notebook pages the model holds (each highlight once, whatever the grouping). */
export function countExport(model: ExportModel): { annotations: number; notebook: number } {
  return { annotations: model.annotations.length, notebook: model.notebook.length };
}
