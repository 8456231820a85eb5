/** The themes feature in the reader: theme chips under headings, evidence marks and the "Zie ook" panel. */
import type { ReaderContext, ReaderContribution } from '../reader/readerFeature.js';

export function useThemesInReader(_context: ReaderContext | null): ReaderContribution {
  return {};
}
