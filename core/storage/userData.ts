/** The user's private data file (reading positions live apart, see `readingStore`): its schema, its version and how older versions are brought up to date. */
import type { Annotation } from '../annotations/annotation.js';
import { defaultColorLabels, type ColorLabels } from '../annotations/colorLabels.js';
import type { NotebookNote } from '../annotations/notebookNote.js';
import type { Layer } from '../annotations/layer.js';
import type { ReadingRoute } from '../readingRoutes/readingRoute.js';
import type { RouteAnswer, RouteProgress } from '../readingRoutes/routeAnswers.js';
import { readingStatesOf } from './migrations/003-moveReadingStates.js';
import { cleanCollections, type QuarantinedRecord } from './cleanUserData.js';
import { latestSchemaVersion, migrateUserData } from './migrations/migrateUserData.js';

/** Bumped with every migration; a file with a higher number was written by a newer app. */
export const currentSchemaVersion = latestSchemaVersion;

export interface UserData {
  schemaVersion: number;
  /** Every annotation, including soft-deleted ones (kept for undo). */
  annotations: Annotation[];
  /** Notebook pages, including soft-deleted ones. */
  notebook: NotebookNote[];
  /** The reader's names for the five highlight colours. */
  colorLabels: ColorLabels;
  /** Annotation sets imported from someone else; their annotations carry the layer's id. */
  layers: Layer[];
  /** Reading routes, the user's own and imported ones. */
  routes: ReadingRoute[];
  /** The user's answers to route questions, kept apart from the routes. */
  routeAnswers: RouteAnswer[];
  /** How far the user is along each route. */
  routeProgress: RouteProgress[];
}

/** A fresh, empty data file. */
export function emptyUserData(): UserData {
  return { schemaVersion: currentSchemaVersion, annotations: [], notebook: [], colorLabels: defaultColorLabels(), layers: [], routes: [], routeAnswers: [], routeProgress: [] };
}

/** Thrown when data cannot be understood; carries a sentence for the user. */
export class UserDataError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UserDataError';
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The schema version of parsed JSON, checking that it is an object with a sensible version. */
export function readSchemaVersion(value: unknown): number {
  if (value === null) throw new UserDataError('Het gegevensbestand bevat niets (null).');
  if (!isRecord(value)) throw new UserDataError('Het gegevensbestand bevat geen geldig object.');
  const schemaVersion = value.schemaVersion ?? 1;
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1) {
    throw new UserDataError('Het gegevensbestand heeft een ongeldig schemanummer.');
  }
  return schemaVersion;
}

/** Parsed data, checked and cleaned, with what was set apart on the way. */
export interface CleanedUserData {
  data: UserData;
  /** Records that failed their checks (removed) or were cleaned (their originals); empty for a clean file. */
  quarantined: QuarantinedRecord[];
}

/**
 * Checks parsed JSON of the current or a newer schema and cleans it record by record (`cleanCollections`):
 * every valid record is kept, invalid ones are set apart, missing collections are filled in, and unknown
 * fields are kept so that a file written by a newer app loses nothing when read.
 * @throws UserDataError when the value is not a data object at all (JSON `null`, a list, a bad schema number).
 */
export function normalizeUserData(value: unknown): CleanedUserData {
  const schemaVersion = readSchemaVersion(value);
  const { fields, quarantined, ...collections } = cleanCollections(value as Record<string, unknown>);
  return { data: { ...fields, ...collections, schemaVersion } as UserData, quarantined };
}

/** Parsed JSON of any schema, migrated when older, checked and cleaned; also tells the version it had and the reading positions an older file held. */
export function upgradeUserData(value: unknown): CleanedUserData & { fromVersion: number; legacyReadingStates: unknown } {
  const fromVersion = readSchemaVersion(value);
  const migrated = fromVersion < currentSchemaVersion ? migrateUserData(value as Record<string, unknown>, fromVersion) : value;
  const legacyReadingStates = fromVersion < 4 ? readingStatesOf(value) : undefined;
  return { ...normalizeUserData(migrated), fromVersion, legacyReadingStates };
}
