/** The API methods that remember where the reader left off in each document. */
import { z } from 'zod';
import { defineMethod } from '../api/defineMethod.js';
import { documentIdSchema } from '../corpus/documentIdSchema.js';
import type { ReadingState } from './readingState.js';

export const readingMethods = {
  /** The reading state of `docId`; without it, the most recently read document's state. */
  getReadingState: defineMethod(z.object({ docId: documentIdSchema.optional() }).strict(), async ({ docId }, { store, findDocument }): Promise<ReadingState | null> => {
    const states = Object.values(store.data.readingStates).filter((state) => findDocument(state.docId) !== undefined);
    if (docId !== undefined) return states.find((state) => state.docId === docId) ?? null;
    return states.reduce<ReadingState | null>((latest, state) => (latest === null || state.updatedAt > latest.updatedAt ? state : latest), null);
  }),
  /** Saves the position of the first block in view; an offset past the end is kept at the end. */
  setReadingState: defineMethod(
    z
      .object({
        docId: documentIdSchema,
        /** Offset into the document's canonical text of the first block in view. */
        offset: z.number().int().min(0).max(10_000_000),
      })
      .strict(),
    async ({ docId, offset }, { requireDocument, store, bundle, now }): Promise<ReadingState> => {
      const document = requireDocument(docId);
      const state = { docId, offset: Math.min(offset, document.text.length), corpusVersion: bundle.version, updatedAt: now().toISOString() };
      await store.update((data) => {
        data.readingStates[docId] = state;
      });
      return state;
    },
  ),
};
