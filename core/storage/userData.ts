/** The user's private data file: its schema, its version and how older versions are brought up to date. */
import type { ReadingState } from '../reading/readingState.js';

/** Bumped with every migration; a file with a higher number was written by a newer app. */
export const currentSchemaVersion = 1;

export interface UserData {
  schemaVersion: number;
  /** Reading position per document id. */
  readingStates: Record<string, ReadingState>;
}

/** A fresh, empty data file. */
export function emptyUserData(): UserData {
  return { schemaVersion: currentSchemaVersion, readingStates: {} };
}

/** Thrown when data cannot be understood; carries a sentence for the user. */
export class UserDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserDataError';
  }
}

/**
 * Checks parsed JSON and fills defaults for missing collections, without dropping unknown fields,
 * so that a file written by a newer app loses nothing when read.
 */
export function normalizeUserData(value: unknown): UserData {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    throw new UserDataError('Het gegevensbestand bevat geen geldig object.');
  }
  const record = value as Record<string, unknown>;
  const schemaVersion = record.schemaVersion ?? currentSchemaVersion;
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1) {
    throw new UserDataError('Het gegevensbestand heeft een ongeldig schemanummer.');
  }
  const readingStates = record.readingStates ?? {};
  if (typeof readingStates !== 'object' || readingStates === null || Array.isArray(readingStates)) {
    throw new UserDataError('De leesposities in het gegevensbestand zijn beschadigd.');
  }
  return { ...record, schemaVersion, readingStates: readingStates as Record<string, ReadingState> };
}
