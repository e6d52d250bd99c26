import { resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { syncCatalogues } from '../../../app/catalogues/sync-catalogues.ts';
import { breakdownKey } from '../../../domain/catalogue/breakdown-key.ts';
import { createTestApp, type TestApp } from '../../../../test/helpers/test-app.ts';

// The district's school s1 has ВПР results in three school years (low in 2022/2023 and 2024/2025, a big gap
// with the term marks in 2024/2025) and the context data of 2024/2025 (two factors exceeded); the other
// district's school s2 has one low ЕГЭ year and no context data. A draft value never counts.

let t: TestApp;
const periods: Record<string, number> = {};
const get = (url: string, role: keyof TestApp['cookies'] = 'municipal_operator') =>
  t.app.inject({ method: 'GET', url, headers: { cookie: t.cookies[role] } });
const post = (payload: object, role: keyof TestApp['cookies'] = 'municipal_operator') =>
  t.app.inject({ method: 'POST', url: '/api/schools-at-risk/groups', headers: { cookie: t.cookies[role] }, payload });

async function put(orgId: number, period: string, element: string, b: Record<string, string | number>, value: number, status = 'accepted') {
  await t.handle.db
    .insertInto('data_value')
    .values({
      org_id: orgId,
      period_id: periods[period]!,
      data_element_code: element,
      breakdown: breakdownKey(b),
      value,
      source: 'test',
      status: status as 'accepted',
    })
    .execute();
}
const vpr = async (orgId: number, period: string, participants: number, mark2: number, status = 'accepted', grade = 5) => {
  await put(orgId, period, 'vpr_participants', { subject: 'math', grade }, participants, status);
  await put(orgId, period, 'vpr_mark_2', { subject: 'math', grade }, mark2, status);
};

beforeAll(async () => {
  t = await createTestApp();
  await syncCatalogues(t.handle.db, resolve(import.meta.dirname, '../../../../catalogs'));
  for (const y of [2022, 2023]) {
    await t.handle.db
      .insertInto('period')
      .values({
        code: `${y}/${y + 1}`,
        kind: 'school_year',
        name: `${y}/${y + 1} учебный год`,
        starts_on: `${y}-09-01`,
        ends_on: `${y + 1}-08-31`,
      })
      .execute();
  }
  for (const p of await t.handle.db.selectFrom('period').select(['id', 'code']).execute()) periods[p.code] = p.id;
  const { s1, s2 } = t.tree;
  await vpr(s1.id, '2022/2023', 20, 6); // 30 %: low
  await vpr(s1.id, '2023/2024', 20, 2); // 10 %
  await vpr(s1.id, '2023/2024', 20, 12, 'draft', 6); // a draft would be low: ignored
  await vpr(s1.id, '2024/2025', 20, 8); // 40 %: low
  for (const [e, v] of [
    ['vpr_marks_confirmed', 10],
    ['vpr_marks_lowered', 8],
    ['vpr_marks_raised', 2],
  ] as const)
    await put(s1.id, '2024/2025', e, { subject: 'math', grade: 5 }, v);
  await put(s1.id, '2024/2025', 'pupils_total', { grade: 1 }, 120);
  await put(s1.id, '2024/2025', 'pupils_total', { grade: 2 }, 80);
  for (const [e, v] of [
    ['orphan_pupils', 1],
    ['low_income_family_pupils', 60],
    ['single_parent_family_pupils', 20],
    ['risk_group_pupils', 5],
    ['pdn_registered_pupils', 2],
    ['ped_workers_total', 30],
    ['ped_vacancies', 1],
  ] as const)
    await put(s1.id, '2024/2025', e, {}, v);
  await put(s2.id, '2024/2025', 'ege_participants', { subject: 'rus' }, 20);
  await put(s2.id, '2024/2025', 'ege_below_min', { subject: 'rus' }, 10);
}, 120_000);

afterAll(async () => {
  await t.close();
});

describe('GET /api/schools-at-risk/shnor', () => {
  it('lists the district’s schools with the evidence, the trend and the objectivity signals', async () => {
    const res = await get('/api/schools-at-risk/shnor');
    expect(res.statusCode, res.body).toBe(200);
    const list = res.json().list;
    expect(list.territory.name).toBe('Первый район');
    expect(list.period.code).toBe('2024/2025');
    expect(list.periods.map((p: { code: string }) => p.code)).toEqual(['2024/2025', '2023/2024', '2022/2023']);
    expect(list.schoolsTotal).toBe(1);
    const s = list.schools[0];
    expect([s.orgId, s.stablyLow, s.lowYears, s.objectivityFlag, s.procedures]).toEqual([t.tree.s1.id, true, [2022, 2024], true, ['ВПР']]);
    expect(s.evidence).toEqual([
      '2022/2023: ВПР, математика, 5 класс: «2» у 6 из 20 участников (30 %) ≥ 30 %',
      '2024/2025: ВПР, математика, 5 класс: «2» у 8 из 20 участников (40 %) ≥ 30 %',
      '2024/2025: ВПР: из 20 результатов с отметкой по журналу подтвердили 10 (50 %), понизили 8 (40 %), повысили 2 (10 %); расхождение 50 % ≥ 30 %: сигнал необъективности',
      'низкие результаты в 2 из 3 последних лет (2022/2023, 2024/2025); для ШНОР нужно не менее 2',
    ]);
    expect(s.years.map((y: { label: string; lowShare: number }) => [y.label, y.lowShare])).toEqual([
      ['2022/2023', 30],
      ['2023/2024', 10],
      ['2024/2025', 40],
    ]);
  });

  it('a region operator sees every district; the other district’s one low year is not ШНОР', async () => {
    const list = (await get(`/api/schools-at-risk/shnor?territoryId=${t.tree.region.id}`, 'regional_operator')).json().list;
    expect(
      list.schools.map((s: { orgId: number; stablyLow: boolean; municipality: string }) => [s.orgId, s.stablyLow, s.municipality]),
    ).toEqual([
      [t.tree.s1.id, true, 'Первый район'],
      [t.tree.s2.id, false, 'Второй район'],
    ]);
  });

  it('the parameters and the year change the verdict', async () => {
    const strict = (await get('/api/schools-at-risk/shnor?thresholdPercent=45')).json().list;
    expect([strict.params.thresholdPercent, strict.schools[0].stablyLow, strict.schools[0].lowYears]).toEqual([45, false, []]);
    const defaults = (await get('/api/schools-at-risk/shnor')).json().list;
    expect(defaults.params.minParticipants).toBeNull(); // 004 §1.1: «не менее 30 % участников», no minimum group
    const own = (await get('/api/schools-at-risk/shnor?minParticipants=25')).json().list;
    expect([own.params.minParticipants, own.schools[0].stablyLow]).toEqual([25, false]);
    expect(own.schools[0].evidence[0]).toBe(
      'Минимальная численность группы — правило органа управления, в методике его нет (004 §1.1): результаты групп меньше 25 участников не отмечаются',
    );
    expect(own.schools[0].years[2].results[0].status).toBe('small_group');
    const earlier = (await get(`/api/schools-at-risk/shnor?periodId=${periods['2023/2024']}`)).json().list;
    expect([earlier.period.code, earlier.schools[0].stablyLow, earlier.schools[0].lowYears]).toEqual(['2023/2024', false, [2022]]);
  });

  it('refuses inconsistent parameters, other territories and organisations as territories', async () => {
    const bad = await get('/api/schools-at-risk/shnor?windowYears=2&minLowYears=3');
    expect([bad.statusCode, bad.json().code, bad.json().message]).toEqual([
      400,
      'validation_failed',
      'Лет с низкими результатами (3) не может быть больше, чем лет в окне (2).',
    ]);
    const other = await get(`/api/schools-at-risk/shnor?territoryId=${t.tree.m2.id}`);
    expect([other.statusCode, other.json().message]).toEqual([403, '«Второй район» вне вашей зоны доступа.']);
    const school = await get(`/api/schools-at-risk/shnor?territoryId=${t.tree.s1.id}`, 'admin');
    expect(school.statusCode).toBe(400);
    expect(school.json().message).toContain('не муниципалитет и не регион');
    expect((await get('/api/schools-at-risk/shnor', 'org_representative')).statusCode).toBe(403);
  });
});

describe('GET /api/schools-at-risk/shfnsu', () => {
  it('judges the context factors against the thresholds; missing data is reported as missing', async () => {
    const list = (await get(`/api/schools-at-risk/shfnsu?territoryId=${t.tree.region.id}`, 'viewer')).json().list;
    expect(list.period.code).toBe('2024/2025');
    const [s1, s2] = list.schools;
    expect([s1.orgId, s1.status, s1.exceeded]).toEqual([t.tree.s1.id, 'unfavourable', 2]);
    expect(s1.factors.filter((f: { status: string }) => f.status === 'exceeded').map((f: { sentence: string }) => f.sentence)).toEqual([
      'Обучающиеся из малообеспеченных семей: 60 из 200 обучающихся (30 %) ≥ 30 %',
      'Обучающиеся на учёте в ПДН: 2 из 200 обучающихся (1 %) ≥ 1 %',
    ]);
    expect([s2.orgId, s2.status, s2.unknown]).toEqual([t.tree.s2.id, 'insufficient_data', 6]);
    expect(s2.factors[0].sentence).toBe('Дети-сироты и дети, оставшиеся без попечения родителей: нет данных (orphan_pupils, pupils_total)');
  });

  it('thresholds and the number of factors are the operator’s', async () => {
    const list = (await get('/api/schools-at-risk/shfnsu?low_income=40&minFactors=1')).json().list;
    expect([list.params.thresholds.low_income, list.params.minFactors, list.schools[0].status, list.schools[0].exceeded]).toEqual([
      40,
      1,
      'unfavourable',
      1,
    ]);
    const bad = await get('/api/schools-at-risk/shfnsu?minFactors=7');
    expect([bad.statusCode, bad.json().message]).toEqual([400, 'Факторов всего 6: нельзя требовать 7.']);
  });
});

describe('POST /api/schools-at-risk/groups', () => {
  it('saves the list as a group of the district, audited', async () => {
    const res = await post({
      list: 'shnor',
      name: 'ШНОР 2024/2025',
      orgIds: [t.tree.s1.id],
      periodCode: '2024/2025',
      params: { thresholdPercent: 30 },
    });
    expect(res.statusCode, res.body).toBe(201);
    const group = res.json().group;
    expect(group).toMatchObject({ code: 'shnor-2024-2025', name: 'ШНОР 2024/2025', scopeOrgId: t.tree.m1.id, members: 1 });
    const members = await t.handle.db.selectFrom('org_group_member').select('org_id').where('group_id', '=', group.id).execute();
    expect(members).toEqual([{ org_id: t.tree.s1.id }]);
    const audit = await t.handle.db.selectFrom('audit_log').select(['action', 'entity_id']).where('entity', '=', 'org_group').execute();
    expect(audit).toEqual([{ action: 'org_group.create', entity_id: String(group.id) }]);
    const card = (await get(`/api/orgs/${t.tree.s1.id}`)).json();
    expect(JSON.stringify(card)).toContain('ШНОР 2024/2025');
  });

  it('refuses a taken name, a school of another district and a viewer', async () => {
    const again = await post({ list: 'shnor', name: 'шнор 2024/2025', orgIds: [t.tree.s1.id], periodCode: '2024/2025' });
    expect([again.statusCode, again.json().code, again.json().message]).toEqual([
      409,
      'already_exists',
      'Группа «шнор 2024/2025» уже есть у территории «Первый район»: выберите другое название.',
    ]);
    const stray = await post({ list: 'shfnsu', name: 'ШФНСУ', orgIds: [t.tree.s2.id, t.tree.k1.id] });
    expect([stray.statusCode, stray.json().message]).toEqual([
      400,
      `Не школы территории «Первый район»: организации с id ${t.tree.s2.id}, ${t.tree.k1.id}.`,
    ]);
    expect((await post({ territoryId: t.tree.m1.id, list: 'shnor', name: 'X', orgIds: [t.tree.s1.id] }, 'viewer')).statusCode).toBe(403);
  });
});
