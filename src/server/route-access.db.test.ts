import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCatalogueWorkbook } from '../app/catalogues/catalogue-workbook.ts';
import type { Catalogue } from '../domain/catalogue/catalogue.ts';
import { ROLES, type Role } from '../domain/access/role.ts';
import { XLSX_TYPE } from './routes/catalogues/routes.ts';
import { createTestApp, loginCookie, type TestApp } from '../../test/helpers/test-app.ts';
import { TEST_PASSWORD } from '../../test/helpers/factories.ts';

interface SampleRequest {
  url?: string;
  payload?: unknown;
  headers?: Record<string, string>;
  /** Use a fresh session of the same user (for logout, which ends the session). */
  freshSession?: boolean;
}

let t: TestApp;
let seq = 0;

/**
 * One valid request per route. A route without a sample fails the test: whoever adds a route
 * adds its sample here, and so its access is tested for every role.
 */
function sampleFor(method: string, url: string, role: Role | 'anonymous'): Promise<SampleRequest> | SampleRequest | null {
  const n = ++seq;
  const { tree } = t;
  if (url.startsWith('/api/docs')) return { url: url.replace('*', 'index.html') };
  switch (`${method} ${url}`) {
    case 'GET /api/health':
    case 'HEAD /api/health':
    case 'GET /api/meta':
    case 'HEAD /api/meta':
    case 'GET /api/openapi.json':
    case 'HEAD /api/openapi.json':
    case 'GET /api/auth/me':
    case 'HEAD /api/auth/me':
    case 'GET /api/orgs':
    case 'HEAD /api/orgs':
    case 'GET /api/users':
    case 'HEAD /api/users':
    case 'GET /api/periods':
    case 'HEAD /api/periods':
    case 'GET /api/audit':
    case 'HEAD /api/audit':
    case 'GET /api/catalogues':
    case 'HEAD /api/catalogues':
    case 'GET /api/data-elements':
    case 'HEAD /api/data-elements':
      return {};
    case 'POST /api/results/compute':
      return ids().then((x) => ({ payload: { catalogueId: x.catalogueId, periodId: x.periodId } }));
    case 'GET /api/ratings':
    case 'HEAD /api/ratings':
      return ids().then((x) => ({ url: `/api/ratings?catalogueId=${x.catalogueId}&periodId=${x.periodId}` }));
    case 'GET /api/ratings/view':
    case 'HEAD /api/ratings/view':
      return ids().then((x) => ({
        url: `/api/ratings/view?catalogueId=${x.catalogueId}&periodId=${x.periodId}&key=municipality:${tree.m1.id}:school`,
      }));
    case 'GET /api/ratings/clusters':
    case 'HEAD /api/ratings/clusters':
      return ids().then((x) => ({
        url: `/api/ratings/clusters?catalogueId=${x.catalogueId}&periodId=${x.periodId}&key=municipality:${tree.m1.id}:school`,
      }));
    case 'GET /api/ratings/export':
    case 'HEAD /api/ratings/export':
      return ids().then((x) => ({
        url: `/api/ratings/export?catalogueId=${x.catalogueId}&periodId=${x.periodId}&key=municipality:${tree.m1.id}:school&clustering=settlement&cluster=none`,
      }));
    case 'GET /api/results/explain':
    case 'HEAD /api/results/explain':
      return ids().then((x) => ({
        url: `/api/results/explain?catalogueId=${x.catalogueId}&periodId=${x.periodId}&orgId=${tree.s1.id}&indicator=D1.01`,
      }));
    case 'GET /api/results/card':
    case 'HEAD /api/results/card':
      return ids().then((x) => ({ url: `/api/results/card?catalogueId=${x.catalogueId}&orgId=${tree.s1.id}` }));
    case 'GET /api/results/indicator':
    case 'HEAD /api/results/indicator':
      return ids().then((x) => ({
        url: `/api/results/indicator?catalogueId=${x.catalogueId}&periodId=${x.periodId}&key=municipality:${tree.m1.id}:school&indicator=D1.01`,
      }));
    case 'GET /api/catalogues/:id':
    case 'HEAD /api/catalogues/:id':
      return firstCatalogue().then((c) => ({ url: `/api/catalogues/${c.id}` }));
    case 'GET /api/catalogues/:id/export':
    case 'HEAD /api/catalogues/:id/export':
      return firstCatalogue().then((c) => ({ url: `/api/catalogues/${c.id}/export` }));
    case 'POST /api/catalogues/import':
      // Each call imports a changed workbook, so an allowed caller always creates a new version.
      return firstCatalogue().then(async (c) => ({
        payload: await exportCatalogueWorkbook({ ...(c.content as Catalogue), name: `Изменённая методика ${n}` }, []),
        headers: { 'content-type': XLSX_TYPE },
      }));
    case 'GET /api/orgs/search':
    case 'HEAD /api/orgs/search':
      return { url: `/api/orgs/search?q=${encodeURIComponent('Школа')}` };
    case 'GET /api/orgs/:id':
    case 'HEAD /api/orgs/:id':
      return { url: `/api/orgs/${tree.s1.id}` };
    case 'POST /api/auth/login':
      return { payload: { login: loginOf[role === 'anonymous' ? 'admin' : role], password: TEST_PASSWORD } };
    case 'POST /api/auth/logout':
      return { freshSession: true };
    case 'POST /api/orgs':
      return { payload: { parentId: tree.m1.id, type: 'school', name: `Новая школа ${n}`, code: `NEW-${n}` } };
    case 'PATCH /api/orgs/:id':
      return t.handle.db
        .selectFrom('org')
        .select('version')
        .where('id', '=', tree.s1.id)
        .executeTakeFirstOrThrow()
        .then((row) => ({ url: `/api/orgs/${tree.s1.id}`, payload: { version: row.version, name: `Школа № 1 (правка ${n})` } }));
    case 'POST /api/users':
      return {
        payload: {
          login: `new.user.${n}`,
          fullName: 'Новый наблюдатель',
          role: 'viewer',
          scopeOrgId: tree.region.id,
          password: 'a-long-password',
        },
      };
    case 'POST /api/periods':
      return {
        payload: {
          code: String(2100 + n),
          kind: 'calendar_year',
          name: `${2100 + n} год`,
          startsOn: `${2100 + n}-01-01`,
          endsOn: `${2100 + n}-12-31`,
        },
      };
    default:
      return null;
  }
}

