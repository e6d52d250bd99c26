import { lazy, type ComponentType, type LazyExoticComponent } from 'react';

/**
 * A page loaded on first visit: its code (and the libraries only it uses) is a chunk of its own,
 * so the first load carries the frame and the login page, not all pages.
 * Pages export named components; `React.lazy` wants a default export, hence the picking.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- page props differ; each page keeps its own type
export function lazyPage<M, K extends keyof M & string>(load: () => Promise<M>, name: K): LazyExoticComponent<M[K] & ComponentType<any>> {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- see above
  return lazy(() => load().then((module) => ({ default: module[name] as M[K] & ComponentType<any> })));
}
