/** Where a reader left off in a document, so that reopening it continues there. */

export interface ReadingState {
  docId: string;
  /** Offset into the canonical text of the first block in view. */
  offset: number;
  /** Corpus version the offset refers to. */
  corpusVersion: string;
  /** ISO timestamp of the last update. */
  updatedAt: string;
}
