/** The desktop menu's Bestand › Importeren… (Ctrl+O) asks the library's import to open; the ask may come before the library is on screen. */
import { useEffect, useRef } from 'react';

let pending = false;
const takers = new Set<() => void>();

/** Asks the import area to open its file picker, now if it is on screen, else as soon as it is. */
export function requestImport(): void {
  pending = true;
  for (const take of takers) take();
}

/** Runs `open` for each request, including one made before this component mounted. */
export function useImportRequest(open: () => void): void {
  const latest = useRef(open);
  latest.current = open;
  useEffect(() => {
    const take = () => {
      if (!pending) return;
      pending = false;
      latest.current();
    };
    takers.add(take);
    take();
    return () => {
      takers.delete(take);
    };
  }, []);
}