const loginOf = {} as Record<Role, string>;

const ids = async () => ({
  catalogueId: (await firstCatalogue()).id,
  periodId: (await t.handle.db.selectFrom('period').select('id').where('code', '=', '2024/2025').executeTakeFirstOrThrow()).id,
});

const firstCatalogue = () =>
  t.handle.db
    .selectFrom('framework')
    .select(['id', 'content'])
    .where('code', '=', 'test-indicators')
    .orderBy('version')
    .executeTakeFirstOrThrow();

beforeAll(async () => {
  t = await createTestApp();
  const users = await t.handle.db.selectFrom('app_user').select(['login', 'role']).execute();
  for (const u of users) loginOf[u.role as Role] = u.login;
});

afterAll(async () => {
  await t.close();
});

async function auditCount(): Promise<number> {
  const row = await t.handle.db
    .selectFrom('audit_log')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

describe('access policy of every route', () => {
  it('every registered route declares a policy', () => {
    const missing = t.app.routeCatalog.filter((r) => !r.policy).map((r) => `${r.method} ${r.url}`);
    expect(missing).toEqual([]);
    expect(t.app.routeCatalog.length).toBeGreaterThan(10);
  });

  it('calls every route as every role and anonymously: allowed or refused as declared; writes are audited', async () => {
    const callers: (Role | 'anonymous')[] = ['anonymous', ...ROLES];
    const problems: string[] = [];
    let checked = 0;
    for (const route of t.app.routeCatalog) {
      for (const caller of callers) {
        const sample = await sampleFor(route.method, route.url, caller);
        if (sample === null) {
          problems.push(`${route.method} ${route.url}: нет образца запроса в route-access.db.test.ts`);
          break;
        }
        let cookie = caller === 'anonymous' ? undefined : t.cookies[caller];
        if (sample.freshSession && caller !== 'anonymous') cookie = await loginCookie(t.app, loginOf[caller]);
        const before = await auditCount();
        const res = await t.app.inject({
          method: route.method as 'GET',
          url: sample.url ?? route.url,
          ...(sample.payload !== undefined ? { payload: sample.payload as string } : {}),
          headers: { ...(sample.headers ?? {}), ...(cookie ? { cookie } : {}) },
        });
        checked++;
        const policy = route.policy;
        const label = `${route.method} ${route.url} as ${caller}: ${res.statusCode} ${res.body.slice(0, 200)}`;
        if (res.statusCode >= 500) problems.push(`server error — ${label}`);
        let allowed: boolean;
        if (policy?.access === 'public') allowed = true;
        else if (caller === 'anonymous') allowed = false;
        else allowed = policy?.roles === 'all' || (policy?.roles ?? []).includes(caller);
        if (allowed && (res.statusCode === 401 || res.statusCode === 403)) problems.push(`refused but allowed — ${label}`);
        if (!allowed) {
          const expected = caller === 'anonymous' ? 401 : 403;
          if (res.statusCode !== expected) problems.push(`expected ${expected} — ${label}`);
        }
        const isWrite = policy?.access === 'authenticated' && policy.writes === true;
        if (isWrite && allowed) {
          if (res.statusCode < 200 || res.statusCode >= 300) problems.push(`allowed write failed — ${label}`);
          else if ((await auditCount()) <= before) problems.push(`write left no audit row — ${label}`);
        }
        if (!allowed && (await auditCount()) !== before) problems.push(`refused call changed the audit log — ${label}`);
      }
    }
    expect(problems).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });
});
