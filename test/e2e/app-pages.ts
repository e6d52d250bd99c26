import type { Page } from 'playwright-core';
import type { Role } from '../../src/domain/access/role.ts';
import { indicatorPageFromRatings } from '../../src/web/lib/indicator-page-url.ts';

// Every page of the router (src/web/lib/match-route.ts) that a demo role can open, with real ids
// of the demo region taken from the API. The accessibility check walks these.

/** A page to check: a readable name for the report and its path (with query, if any). */
export interface AppPage {
  name: string;
  path: string;
}

/** Stands for the indicator page, whose path the preceding ratings page gives (see indicatorPath). */
export const INDICATOR_FROM_RATINGS = 'indicator-from-ratings';

const OPERATORS: readonly Role[] = ['admin', 'regional_operator', 'municipal_operator'];
const PERSONNEL_KEEPERS: readonly Role[] = ['admin', 'municipal_operator'];

interface DemoIds {
  schoolId: number;
  municipalityId: number;
  catalogueId: number;
  campaignId: number;
  reportId: number;
  leaderId: number;
  candidateId: number;
}

async function getJson<T>(page: Page, baseUrl: string, path: string): Promise<T> {
  const res = await page.request.get(`${baseUrl}${path}`);
  if (!res.ok()) throw new Error(`GET ${path}: ${res.status()} ${await res.text()}`);
  return (await res.json()) as T;
}

/**
 * Ids of the demo's objects, read as the administrator (who sees all of them): the demo school,
 * its municipality, an indicators methodology, the campaign, the expert scoring round and one of its
 * objects, the analytic report, a leader and a reserve candidate of the municipality.
 */
export async function demoIds(admin: Page, baseUrl: string, schoolId: number): Promise<DemoIds> {
  const reports = await getJson<{ items: { id: number; territory: { id: number } }[] }>(admin, baseUrl, '/api/reports');
  const report = reports.items[0];
  if (!report) throw new Error('the demo has no analytic report');
  const municipalityId = report.territory.id;
  const catalogues = await getJson<{ items: { id: number; kind: string }[] }>(admin, baseUrl, '/api/catalogues');
  const campaigns = await getJson<{ items: { id: number }[] }>(admin, baseUrl, '/api/campaigns');
  const query = `municipalityId=${municipalityId}`;
  const leaders = await getJson<{ register: { leaders: { id: number }[] } }>(admin, baseUrl, `/api/personnel/leaders?${query}`);
  const reserve = await getJson<{ reserve: { candidates: { id: number }[] } }>(admin, baseUrl, `/api/personnel/reserve?${query}`);
  const ids = {
    schoolId,
    municipalityId,
    catalogueId: catalogues.items.find((c) => c.kind === 'indicators')?.id ?? 0,
    campaignId: campaigns.items[0]?.id ?? 0,
    reportId: report.id,
    leaderId: leaders.register.leaders[0]?.id ?? 0,
    candidateId: reserve.reserve.candidates[0]?.id ?? 0,
  };
  const missing = Object.entries(ids).filter(([, id]) => !id);
  if (missing.length > 0) throw new Error(`the demo lacks: ${missing.map(([k]) => k).join(', ')}`);
  return ids;
}

/** The scoring round a user sees first (one assigned to them, if any) and an object of it (theirs, if any): each role sees other rounds. */
async function scoringPages(page: Page, baseUrl: string): Promise<AppPage[]> {
  const rounds = await getJson<{ items: { id: number; mine: number }[] }>(page, baseUrl, '/api/scoring/rounds');
  const roundId = (rounds.items.find((r) => r.mine > 0) ?? rounds.items[0])?.id;
  if (!roundId) throw new Error('no scoring round to open');
  const round = await getJson<{ round: { objectsList: { orgId: number; scorers: { userId: number }[] }[] } }>(
    page,
    baseUrl,
    `/api/scoring/rounds/${roundId}`,
  );
  const me = await getJson<{ user: { id: number } }>(page, baseUrl, '/api/auth/me');
  const objects = round.round.objectsList;
  const objectId = (objects.find((o) => o.scorers.some((s) => s.userId === me.user.id)) ?? objects[0])?.orgId;
  if (!objectId) throw new Error(`the scoring round ${roundId} has no object`);
  return [
    { name: 'Раунд оценки', path: `/scoring/${roundId}` },
    { name: 'Лист оценки', path: `/scoring/${roundId}/objects/${objectId}` },
  ];
}

