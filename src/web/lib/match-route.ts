export type Route =
  | { name: 'login' }
  | { name: 'orgs'; orgId: number | null }
  | { name: 'org-register' }
  | { name: 'periods' }
  | { name: 'data-import' }
  | { name: 'catalogues'; catalogueId: number | null }
  | { name: 'ratings' }
  | { name: 'indicator'; code: string }
  | { name: 'result-card'; orgId: number }
  | { name: 'users' }
  | { name: 'audit' }
  | { name: 'campaigns' }
  | { name: 'campaign'; campaignId: number }
  | { name: 'campaign-form'; campaignId: number; orgId: number }
  | { name: 'cyclogram' }
  | { name: 'scoring' }
  | { name: 'scoring-round'; roundId: number }
  | { name: 'scoring-sheet'; roundId: number; orgId: number }
  | { name: 'cycle' }
  | { name: 'reports' }
  | { name: 'report'; reportId: number }
  | { name: 'working-group' }
  | { name: 'leaders' }
  | { name: 'leader'; leaderId: number }
  | { name: 'reserve' }
  | { name: 'candidate'; candidateId: number }
  | { name: 'my-personnel' }
  | { name: 'recommendations' }
  | { name: 'assessments' }
  | { name: 'schools-at-risk' }
  | { name: 'roadmap' }
  | { name: 'effectiveness' }
  | { name: 'public' }
  | { name: 'setup'; token: string }
  | { name: 'public-document'; documentId: number }
  | { name: 'home' }
  | { name: 'not-found' };

/** Maps a pathname to one of the UI's pages. */
export function matchRoute(pathname: string): Route {
  const path = pathname.replace(/\/+$/, '') || '/';
  if (path === '/') return { name: 'home' };
  if (path === '/login') return { name: 'login' };
  if (path === '/orgs') return { name: 'orgs', orgId: null };
  if (path === '/orgs/register') return { name: 'org-register' };
  const org = /^\/orgs\/(\d+)$/.exec(path);
  if (org?.[1]) return { name: 'orgs', orgId: Number(org[1]) };
  if (path === '/periods') return { name: 'periods' };
  if (path === '/data-import') return { name: 'data-import' };
  if (path === '/catalogues') return { name: 'catalogues', catalogueId: null };
  const catalogue = /^\/catalogues\/(\d+)$/.exec(path);
  if (catalogue?.[1]) return { name: 'catalogues', catalogueId: Number(catalogue[1]) };
  if (path === '/ratings') return { name: 'ratings' };
  const indicator = /^\/results\/indicator\/([^/]+)$/.exec(path);
  if (indicator?.[1]) return { name: 'indicator', code: decodeURIComponent(indicator[1]) };
  const card = /^\/results\/card\/(\d+)$/.exec(path);
  if (card?.[1]) return { name: 'result-card', orgId: Number(card[1]) };
  if (path === '/users') return { name: 'users' };
  if (path === '/audit') return { name: 'audit' };
  if (path === '/campaigns') return { name: 'campaigns' };
  const campaign = /^\/campaigns\/(\d+)$/.exec(path);
  if (campaign?.[1]) return { name: 'campaign', campaignId: Number(campaign[1]) };
  const form = /^\/campaigns\/(\d+)\/forms\/(\d+)$/.exec(path);
  if (form?.[1] && form[2]) return { name: 'campaign-form', campaignId: Number(form[1]), orgId: Number(form[2]) };
  if (path === '/cyclogram') return { name: 'cyclogram' };
  if (path === '/scoring') return { name: 'scoring' };
  const round = /^\/scoring\/(\d+)$/.exec(path);
  if (round?.[1]) return { name: 'scoring-round', roundId: Number(round[1]) };
  const sheet = /^\/scoring\/(\d+)\/objects\/(\d+)$/.exec(path);
  if (sheet?.[1] && sheet[2]) return { name: 'scoring-sheet', roundId: Number(sheet[1]), orgId: Number(sheet[2]) };
  if (path === '/cycle') return { name: 'cycle' };
  if (path === '/reports') return { name: 'reports' };
  const report = /^\/reports\/(\d+)$/.exec(path);
  if (report?.[1]) return { name: 'report', reportId: Number(report[1]) };
  if (path === '/working-group') return { name: 'working-group' };
  if (path === '/leaders') return { name: 'leaders' };
  const leader = /^\/leaders\/(\d+)$/.exec(path);
  if (leader?.[1]) return { name: 'leader', leaderId: Number(leader[1]) };
  if (path === '/reserve') return { name: 'reserve' };
  const candidate = /^\/reserve\/candidates\/(\d+)$/.exec(path);
  if (candidate?.[1]) return { name: 'candidate', candidateId: Number(candidate[1]) };
  if (path === '/personnel/me') return { name: 'my-personnel' };
  if (path === '/recommendations') return { name: 'recommendations' };
  if (path === '/assessments') return { name: 'assessments' };
  if (path === '/schools-at-risk') return { name: 'schools-at-risk' };
  if (path === '/roadmap') return { name: 'roadmap' };
  if (path === '/effectiveness') return { name: 'effectiveness' };
  if (path === '/public') return { name: 'public' };
  const setup = /^\/setup\/([A-Za-z0-9_-]+)$/.exec(path);
  if (setup?.[1]) return { name: 'setup', token: setup[1] };
  const published = /^\/public\/(\d+)$/.exec(path);
  if (published?.[1]) return { name: 'public-document', documentId: Number(published[1]) };
  return { name: 'not-found' };
}
