export type Route =
  | { name: 'login' }
  | { name: 'orgs'; orgId: number | null }
  | { name: 'periods' }
  | { name: 'catalogues'; catalogueId: number | null }
  | { name: 'ratings' }
  | { name: 'users' }
  | { name: 'audit' }
  | { name: 'home' }
  | { name: 'not-found' };

/** Maps a pathname to one of the UI's pages. */
export function matchRoute(pathname: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/') return { name: 'home' };
  if (path === '/login') return { name: 'login' };
  if (path === '/orgs') return { name: 'orgs', orgId: null };
  const org = /^\/orgs\/(\d+)$/.exec(path);
  if (org?.[1]) return { name: 'orgs', orgId: Number(org[1]) };
  if (path === '/periods') return { name: 'periods' };
  if (path === '/catalogues') return { name: 'catalogues', catalogueId: null };
  const catalogue = /^\/catalogues\/(\d+)$/.exec(path);
  if (catalogue?.[1]) return { name: 'catalogues', catalogueId: Number(catalogue[1]) };
  if (path === '/ratings') return { name: 'ratings' };
  if (path === '/users') return { name: 'users' };
  if (path === '/audit') return { name: 'audit' };
  return { name: 'not-found' };
}
