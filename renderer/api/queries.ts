/**
 * Why: every view reads the app through one cache (TanStack Query), keyed by method and input, so an answer is fetched
 * once, a late answer never overwrites a newer one, and every change the UI makes refreshes exactly what it touched.
 */
import { QueryClient, useQuery, type QueryKey } from '@tanstack/react-query';
import type { MethodInput, MethodName, MethodOutput } from '../../core/api/contract.js';
import { call } from './client.js';

/**
 * The corpus does not change while the app runs and the user's data changes only through `mutate` below, so answers
 * stay fresh until a mutation invalidates them; a failed load is shown at once, with a retry button, not retried.
 */
export function createQueryClient(): QueryClient {
  return new QueryClient({ defaultOptions: { queries: { staleTime: Infinity, retry: false, refetchOnWindowFocus: false, refetchOnReconnect: false } } });
}

/** The app's one cache. */
export const queryClient = createQueryClient();

/** The cache entry of one API call. */
export function apiQuery<M extends MethodName>(method: M, input: MethodInput<M>) {
  return { queryKey: [method, input] as const, queryFn: (): Promise<MethodOutput<M>> => call(method, input) };
}

/** The answer of one API call, from the cache when it has it. */
export function fetchApi<M extends MethodName>(method: M, input: MethodInput<M>, client: QueryClient = queryClient): Promise<MethodOutput<M>> {
  return client.fetchQuery(apiQuery(method, input));
}

/** A load as a view shows it: loading, its value, or the error (translated by `ErrorState`), with a retry. */
export type AsyncState<T> = (
  | { status: 'loading'; value: undefined; error: undefined }
  | { status: 'done'; value: T; error: undefined }
  | { status: 'error'; value: undefined; error: Error }
) & { reload(): void };

function asState<T>(query: ReturnType<typeof useQuery<T>>): AsyncState<T> {
  const reload = () => void query.refetch();
  if (query.status === 'success') return { status: 'done', value: query.data, error: undefined, reload };
  if (query.status === 'error') return { status: 'error', value: undefined, error: query.error, reload };
  return { status: 'loading', value: undefined, error: undefined, reload };
}

/** One API call's answer for a component; `null` as input waits (nothing to load yet). */
export function useApi<M extends MethodName>(method: M, input: MethodInput<M> | null): AsyncState<MethodOutput<M>> {
  return asState(useQuery({ ...apiQuery(method, (input ?? {}) as MethodInput<M>), enabled: input !== null }));
}

/**
 * A view's own load that combines several corpus calls (each through `fetchApi`, so cached); `key` names it in the
 * cache. Only a change of unknown reach refreshes it, so it is for the corpus, not for the user's data.
 */
export function useLoad<T>(key: QueryKey, load: () => Promise<T>, { fresh = false }: { fresh?: boolean } = {}): AsyncState<T> {
  // `fresh`: loaded again at every mount and forgotten after, for what must be read as it is at that moment.
  return asState(useQuery({ queryKey: ['view', ...key], queryFn: load, ...(fresh ? { staleTime: 0, gcTime: 0 } : {}) }));
}

const annotationReads: readonly MethodName[] = ['listAnnotations', 'getDocumentAnnotations', 'searchAnnotations'];
const notebookReads: readonly MethodName[] = ['listNotebookNotes'];

/**
 * The reads each change makes stale. A change not listed makes every read of the user's data stale (everything but
 * the corpus, which never changes), so a new method is safe before it is listed here.
 */
const staleAfter: Partial<Record<MethodName, readonly MethodName[]>> = {
  setReadingState: ['getReadingState'],
  createAnnotation: annotationReads,
  updateAnnotation: annotationReads,
  deleteAnnotation: annotationReads,
  restoreAnnotation: annotationReads,
  // A copy from someone else's layer is a new own annotation; the layer itself is unchanged.
  copyAnnotationToOwn: annotationReads,
  setLayerHidden: [...annotationReads, 'listLayers'],
  setColorLabel: ['getColorLabels'],
  saveNotebookNote: notebookReads,
  deleteNotebookNote: notebookReads,
  restoreNotebookNote: notebookReads,
};

/** Reads of the corpus alone: no change the user makes can alter their answers. */
const corpusReads = new Set<unknown>(['getAppInfo', 'listDocuments', 'getDocument', 'search', 'findInDocument', 'listThemes', 'getTheme', 'getDocumentThemes', 'getRelatedPassages', 'getThemeMap']);

/** Runs a change through the API, then marks stale what it touched, so every view showing it loads it again. */
export async function mutate<M extends MethodName>(method: M, input: MethodInput<M>, client: QueryClient = queryClient): Promise<MethodOutput<M>> {
  const value = await call(method, input);
  const touched = staleAfter[method];
  await client.invalidateQueries({
    predicate: ({ queryKey }) => {
      const [first] = queryKey;
      if (first === 'view') return touched === undefined;
      return touched === undefined ? !corpusReads.has(first) : touched.includes(first as MethodName);
    },
  });
  return value;
}