/** The first analytic report the user sees (a school sees none of its district's). */
async function reportPages(page: Page, baseUrl: string): Promise<AppPage[]> {
  const reports = await getJson<{ items: { id: number }[] }>(page, baseUrl, '/api/reports');
  const first = reports.items[0];
  return first ? [{ name: 'Аналитический отчёт', path: `/reports/${first.id}` }] : [];
}

/**
 * The indicator page of the first indicator of the rating the ratings page opens with for this user
 * (read from the page's own query, as the ratings page links to it).
 */
export async function indicatorPath(page: Page, baseUrl: string): Promise<string> {
  const ratings = new URL(page.url()).searchParams;
  const query = new URLSearchParams({
    catalogueId: ratings.get('catalogue') ?? '',
    periodId: ratings.get('period') ?? '',
    key: ratings.get('key') ?? '',
  });
  const view = await getJson<{ content: { indicators: { code: string }[] } }>(page, baseUrl, `/api/ratings/view?${query.toString()}`);
  const code = view.content.indicators[0]?.code;
  if (!code) throw new Error(`the rating ${page.url()} has no indicator`);
  return indicatorPageFromRatings(code, ratings.toString()) ?? '';
}

/**
 * The pages of the signed-in app that `role` can open (as its side menu offers them and their detail
 * pages), read with the role's own session `page` where the ids depend on it.
 */
export async function pagesOf(page: Page, baseUrl: string, role: Role, ids: DemoIds): Promise<AppPage[]> {
  const school = role === 'org_representative';
  const operator = OPERATORS.includes(role);
  const pages: AppPage[] = [
    { name: 'Организации', path: '/orgs' },
    { name: 'Организация', path: `/orgs/${ids.schoolId}` },
    ...(operator ? [{ name: 'Загрузка реестра', path: '/orgs/register' }] : []),
    { name: 'Периоды', path: '/periods' },
    { name: 'Методики', path: '/catalogues' },
    { name: 'Методика', path: `/catalogues/${ids.catalogueId}` },
    { name: 'Сбор данных', path: '/campaigns' },
    { name: 'Кампания', path: `/campaigns/${ids.campaignId}` },
    { name: 'Форма школы', path: `/campaigns/${ids.campaignId}/forms/${ids.schoolId}` },
    { name: 'Рейтинги', path: '/ratings' },
    { name: 'Показатель', path: INDICATOR_FROM_RATINGS },
    { name: 'Карточка результатов', path: `/results/card/${ids.schoolId}` },
    { name: 'Аналитические отчёты', path: '/reports' },
    ...(await reportPages(page, baseUrl)),
    { name: 'Рабочая группа', path: '/working-group' },
    { name: 'Рекомендации', path: '/recommendations' },
    { name: 'Публичный раздел', path: '/public' },
    { name: 'Нет такой страницы', path: '/no-such-page' },
  ];
  if (!school) {
    pages.push(
      { name: 'Циклограмма', path: '/cyclogram' },
      { name: 'Школы с рисками', path: '/schools-at-risk' },
      { name: 'Дорожная карта', path: '/roadmap' },
      { name: 'Анализ эффективности', path: '/effectiveness' },
      { name: 'Оценка механизмов', path: '/scoring' },
      ...(await scoringPages(page, baseUrl)),
      { name: 'Управленческий цикл', path: '/cycle' },
    );
  }
  if (operator) {
    pages.push({ name: 'Оценочные процедуры', path: '/assessments' }, { name: 'Загрузка таблицы данных', path: '/data-import' });
    pages.push({ name: 'Пользователи', path: '/users' });
  }
  if (PERSONNEL_KEEPERS.includes(role)) {
    pages.push(
      { name: 'Руководители', path: '/leaders' },
      { name: 'Руководитель', path: `/leaders/${ids.leaderId}` },
      { name: 'Кадровый резерв', path: '/reserve' },
      { name: 'Кандидат', path: `/reserve/candidates/${ids.candidateId}` },
    );
  }
  if (school) pages.push({ name: 'Мои кадровые записи', path: '/personnel/me' });
  if (role === 'admin') pages.push({ name: 'Журнал изменений', path: '/audit' });
  return pages;
}
