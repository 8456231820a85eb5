/** The one API the UI talks to: its methods, their input schemas and result types, shared by every transport. */
import { z } from 'zod';
import type { CorpusDocument, DocumentSummary } from '../corpus/types.js';
import type { ReadingState } from '../reading/readingState.js';
import type { SearchResult } from '../search/searchQuery.js';
import { annotationInputSchemas } from '../annotations/annotationInputSchemas.js';
import type { AnnotationService } from '../annotations/annotationService.js';
import type { Annotation } from '../annotations/annotation.js';
import { themeInputSchemas, type ThemeService } from '../themes/themeService.js';

/** Largest page file that can be imported, in bytes. */
export const maxPageBytes = 20 * 1024 * 1024;

const documentId = z.string().min(1).max(200);

/** A zod schema for the input of every method; `dispatch` rejects anything else. */
export const inputSchemas = {
  getAppInfo: z.object({}).strict(),
  listDocuments: z.object({}).strict(),
  getDocument: z.object({ id: documentId }).strict(),
  /** Without `docId`: the most recently read document's state. */
  getReadingState: z.object({ docId: documentId.optional() }).strict(),
  setReadingState: z
    .object({
      docId: documentId,
      /** Offset into the document's canonical text of the first block in view. */
      offset: z.number().int().min(0).max(10_000_000),
    })
    .strict(),
  search: z
    .object({
      query: z.string().max(500),
      limit: z.number().int().min(1).max(200).optional(),
      region: z.string().min(1).max(100).optional(),
      kind: z.enum(['profile', 'news']).optional(),
      docIds: z.array(documentId).max(100).optional(),
      /** Only passages tagged with this theme. */
      themeId: z.string().min(1).max(100).optional(),
    })
    .strict(),
  findInDocument: z.object({ docId: documentId, query: z.string().max(500) }).strict(),
  searchAnnotations: z.object({ query: z.string().max(500) }).strict(),
  /** A file's bytes as base64; the decoded file may be at most `maxPageBytes`. */
  importPage: z.object({ fileName: z.string().trim().min(1).max(300), data: z.string().max(Math.ceil(maxPageBytes / 3) * 4 + 4) }).strict(),
  updateImportedPage: z
    .object({ id: documentId, title: z.string().trim().min(1).max(200).optional(), region: z.string().trim().max(100).optional() })
    .strict(),
  removeImportedPage: z.object({ id: documentId }).strict(),
  ...annotationInputSchemas,
  ...themeInputSchemas,
} as const;

export type MethodName = keyof typeof inputSchemas;
export const methodNames = Object.keys(inputSchemas) as MethodName[];
export type MethodInput<M extends MethodName> = z.infer<(typeof inputSchemas)[M]>;

/** What the app tells the UI about itself at start. */
export interface AppInfo {
  /** Content hash of the loaded corpus. */
  corpusVersion: string;
  documentCount: number;
  /** True when the user's data can be read but not saved (written by a newer app). */
  readOnly: boolean;
  /** Sentences for the user about what happened at start, such as a damaged data file set aside. */
  notices: string[];
}

/** Everything the UI can ask of the app; annotation, notebook and theme methods come from their services. */
export interface WerkplaatsApi extends AnnotationService, ThemeService {
  getAppInfo(input: MethodInput<'getAppInfo'>): Promise<AppInfo>;
  listDocuments(input: MethodInput<'listDocuments'>): Promise<DocumentSummary[]>;
  getDocument(input: MethodInput<'getDocument'>): Promise<CorpusDocument>;
  getReadingState(input: MethodInput<'getReadingState'>): Promise<ReadingState | null>;
  setReadingState(input: MethodInput<'setReadingState'>): Promise<ReadingState>;
  /** Ranked passages for a Dutch query, with highlighted snippets, facet counts and a typo correction. */
  search(input: MethodInput<'search'>): Promise<ThemedSearchResult>;
  /** Every match of a query in one document, in reading order, with the same Dutch analysis as search (for Ctrl+F). */
  findInDocument(input: MethodInput<'findInDocument'>): Promise<DocumentMatches>;
  /** The user's annotations (not deleted) whose quote, note or tags match the query, newest first. */
  searchAnnotations(input: MethodInput<'searchAnnotations'>): Promise<Annotation[]>;
  /** Imports one of the reader's own pages (txt, md, html, pdf) through the corpus pipeline; searchable at once. */
  importPage(input: MethodInput<'importPage'>): Promise<DocumentSummary>;
  /** Renames an imported page or files it under another region. */
  updateImportedPage(input: MethodInput<'updateImportedPage'>): Promise<DocumentSummary>;
  /** Removes an imported page; annotations on it are kept (as orphans) and counted. */
  removeImportedPage(input: MethodInput<'removeImportedPage'>): Promise<{ id: string; annotationCount: number }>;
}

/** A search result whose facet counts include themes: matching passages per theme id, before filters. */
export interface ThemedSearchResult extends SearchResult {
  counts: SearchResult['counts'] & { themes: Record<string, number> };
}

/** Where a query matches in one document. */
export interface DocumentMatches {
  /** Offsets in the document's canonical text, in reading order, not overlapping. */
  matches: { start: number; end: number }[];
  /** The query with unknown words corrected, or null. */
  correctedQuery: string | null;
}

export type MethodOutput<M extends MethodName> = Awaited<ReturnType<WerkplaatsApi[M]>>;

/** Why a call failed, in a form a transport can carry and a UI can act on. */
export type ApiErrorCode = 'unknown-method' | 'invalid-input' | 'not-found' | 'read-only' | 'import-refused' | 'internal';

export interface ApiFailure {
  code: ApiErrorCode;
  /** A sentence a person can read. */
  message: string;
  /** For `import-refused`: every reason, with its place in the file. */
  problems?: { place: string; message: string }[];
}

/** What every transport carries back for one call. */
export type ApiResult<T = unknown> = { ok: true; value: T } | { ok: false; error: ApiFailure };

/** Thrown by implementations for an expected failure; `dispatch` turns it into `{ok: false}`. */
export class ApiError extends Error {
  constructor(
    readonly code: ApiErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }
}

/** Name of the single Electron IPC channel that carries calls. */
export const ipcChannel = 'werkplaats:call';
