import { useSyncExternalStore } from 'react';

const NAVIGATE_EVENT = 'soko:navigate';

function subscribe(onChange: () => void): () => void {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
}

const getPath = (): string => window.location.pathname;

/** Current `location.pathname`, re-rendering on history navigation. */
export function useLocationPath(): string {
  return useSyncExternalStore(subscribe, getPath, getPath);
}

const getSearch = (): string => window.location.search;

/** Current `location.search` (with the leading «?»), re-rendering on history navigation. */
export function useLocationSearch(): string {
  return useSyncExternalStore(subscribe, getSearch, getSearch);
}

/** Client-side navigation via the History API. */
export function navigate(to: string, options: { replace?: boolean } = {}): void {
  const current = window.location.pathname + window.location.search;
  if (to === current) return;
  if (options.replace) window.history.replaceState(null, '', to);
  else window.history.pushState(null, '', to);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
}
