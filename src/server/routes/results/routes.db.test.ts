import { beforeAll, describe, expect, it } from 'vitest';
import { dataValueRepository } from '../../../db/repositories/data-value-repository.ts';
import { buildOrgTree, catalogueIdOf, periodIdOf } from '../../../../test/helpers/factories.ts';
import { useTestApp } from '../../../../test/helpers/test-app.ts';

const t = useTestApp();
const { get } = t;
let catalogueId: number;
let periodId: number;

beforeAll(async () => {
  const { db } = t.handle;
  catalogueId = await catalogueIdOf(db, 'test-indicators');
  periodId = await periodIdOf(db, '2024/2025');
  const put = (orgId: number, elementCode: string, value: number, status: 'accepted' | 'demo' | 'submitted') =>
    dataValueRepository.upsert(db, { orgId, periodId, elementCode, breakdown: {}, value, source: 'тест', status, enteredBy: null });
  await put(t.tree.s1.id, 't_winners', 3, 'accepted');
  await put(t.tree.s1.id, 't_pupils', 30, 'accepted');
  await put(t.tree.s2.id, 't_winners', 6, 'demo');
  await put(t.tree.s2.id, 't_pupils', 20, 'demo');
  // Submitted but not accepted: must not reach the engine.
  await put(t.tree.k1.id, 't_winners', 50, 'submitted');
});

