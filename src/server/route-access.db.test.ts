import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportCatalogueWorkbook } from '../app/catalogues/catalogue-workbook.ts';
import type { Catalogue } from '../domain/catalogue/catalogue.ts';
import { ROLES, type Role } from '../domain/access/role.ts';
import { XLSX_TYPE } from './routes/catalogues/routes.ts';
import { campaignTemplate } from '../app/campaigns/campaign-files.ts';
import { approveRegulation } from '../app/campaigns/campaign-regulation.ts';
import { defaultCyclogram } from '../domain/collection/cyclogram.ts';
import type { Actor } from '../app/actor.ts';
import { createRound } from '../app/scoring/create-round.ts';
import { uploadEvidence } from '../app/scoring/evidence-files.ts';
import { exportRoundWorkbook } from '../app/scoring/round-workbook.ts';
import { formIn, startCampaign, systemContext, TODAY } from '../../test/helpers/campaign-fixtures.ts';
import { createTestApp, loginCookie, type TestApp } from '../../test/helpers/test-app.ts';
import { buildOrg, buildUser, TEST_PASSWORD } from '../../test/helpers/factories.ts';
import { hashPassword } from '../app/password.ts';
import { publishRating } from '../app/public/publications.ts';
import { reportFixtures, type ReportFixtures } from '../../test/helpers/report-fixtures.ts';
import { personnelFixtures } from '../../test/helpers/personnel-fixtures.ts';
import { cycleFixtures } from '../../test/helpers/cycle-fixtures.ts';
import { assessmentImport } from '../../test/helpers/assessment-fixtures.ts';

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
    // First-run setup is public; with administrators present every token answers 404.
    case 'GET /api/setup/:token':
    case 'HEAD /api/setup/:token':
      return { url: '/api/setup/some-token' };
    case 'POST /api/setup/:token':
      return {
        url: '/api/setup/some-token',
        payload: {
          admin: {
            login: `first.admin.${n}`,
            fullName: 'Первый администратор',
            password: 'Синий-кит-плывёт-2026',
            passwordRepeat: 'Синий-кит-плывёт-2026',
          },
          region: { name: 'Регион', code: `R-${n}` },
          municipalities: [],
        },
      };
    // Local-only: no session opens them, only the run's key, which no caller here has.
    case 'POST /api/local/users':
      return {
        payload: {
          login: `local.user.${n}`,
          fullName: 'Пользователь CLI',
          role: 'admin',
          scopeCode: null,
          password: 'Синий-кит-плывёт-2026',
        },
      };
    case 'POST /api/local/users/unlock':
      return { payload: { login: loginOf.viewer } };
    case 'POST /api/auth/sessions/end-others':
      return {};
    case 'POST /api/auth/password':
      // The caller's password is first set to a known old one, and the call sets it back.
      if (role === 'anonymous') return { payload: { currentPassword: TEST_PASSWORD, newPassword: 'another-long-password' } };
      return hashPassword('the-old-password')
        .then((hash) => t.handle.db.updateTable('app_user').set({ password_hash: hash }).where('login', '=', loginOf[role]).execute())
        .then(() => ({ payload: { currentPassword: 'the-old-password', newPassword: TEST_PASSWORD } }));
    case 'POST /api/orgs':
      return { payload: { parentId: tree.m1.id, type: 'school', name: `Новая школа ${n}`, code: `NEW-${n}` } };
    case 'PATCH /api/orgs/:id':
      return t.handle.db
        .selectFrom('org')
        .select('version')
        .where('id', '=', tree.s1.id)
        .executeTakeFirstOrThrow()
        .then((row) => ({ url: `/api/orgs/${tree.s1.id}`, payload: { version: row.version, name: `Школа № 1 (правка ${n})` } }));
    case 'POST /api/orgs/:id/close':
      return buildOrg(t.handle.db, tree.m1).then((o) => ({
        url: `/api/orgs/${o.id}/close`,
        payload: { closedOn: '2026-09-01', reason: 'Ликвидация' },
      }));
    case 'POST /api/orgs/:id/reopen':
      return buildOrg(t.handle.db, tree.m1)
        .then((o) =>
          t.handle.db
            .updateTable('org')
            .set({ closed_on: '2026-09-01', closed_reason: 'x' })
            .where('id', '=', o.id)
            .returning('id')
            .executeTakeFirstOrThrow(),
        )
        .then((o) => ({ url: `/api/orgs/${o.id}/reopen` }));
    case 'POST /api/orgs/:id/merge':
      return Promise.all([buildOrg(t.handle.db, tree.m1), buildOrg(t.handle.db, tree.m1)]).then(([a, b]) => ({
        url: `/api/orgs/${a.id}/merge`,
        payload: { intoId: b.id, mergedOn: '2026-09-01' },
      }));
    case 'PATCH /api/periods/:id':
    case 'POST /api/periods/:id/close':
    case 'POST /api/periods/:id/reopen':
      return t.handle.db
        .insertInto('period')
        .values({
          code: `access-${n}`,
          kind: 'calendar_year',
          name: `Период ${n}`,
          starts_on: `${3000 + n}-01-01`,
          ends_on: `${3000 + n}-12-31`,
          closed_at: url.endsWith('reopen') ? new Date() : null,
        })
        .returning('id')
        .executeTakeFirstOrThrow()
        .then((p) => ({
          url: url.replace(':id', String(p.id)),
          ...(method === 'PATCH' ? { payload: { name: `Период ${n} (правка)` } } : {}),
        }));
    // one representative of the first municipality's school, managed by every manager (admin, operators); the
    // actions are repeatable (block twice, reset again), so one account serves every call
    case 'POST /api/users/:id/unlock':
    case 'POST /api/users/:id/block':
    case 'POST /api/users/:id/unblock':
    case 'POST /api/users/:id/reset-password':
      return sharedRepresentative().then((id) => ({ url: url.replace(':id', String(id)) }));
    case 'PUT /api/users/:id/access':
      return sharedRepresentative().then((id) => ({
        url: `/api/users/${id}/access`,
        payload: { role: 'org_representative', scopeOrgId: tree.s1.id },
      }));
    case 'POST /api/users/for-orgs/preview':
      return { payload: { territoryId: tree.m1.id } };
    case 'POST /api/users/for-orgs':
      return { payload: { territoryId: tree.m1.id, orgIds: [tree.k1.id] } };
    case 'POST /api/users':
      return {
        payload: {
          login: `new.user.${n}`,
          fullName: 'Новый наблюдатель',
          role: 'viewer',
          scopeOrgId: tree.m1.id,
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
    case 'GET /api/campaigns':
    case 'HEAD /api/campaigns':
      return {};
    case 'POST /api/campaigns':
      return ids().then((x) => ({
        payload: {
          name: `Кампания ${n}`,
          frameworkId: x.catalogueId,
          periodId: x.periodId,
          scopeOrgId: tree.m1.id,
          indicatorCodes: null,
          participants: {},
          responsible: 'Иванова М. П.',
        },
      }));
    case 'GET /api/campaigns/:id':
    case 'HEAD /api/campaigns/:id':
    case 'GET /api/campaigns/:id/progress.xlsx':
    case 'HEAD /api/campaigns/:id/progress.xlsx':
    case 'GET /api/campaigns/:id/regulation.docx':
    case 'HEAD /api/campaigns/:id/regulation.docx':
      return sharedCampaign().then((id) => ({ url: url.replace(':id', String(id)) }));
    case 'GET /api/campaigns/:id/template.xlsx':
    case 'HEAD /api/campaigns/:id/template.xlsx':
      return sharedCampaign().then((id) => ({ url: `/api/campaigns/${id}/template.xlsx?orgId=${tree.s1.id}` }));
    case 'GET /api/campaigns/:id/forms/:orgId':
    case 'HEAD /api/campaigns/:id/forms/:orgId':
      return sharedCampaign().then((id) => ({ url: `/api/campaigns/${id}/forms/${tree.s1.id}` }));
    case 'PUT /api/campaigns/:id/forms/:orgId':
      return startCampaign(t.handle.db, tree.m1.id).then((c) => ({
        url: `/api/campaigns/${c.id}/forms/${tree.s1.id}`,
        payload: { version: 1, values: { 't_pupils|': { raw: String(100 + n) } } },
      }));
    case 'POST /api/campaigns/:id/forms/:orgId/submit':
      return formIn(t.handle.db, tree.m1.id, tree.s1.id, 'draft').then(({ campaign, version }) => ({
        url: `/api/campaigns/${campaign.id}/forms/${tree.s1.id}/submit`,
        payload: { version },
      }));
    case 'POST /api/campaigns/:id/forms/:orgId/return':
      return formIn(t.handle.db, tree.m1.id, tree.s1.id, 'submitted').then(({ campaign }) => ({
        url: `/api/campaigns/${campaign.id}/forms/${tree.s1.id}/return`,
        payload: { comment: 'Проверьте число победителей' },
      }));
    case 'POST /api/campaigns/:id/forms/:orgId/accept':
      return formIn(t.handle.db, tree.m1.id, tree.s1.id, 'submitted').then(({ campaign }) => ({
        url: `/api/campaigns/${campaign.id}/forms/${tree.s1.id}/accept`,
      }));
    case 'POST /api/campaigns/:id/forms/:orgId/reopen':
      return formIn(t.handle.db, tree.m1.id, tree.s1.id, 'accepted').then(({ campaign }) => ({
        url: `/api/campaigns/${campaign.id}/forms/${tree.s1.id}/reopen`,
        payload: { reason: 'Уточнение данных по запросу школы' },
      }));
    case 'POST /api/campaigns/:id/upload':
      return startCampaign(t.handle.db, tree.m1.id).then(async (c) => ({
        url: `/api/campaigns/${c.id}/upload`,
        payload: (await campaignTemplate(systemContext(t.handle.db), c.id, tree.s1.id)).file,
        headers: { 'content-type': XLSX_TYPE, 'x-file-name': encodeURIComponent('шаблон.xlsx') },
      }));
    case 'POST /api/campaigns/:id/regulation/approve':
      return startCampaign(t.handle.db, tree.m1.id).then((c) => ({
        url: `/api/campaigns/${c.id}/regulation/approve`,
        payload: { orderNumber: `${n}-од`, orderDate: '28.11.2024' },
      }));
    case 'POST /api/campaigns/:id/regulation/publish':
      return startCampaign(t.handle.db, tree.m1.id).then(async (c) => {
        await approveRegulation(systemContext(t.handle.db), c.id, { orderNumber: `${n}-од`, orderDate: '2024-11-28' }, TODAY);
        return { url: `/api/campaigns/${c.id}/regulation/publish` };
      });
    case 'GET /api/cyclogram':
    case 'HEAD /api/cyclogram':
      return { url: `/api/cyclogram?scopeOrgId=${tree.m1.id}&year=2025` };
    case 'PUT /api/cyclogram':
      return {
        payload: {
          scopeOrgId: tree.m1.id,
          year: 2025,
          stages: defaultCyclogram(2025, `Методист ${n}`),
        },
      };
    case 'GET /api/scoring/rounds':
    case 'HEAD /api/scoring/rounds':
      return {};
    case 'POST /api/scoring/rounds':
      return scoringIds().then((x) => ({
        payload: {
          name: `Раунд ${n}`,
          frameworkId: x.frameworkId,
          periodId: x.periodId,
          scopeOrgId: tree.m1.id,
          kind: 'expert',
          objects: [{ orgId: tree.s1.id, scorerIds: [x.expertId] }],
        },
      }));
    case 'GET /api/scoring/rounds/:id':
    case 'HEAD /api/scoring/rounds/:id':
    case 'GET /api/scoring/rounds/:id/export.xlsx':
    case 'HEAD /api/scoring/rounds/:id/export.xlsx':
      return sharedRound().then((r) => ({ url: url.replace(':id', String(r.roundId)) }));
    case 'GET /api/scoring/rounds/:id/objects/:orgId':
    case 'HEAD /api/scoring/rounds/:id/objects/:orgId':
      return sharedRound().then((r) => ({ url: `/api/scoring/rounds/${r.roundId}/objects/${tree.s1.id}` }));
    case 'GET /api/scoring/evidence/:id':
    case 'HEAD /api/scoring/evidence/:id':
      return sharedRound().then((r) => ({ url: `/api/scoring/evidence/${r.evidenceId}` }));
    case 'GET /api/scoring/scorers':
    case 'HEAD /api/scoring/scorers':
      return { url: '/api/scoring/scorers?kind=expert' };
    case 'GET /api/cycle':
    case 'HEAD /api/cycle':
      return scoringIds().then((x) => ({ url: `/api/cycle?scopeOrgId=${tree.m1.id}&frameworkId=${x.frameworkId}` }));
    case 'POST /api/scoring/rounds/:id/objects/:orgId/agreed':
      return sharedRound().then((r) => ({
        url: `/api/scoring/rounds/${r.roundId}/objects/${tree.s1.id}/agreed`,
        payload: { position: 'D1.goals.1', points: 1 + (n % 2), comment: 'Согласовано на заседании рабочей группы' },
      }));
    case 'POST /api/scoring/rounds/:id/close':
      return selfRound('expert').then((id) => ({ url: `/api/scoring/rounds/${id}/close` }));
    case 'PUT /api/scoring/rounds/:id/objects/:orgId/scores':
      return selfRound(role).then((id) => ({
        url: `/api/scoring/rounds/${id}/objects/${tree.m1.id}/scores`,
        payload: { scores: { 'D1.goals.1': { points: 2 } } },
      }));
    case 'POST /api/scoring/rounds/:id/objects/:orgId/evidence':
      return selfRound(role).then((id) => ({
        url: `/api/scoring/rounds/${id}/objects/${tree.m1.id}/evidence`,
        payload: Buffer.from('%PDF-1.4'),
        headers: { 'content-type': 'application/pdf', 'x-file-name': 'prikaz.pdf', 'x-position': 'D1.goals.1' },
      }));
    case 'POST /api/scoring/rounds/:id/import':
      return selfRound(role).then(async (id) => ({
        url: `/api/scoring/rounds/${id}/import`,
        payload: (await exportRoundWorkbook(systemContext(t.handle.db), id)).file,
        headers: { 'content-type': XLSX_TYPE, 'x-file-name': 'ocenka.xlsx' },
      }));
    case 'GET /api/reports':
    case 'HEAD /api/reports':
    case 'GET /api/publications':
    case 'HEAD /api/publications':
    case 'GET /api/public/documents':
    case 'HEAD /api/public/documents':
      return {};
    case 'POST /api/reports':
      return reports().then((r) => ({
        payload: {
          catalogueId: r.f.catalogueId,
          periodId: r.f.periodId,
          scopeKind: 'direction',
          directionCode: 'D1',
          territoryId: tree.m1.id,
        },
      }));
    // Readers: the district's draft; a school's representative reads the approved report about the school.
    case 'GET /api/reports/:id':
    case 'HEAD /api/reports/:id':
    case 'GET /api/reports/:id/report.docx':
    case 'HEAD /api/reports/:id/report.docx':
    case 'GET /api/reports/:id/report.pdf':
    case 'HEAD /api/reports/:id/report.pdf':
    case 'GET /api/reports/:id/charts/:key':
    case 'HEAD /api/reports/:id/charts/:key':
    case 'GET /api/reports/:id/files/:fileId':
    case 'HEAD /api/reports/:id/files/:fileId':
      return reports().then((r) => {
        const [id, fileId] = role === 'org_representative' ? [r.own, r.ownFile] : [r.draft, r.draftFile];
        return { url: url.replace(':id', String(id)).replace(':key', 'years').replace(':fileId', String(fileId)) };
      });
    case 'PUT /api/reports/:id/sections':
      return freshReport('draft', url).then((u) => ({ url: u, payload: { sections: { goals: `Цели ${n}` }, editVersion: 1 } }));
    case 'POST /api/reports/:id/refresh':
      return freshReport('draft', url).then((u) => ({ url: u }));
    case 'POST /api/reports/:id/files':
      return freshReport('draft', url).then((u) => ({
        url: u,
        payload: Buffer.from('%PDF-1.4'),
        headers: { 'content-type': 'application/pdf', 'x-file-name': 'protokol.pdf' },
      }));
    case 'POST /api/reports/:id/review':
      return freshReport('draft', url).then((u) => ({
        url: u,
        payload: { meetingDate: '01.12.2024', decision: 'recommend', minutesNumber: String(n) },
      }));
    case 'POST /api/reports/:id/approve':
      return freshReport('reviewed', url).then((u) => ({
        url: u,
        payload: { name: 'Иванова А. П.', post: 'начальник управления', date: '02.12.2024' },
      }));
    case 'POST /api/reports/:id/publish':
    case 'POST /api/reports/:id/versions':
      return freshReport('approved', url).then((u) => ({ url: u }));
    case 'POST /api/reports/:id/unpublish':
      return freshReport('published', url).then((u) => ({ url: u }));
    case 'GET /api/assessments/imports':
    case 'HEAD /api/assessments/imports':
    case 'GET /api/assessments/thresholds':
    case 'HEAD /api/assessments/thresholds':
    case 'GET /api/assessments/mappings':
    case 'HEAD /api/assessments/mappings':
      return {};
    case 'POST /api/assessments/imports':
      return {
        url: `${url}?territoryId=${tree.m1.id}`,
        payload: Buffer.from(`Код ОО;Предмет;Отметка\n${tree.s1.code};Математика;4\n`),
        headers: { 'content-type': 'text/csv', 'x-file-name': 'vpr.csv' },
      };
    case 'POST /api/orgs/register/imports':
      return {
        url: `${url}?territoryId=${tree.m1.id}`,
        payload: Buffer.from(`Наименование;Тип\nШкола из реестра ${n};СОШ\n`),
        headers: { 'content-type': 'text/csv', 'x-file-name': 'reestr.csv' },
      };
    case 'POST /api/orgs/register/imports/:id/preview':
    case 'POST /api/orgs/register/imports/:id/apply':
      return registerImport(role, n).then((id) => ({
        url: url.replace(':id', String(id)),
        ...(url.endsWith('preview') ? { payload: { territoryId: tree.m1.id } } : {}),
      }));
    case 'GET /api/orgs/register/export':
    case 'HEAD /api/orgs/register/export':
      return { url: `${url}?territoryId=${tree.m1.id}` };
    case 'GET /api/assessments/imports/:id':
    case 'HEAD /api/assessments/imports/:id':
    case 'POST /api/assessments/imports/:id/cancel':
      return assessmentImport(t.handle.db, tree.m1.id, tree.s1.code, 'uploaded').then((id) => ({ url: url.replace(':id', String(id)) }));
    case 'POST /api/assessments/imports/:id/read':
      return assessmentImport(t.handle.db, tree.m1.id, tree.s1.code, 'uploaded').then((id) => ({
        url: url.replace(':id', String(id)),
        payload: { kind: 'vpr', year: 2025, mapping: { orgCode: 0, subject: 1, mark: 2 } },
      }));
    case 'POST /api/assessments/imports/:id/apply':
      return assessmentImport(t.handle.db, tree.m1.id, tree.s1.code, 'ready').then((id) => ({
        url: url.replace(':id', String(id)),
        payload: { acceptProposals: true, skipErrors: true },
      }));
    case 'PUT /api/assessments/thresholds':
      return { payload: { thresholds: [{ kind: 'ege', subject: 'rus', year: 2030 + (n % 50), minScore: 24 }] } };
    case 'GET /api/schools-at-risk/shnor':
    case 'HEAD /api/schools-at-risk/shnor':
    case 'GET /api/schools-at-risk/shfnsu':
    case 'HEAD /api/schools-at-risk/shfnsu':
      return { url: `${url}?territoryId=${tree.m1.id}` };
    case 'POST /api/schools-at-risk/groups':
      return { payload: { territoryId: tree.m1.id, list: 'shnor', name: `Школы с низкими результатами ${n}`, orgIds: [tree.s1.id] } };
    case 'GET /api/working-group':
    case 'HEAD /api/working-group':
      return { url: `/api/working-group?territoryId=${tree.m1.id}` };
    case 'PUT /api/working-group':
      return {
        payload: {
          territoryId: tree.m1.id,
          name: `Рабочая группа ${n}`,
          orderNumber: `${n}-од`,
          orderDate: '01.09.2024',
          members: [{ fullName: 'Иванова А. П.', post: 'начальник управления', role: 'chair' }],
        },
      };
    case 'POST /api/publications':
      return reports().then((r) => ({ payload: { catalogueId: r.f.catalogueId, periodId: r.f.periodId, key: r.f.ratingKey } }));
    case 'POST /api/publications/:id/withdraw':
      return reports().then(async (r) => {
        const { id } = await publishRating(systemContext(t.handle.db), {
          catalogueId: r.f.catalogueId,
          periodId: r.f.periodId,
          key: r.f.ratingKey,
        });
        return { url: url.replace(':id', String(id)) };
      });
    case 'GET /api/public/documents/:id':
    case 'HEAD /api/public/documents/:id':
    case 'GET /api/public/documents/:id/document.docx':
    case 'HEAD /api/public/documents/:id/document.docx':
    case 'GET /api/public/documents/:id/document.pdf':
    case 'HEAD /api/public/documents/:id/document.pdf':
      return reports().then((r) => ({ url: url.replace(':id', String(r.publication)) }));
    case 'GET /api/cycle/recommendations':
    case 'HEAD /api/cycle/recommendations':
      return cycle().then(async (c) => (await c.recommendation(), { url: `${url}?territoryId=${tree.m1.id}` }));
    case 'GET /api/cycle/recommendations/mine':
    case 'HEAD /api/cycle/recommendations/mine':
      return {};
    case 'GET /api/cycle/recommendations/:id':
    case 'HEAD /api/cycle/recommendations/:id':
      return cycle().then(async (c) => ({ url: url.replace(':id', String(await c.recommendation())) }));
    case 'POST /api/cycle/recommendations/:id/acknowledge':
      return cycle().then(async (c) => ({ url: url.replace(':id', String(await c.recommendation())), payload: { version: 1 } }));
    case 'POST /api/cycle/recommendations/:id/report':
      return cycle().then(async (c) => ({
        url: url.replace(':id', String(await c.recommendation())),
        payload: { text: 'Проведён педсовет', version: 1 },
      }));
    case 'POST /api/cycle/recommendations/approve':
      return cycle().then(async (c) => ({
        url: `${url}?territoryId=${tree.m1.id}`,
        payload: { ids: [await c.recommendation()], meetingDate: '15.04.2025', minutesNumber: String(n) },
      }));
    case 'GET /api/cycle/reports/:id/suggestions':
    case 'HEAD /api/cycle/reports/:id/suggestions':
      return cycle().then(async (c) => ({ url: url.replace(':id', String(await c.reportId())) }));
    case 'POST /api/cycle/reports/:id/recommendations':
      return cycle().then(async (c) => ({
        url: url.replace(':id', String(await c.reportId())),
        payload: { items: [{ orgId: tree.s1.id, text: `Рекомендация ${n}`, dueOn: '30.06.2025' }] },
      }));
    case 'GET /api/cycle/actions':
    case 'HEAD /api/cycle/actions':
      return { url: `${url}?territoryId=${tree.m1.id}` };
    case 'POST /api/cycle/actions':
      return cycle().then((c) => ({ url: `${url}?territoryId=${tree.m1.id}`, payload: c.actionInput(n % 2 ? 'measure' : 'decision') }));
    case 'PUT /api/cycle/actions/:id/status':
      return cycle().then(async (c) => ({
        url: url.replace(':id', String(await c.action())),
        payload: { status: 'in_progress', version: 1 },
      }));
    case 'GET /api/cycle/roadmap/export':
    case 'HEAD /api/cycle/roadmap/export':
      return { url: `${url}?territoryId=${tree.m1.id}&format=${n % 2 ? 'xlsx' : 'docx'}` };
    case 'GET /api/cycle/effectiveness':
    case 'HEAD /api/cycle/effectiveness':
      return cycle()
        .then(() => reports())
        .then((r) => ({ url: `${url}?territoryId=${tree.m1.id}&frameworkId=${r.f.catalogueId}&directionCode=D1` }));
    case 'PUT /api/cycle/effectiveness':
      return cycle().then(async (c) => {
        const { version } = await c.analysis();
        const r = await reports();
        return {
          payload: {
            territoryId: tree.m1.id,
            frameworkId: r.f.catalogueId,
            directionCode: 'D1',
            conclusions: {},
            summary: `Итог ${n}`,
            problems: ['Проблема'],
            version,
          },
        };
      });
    case 'POST /api/cycle/effectiveness/:id/next-cycle':
      return cycle().then(async (c) => ({ url: url.replace(':id', String((await c.analysis()).id)), payload: { cycle: `Цикл ${n}` } }));
    case 'POST /api/cycle/effectiveness/:id/report':
      return cycle().then(async (c) => ({ url: url.replace(':id', String((await c.analysis()).id)) }));
    case 'GET /api/personnel/me':
    case 'HEAD /api/personnel/me':
      return {};
    case 'GET /api/personnel/leaders':
    case 'HEAD /api/personnel/leaders':
    case 'GET /api/personnel/reserve':
    case 'HEAD /api/personnel/reserve':
    case 'GET /api/personnel/export':
    case 'HEAD /api/personnel/export':
      return { url: `${url}?municipalityId=${tree.m1.id}` };
    case 'POST /api/personnel/leaders':
      return {
        url: `${url}?municipalityId=${tree.m1.id}`,
        payload: {
          orgId: tree.s1.id,
          fullName: `Заместитель ${n}`,
          postKind: 'deputy',
          postTitle: 'заместитель директора',
          appointedOn: '01.09.2021',
          educationLevel: 'higher',
        },
      };
    // A card is read by its keepers, and by the person themselves: every role reads a record linked to its own account.
    case 'GET /api/personnel/leaders/:id':
    case 'HEAD /api/personnel/leaders/:id':
      return personnel().then((p) => ({ url: url.replace(':id', String(p.ownLeader[role === 'anonymous' ? 'admin' : role])) }));
    case 'GET /api/personnel/reserve/candidates/:id':
    case 'HEAD /api/personnel/reserve/candidates/:id':
      return personnel().then((p) => ({ url: url.replace(':id', String(p.ownCandidate[role === 'anonymous' ? 'admin' : role])) }));
    case 'PUT /api/personnel/leaders/:id':
      return personnel().then(async (p) => {
        const l = await p.f.leader();
        return {
          url: url.replace(':id', String(l.id)),
          payload: {
            orgId: tree.s1.id,
            fullName: l.fullName,
            postKind: 'deputy',
            postTitle: 'заместитель директора по ВР',
            appointedOn: '01.09.2020',
            educationLevel: 'higher',
            version: l.version,
          },
        };
      });
    case 'POST /api/personnel/leaders/:id/events':
      return personnel().then((p) => ({
        url: url.replace(':id', String(p.head)),
        payload: { kind: 'deficit_diagnostics', heldOn: '01.02.2025', title: `Диагностика ${n}`, voluntary: true },
      }));
    case 'DELETE /api/personnel/leaders/:id/events/:eventId':
      return personnel().then(async (p) => ({
        url: url.replace(':id', String(p.head)).replace(':eventId', String(await p.f.withEvent(p.head))),
      }));
    case 'PUT /api/personnel/reserve/settings':
      return {
        url: `${url}?municipalityId=${tree.m1.id}`,
        payload: {
          criteria: [`Критерий ${n}`],
          trainingSystem: 'Школа резерва',
          supportMechanism: 'Наставничество',
          greenMin: 70,
          yellowMin: 50,
        },
      };
    case 'POST /api/personnel/reserve/rounds':
      return { url: `${url}?municipalityId=${tree.m1.id}`, payload: { title: `Отбор ${n}`, heldOn: '20.01.2025' } };
    case 'POST /api/personnel/reserve/candidates':
      return {
        url: `${url}?municipalityId=${tree.m1.id}`,
        payload: {
          fullName: `Кандидат ${n}`,
          currentPost: 'учитель',
          targetPost: 'директор школы',
          educationLevel: 'higher',
          nominatedOn: '15.01.2025',
        },
      };
    case 'POST /api/personnel/reserve/candidates/:id/events':
      return personnel().then((p) => ({
        url: url.replace(':id', String(p.candidate)),
        payload: { kind: 'diagnostics', heldOn: '10.02.2025', title: `Диагностика ${n}`, passed: true },
      }));
    case 'POST /api/personnel/reserve/candidates/:id/plan':
      return personnel().then((p) => ({
        url: url.replace(':id', String(p.candidate)),
        payload: { items: [{ title: `Пункт ${n}`, dueOn: '01.06.2025' }] },
      }));
    case 'PUT /api/personnel/reserve/candidates/:id/plan/:itemId':
      return personnel().then(async (p) => ({
        url: url.replace(':id', String(p.candidate)).replace(':itemId', String(await p.f.withPlan(p.candidate))),
        payload: { doneOn: '20.05.2025' },
      }));
    case 'POST /api/personnel/reserve/candidates/:id/enroll':
      return personnel().then(async (p) => ({
        url: url.replace(':id', String(await p.f.candidate())),
        payload: { enrolledOn: '01.03.2025' },
      }));
    case 'POST /api/personnel/reserve/candidates/:id/exclude':
      return personnel().then(async (p) => ({
        url: url.replace(':id', String(await p.f.candidate())),
        payload: { excludedOn: '01.04.2025', reason: 'по собственному желанию' },
      }));
    case 'PUT /api/personnel/reserve/candidates/:id/mentor':
      return personnel().then((p) => ({ url: url.replace(':id', String(p.candidate)), payload: { mentorLeaderId: p.head } }));
    case 'POST /api/personnel/reserve/candidates/:id/appoint':
      return personnel().then(async (p) => ({
        url: url.replace(':id', String(await p.f.candidate('enrolled'))),
        payload: {
          orgId: tree.s1.id,
          postKind: 'deputy',
          postTitle: 'заместитель директора',
          appointedOn: '01.09.2025',
          orderNumber: `${n}-к`,
          orderDate: '25.08.2025',
          approvedByName: 'Иванова А. П.',
          approvedByPost: 'начальник управления образования',
        },
      }));
    case 'POST /api/data-imports/preview':
    case 'POST /api/data-imports/apply':
      // A one-row table for school s1 by its code: every allowed call brings a new number of winners.
      return {
        payload: {
          fileName: 'pobediteli.csv',
          content: Buffer.from(`Код;Победители\n${tree.s1.code};${n}\n`).toString('base64'),
          period: '2024/2025',
          territory: tree.m1.code,
          mapping: { columns: { Код: { role: 'org_code' }, Победители: { role: 'value', element: 't_winners' } } },
          ...(url.endsWith('apply') ? { acceptProposals: false } : {}),
        },
      };
    default:
      return null;
  }
}

