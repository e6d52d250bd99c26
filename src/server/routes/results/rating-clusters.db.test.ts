import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import { dataValueRepository } from '../../../db/repositories/data-value-repository.ts';
import type { OrgRow } from '../../../db/schema.ts';
import { buildOrg, buildUser, catalogueIdOf, periodIdOf } from '../../../../test/helpers/factories.ts';
import { loginCookie, useTestApp } from '../../../../test/helpers/test-app.ts';
import { XLSX_TYPE } from '../catalogues/routes.ts';

const t = useTestApp();
const { get } = t;
let catalogueId: number;
let periodId: number;
let key: string;
let otherMunicipality: string;
let schools: Record<'big' | 'middle' | 'empty' | 'village' | 'small', OrgRow>;

// The first district's schools: D1.01 = winners / pupils × 100.
//   big     urban, 850 pupils: 9 / 30 = 30 (best of the district)
//   middle  urban, 500 pupils: 3 / 30 = 10
//   empty   urban, 300 pupils: no data
//   village rural, 120 pupils: 6 / 30 = 20 (best of the rural ones)
//   small   rural,  60 pupils: 1 / 20 = 5
//   s1      no settlement, no size: 3 / 30 = 10
beforeAll(async () => {
  const { db } = t.handle;
  catalogueId = await catalogueIdOf(db, 'test-indicators');
  periodId = await periodIdOf(db, '2024/2025');
  const school = (name: string, settlement: string, pupils: number) =>
    buildOrg(db, t.tree.m1, { name, attributes: { settlement, pupils } });
  schools = {
    big: await school('Школа большая', 'urban', 850),
    middle: await school('Школа средняя', 'urban', 500),
    empty: await school('Школа без данных', 'urban', 300),
    village: await school('Школа сельская', 'rural', 120),
    small: await school('Школа малая', 'rural', 60),
  };
  const put = (org: OrgRow, winners: number, pupils: number) =>
    Promise.all([
      dataValueRepository.upsert(db, {
        orgId: org.id,
        periodId,
        elementCode: 't_winners',
        breakdown: {},
        value: winners,
        source: 'тест',
        status: 'accepted',
        enteredBy: null,
      }),
      dataValueRepository.upsert(db, {
        orgId: org.id,
        periodId,
        elementCode: 't_pupils',
        breakdown: {},
        value: pupils,
        source: 'тест',
        status: 'accepted',
        enteredBy: null,
      }),
    ]);
  await put(schools.big, 9, 30);
  await put(schools.middle, 3, 30);
  await put(schools.village, 6, 30);
  await put(schools.small, 1, 20);
  await put(t.tree.s1, 3, 30);
  const computed = await t.app.inject({
    method: 'POST',
    url: '/api/results/compute',
    headers: { cookie: t.cookies.regional_operator },
    payload: { catalogueId, periodId },
  });
  expect(computed.statusCode).toBe(200);
  key = `municipality:${t.tree.m1.id}:school`;
  const other = await buildUser(db, 'municipal_operator', t.tree.m2.id);
  otherMunicipality = await loginCookie(t.app, other.login);
});
const base = () => `catalogueId=${catalogueId}&periodId=${periodId}&key=${encodeURIComponent(key)}`;
const id = (org: OrgRow) => String(org.id);

interface ClusteringJson {
  key: string;
  unavailable?: string;
  clusters: { key: string; label: string; members: number }[];
}

