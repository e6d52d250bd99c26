import { beforeAll, describe, expect, it } from 'vitest';
import { dataValueRepository } from '../../../db/repositories/data-value-repository.ts';
import { buildSchoolYear, catalogueIdOf, periodIdOf } from '../../../../test/helpers/factories.ts';
import { useTestApp } from '../../../../test/helpers/test-app.ts';

const t = useTestApp();
const { call } = t;
let catalogueId: number;
let periodId: number;
let previousPeriodId: number;

beforeAll(async () => {
  const { db } = t.handle;
  catalogueId = await catalogueIdOf(db, 'test-indicators');
  periodId = await periodIdOf(db, '2024/2025');
  previousPeriodId = await buildSchoolYear(db, '2023/2024');
  await dataValueRepository.upsertMany(db, [
    {
      orgId: t.tree.s1.id,
      periodId: previousPeriodId,
      elementCode: 't_pupils',
      breakdown: {},
      value: 100,
      source: 'тест',
      status: 'accepted',
      enteredBy: null,
    },
    {
      orgId: t.tree.s1.id,
      periodId: previousPeriodId,
      elementCode: 't_winners',
      breakdown: {},
      value: 8,
      source: 'тест',
      status: 'accepted',
      enteredBy: null,
    },
  ]);
});

