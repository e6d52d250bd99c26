import { beforeAll, describe, expect, it } from 'vitest';
import { dataValueRepository } from '../../../db/repositories/data-value-repository.ts';
import type { OrgRow } from '../../../db/schema.ts';
import { buildOrg, buildSchoolYear, catalogueIdOf, periodIdOf } from '../../../../test/helpers/factories.ts';
import { useTestApp } from '../../../../test/helpers/test-app.ts';

const t = useTestApp();
let catalogueId: number;
let periodId: number;
let previousId: number;
const schools: Record<'a' | 'b' | 'c' | 'd', OrgRow> = {} as never;

// D1.01 = t_winners / t_pupils × 100 over the schools of «Первый район» (s1 and four more).
// 2024/2025: s1 3/30 = 10, a 6/30 = 20, b 12/40 = 30, c 20/50 = 40, d no data;
//            the district: (3 + 6 + 12 + 20) / (30 + 30 + 40 + 50) × 100 = 27.33…
// 2023/2024: s1 1/20 = 5, a 3/20 = 15, b 5/20 = 25, c 7/20 = 35; the district 16 / 80 × 100 = 20.
beforeAll(async () => {
  const { db } = t.handle;
  catalogueId = await catalogueIdOf(db, 'test-indicators');
  periodId = await periodIdOf(db, '2024/2025');
  previousId = await buildSchoolYear(db, '2023/2024');
  schools.a = await buildOrg(db, t.tree.m1, { name: 'Школа А' });
  schools.b = await buildOrg(db, t.tree.m1, { name: 'Школа Б' });
  schools.c = await buildOrg(db, t.tree.m1, { name: 'Школа В', shortName: 'СОШ В' });
  schools.d = await buildOrg(db, t.tree.m1, { name: 'Школа Г' });
  const put = async (orgId: number, period: number, winners: number, pupils: number) => {
    for (const [elementCode, value] of [
      ['t_winners', winners],
      ['t_pupils', pupils],
    ] as const) {
      await dataValueRepository.upsert(db, {
        orgId,
        periodId: period,
        elementCode,
        breakdown: {},
        value,
        source: 'тест',
        status: 'accepted',
        enteredBy: null,
      });
    }
  };
  await put(t.tree.s1.id, periodId, 3, 30);
  await put(schools.a.id, periodId, 6, 30);
  await put(schools.b.id, periodId, 12, 40);
  await put(schools.c.id, periodId, 20, 50);
  await put(t.tree.s1.id, previousId, 1, 20);
  await put(schools.a.id, previousId, 3, 20);
  await put(schools.b.id, previousId, 5, 20);
  await put(schools.c.id, previousId, 7, 20);
  for (const period of [previousId, periodId]) {
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/results/compute',
      headers: { cookie: t.cookies.regional_operator },
      payload: { catalogueId, periodId: period },
    });
    if (res.statusCode !== 200) throw new Error(res.body);
  }
});

const page = (cookie: string, key: string, indicator = 'D1.01') =>
  t.app.inject({
    method: 'GET',
    url: `/api/results/indicator?catalogueId=${catalogueId}&periodId=${periodId}&key=${encodeURIComponent(key)}&indicator=${encodeURIComponent(indicator)}`,
    headers: { cookie },
  });

