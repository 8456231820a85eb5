/** The search feature in the reader: highlights of an opened hit and in-document find (Ctrl+F). */
import type { ReaderContext, ReaderContribution } from '../reader/readerFeature.js';

export function useSearchInReader(_context: ReaderContext | null): ReaderContribution {
  return {};
}
