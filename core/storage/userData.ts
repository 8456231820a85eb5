/** The user's private data file: its schema, its version and how older versions are brought up to date. */
import { annotationSchema, type Annotation } from '../annotations/annotation.js';
import { colorLabelsSchema, defaultColorLabels, type ColorLabels } from '../annotations/colorLabels.js';
import type { NotebookNote } from '../annotations/notebookNote.js';
import { layerSchema, type Layer } from '../annotations/layer.js';
import type { ReadingState } from '../reading/readingState.js';
import { readingRouteSchema, type ReadingRoute } from '../readingRoutes/readingRoute.js';
import { routeAnswerSchema, routeProgressSchema, type RouteAnswer, type RouteProgress } from '../readingRoutes/routeAnswers.js';
import { latestSchemaVersion, migrateUserData } from './migrations/migrateUserData.js';

/** Bumped with every migration; a file with a higher number was written by a newer app. */
export const currentSchemaVersion = latestSchemaVersion;

export interface UserData {
  schemaVersion: number;
  /** Reading position per document id. */
  readingStates: Record<string, ReadingState>;
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
  return { schemaVersion: currentSchemaVersion, readingStates: {}, annotations: [], notebook: [], colorLabels: defaultColorLabels(), layers: [], routes: [], routeAnswers: [], routeProgress: [] };
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
  if (!isRecord(value)) throw new UserDataError('Het gegevensbestand bevat geen geldig object.');
  const schemaVersion = value.schemaVersion ?? 1;
  if (typeof schemaVersion !== 'number' || !Number.isInteger(schemaVersion) || schemaVersion < 1) {
    throw new UserDataError('Het gegevensbestand heeft een ongeldig schemanummer.');
  }
  return schemaVersion;
}

/**
 * Checks parsed JSON of the current or a newer schema and fills defaults for missing collections, without
 * dropping unknown fields, so that a file written by a newer app loses nothing when read. Annotations of
 * the current schema are checked one by one; a newer file's are taken as they are.
 */
export function normalizeUserData(value: unknown): UserData {
  const schemaVersion = readSchemaVersion(value);
  const record = value as Record<string, unknown>;
  const readingStates = record.readingStates ?? {};
  if (!isRecord(readingStates)) throw new UserDataError('De leesposities in het gegevensbestand zijn beschadigd.');
  const annotations = record.annotations ?? [];
  const notebook = record.notebook ?? [];
  if (!Array.isArray(annotations)) throw new UserDataError('De aantekeningen in het gegevensbestand zijn beschadigd.');
  if (!Array.isArray(notebook)) throw new UserDataError('Het notitieboek in het gegevensbestand is beschadigd.');
  const colorLabels = record.colorLabels ?? defaultColorLabels();
  const layers = record.layers ?? [];
  if (!Array.isArray(layers)) throw new UserDataError('De geïmporteerde lagen in het gegevensbestand zijn beschadigd.');
  const routeCollections = {
    routes: { value: record.routes ?? [], schema: readingRouteSchema, damaged: 'Een leesroute in het gegevensbestand is beschadigd.' },
    routeAnswers: { value: record.routeAnswers ?? [], schema: routeAnswerSchema, damaged: 'Een antwoord bij een leesroute in het gegevensbestand is beschadigd.' },
    routeProgress: { value: record.routeProgress ?? [], schema: routeProgressSchema, damaged: 'De voortgang van een leesroute in het gegevensbestand is beschadigd.' },
  };
  for (const { value, schema, damaged } of Object.values(routeCollections)) {
    if (!Array.isArray(value)) throw new UserDataError(damaged);
    if (schemaVersion <= currentSchemaVersion && !value.every((entry: unknown) => schema.safeParse(entry).success)) throw new UserDataError(damaged);
  }
  if (schemaVersion <= currentSchemaVersion) {
    if (!annotations.every((annotation) => annotationSchema.safeParse(annotation).success)) {
      throw new UserDataError('Een aantekening in het gegevensbestand is beschadigd.');
    }
    if (!colorLabelsSchema.safeParse(colorLabels).success) throw new UserDataError('De kleurlabels in het gegevensbestand zijn beschadigd.');
    if (!layers.every((layer) => layerSchema.safeParse(layer).success)) throw new UserDataError('Een geïmporteerde laag in het gegevensbestand is beschadigd.');
  }
  return {
    ...record,
    schemaVersion,
    readingStates: readingStates as Record<string, ReadingState>,
    annotations: annotations as Annotation[],
    notebook: notebook as NotebookNote[],
    colorLabels: colorLabels as ColorLabels,
    layers: layers as Layer[],
    routes: routeCollections.routes.value as ReadingRoute[],
    routeAnswers: routeCollections.routeAnswers.value as RouteAnswer[],
    routeProgress: routeCollections.routeProgress.value as RouteProgress[],
  };
}

/** Parsed JSON of any schema, migrated when older, checked and completed; also tells the version it had. */
export function upgradeUserData(value: unknown): { data: UserData; fromVersion: number } {
  const fromVersion = readSchemaVersion(value);
  const migrated = fromVersion < currentSchemaVersion ? migrateUserData(value as Record<string, unknown>, fromVersion) : value;
  return { data: normalizeUserData(migrated), fromVersion };
}
