/** The API methods that export notes: a preview with counts, a one-shot export (CLI), and jobs with progress, cancel and a native save (the dialog). */
import { z } from 'zod';
import { ApiError } from '../../common/apiError.js';
import { defineMethod } from '../api/defineMethod.js';
import type { Services } from '../api/createServices.js';
import { listAnnotations } from '../annotations/listAnnotations.js';
import { matchAnnotations } from '../annotations/matchAnnotations.js';
import { encodeBase64 } from './encodeBase64.js';
import { defaultExportFileName } from './exportFileName.js';
import { buildExportModel, ExportScopeError, type ExportModel } from './exportModel.js';
import { exportFormatSchema, exportRequestSchema, type ExportFormat, type ExportRequest } from './exportOptions.js';
import { ExportCancelledError, PdfUnavailableError, renderExport, type ExportProgress, type RenderedExport } from './renderExport.js';
import { toCsv } from './toCsv.js';
import { toHtml } from './toHtml.js';
import { toMarkdown } from './toMarkdown.js';
import { formatWebAnnotationJson } from './webAnnotationCollection.js';

/** How much of the result the dialog previews. */
const previewLength = 4000;
/** Finished jobs are forgotten after this many newer ones, so a host never piles up exports. */
const keptJobs = 8;

/** A rendered export as a JSON transport carries it. */
export interface ExportFile {
  fileName: string;
  mimeType: string;
  /** `utf8` for text formats, `base64` for docx and pdf. */
  encoding: 'utf8' | 'base64';
  content: string;
  annotationCount: number;
  notebookCount: number;
}

/** The dialog's view of a running or finished export. */
export interface ExportJobStatus {
  id: string;
  state: 'running' | 'done' | 'cancelled' | 'failed';
  progress: ExportProgress;
  fileName: string;
  /** Where it was saved (native save), once done. */
  savedPath: string | null;
  /** True when the result waits to be fetched with `takeExportResult` (browser download). */
  hasResult: boolean;
  /** The failure, when `failed`. */
  error: { code: string; params: Record<string, string | number> } | null;
}

interface Job {
  status: ExportJobStatus;
  cancelled: boolean;
  result: RenderedExport | null;
}

const jobsByHost = new WeakMap<Services, Map<string, Job>>();

function jobsOf(services: Services): Map<string, Job> {
  let jobs = jobsByHost.get(services);
  if (!jobs) {
    jobs = new Map();
    jobsByHost.set(services, jobs);
  }
  return jobs;
}

/** Builds the model from the store and corpus, running the Dutch annotation search for a filter scope. */
export async function modelFor(services: Services, request: ExportRequest): Promise<ExportModel> {
  const { store, bundle, themes, exportHost } = services;
  const annotations = listAnnotations(store.data.annotations, {});
  let matchingIds: Set<string> | undefined;
  if (request.scope.kind === 'filter' && request.scope.query.trim() !== '') {
    matchingIds = new Set(matchAnnotations(annotations, request.scope.query, (await services.searchIndex()).analyzer).map((annotation) => annotation.id));
  }
  try {
    return buildExportModel(
      {
        documents: bundle.documents,
        annotations,
        notebook: store.data.notebook,
        colorLabels: store.data.colorLabels,
        themes: themes.index.themes.map(({ id, label }) => ({ id, label })),
        documentThemes: themes.index.documents,
        corpusVersion: bundle.version,
        appVersion: exportHost.appVersion,
        now: services.now(),
        ...(matchingIds ? { matchingIds } : {}),
      },
      request,
    );
  } catch (error) {
    if (error instanceof ExportScopeError) throw error.kind === 'theme' ? new ApiError('theme-not-found', { id: error.id }) : new ApiError('document-not-found', { id: error.id });
    throw error;
  }
}

/** Renders with the host's PDF engine and yield, turning known failures into API errors. */
export async function renderFor(services: Services, model: ExportModel, format: ExportFormat, options: { isCancelled?: () => boolean; onProgress?: (progress: ExportProgress) => void } = {}): Promise<RenderedExport> {
  const { exportHost } = services;
  try {
    const renderPdf = format === 'pdf' && exportHost.pdfRenderer ? await exportHost.pdfRenderer() : undefined;
    return await renderExport(model, format, { ...options, ...(renderPdf ? { renderPdf } : {}), ...(exportHost.yieldToHost ? { yieldToHost: exportHost.yieldToHost } : {}) });
  } catch (error) {
    if (error instanceof ExportCancelledError) throw new ApiError('export-cancelled');
    if (error instanceof PdfUnavailableError) throw new ApiError('export-unavailable', { detail: error.message });
    throw error;
  }
}

/** A rendered export as JSON-safe content. */
export function toExportFile(rendered: RenderedExport): ExportFile {
  const text = typeof rendered.content === 'string';
  return {
    fileName: rendered.fileName,
    mimeType: rendered.mimeType,
    encoding: text ? 'utf8' : 'base64',
    content: typeof rendered.content === 'string' ? rendered.content : encodeBase64(rendered.content),
    annotationCount: rendered.annotationCount,
    notebookCount: rendered.notebookCount,
  };
}

