/** The API methods on the reader's own pages: import a file through the corpus pipeline, rename or re-file it, remove it. */
import { z } from 'zod';
import { ApiError } from '../../../common/apiError.js';
import { defineMethod } from '../../api/defineMethod.js';
import type { Services } from '../../api/createServices.js';
import { documentIdSchema } from '../../corpus/documentIdSchema.js';
import type { DocumentSummary } from '../../corpus/types.js';
import { buildImportedPage, maxPageBytes, type ImportedPage } from './importedPage.js';

function requireImported({ importedPages, findDocument }: Services, id: string): ImportedPage {
  const page = importedPages().find((candidate) => candidate.id === id);
  if (page !== undefined) return page;
  throw findDocument(id) === undefined ? new ApiError('document-not-found', { id }) : new ApiError('page-not-imported', { id });
}

const summaryOf = (services: Services, id: string): DocumentSummary => services.summaries.find((summary) => summary.id === id)!;

export const pageImportMethods = {
  /** Imports one of the reader's own pages (txt, md, html, pdf; bytes as base64) through the corpus pipeline; searchable at once. */
  importPage: defineMethod(
    z.object({ fileName: z.string().trim().min(1).max(300), data: z.string().max(Math.ceil(maxPageBytes / 3) * 4 + 4) }).strict(),
    async ({ fileName, data }, services) => {
      const { decodePageFile, bundle, tagger, now } = services;
      if (decodePageFile === undefined) throw new ApiError('pages-unavailable');
      const decoded = await decodePageFile(fileName, data);
      const page = buildImportedPage(
        { fileName, format: decoded.format, content: decoded.text, markupTitle: decoded.title, importedAt: now().toISOString() },
        { boilerplate: bundle.boilerplate, tagger, takenIds: new Set(services.documents().map((document) => document.id)) },
      );
      await services.saveImportedPages([...services.importedPages(), page]);
      return summaryOf(services, page.id);
    },
  ),
  /** Renames an imported page or files it under another region; the page is rebuilt from its stored text. */
  updateImportedPage: defineMethod(
    z.object({ id: documentIdSchema, title: z.string().trim().min(1).max(200).optional(), region: z.string().trim().max(100).optional() }).strict(),
    async ({ id, title, region }, services) => {
      const page = requireImported(services, id);
      const overrides = { ...page.overrides, ...(title === undefined ? {} : { title }), ...(region === undefined ? {} : { region }) };
      const rebuilt = buildImportedPage({ ...page, overrides }, { boilerplate: services.bundle.boilerplate, tagger: services.tagger, takenIds: new Set() });
      await services.saveImportedPages(services.importedPages().map((candidate) => (candidate.id === id ? rebuilt : candidate)));
      return summaryOf(services, id);
    },
  ),
  /** Removes an imported page; annotations on it are kept (they become orphans) and counted, so the UI can say so. */
  removeImportedPage: defineMethod(z.object({ id: documentIdSchema }).strict(), async ({ id }, services) => {
    requireImported(services, id);
    const annotationCount = services.store.data.annotations.filter((annotation) => annotation.docId === id && annotation.deleted === null).length;
    await services.saveImportedPages(services.importedPages().filter((candidate) => candidate.id !== id));
    return { id, annotationCount };
  }),
};
