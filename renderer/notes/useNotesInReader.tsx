/** The annotation feature in the reader: highlights, the selection toolbar, notes and the annotations panel. */
import type { ReaderContext, ReaderContribution } from '../reader/readerFeature.js';

export function useNotesInReader(_context: ReaderContext | null): ReaderContribution {
  return {};
}