describe('clusters of a rating', () => {
  it('lists the clusterings of a comparison with their clusters and sizes', async () => {
    const res = await get(`/api/ratings/clusters?${base()}`, t.cookies.municipal_operator);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.objects).toBe(6);
    const of = (k: string) => (body.clusterings as ClusteringJson[]).find((c) => c.key === k);
    expect(of('settlement')?.clusters).toEqual([
      { key: 'urban', label: 'городские', members: 3 },
      { key: 'rural', label: 'сельские', members: 2 },
      { key: 'none', label: 'тип поселения не указан', members: 1 },
    ]);
    expect(of('size')?.clusters.map((c) => [c.key, c.members])).toEqual([
      ['size-0', 1],
      ['size-1', 1],
      ['size-2', 2],
      ['size-3', 1],
      ['none', 1],
    ]);
    // k-means on the direction score: the school without data has none and stays apart.
    const kmeans = of('kmeans');
    expect(kmeans?.unavailable).toBeUndefined();
    expect(kmeans?.clusters.map((c) => c.key)).toEqual(['k1', 'k2', 'k3', 'none']);
    expect(kmeans?.clusters.reduce((s, c) => s + c.members, 0)).toBe(6);
  });

  it('rates within a cluster: places restart from 1 and the best of the cluster scores 100', async () => {
    const whole = (await get(`/api/ratings/view?${base()}`, t.cookies.municipal_operator)).json();
    expect(whole.content.rating.summary[id(schools.village)].place.place).toBe(2);
    expect(whole.cluster).toBeUndefined();

    const res = await get(`/api/ratings/view?${base()}&clustering=settlement&cluster=rural`, t.cookies.municipal_operator);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.title).toBe(whole.title);
    expect(body.cluster).toMatchObject({ clustering: 'settlement', key: 'rural', label: 'сельские', members: 2, of: 6 });
    expect(body.content.objects.map((o: { id: number }) => o.id)).toEqual([schools.small.id, schools.village.id].sort((a, b) => a - b));
    const cells = body.content.rating.indicators[0].cells;
    expect(cells[id(schools.village)].score).toEqual({ kind: 'ok', value: 100 });
    expect(cells[id(schools.small)].score.value).toBeCloseTo(25, 6); // 5 / 20 × 100
    expect(body.content.rating.summary[id(schools.village)].place).toMatchObject({ place: 1, label: '1' });
    expect(body.content.rating.summary[id(schools.small)].place).toMatchObject({ place: 2 });
    expect(body.content.rating.summary[id(schools.village)].explanation).toContain('место 1');
  });

  it('rates within the «не указано» cluster and shows «нет данных» in a cluster', async () => {
    const none = (await get(`/api/ratings/view?${base()}&clustering=size&cluster=none`, t.cookies.municipal_operator)).json();
    expect(none.content.objects.map((o: { id: number }) => o.id)).toEqual([t.tree.s1.id]);
    expect(none.content.rating.summary[id(t.tree.s1)].place.place).toBe(1);
    const urban = (await get(`/api/ratings/view?${base()}&clustering=settlement&cluster=urban`, t.cookies.municipal_operator)).json();
    expect(urban.content.rating.indicators[0].cells[id(schools.empty)].value.kind).toBe('missing');
    expect(urban.content.rating.indicators[0].cells[id(schools.big)].score).toEqual({ kind: 'ok', value: 100 });
  });

  it('names an unknown clustering or cluster in the error', async () => {
    const clustering = await get(`/api/ratings/view?${base()}&clustering=color&cluster=red`, t.cookies.municipal_operator);
    expect(clustering.statusCode).toBe(400);
    expect(clustering.json().message).toContain('«color»');
    const cluster = await get(`/api/ratings/view?${base()}&clustering=settlement&cluster=suburban`, t.cookies.municipal_operator);
    expect(cluster.statusCode).toBe(404);
    expect(cluster.json().message).toContain('«suburban»');
    expect(cluster.json().message).toContain('rural (сельские)');
    const half = await get(`/api/ratings/view?${base()}&clustering=settlement`, t.cookies.municipal_operator);
    expect(half.statusCode).toBe(400);
    const municipalities = `catalogueId=${catalogueId}&periodId=${periodId}&key=region:${t.tree.region.id}:municipalities`;
    const size = await get(`/api/ratings/view?${municipalities}&clustering=size&cluster=size-0`, t.cookies.regional_operator);
    expect(size.statusCode).toBe(400);
    expect(size.json().message).toContain('недоступна');
  });

  it('refuses another municipality’s operator, as for the comparison itself', async () => {
    for (const url of [
      `/api/ratings/clusters?${base()}`,
      `/api/ratings/view?${base()}&clustering=settlement&cluster=rural`,
      `/api/ratings/export?${base()}&clustering=settlement&cluster=rural`,
    ]) {
      const res = await get(url, otherMunicipality);
      expect(res.statusCode, url).toBe(403);
      expect(res.json().message).toBe('Этот рейтинг вне вашей зоны доступа.');
    }
  });
});

async function openWorkbook(body: Buffer): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(body as unknown as ArrayBuffer);
  return wb;
}

