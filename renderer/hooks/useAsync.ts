/** Runs an async load when its key changes and exposes loading/value/error, ignoring answers that arrive too late. */
import { useCallback, useEffect, useState } from 'react';

export type AsyncState<T> =
  | { status: 'loading'; value: undefined; error: undefined }
  | { status: 'done'; value: T; error: undefined }
  | { status: 'error'; value: undefined; error: Error };

const loading = { status: 'loading', value: undefined, error: undefined } as const;

/** Calls `load` whenever `key` changes (and on `reload`). `load` should not change between renders for the same key. */
export function useAsync<T>(key: string, load: () => Promise<T>): AsyncState<T> & { reload(): void } {
  const [attempt, setAttempt] = useState(0);
  const [state, setState] = useState<{ key: string; attempt: number; result: AsyncState<T> }>({ key, attempt, result: loading });

  useEffect(() => {
    let current = true;
    load().then(
      (value) => current && setState({ key, attempt, result: { status: 'done', value, error: undefined } }),
      (error: unknown) =>
        current &&
        setState({ key, attempt, result: { status: 'error', value: undefined, error: error instanceof Error ? error : new Error(String(error)) } }),
    );
    return () => {
      current = false;
    };
    // `load` is tied to `key` by contract; re-running on its identity would refetch every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [key, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  const fresh = state.key === key && state.attempt === attempt;
  return { ...(fresh ? state.result : loading), reload };
}