function previewOf(model: ExportModel, format: ExportFormat): { preview: string; previewFormat: 'md' | 'html' | 'csv' | 'json' } {
  const previewFormat = format === 'html' || format === 'csv' || format === 'json' ? format : 'md';
  const whole = previewFormat === 'html' ? toHtml(model) : previewFormat === 'csv' ? toCsv(model) : previewFormat === 'json' ? formatWebAnnotationJson(model) : toMarkdown(model);
  return { preview: whole.length > previewLength ? `${whole.slice(0, previewLength)}\n…` : whole, previewFormat };
}

const formatInput = z.object({ request: exportRequestSchema, format: exportFormatSchema }).strict();
const jobInput = z.object({ id: z.string().min(1).max(100) }).strict();

function requireJob(services: Services, id: string): Job {
  const job = jobsOf(services).get(id);
  if (!job) throw new ApiError('export-job-not-found', { id });
  return job;
}

export const exportMethods = {
  /** What an export would hold: counts, the proposed file name and the first part (Markdown for docx and pdf). */
  previewExport: defineMethod(formatInput, async ({ request, format }, services) => {
    const model = await modelFor(services, request);
    const rendered = previewOf(model, format);
    return {
      annotationCount: model.annotations.length,
      notebookCount: model.notebook.length,
      fileName: exportName(model, format),
      canSave: services.exportHost.chooseSavePath !== undefined,
      ...rendered,
    };
  }),
  /** The whole export in one answer (the CLI, small exports): text as UTF-8, docx and pdf as base64. */
  exportNotes: defineMethod(formatInput, async ({ request, format }, services): Promise<ExportFile> => toExportFile(await renderFor(services, await modelFor(services, request), format))),
  /**
   * Starts an export on the host and answers at once with its job. `save`: the host asks where to save
   * (native dialog) and writes the file; `download`: the result waits for `takeExportResult`.
   */
  startExport: defineMethod(
    z.object({ request: exportRequestSchema, format: exportFormatSchema, destination: z.enum(['save', 'download']) }).strict(),
    async ({ request, format, destination }, services): Promise<ExportJobStatus> => {
      const { exportHost } = services;
      if (destination === 'save' && (!exportHost.chooseSavePath || !exportHost.writeFile)) throw new ApiError('export-unavailable', { detail: 'opslaan via een venster kan alleen in de desktop-app; gebruik downloaden.' });
      const model = await modelFor(services, request);
      const jobs = jobsOf(services);
      const id = services.newId();
      const job: Job = {
        status: { id, state: 'running', progress: { phase: 'render', fraction: 0 }, fileName: exportName(model, format), savedPath: null, hasResult: false, error: null },
        cancelled: false,
        result: null,
      };
      jobs.set(id, job);
      for (const old of [...jobs.keys()].slice(0, Math.max(0, jobs.size - keptJobs))) if (jobs.get(old)!.status.state !== 'running') jobs.delete(old);
      void (async () => {
        try {
          let path: string | null = null;
          if (destination === 'save') {
            path = await exportHost.chooseSavePath!(job.status.fileName, format);
            if (path === null) {
              job.status = { ...job.status, state: 'cancelled' };
              return;
            }
          }
          const rendered = await renderFor(services, model, format, { isCancelled: () => job.cancelled, onProgress: (progress) => (job.status = { ...job.status, progress }) });
          if (job.cancelled) throw new ApiError('export-cancelled');
          if (path !== null) {
            try {
              await exportHost.writeFile!(path, rendered.content);
            } catch (error) {
              throw new ApiError('export-write-failed', { path, detail: error instanceof Error ? error.message : String(error) });
            }
            job.status = { ...job.status, state: 'done', savedPath: path, progress: { phase: 'done', fraction: 1 } };
          } else {
            job.result = rendered;
            job.status = { ...job.status, state: 'done', hasResult: true, progress: { phase: 'done', fraction: 1 } };
          }
        } catch (error) {
          if (error instanceof ApiError && error.code === 'export-cancelled') job.status = { ...job.status, state: 'cancelled' };
          else job.status = { ...job.status, state: 'failed', error: error instanceof ApiError ? (error.toFailure() as ExportJobStatus['error']) : { code: 'internal', params: {} } };
        }
      })();
      return job.status;
    },
  ),
  /** Where a started export is. */
  getExportJob: defineMethod(jobInput, async ({ id }, services): Promise<ExportJobStatus> => requireJob(services, id).status),
  /** Stops a running export between two pieces; nothing is written. */
  cancelExport: defineMethod(jobInput, async ({ id }, services): Promise<ExportJobStatus> => {
    const job = requireJob(services, id);
    if (job.status.state === 'running') job.cancelled = true;
    return job.status;
  }),
  /** The finished download's content, handed over once and then forgotten. */
  takeExportResult: defineMethod(jobInput, async ({ id }, services): Promise<ExportFile> => {
    const job = requireJob(services, id);
    if (job.result === null) throw new ApiError('export-job-not-found', { id });
    const file = toExportFile(job.result);
    jobsOf(services).delete(id);
    return file;
  }),
};

function exportName(model: ExportModel, format: ExportFormat): string {
  return defaultExportFileName(model.scopeSlug, new Date(model.exportedAt), format);
}
