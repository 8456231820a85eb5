/** Saves the latest value a moment after the last change, one save at a time, retrying on failure and flushing when the view goes away. */
import { ApiCallError } from '../api/client.js';
import { useCallback, useEffect, useRef, useState } from 'react';

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'error' | 'read-only';

const retryMs = 3000;

export function useAutosave<T>(save: (value: T) => Promise<void>, delayMs = 600): { schedule(value: T): void; flush(): Promise<void>; status: SaveStatus } {
  const saveRef = useRef(save);
  saveRef.current = save;
  const pending = useRef<{ value: T } | null>(null);
  const timer = useRef<number | undefined>(undefined);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const [status, setStatus] = useState<SaveStatus>('idle');

  const flush = useCallback((): Promise<void> => {
    window.clearTimeout(timer.current);
    timer.current = undefined;
    const item = pending.current;
    if (!item) return queue.current;
    pending.current = null;
    setStatus('saving');
    // Saves run in order, so a note made by the first save is the one the next save changes.
    queue.current = queue.current
      .then(() => saveRef.current(item.value))
      .then(
        () => {
          if (pending.current === null) setStatus('saved');
        },
        (error: unknown) => {
          pending.current ??= item;
          // Read-only data will not become writable by retrying; say so and keep the text on screen.
          if (error instanceof ApiCallError && error.code === 'read-only') {
            setStatus('read-only');
            return;
          }
          setStatus('error');
          window.clearTimeout(timer.current);
          timer.current = window.setTimeout(() => void flush(), retryMs);
        },
      );
    return queue.current;
  }, []);

  const schedule = useCallback(
    (value: T) => {
      pending.current = { value };
      setStatus('pending');
      window.clearTimeout(timer.current);
      timer.current = window.setTimeout(() => void flush(), delayMs);
    },
    [delayMs, flush],
  );

  useEffect(() => {
    const onHide = () => void flush();
    const onVisibility = () => document.visibilityState === 'hidden' && onHide();
    window.addEventListener('pagehide', onHide);
    document.addEventListener('visibilitychange', onVisibility);
    return () => {
      window.removeEventListener('pagehide', onHide);
      document.removeEventListener('visibilitychange', onVisibility);
      void flush();
    };
  }, [flush]);

  return { schedule, flush, status };
}