let sharedPersonnel: Promise<{
  f: ReturnType<typeof personnelFixtures>;
  head: number;
  candidate: number;
  ownLeader: Record<Role, number>;
  ownCandidate: Record<Role, number>;
}> | null = null;
/** The first municipality's register: a head of s1, an enrolled candidate, and for each role a record of its own. */
const personnel = () =>
  (sharedPersonnel ??= (async () => {
    const f = personnelFixtures(t.handle.db, t.tree);
    const head = (await f.leader({ postKind: 'head', postTitle: 'директор', fullName: 'Директор Тест' })).id;
    const ownLeader = {} as Record<Role, number>;
    const ownCandidate = {} as Record<Role, number>;
    for (const role of ROLES) {
      // An administrator's account has no scope and is linked to nobody: they keep every register anyway.
      const login = role === 'admin' ? null : loginOf[role];
      ownLeader[role] = (await f.leader({ login })).id;
      ownCandidate[role] = await f.candidate('nominated', login);
    }
    return { f, head, candidate: await f.candidate('enrolled'), ownLeader, ownCandidate };
  })());

let sharedReports: Promise<{
  f: ReportFixtures;
  draft: number;
  draftFile: number;
  own: number;
  ownFile: number;
  publication: number;
}> | null = null;
/** Reports for the report routes: a draft of the district, the approved report about school s1, a published one. */
const reports = () =>
  (sharedReports ??= (async () => {
    const f = await reportFixtures(t.handle.db, t.tree);
    const draft = await f.reportIn('draft');
    const own = await f.reportIn('approved', 'school');
    const published = await f.reportIn('published');
    return { f, draft, draftFile: await f.attach(draft), own, ownFile: await f.attach(own), publication: await f.publicationOf(published) };
  })());

