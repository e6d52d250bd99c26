import type { FastifyInstance } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncCatalogues } from '../../../app/catalogues/sync-catalogues.ts';
import type { DatabaseHandle } from '../../../db/create-database.ts';
import { dataValueRepository } from '../../../db/repositories/data-value-repository.ts';
import { buildServer } from '../../build-server.ts';
import { buildOrgTree, buildSchoolYear, buildUser, catalogueIdOf } from '../../../../test/helpers/factories.ts';
import { createTestDatabase } from '../../../../test/helpers/test-database.ts';
import { loginCookie, TEST_CATALOG_DIR } from '../../../../test/helpers/test-app.ts';

// From an empty database (no demo): what the ratings and effectiveness pages are told when there is
// nothing to show, step by step as the system fills.

let handle: DatabaseHandle;
let app: FastifyInstance;
let admin: string;
const get = async (url: string) => {
  const res = await app.inject({ method: 'GET', url, headers: { cookie: admin } });
  return { status: res.statusCode, body: res.json() };
};

beforeAll(async () => {
  handle = await createTestDatabase();
  app = await buildServer({ db: handle.db, uiDir: null });
  const user = await buildUser(handle.db, 'admin', null);
  admin = await loginCookie(app, user.login);
});
afterAll(async () => {
  await app.close();
  await handle.close();
});

describe('readiness of results, from an empty database', () => {
  it('names everything an empty system lacks, with the pages where it is done', async () => {
    const { status, body } = await get('/api/ratings/readiness');
    expect(status).toBe(200);
    expect(body.counts).toEqual({ catalogues: 0, periods: 0, organisations: 0, values: 0 });
    expect(body.steps.map((s: { path: string }) => s.path)).toEqual(['/catalogues', '/periods', '/orgs/register', '/data-import']);
    expect(body.computed).toEqual([]);
    expect(body.computedAt).toBeNull();
  });

  it('with methodologies loaded, says that periods, organisations and data are missing, not methodologies', async () => {
    await syncCatalogues(handle.db, TEST_CATALOG_DIR);
    const { body } = await get('/api/ratings/readiness');
    expect(body.counts.catalogues).toBe(1);
    expect(body.steps.map((s: { gap: string }) => s.gap)).toEqual(['periods', 'organisations', 'values']);
    expect(body.message).toMatch(/^Рейтинги рассчитывать пока не из чего: нет отчётных периодов, организаций, данных показателей\./);
    expect(body.message).not.toContain('методик');
    expect(body.computeRoles).toBe('администратор или региональный оператор');
  });

  it('with data and nothing computed: the analysis of effectiveness answers a stable code and who computes, not an error', async () => {
    const tree = await buildOrgTree(handle.db);
    const periodId = await buildSchoolYear(handle.db, '2024/2025');
    const catalogueId = await catalogueIdOf(handle.db, 'test-indicators');
    for (const [org, winners] of [
      [tree.s1.id, 3],
      [tree.s2.id, 6],
    ] as const) {
      for (const [elementCode, value] of [
        ['t_winners', winners],
        ['t_pupils', 30],
      ] as const) {
        await dataValueRepository.upsert(handle.db, {
          orgId: org,
          periodId,
          elementCode,
          breakdown: {},
          value,
          source: 'тест',
          status: 'accepted',
          enteredBy: null,
        });
      }
    }
    const ready = await get(`/api/ratings/readiness?catalogueId=${catalogueId}&periodId=${periodId}`);
    expect(ready.body.steps).toEqual([]);
    expect(ready.body.counts.values).toBe(4);
    expect(ready.body.message).toContain('ещё не рассчитаны: их рассчитывает администратор или региональный оператор');
    expect(ready.body.computedAt).toBeNull();

    const effect = await get(`/api/cycle/effectiveness?territoryId=${tree.m1.id}&frameworkId=${catalogueId}&directionCode=D1`);
    expect(effect.status).toBe(409);
    expect(effect.body.code).toBe('results_not_computed');
    expect(effect.body.message).toContain('рассчитывает администратор или региональный оператор');

    const compute = await app.inject({
      method: 'POST',
      url: '/api/results/compute',
      headers: { cookie: admin },
      payload: { catalogueId, periodId },
    });
    expect(compute.statusCode, compute.body).toBe(200);
    const after = await get(`/api/ratings/readiness?catalogueId=${catalogueId}&periodId=${periodId}`);
    expect(after.body.computedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect(after.body.computed).toEqual([{ catalogueId, periodId, periodName: expect.any(String), computedAt: after.body.computedAt }]);
    expect((await get(`/api/cycle/effectiveness?territoryId=${tree.m1.id}&frameworkId=${catalogueId}&directionCode=D1`)).status).toBe(200);
  });
});
