/** Why: opening an older data file runs every migration from its version to the current one, in order. */
import { addAnnotations } from './001-addAnnotations.js';
import { addLayers } from './002-addLayers.js';
import type { Migration } from './migration.js';

/** All migrations, in order; `migrations[i].from === i + 1`. */
export const migrations: readonly Migration[] = [addAnnotations, addLayers];

/** The schema version this app writes. */
export const latestSchemaVersion = migrations.length + 1;

/**
 * Brings `data` of schema `fromVersion` up to `latestSchemaVersion` without changing the input.
 * Data already at (or beyond) the latest version is returned as is.
 */
export function migrateUserData(data: Record<string, unknown>, fromVersion: number): Record<string, unknown> {
  let current = data;
  for (const migration of migrations) {
    if (migration.from >= fromVersion) current = migration.migrate(current);
  }
  return current;
}