async function createRegionalCampaign(name: string): Promise<number> {
  const res = await call('POST', '/api/campaigns', t.cookies.regional_operator, {
    name,
    frameworkId: catalogueId,
    periodId,
    scopeOrgId: t.tree.region.id,
    indicatorCodes: ['D1.01'],
    participants: { orgTypes: ['school'] },
    deadline: '2025-01-31',
    startsOn: '2025-01-09',
    responsible: 'Петрова Анна Сергеевна, ведущий специалист',
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json().campaign.id;
}

describe('a campaign from creation to accepted data in the results', () => {
  let id: number;
  const form = (orgId = t.tree.s1.id) => `/api/campaigns/${id}/forms/${orgId}`;

  it('creates a campaign whose schools must report exactly the elements of its indicators', async () => {
    id = await createRegionalCampaign('Мониторинг достижений 2024/2025');
    const detail = (await call('GET', `/api/campaigns/${id}`, t.cookies.regional_operator)).json().campaign;
    // schools only: the kindergarten has nothing to report for D1.01
    expect(detail.rows.map((r: { orgId: number }) => r.orgId).sort()).toEqual([t.tree.s1.id, t.tree.s2.id].sort());
    expect(detail.counts).toMatchObject({ not_started: 2, accepted: 0 });
    const fields = (await call('GET', form(), t.cookies.org_representative)).json().form.fields;
    expect(fields.map((f: { key: string }) => f.key).sort()).toEqual(['t_pupils|', 't_winners|']);
    expect(fields.find((f: { key: string }) => f.key === 't_pupils|').previous).toBe(100);
  });

  it('keeps a representative to their own organisation’s form, for reading and writing', async () => {
    expect((await call('GET', form(t.tree.s2.id), t.cookies.org_representative)).statusCode).toBe(403);
    const write = await call('PUT', form(t.tree.s2.id), t.cookies.org_representative, {
      version: 1,
      values: { 't_pupils|': { raw: '5' } },
    });
    expect(write.statusCode).toBe(403);
    expect(write.json().message).toMatch(/только форму своей организации/);
    const upload = await call('POST', form(t.tree.s2.id) + '/submit', t.cookies.org_representative, { version: 1 });
    expect(upload.statusCode).toBe(403);
    // a municipal operator of the first district does not see the second district's school
    expect((await call('GET', form(t.tree.s2.id), t.cookies.municipal_operator)).statusCode).toBe(403);
    const stored = await t.handle.db.selectFrom('submission_value').selectAll().where('org_id', '=', t.tree.s2.id).execute();
    expect(stored).toEqual([]);
  });

  it('saves drafts as typed, and tells the second of two concurrent savers', async () => {
    const first = await call('PUT', form(), t.cookies.org_representative, { version: 1, values: { 't_pupils|': { raw: '120' } } });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json().form).toMatchObject({ status: 'draft', version: 2 });
    // the operator opened version 1 too and saves over it
    const second = await call('PUT', form(), t.cookies.municipal_operator, { version: 1, values: { 't_pupils|': { raw: '999' } } });
    expect(second.statusCode).toBe(409);
    expect(second.json()).toMatchObject({ code: 'version_conflict' });
    expect(second.json().message).toMatch(/Обновите форму/);
    const view = (await call('GET', form(), t.cookies.org_representative)).json().form;
    expect(view.fields.find((f: { key: string }) => f.key === 't_pupils|').value).toBe('120');
  });

  it('refuses to submit a form that breaks a rule, naming the field', async () => {
    const saved = await call('PUT', form(), t.cookies.org_representative, { version: 2, values: { 't_winners|': { raw: '150' } } });
    expect(saved.statusCode).toBe(200);
    const res = await call('POST', form() + '/submit', t.cookies.org_representative, { version: 3 });
    expect(res.statusCode).toBe(400);
    expect(res.json().code).toBe('validation_failed');
    expect(res.json().details).toEqual(
      expect.arrayContaining([expect.objectContaining({ path: 'fields.t_winners|', message: expect.stringMatching(/больше, чем/) })]),
    );
    const status = (await call('GET', form(), t.cookies.org_representative)).json().form.status;
    expect(status).toBe('draft');
  });

  it('asks to confirm a value far from the previous period with a comment, then submits', async () => {
    // 12 winners of 120: the 120 pupils are within 50 % of last year's 100; 12 vs 8 winners is a small jump
    let res = await call('PUT', form(), t.cookies.org_representative, {
      version: 3,
      values: { 't_winners|': { raw: '12' }, 't_pupils|': { raw: '400' } },
    });
    const view = res.json().form;
    expect(view.issues).toEqual([expect.objectContaining({ severity: 'warning', code: 'far_from_previous', element: 't_pupils' })]);
    res = await call('POST', form() + '/submit', t.cookies.org_representative, { version: view.version });
    expect(res.statusCode).toBe(400);
    expect(res.json().details[0].message).toMatch(/Без комментария/);
    res = await call('PUT', form(), t.cookies.org_representative, {
      version: view.version,
      values: { 't_pupils|': { raw: '400', comment: 'Присоединён филиал' } },
    });
    res = await call('POST', form() + '/submit', t.cookies.org_representative, { version: res.json().form.version });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().form).toMatchObject({ status: 'submitted', editable: false });
    // submitted data is locked
    const locked = await call('PUT', form(), t.cookies.org_representative, {
      version: res.json().form.version,
      values: { 't_pupils|': { raw: '1' } },
    });
    expect(locked.statusCode).toBe(409);
    expect(locked.json().code).toBe('conflict');
  });

  it('returns with a comment, takes the fix, accepts, and the school’s indicator appears in the results', async () => {
    let res = await call('POST', form() + '/return', t.cookies.municipal_operator, {
      comment: 'Проверьте число обучающихся: в 2023/2024 было 100.',
    });
    expect(res.statusCode, res.body).toBe(200);
    let view = (await call('GET', form(), t.cookies.org_representative)).json().form;
    expect(view).toMatchObject({ status: 'returned', comment: 'Проверьте число обучающихся: в 2023/2024 было 100.', editable: true });
    // the representative cannot accept their own form
    expect((await call('POST', form() + '/accept', t.cookies.org_representative)).statusCode).toBe(403);
    res = await call('PUT', form(), t.cookies.org_representative, {
      version: view.version,
      values: { 't_pupils|': { raw: '120', comment: null } },
    });
    expect(res.json().form.status).toBe('returned');
    res = await call('POST', form() + '/submit', t.cookies.org_representative, { version: res.json().form.version });
    expect(res.statusCode, res.body).toBe(200);
    // nothing reached the results before acceptance
    const before = await t.handle.db
      .selectFrom('data_value')
      .select('id')
      .where('org_id', '=', t.tree.s1.id)
      .where('period_id', '=', periodId)
      .execute();
    expect(before).toEqual([]);

    res = await call('POST', form() + '/accept', t.cookies.municipal_operator);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json().report).toMatchObject({ values: 2, recomputed: true, form: { status: 'accepted', editable: false } });
    const values = await t.handle.db
      .selectFrom('data_value')
      .select(['data_element_code', 'value', 'status', 'source'])
      .where('org_id', '=', t.tree.s1.id)
      .where('period_id', '=', periodId)
      .orderBy('data_element_code')
      .execute();
    expect(values).toEqual([
      { data_element_code: 't_pupils', value: 120, status: 'accepted', source: 'кампания «Мониторинг достижений 2024/2025» (веб-форма)' },
      { data_element_code: 't_winners', value: 12, status: 'accepted', source: 'кампания «Мониторинг достижений 2024/2025» (веб-форма)' },
    ]);
    const result = await t.handle.db
      .selectFrom('indicator_result')
      .select(['value', 'outcome'])
      .where('org_id', '=', t.tree.s1.id)
      .where('period_id', '=', periodId)
      .where('indicator_code', '=', 'D1.01')
      .executeTakeFirstOrThrow();
    expect(result).toEqual({ value: 10, outcome: 'ok' });
    view = (await call('GET', `/api/campaigns/${id}`, t.cookies.municipal_operator)).json().campaign;
    expect(view.rows).toEqual([expect.objectContaining({ orgId: t.tree.s1.id, status: 'accepted', filled: 2, total: 2 })]);
  });

  it('reopens an accepted form with a reason; the accepted values stand until accepted again', async () => {
    expect((await call('POST', form() + '/reopen', t.cookies.municipal_operator, { reason: ' ' })).statusCode).toBe(400);
    const res = await call('POST', form() + '/reopen', t.cookies.municipal_operator, { reason: 'Школа сообщила об ошибке' });
    expect(res.statusCode).toBe(200);
    expect(res.json().form).toMatchObject({ status: 'draft', comment: 'Школа сообщила об ошибке', editable: true });
    const still = await t.handle.db
      .selectFrom('data_value')
      .select('status')
      .where('org_id', '=', t.tree.s1.id)
      .where('period_id', '=', periodId)
      .execute();
    expect(still).toHaveLength(2);
  });

  it('keeps every change of a value in the audit log: who, old, new, via form', async () => {
    const rows = await t.handle.db
      .selectFrom('audit_log')
      .select(['action', 'user_login', 'before', 'after'])
      .where('entity', '=', 'submission')
      .where('entity_id', '=', `${id}:${t.tree.s1.id}`)
      .orderBy('id')
      .execute();
    expect(rows.map((r) => r.action)).toEqual([
      'submission.save_form',
      'submission.save_form',
      'submission.save_form',
      'submission.save_form',
      'submission.submit',
      'submission.return',
      'submission.save_form',
      'submission.submit',
      'submission.accept',
      'submission.reopen',
    ]);
    const firstSave = rows[0];
    expect(firstSave?.before).toEqual({ 't_pupils|': { value: null, comment: null } });
    expect(firstSave?.after).toEqual({ 't_pupils|': { value: '120', comment: null } });
    expect(firstSave?.user_login).toMatch(/^org_representative/);
  });

  it('shows progress to the viewer and exports it', async () => {
    const res = await call('GET', `/api/campaigns/${id}/progress.xlsx`, t.cookies.viewer);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/spreadsheetml/);
    const ExcelJS = (await import('exceljs')).default;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Ход сбора');
    const texts: string[] = [];
    sheet?.eachRow((row) => texts.push((row.values as unknown[]).slice(1).map(String).join(' | ')));
    expect(texts.join('\n')).toMatch(/Школа № 1 первого района \| .* \| Черновик/);
    expect(texts.join('\n')).toMatch(/Школа № 1 второго района \| .* \| Не начата/);
    // a representative sees the campaign, not the list of others
    expect((await call('GET', `/api/campaigns/${id}/progress.xlsx`, t.cookies.org_representative)).statusCode).toBe(403);
    const own = (await call('GET', '/api/campaigns', t.cookies.org_representative)).json().items;
    expect(own).toEqual([expect.objectContaining({ id, own: expect.objectContaining({ orgId: t.tree.s1.id, status: 'draft' }) })]);
    // the list counts over the caller's part of a regional campaign, as the campaign page does
    const counted = async (cookie: string) =>
      ((await call('GET', '/api/campaigns', cookie)).json().items as { id: number; participants: number }[]).find((c) => c.id === id)
        ?.participants;
    expect(await counted(t.cookies.regional_operator)).toBe(2);
    expect(await counted(t.cookies.municipal_operator)).toBe(1);
    expect(await counted(t.cookies.org_representative)).toBe(1);
  });
});
