/** The API methods about the app and its documents: what is loaded, the library list and one whole document. */
import { z } from 'zod';
import type { StartupNotice } from '../../common/startupNotice.js';
import { defineMethod } from '../api/defineMethod.js';
import { documentIdSchema } from './documentIdSchema.js';

/** What the app tells the UI about itself at start. */
export interface AppInfo {
  /** Content hash of the loaded corpus. */
  corpusVersion: string;
  documentCount: number;
  /** True when the user's data can be read but not saved (written by a newer app, or open elsewhere). */
  readOnly: boolean;
  /** What happened at start, such as a damaged data file set aside, as codes the UI puts in words. */
  notices: StartupNotice[];
  /** True when the data is read-only because another window holds it, and the user may take it over (`takeOverData`). */
  canTakeOver: boolean;
}

export const documentMethods = {
  /** The loaded corpus and the state of the user's data. */
  getAppInfo: defineMethod(z.object({}).strict(), async (_input, { bundle, store, notices, summaries, dataAccess }): Promise<AppInfo> => ({
    corpusVersion: bundle.version,
    documentCount: summaries.length,
    readOnly: store.readOnly,
    notices: [...notices],
    canTakeOver: dataAccess?.canTakeOver() ?? false,
  })),
  /** Every document as a summary, without its body. */
  listDocuments: defineMethod(z.object({}).strict(), async (_input, { summaries }) => summaries),
  /** One whole document: metadata, sections and canonical text. */
  getDocument: defineMethod(z.object({ id: documentIdSchema }).strict(), async ({ id }, { requireDocument }) => requireDocument(id)),
};