describe('computing and reading results', () => {
  it('computes values, roll-ups and ratings in one run and audits it', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/results/compute',
      headers: { cookie: t.cookies.regional_operator },
      payload: { catalogueId, periodId },
    });
    expect(res.statusCode).toBe(200);
    // D1.01 is a school-year indicator; D2.01 (calendar year) is skipped for a school year.
    expect(res.json()).toMatchObject({ indicators: 1, skippedIndicators: 1 });
    const values = await t.handle.db
      .selectFrom('indicator_result')
      .select(['org_id', 'level', 'outcome', 'value'])
      .where('indicator_code', '=', 'D1.01')
      .orderBy('org_id')
      .execute();
    expect(values).toEqual(
      expect.arrayContaining([
        { org_id: t.tree.s1.id, level: 'organisation', outcome: 'ok', value: 10 }, // 3 / 30 × 100
        { org_id: t.tree.s2.id, level: 'organisation', outcome: 'ok', value: 30 }, // 6 / 20 × 100
        { org_id: t.tree.m1.id, level: 'municipality', outcome: 'ok', value: 10 },
        { org_id: t.tree.region.id, level: 'region', outcome: 'ok', value: 18 }, // (3 + 6) / (30 + 20) × 100, not a mean of 10 and 30
      ]),
    );
    const audit = await t.handle.db.selectFrom('audit_log').select('action').where('action', '=', 'results.compute').execute();
    expect(audit).toHaveLength(1);
  });

  it('rates municipalities against the best one and explains each number', async () => {
    const key = `region:${t.tree.region.id}:municipalities`;
    const res = await get(`/api/ratings/view?catalogueId=${catalogueId}&periodId=${periodId}&key=${key}`, t.cookies.viewer);
    expect(res.statusCode).toBe(200);
    const { content } = res.json();
    const cells = content.rating.indicators[0].cells;
    // Scores: m1 10 / 30 × 100 = 33.33…, m2 30 / 30 × 100 = 100.
    expect(cells[String(t.tree.m2.id)].score).toEqual({ kind: 'ok', value: 100 });
    expect(cells[String(t.tree.m1.id)].score.value).toBeCloseTo(33.333, 3);
    expect(cells[String(t.tree.m1.id)].place).toMatchObject({ place: 2 });
    expect(cells[String(t.tree.m1.id)].explanation).toContain('место 2');
    // What a missing indicator does is part of the rating (000 §2.2: the seed's divisor by default).
    expect([content.rating.missingRule, content.rating.precision, content.rating.displayPrecision]).toEqual(['zero', 0.01, 0.01]);
  });

  it('shows each operator only the ratings of their scope', async () => {
    const list = await get(`/api/ratings?catalogueId=${catalogueId}&periodId=${periodId}`, t.cookies.municipal_operator);
    // Its own schools' rating, and the region's rating of municipalities, where it is compared.
    expect(
      list
        .json()
        .items.map((i: { key: string }) => i.key)
        .sort(),
    ).toEqual([`municipality:${t.tree.m1.id}:school`, `region:${t.tree.region.id}:municipalities`]);
    const region = await get(
      `/api/ratings/view?catalogueId=${catalogueId}&periodId=${periodId}&key=region:${t.tree.region.id}:municipalities`,
      t.cookies.org_representative,
    );
    expect(region.statusCode).toBe(403);
    expect(region.json().message).toBe('Этот рейтинг вне вашей зоны доступа.');
    // A school sees the rating it is compared in, and no other.
    const own = await get(`/api/ratings?catalogueId=${catalogueId}&periodId=${periodId}`, t.cookies.org_representative);
    expect(own.json().items.map((i: { key: string }) => i.key)).toEqual([`municipality:${t.tree.m1.id}:school`]);
  });

  it('explains a value: formula, inputs, numerator and denominator', async () => {
    const res = await get(
      `/api/results/explain?catalogueId=${catalogueId}&periodId=${periodId}&orgId=${t.tree.s1.id}&indicator=D1.01`,
      t.cookies.org_representative,
    );
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ outcome: 'ok', value: 10 });
    expect(JSON.stringify(res.json().explanation)).toContain('ratio(t_winners, t_pupils)');
    const other = await get(
      `/api/results/explain?catalogueId=${catalogueId}&periodId=${periodId}&orgId=${t.tree.s2.id}&indicator=D1.01`,
      t.cookies.org_representative,
    );
    expect(other.statusCode).toBe(403);
  });

  it('explains a roll-up with its parts and names the schools left out', async () => {
    const res = await get(
      `/api/results/explain?catalogueId=${catalogueId}&periodId=${periodId}&orgId=${t.tree.region.id}&indicator=D1.01`,
      t.cookies.regional_operator,
    );
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.explanation).toMatchObject({ kind: 'roll-up', rollUp: { rule: 'ratio', numerator: 9, denominator: 50, used: 2 } });
    // k1 is a kindergarten (D1.01 applies to schools only); the other schools without data are excluded by name.
    for (const e of body.explanation.rollUp.excluded) expect(body.objectNames[String(e.objectId)]).toEqual(expect.any(String));
    expect(body.stale).toBe(false);
  });

  it('lists the inputs with who entered them and says when data changed after the recompute', async () => {
    const url = `/api/results/explain?catalogueId=${catalogueId}&periodId=${periodId}&orgId=${t.tree.s1.id}&indicator=D1.01`;
    const before = (await get(url, t.cookies.regional_operator)).json();
    expect(before.inputs.map((i: { element: string; value: number }) => [i.element, i.value])).toEqual([
      ['t_pupils', 30],
      ['t_winners', 3],
    ]);
    expect(before.stale).toBe(false);
    await dataValueRepository.upsert(t.handle.db, {
      orgId: t.tree.s1.id,
      periodId,
      elementCode: 't_winners',
      breakdown: {},
      value: 4,
      source: 'тест',
      status: 'accepted',
      enteredBy: null,
    });
    const after = (await get(url, t.cookies.regional_operator)).json();
    // The stored value (10) stands until the recompute; the explanation says the data moved on.
    expect(after).toMatchObject({ value: 10, stale: true });
  });

  it('recomputes only what depends on one school when asked, and says so in the audit log', async () => {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/results/compute',
      headers: { cookie: t.cookies.regional_operator },
      payload: { catalogueId, periodId, orgId: t.tree.s1.id },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ orgId: t.tree.s1.id });
    // The changed value (4 winners of 30 since the previous test) is in the results now.
    const value = await t.handle.db
      .selectFrom('indicator_result')
      .select('value')
      .where('org_id', '=', t.tree.s1.id)
      .where('indicator_code', '=', 'D1.01')
      .executeTakeFirstOrThrow();
    expect(value.value).toBeCloseTo(13.333, 3);
    const region = await t.handle.db
      .selectFrom('indicator_result')
      .select('value')
      .where('org_id', '=', t.tree.region.id)
      .where('indicator_code', '=', 'D1.01')
      .executeTakeFirstOrThrow();
    expect(region.value).toBe(20); // (4 + 6) / (30 + 20) × 100
    const audit = await t.handle.db.selectFrom('audit_log').select('action').where('action', '=', 'results.recompute_org').execute();
    expect(audit).toHaveLength(1);
    const bad = await t.app.inject({
      method: 'POST',
      url: '/api/results/compute',
      headers: { cookie: t.cookies.regional_operator },
      payload: { catalogueId, periodId, orgId: 'school' },
    });
    expect(bad.statusCode).toBe(400);
  });

  it('lets a regional operator recompute only their own region', async () => {
    const compute = (payload: object) =>
      t.app.inject({ method: 'POST', url: '/api/results/compute', headers: { cookie: t.cookies.regional_operator }, payload });
    expect((await compute({ catalogueId, periodId, orgId: t.tree.s1.id })).statusCode).toBe(200);
    expect((await compute({ catalogueId, periodId })).statusCode).toBe(200);
    // a second region in the same system
    const other = await buildOrgTree(t.handle.db);
    const runs = async () =>
      Number(
        (
          await t.handle.db
            .selectFrom('compute_run')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await runs();
    const foreign = await compute({ catalogueId, periodId, orgId: other.s1.id });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().message).toMatch(/вне вашей зоны доступа/);
    const full = await compute({ catalogueId, periodId });
    expect(full.statusCode).toBe(403);
    expect(full.json().message).toMatch(/Полный пересчёт затрагивает регионы вне вашей зоны/);
    expect(await runs()).toBe(before);
    // the administrator recomputes the whole system
    expect(
      (
        await t.app.inject({
          method: 'POST',
          url: '/api/results/compute',
          headers: { cookie: t.cookies.admin },
          payload: { catalogueId, periodId },
        })
      ).statusCode,
    ).toBe(200);
  });
});
