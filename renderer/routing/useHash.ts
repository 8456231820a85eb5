/** The current hash location, re-rendering when it changes. */
import { useSyncExternalStore } from 'react';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

const getHash = () => window.location.hash;

/** The raw `location.hash`; `renderer/views.ts` turns it into a view. */
export function useHash(): string {
  return useSyncExternalStore(subscribe, getHash);
}