describe('GET /api/results/indicator', () => {
  it('gives the distribution, quartiles, best and worst, histogram and trend of the district schools', async () => {
    const res = await page(t.cookies.municipal_operator, `municipality:${t.tree.m1.id}:school`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.indicator).toMatchObject({
      code: 'D1.01',
      name: 'доля победителей олимпиад от общего числа обучающихся',
      unit: 'percent',
      polarity: 'higher_better',
      formula: 'ratio(t_winners, t_pupils)',
      rollUp: 'ratio',
      directions: [{ code: 'D1', name: 'Олимпиады' }],
      inversion: null, // the lower-is-better rule is stated only for lower-is-better indicators
    });
    expect(body.indicator.elements.map((e: { code: string }) => e.code)).toEqual(['t_winners', 't_pupils']);
    expect(body.comparison).toMatchObject({ scope: { id: t.tree.m1.id, name: 'Первый район', kind: 'municipality' }, objectCount: 5 });
    expect(body.period).toEqual({ id: periodId, name: '2024/2025 учебный год' });
    // 10, 20, 30, 40: QUARTILE.INC Q1 = 10 + 0.75 × 10 = 17.5, Q3 = 30 + 0.25 × 10 = 32.5.
    expect(body.stats).toEqual({ n: 4, nWithout: 1, min: 10, q1: 17.5, median: 25, q3: 32.5, max: 40, mean: 25 });
    expect(body.scopeValue.value).toBeCloseTo(27.333, 3);
    expect(body.distribution.values.map((v: { name: string; value: number }) => [v.name, v.value])).toEqual([
      ['Школа № 1 первого района', 10],
      ['Школа А', 20],
      ['Школа Б', 30],
      ['СОШ В', 40],
    ]);
    expect(body.distribution.without).toEqual([expect.objectContaining({ id: schools.d.id, name: 'Школа Г', kind: 'missing' })]);
    expect(body.distribution.reasons).toHaveLength(1);
    // Four objects with a value: two best and two worst, never the same object in both.
    expect(body.best.map((b: { name: string; rank: number }) => [b.name, b.rank])).toEqual([
      ['СОШ В', 1],
      ['Школа Б', 2],
    ]);
    expect(body.worst.map((w: { name: string; rank: number }) => [w.name, w.rank])).toEqual([
      ['Школа № 1 первого района', 4],
      ['Школа А', 3],
    ]);
    // Sturges: k = ⌈log₂ 4⌉ + 1 = 3; 30 / 3 = 10 → bins [10, 20), [20, 30), [30, 40].
    expect(body.histogram.bins.map((b: { from: number; to: number; count: number }) => [b.from, b.to, b.count])).toEqual([
      [10, 20, 1],
      [20, 30, 1],
      [30, 40, 2],
    ]);
    const points = body.trend.points.map((p: { periodName: string; year: number; scope: number; median: number }) => [
      p.periodName,
      p.year,
      Math.round(p.scope * 1000) / 1000,
      p.median,
    ]);
    expect(points).toEqual([
      ['2023/2024 учебный год', 2024, 20, 20],
      ['2024/2025 учебный год', 2025, 27.333, 25],
    ]);
    expect(body.trend.scopeScale).toBe('same');
    expect(body.trend.scope).toMatchObject({ kind: 'ok', direction: 'up', assessment: 'better' });
    expect(body.trend.scope.text).toBe('растёт на 7,3 п.п. в год (2023/2024 – 2024/2025) — улучшение');
    expect(body.trend.median.text).toBe('растёт на 5 п.п. в год (2023/2024 – 2024/2025) — улучшение');
  });

  it('a school sees the page of the comparison it is in', async () => {
    const res = await page(t.cookies.org_representative, `municipality:${t.tree.m1.id}:school`);
    expect(res.statusCode).toBe(200);
  });

  it('refuses a comparison outside the caller’s scope', async () => {
    const other = await page(t.cookies.municipal_operator, `municipality:${t.tree.m2.id}:school`);
    expect(other.statusCode).toBe(403);
    expect(other.json()).toMatchObject({ code: 'forbidden', message: 'Этот рейтинг вне вашей зоны доступа.' });
    const region = await page(t.cookies.org_representative, `region:${t.tree.region.id}:municipalities`);
    expect(region.statusCode).toBe(403);
  });

  it('says in Russian when the indicator is unknown or not in the comparison', async () => {
    const unknown = await page(t.cookies.municipal_operator, `municipality:${t.tree.m1.id}:school`, 'X9.99');
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({
      code: 'not_found',
      message: 'Показатель «X9.99» в методике «Тестовая методика показателей» не найден(а). Проверьте идентификатор.',
    });
    // D2.01 is a calendar-year indicator: not rated for a school year.
    const other = await page(t.cookies.municipal_operator, `municipality:${t.tree.m1.id}:school`, 'D2.01');
    expect(other.statusCode).toBe(404);
    expect(other.json().message).toContain('не входит в рейтинг');
    const noRating = await page(t.cookies.municipal_operator, `municipality:${t.tree.m1.id}:college`);
    expect(noRating.statusCode).toBe(404);
  });
});
