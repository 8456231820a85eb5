/** One guard for requests that overlap (search as you type, find in page): only the newest answer may reach the screen. */
import { useEffect, useMemo, useRef } from 'react';

export interface LatestRequest {
  /** Starts a request; the returned check stays true until a newer one starts, `cancel` is called, or the view unmounts. */
  begin(): () => boolean;
  /** Forgets the request under way, so its answer is dropped. */
  cancel(): void;
}

export function useLatestRequest(): LatestRequest {
  const sequence = useRef(0);
  useEffect(
    () => () => {
      sequence.current += 1;
    },
    [],
  );
  return useMemo(
    () => ({
      begin() {
        sequence.current += 1;
        const mine = sequence.current;
        return () => mine === sequence.current;
      },
      cancel() {
        sequence.current += 1;
      },
    }),
    [],
  );
}
