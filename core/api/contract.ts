/**
 * The one API the UI talks to, derived from the methods each domain declares: the method list, their input and
 * output types, and the API object every transport serves. A method lives in its domain's `*Methods.ts` file.
 */
import type { z } from 'zod';
import { annotationMethods } from '../annotations/annotationMethods.js';
import { notebookMethods } from '../annotations/notebookMethods.js';
import { documentMethods } from '../corpus/documentMethods.js';
import { readingMethods } from '../reading/readingMethods.js';
import { routeMethods } from '../readingRoutes/routeMethods.js';
import { searchMethods } from '../search/searchMethods.js';
import { themeMethods } from '../themes/themeMethods.js';
import { layerMethods } from '../annotations/layerMethods.js';
import { pageImportMethods } from '../import/pages/pageImportMethods.js';
import { exportMethods } from '../export/exportMethods.js';

/** The per-domain method tables, each an object of `defineMethod` entries; their keys must not overlap. */
export const methodGroups = [documentMethods, readingMethods, searchMethods, annotationMethods, notebookMethods, themeMethods, routeMethods, exportMethods, layerMethods, pageImportMethods] as const;

/** Every method of the API by name. */
export const methods = {
  ...documentMethods,
  ...readingMethods,
  ...searchMethods,
  ...annotationMethods,
  ...notebookMethods,
  ...themeMethods,
  ...routeMethods,
  ...exportMethods,
  ...layerMethods,
  ...pageImportMethods,
};

type Methods = typeof methods;
export type MethodName = keyof Methods;
export const methodNames = Object.keys(methods) as MethodName[];

/** What a caller sends for method `M` (before validation). */
export type MethodInput<M extends MethodName> = z.input<Methods[M]['input']>;
/** What the handler of `M` receives (after validation). */
export type ValidatedInput<M extends MethodName> = z.output<Methods[M]['input']>;
/** What method `M` answers. */
export type MethodOutput<M extends MethodName> = Awaited<ReturnType<Methods[M]['run']>>;

/** Everything the UI can ask of the app, bound to one host's services; inputs are expected to be validated. */
export type WerkplaatsApi = { [M in MethodName]: (input: ValidatedInput<M>) => Promise<MethodOutput<M>> };

export type { AppInfo } from '../corpus/documentMethods.js';
export type { DocumentMatches, ThemedSearchResult } from '../search/searchMethods.js';
export type { ThemeOverview, ThemePage } from '../themes/themeCatalog.js';
export type { ApiFailure, ApiResult, ApiErrorCode } from '../../common/apiError.js';