describe('XLSX export of a rating', () => {
  it('writes «Рейтинг» with numbers as numbers, «нет данных», completeness, and «Правила»', async () => {
    const res = await get(`/api/ratings/export?${base()}`, t.cookies.municipal_operator);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe(XLSX_TYPE);
    const disposition = String(res.headers['content-disposition']);
    expect(disposition).toMatch(/^attachment; filename="[ -~]+\.xlsx"; filename\*=UTF-8''/);
    const name = decodeURIComponent(disposition.split("UTF-8''")[1] ?? '');
    expect(name).toBe('Рейтинг — Первый район, школы — 2024-2025 учебный год.xlsx');

    const wb = await openWorkbook(res.rawPayload);
    expect(wb.worksheets.map((w) => w.name)).toEqual(['Рейтинг', 'Правила']);
    const ws = wb.getWorksheet('Рейтинг');
    if (!ws) throw new Error('no sheet');
    expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 2 });
    const header = (r: number) => (ws.getRow(r).values as unknown[]).slice(1);
    // The test catalogue has no zone thresholds: no zone column.
    expect(header(1).slice(0, 4)).toEqual(['Организация', 'Сводный результат', 'Сводный результат', 'Сводный результат']);
    expect(header(2).slice(0, 4)).toEqual(['Организация', 'Балл', 'Место', 'Полнота']);
    const columnOf = (group: string, sub: string) => header(1).findIndex((g, i) => String(g).startsWith(group) && header(2)[i] === sub) + 1;
    const valueCol = columnOf('D1.01', 'Значение');
    const scoreCol = columnOf('D1.01', 'Балл');
    expect(valueCol).toBeGreaterThan(4);
    expect(String(header(1)[valueCol - 1])).toBe('D1.01. доля победителей олимпиад от общего числа обучающихся, %');

    // Rows in order of places: the best school first.
    const first = ws.getRow(3);
    expect(first.getCell(1).value).toBe('Школа большая');
    expect(first.getCell(2).value).toBe(100);
    expect(first.getCell(2).numFmt).toBe('0.00');
    expect(first.getCell(3).value).toBe(1);
    expect(first.getCell(4).value).toBe(1);
    expect(first.getCell(4).numFmt).toBe('0%');
    expect(first.getCell(valueCol).value).toBe(30);
    expect(first.getCell(scoreCol).value).toBe(100);
    // Two schools share places 3–4: the number is 3, the format shows the range.
    const tied = ws.getRow(5);
    expect(tied.getCell(3).value).toBe(3);
    expect(tied.getCell(3).numFmt).toBe('0"–4"');
    // The school without data comes last with «нет данных».
    const rows = ws.getRows(3, ws.rowCount - 2) ?? [];
    const empty = rows.find((r) => r.getCell(1).value === 'Школа без данных');
    expect(empty?.number).toBe(ws.rowCount);
    expect(empty?.getCell(valueCol).value).toBe('нет данных');
    expect(empty?.getCell(2).value).toBe('нет данных');

    const rules = wb.getWorksheet('Правила');
    const text = (rules?.getSheetValues() ?? []).map((r) => (Array.isArray(r) ? r.slice(1).join(' | ') : '')).join('\n');
    expect(text).toContain('Методика | Тестовая методика показателей (версия 1)');
    expect(text).toContain('Период | 2024/2025 учебный год');
    expect(text).toContain('Сравнение | Первый район: школы');
    expect(text).toContain('лучшее — наибольшее значение среди сравниваемых объектов');
    expect(text).toContain('Баллы округляются до 0,01');
    const row = (label: string) => rules?.getColumn(1).values.findIndex((v) => v === label) ?? -1;
    expect(rules?.getCell(row('Точность мест и зон'), 2).value).toBe(0.01);
    expect(rules?.getCell(row('Точность показа баллов'), 2).value).toBe(0.01);
    // 000 §2.2 divides by the number of indicators: the rating says what a missing one does.
    expect(rules?.getCell(row('Показатель без данных'), 2).value).toBe('0 баллов, входит в делитель (как в методике, 000 §2.2)');
  });

  it('exports the rating within a cluster, saying so in «Правила»', async () => {
    const res = await get(`/api/ratings/export?${base()}&clustering=settlement&cluster=rural`, t.cookies.municipal_operator);
    expect(res.statusCode).toBe(200);
    const wb = await openWorkbook(res.rawPayload);
    const ws = wb.getWorksheet('Рейтинг');
    expect(ws?.rowCount).toBe(4);
    expect(ws?.getRow(3).getCell(1).value).toBe('Школа сельская');
    expect(ws?.getRow(3).getCell(3).value).toBe(1);
    const rules = wb.getWorksheet('Правила')?.getColumn(2).values.map(String) ?? [];
    expect(rules).toContain('Рейтинг внутри кластера: по типу поселения — сельские (2 из 6)');
    expect(rules.some((r) => r.includes('среди объектов кластера'))).toBe(true);
  });
});