/** The management cycle of the district over the shared reports. */
const cycle = async () => cycleFixtures(t.handle.db, t.tree, (await reports()).f);

/** A new report of the district in the status, for a write that changes it. */
const freshReport = async (status: 'draft' | 'reviewed' | 'approved' | 'published', url: string) => {
  const r = await reports();
  return url.replace(':id', String(await r.f.reportIn(status)));
};

const loginOf = {} as Record<Role, string>;

/** A previewed register import of the caller (a CSV naming one new school of m1) whose plan is ready to apply. */
async function registerImport(role: Role | 'anonymous', n: number): Promise<number> {
  const db = t.handle.db;
  const user =
    role === 'anonymous' ? undefined : await db.selectFrom('app_user').select('id').where('login', '=', loginOf[role]).executeTakeFirst();
  const m1 = await db.selectFrom('org').select(['id', 'name', 'code']).where('id', '=', t.tree.m1.id).executeTakeFirstOrThrow();
  const name = `Школа из реестра ${n}`;
  const plan = {
    root: { kind: 'municipality', id: m1.id, name: m1.name, code: m1.code },
    territories: [],
    created: [
      {
        line: 2,
        territoryKey: null,
        code: `${m1.code}-R${n}`,
        name,
        shortName: null,
        type: 'school',
        inn: null,
        ogrn: null,
        fisOkoCode: null,
        attributes: {},
      },
    ],
    updated: [],
    unchanged: [],
    ambiguous: [],
    unplaced: [],
    unknownTypes: [],
    errors: [],
    notes: [],
    skipped: [],
    unconfirmedTerritories: 0,
    ready: true,
  };
  const row = await db
    .insertInto('org_register_import')
    .values({
      scope_org_id: m1.id,
      file_name: 'reestr.csv',
      file: new TextEncoder().encode(`Наименование;Тип\n${name};СОШ\n`),
      settings: JSON.stringify({ territoryId: m1.id }),
      plan: JSON.stringify(plan),
      created_by: user?.id ?? null,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  return row.id;
}

let sharedScoring: Promise<{ roundId: number; evidenceId: number }> | null = null;

const scoringIds = async () => ({
  frameworkId: (await t.handle.db.selectFrom('framework').select('id').where('code', '=', 'test-mechanisms').executeTakeFirstOrThrow()).id,
  periodId: (await t.handle.db.selectFrom('period').select('id').where('code', '=', '2024/2025').executeTakeFirstOrThrow()).id,
  expertId: (await t.handle.db.selectFrom('app_user').select('id').where('login', '=', loginOf.expert).executeTakeFirstOrThrow()).id,
});

/** An actor for a test user by role, as the auth hook would build it. */
async function actorOf(role: Role): Promise<Actor> {
  const user = await t.handle.db
    .selectFrom('app_user as u')
    .leftJoin('org as o', 'o.id', 'u.scope_org_id')
    .select(['u.id', 'u.login', 'u.full_name', 'u.scope_org_id', 'o.path'])
    .where('u.login', '=', loginOf[role])
    .executeTakeFirstOrThrow();
  return { userId: user.id, login: user.login, fullName: user.full_name, role, scopeOrgId: user.scope_org_id, scopePath: user.path };
}

/** One expert round over the first municipality's school, scored and documented by the test expert. */
const sharedRound = () =>
  (sharedScoring ??= (async () => {
    const x = await scoringIds();
    const round = await createRound(systemContext(t.handle.db), {
      name: 'Общий раунд',
      frameworkId: x.frameworkId,
      periodId: x.periodId,
      scopeOrgId: t.tree.m1.id,
      kind: 'expert',
      objects: [{ orgId: t.tree.s1.id, scorerIds: [x.expertId] }],
    });
    const expert = { db: t.handle.db, actor: await actorOf('expert'), requestId: null };
    const file = await uploadEvidence(expert, round.id, t.tree.s1.id, {
      position: 'D1.goals.1',
      fileName: 'prikaz.pdf',
      bytes: Buffer.from('%PDF-1.4'),
    });
    return { roundId: round.id, evidenceId: file.id };
  })());

/** A fresh self-assessment of the first municipality scored by the caller (any role that scores). */
async function selfRound(role: Role | 'anonymous'): Promise<number> {
  const x = await scoringIds();
  const scorer = role === 'anonymous' || role === 'viewer' || role === 'org_representative' ? 'expert' : role;
  const round = await createRound(systemContext(t.handle.db), {
    name: 'Самооценка',
    frameworkId: x.frameworkId,
    periodId: x.periodId,
    scopeOrgId: t.tree.m1.id,
    kind: 'self',
    objects: [{ orgId: t.tree.m1.id, scorerIds: [(await actorOf(scorer)).userId] }],
  });
  return round.id;
}

let representative: Promise<number> | null = null;
/** The account the user-management routes act on (created once: each account costs a password hash). */
const sharedRepresentative = () =>
  (representative ??= buildUser(t.handle.db, 'org_representative', t.tree.s1.id, 'managed.rep').then((u) => u.id));

let shared: Promise<number> | null = null;
/** One campaign over the first municipality for the read-only routes. */
const sharedCampaign = () => (shared ??= startCampaign(t.handle.db, t.tree.m1.id, 'Общая кампания').then((c) => c.id));

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

  // every route × 8 callers, each with audit counts: near a minute on PostgreSQL on a 2-core machine, more as routes are added
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
        else if (policy?.access === 'local' || caller === 'anonymous') allowed = false;
        else allowed = policy?.roles === 'all' || (policy?.roles ?? []).includes(caller);
        if (allowed && (res.statusCode === 401 || res.statusCode === 403)) problems.push(`refused but allowed — ${label}`);
        if (!allowed) {
          const expected = caller === 'anonymous' && policy?.access !== 'local' ? 401 : 403;
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
  }, 600_000);
});
