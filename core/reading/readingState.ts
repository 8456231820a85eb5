/** Where a reader left off in a document, so that reopening it continues there. */
import { z } from 'zod';

export interface ReadingState {
  docId: string;
  /** Offset into the canonical text of the first block in view. */
  offset: number;
  /** Corpus version the offset refers to. */
  corpusVersion: string;
  /** ISO timestamp of the last update. */
  updatedAt: string;
}

/** The stored shape of one reading state, used to check data read from disk. Unknown fields are kept. */
export const readingStateSchema = z.looseObject({
  docId: z.string().min(1),
  offset: z.number().int().min(0),
  corpusVersion: z.string(),
  updatedAt: z.string(),
});
