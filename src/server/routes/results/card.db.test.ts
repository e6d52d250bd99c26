import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OrgCardView } from '../../../app/results/org-card.ts';
import { twoSchoolYears } from '../../../../test/helpers/two-school-years.ts';
import type { OrgRow } from '../../../db/schema.ts';
import { buildOrg } from '../../../../test/helpers/factories.ts';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.ts';

let t: TestApp;
let catalogueId: number;
let s3: OrgRow;

const get = (url: string, cookie: string) => t.app.inject({ method: 'GET', url, headers: { cookie } });
const card = (orgId: number, cookie: string) => get(`/api/results/card?catalogueId=${catalogueId}&orgId=${orgId}`, cookie);

beforeAll(async () => {
  t = await createTestApp();
  const { db } = t.handle;
  s3 = await buildOrg(db, t.tree.m1, { name: 'Школа № 3 первого района' });
  const years = await twoSchoolYears(db);
  const { put, periodId } = years;
  catalogueId = years.catalogueId;
  // 2023/2024: s1 2 of 40 (5 %), s3 4 of 40 (10 %); s2 of the second district has no data.
  await put('2023/2024', t.tree.s1.id, 't_winners', 2);
  await put('2023/2024', t.tree.s1.id, 't_pupils', 40);
  await put('2023/2024', s3.id, 't_winners', 4);
  await put('2023/2024', s3.id, 't_pupils', 40);
  // 2024/2025: s1 3 of 30 (10 %), s3 6 of 30 (20 %), s2 6 of 20 (30 %).
  await put('2024/2025', t.tree.s1.id, 't_winners', 3);
  await put('2024/2025', t.tree.s1.id, 't_pupils', 30);
  await put('2024/2025', s3.id, 't_winners', 6);
  await put('2024/2025', s3.id, 't_pupils', 30);
  await put('2024/2025', t.tree.s2.id, 't_winners', 6);
  await put('2024/2025', t.tree.s2.id, 't_pupils', 20);
  for (const code of ['2023/2024', '2024/2025']) {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/results/compute',
      headers: { cookie: t.cookies.regional_operator },
      payload: { catalogueId, periodId: periodId(code) },
    });
    expect(res.statusCode).toBe(200);
  }
});
afterAll(async () => {
  await t.close();
});

describe('GET /api/results/card', () => {
  it('gives a school its values, the roll-ups of its municipality and region, scores and places by period', async () => {
    const res = await card(t.tree.s1.id, t.cookies.municipal_operator);
    expect(res.statusCode).toBe(200);
    const body = res.json<OrgCardView>();
    expect(body.org).toMatchObject({ id: t.tree.s1.id, name: 'Школа № 1 первого района', kind: 'organisation', type: 'school' });
    expect(body.municipality).toMatchObject({ id: t.tree.m1.id, name: 'Первый район' });
    expect(body.region).toMatchObject({ id: t.tree.region.id, name: 'Тестовая область' });
    // the card page reads it: a response without it left the page blank (found by the ratings browser test)
    expect(body.notApplicable).toEqual([]);
    expect(body.indicators.map((i) => i.code)).toEqual(['D1.01', 'D2.01']);
    expect(body.periods.map((p) => p.code)).toEqual(['2023/2024', '2024/2025']);

    const [earlier, latest] = body.periods;
    expect(latest?.values).toEqual([
      {
        code: 'D1.01',
        value: { kind: 'ok', value: 10 },
        municipality: { kind: 'ok', value: 15 }, // (3 + 6) / (30 + 30) × 100
        region: { kind: 'ok', value: 18.75 }, // (3 + 6 + 6) / (30 + 30 + 20) × 100
        score: { kind: 'ok', value: 50 }, // 10 / 20 × 100: s3 is the best of the district's schools
        place: { place: 2, placeTo: 2, label: '2', count: 2 },
      },
    ]);
    expect(latest?.comparison).toMatchObject({ key: `municipality:${t.tree.m1.id}:school`, count: 2 });
    expect(latest?.directions).toEqual([
      { code: 'D1', score: { kind: 'ok', value: 50 }, place: { place: 2, placeTo: 2, label: '2', count: 2 } },
    ]);
    expect(latest?.summary).toMatchObject({ score: { kind: 'ok', value: 50 }, place: { label: '2', count: 2 }, zone: null });
    expect(earlier?.values[0]).toMatchObject({
      value: { kind: 'ok', value: 5 },
      municipality: { kind: 'ok', value: 7.5 },
      score: { kind: 'ok', value: 50 },
    });
  });

  it('gives a municipality its values compared with the region and its place among the municipalities', async () => {
    const res = await card(t.tree.m1.id, t.cookies.municipal_operator);
    expect(res.statusCode).toBe(200);
    const body = res.json<OrgCardView>();
    expect(body.municipality).toBeNull();
    const latest = body.periods.at(-1);
    expect(latest?.comparison).toMatchObject({ key: `region:${t.tree.region.id}:municipalities`, count: 2 });
    expect(latest?.values[0]).toMatchObject({
      value: { kind: 'ok', value: 15 },
      municipality: null,
      region: { kind: 'ok', value: 18.75 },
      score: { kind: 'ok', value: 50 }, // 15 / 30 × 100
      place: { place: 2, count: 2 },
    });
  });

  it('refuses a municipal operator the card of another municipality’s school', async () => {
    const res = await card(t.tree.s2.id, t.cookies.municipal_operator);
    expect(res.statusCode).toBe(403);
    expect(res.json()).toMatchObject({ code: 'forbidden', message: 'Результаты этой организации вне вашей зоны доступа.' });
    expect((await card(t.tree.m2.id, t.cookies.municipal_operator)).statusCode).toBe(403);
  });

  it('shows a school its own card and no other school’s, not even in its district', async () => {
    const own = await card(t.tree.s1.id, t.cookies.org_representative);
    expect(own.statusCode).toBe(200);
    expect(own.json<OrgCardView>().periods.at(-1)?.values[0]?.municipality).toEqual({ kind: 'ok', value: 15 });
    expect((await card(s3.id, t.cookies.org_representative)).statusCode).toBe(403);
    expect((await card(t.tree.s2.id, t.cookies.org_representative)).statusCode).toBe(403);
    expect((await card(t.tree.m1.id, t.cookies.org_representative)).statusCode).toBe(403);
  });

  it('answers 404 for an unknown organisation or catalogue and 400 for bad parameters', async () => {
    const unknown = await card(999_999, t.cookies.admin);
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().message).toContain('Организация с id 999999');
    const noCatalogue = await get(`/api/results/card?catalogueId=999999&orgId=${t.tree.s1.id}`, t.cookies.admin);
    expect(noCatalogue.statusCode).toBe(404);
    expect((await get(`/api/results/card?catalogueId=${catalogueId}`, t.cookies.admin)).statusCode).toBe(400);
  });
});
