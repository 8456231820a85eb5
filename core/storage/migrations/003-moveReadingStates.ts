/** Why: schema 4 keeps reading positions out of the main file, so saving a scroll position no longer rewrites every annotation. */
import type { Migration } from './migration.js';

/**
 * v3 → v4: drops `readingStates` from the main data. The host moves them into their own small file
 * (see `readingStatesOf`) before the migrated data is written, after a backup of the original.
 */
export const moveReadingStates: Migration = {
  from: 3,
  description: 'move reading positions to their own file',
  migrate(data) {
    const { readingStates: _moved, ...rest } = data;
    return { ...rest, schemaVersion: 4 };
  },
};

/** The reading positions an older (v1–v3) data object still holds, for the host to move; undefined when there are none. */
export function readingStatesOf(data: unknown): unknown {
  return typeof data === 'object' && data !== null && !Array.isArray(data) ? (data as Record<string, unknown>).readingStates : undefined;
}
