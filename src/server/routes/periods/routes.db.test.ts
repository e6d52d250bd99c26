import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { syncCatalogues } from '../../../app/catalogues/sync-catalogues.ts';
import { fillForm, formIn, startCampaign, systemContext, TODAY } from '../../../../test/helpers/campaign-fixtures.ts';
import { periodIdOf } from '../../../../test/helpers/factories.ts';
import { useTestApp } from '../../../../test/helpers/test-app.ts';
import { reopenForm, returnForm } from '../../../app/campaigns/submission-actions.ts';
import { assessmentImport } from '../../../../test/helpers/assessment-fixtures.ts';

// From an empty database: the test tree, the test catalogues and one period, 2024/2025.
const t = useTestApp();
const { call } = t;
const periodId = (code = '2024/2025') => periodIdOf(t.handle.db, code);
/** The audit actions recorded for one period. */
const auditActions = async (id: number) =>
  (
    await t.handle.db.selectFrom('audit_log').select('action').where('entity', '=', 'period').where('entity_id', '=', String(id)).execute()
  ).map((a) => a.action);
const closedMessage =
  'Период «2024/2025 учебный год» закрыт: новые значения в него не принимаются. Попросите оператора вернуть форму на доработку или открыть период снова.';

describe('periods: create, edit, the date rule', () => {
  it('creates, renames and moves a period; refuses an overlap within a kind and start after end', async () => {
    const created = await call('POST', '/api/periods', t.cookies.regional_operator, {
      code: '2025/2026',
      kind: 'school_year',
      name: '2025/2026 учебный год',
      startsOn: '2025-09-01',
      endsOn: '2026-08-31',
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().period.id as number;
    expect(created.json().period).toMatchObject({ closedAt: null, closedBy: null });

    const moved = await call('PATCH', `/api/periods/${id}`, t.cookies.admin, { name: '2025/2026 уч. год', endsOn: '2026-06-30' });
    expect(moved.statusCode).toBe(200);
    expect(moved.json().period).toMatchObject({
      code: '2025/2026',
      name: '2025/2026 уч. год',
      startsOn: '2025-09-01',
      endsOn: '2026-06-30',
    });

    const overlap = await call('PATCH', `/api/periods/${id}`, t.cookies.admin, { startsOn: '2025-08-01' });
    expect(overlap.statusCode).toBe(400);
    expect(overlap.json().message).toBe(
      'Даты 01.08.2025–30.06.2026 пересекаются с периодом «2024/2025» (01.09.2024–31.08.2025): периоды одного вида не должны пересекаться.',
    );
    const reversed = await call('PATCH', `/api/periods/${id}`, t.cookies.admin, { startsOn: '2026-07-01' });
    expect(reversed.json()).toMatchObject({
      code: 'validation_failed',
      message: 'Дата начала периода позже даты окончания: поменяйте их местами.',
    });
    const overlapOnCreate = await call('POST', '/api/periods', t.cookies.admin, {
      code: '2026/2027',
      kind: 'school_year',
      name: '2026/2027 учебный год',
      startsOn: '2026-06-01',
      endsOn: '2027-08-31',
    });
    expect(overlapOnCreate.statusCode).toBe(400);

    const municipal = await call('PATCH', `/api/periods/${id}`, t.cookies.municipal_operator, { name: 'x' });
    expect(municipal.statusCode).toBe(403);
    expect(await auditActions(id)).toEqual(['period.create', 'period.update']);
  });
});

describe('a closed period', () => {
  it('refuses a new form value, a new campaign and its own edit; a returned or reopened form still goes through', async () => {
    const id = await periodId();
    const s1 = t.tree.s1.id;
    const accepted = await formIn(t.handle.db, t.tree.m1.id, s1, 'accepted');
    const pending = await formIn(t.handle.db, t.tree.m2.id, t.tree.s2.id, 'submitted');
    const fresh = await startCampaign(t.handle.db, t.tree.m1.id, 'Ещё одна кампания');

    const closed = await call('POST', `/api/periods/${id}/close`, t.cookies.regional_operator);
    expect(closed.statusCode).toBe(200);
    expect(closed.json().period.closedAt).not.toBeNull();
    expect((await call('POST', `/api/periods/${id}/close`, t.cookies.admin)).json().message).toBe(
      'Период «2024/2025 учебный год» уже закрыт.',
    );

    // A form never sent: its values would be new.
    const version = (await call('GET', `/api/campaigns/${fresh.id}/forms/${s1}`, t.cookies.org_representative)).json().form
      .version as number;
    const save = await call('PUT', `/api/campaigns/${fresh.id}/forms/${s1}`, t.cookies.org_representative, {
      version,
      values: { 't_pupils|': { raw: '120' } },
    });
    expect(save.statusCode).toBe(409);
    expect(save.json()).toEqual({ code: 'period_closed', message: closedMessage });

    // A form sent before the closing cannot be accepted as it is…
    const accept = await call('POST', `/api/campaigns/${pending.campaign.id}/forms/${t.tree.s2.id}/accept`, t.cookies.regional_operator);
    expect(accept.json()).toEqual({ code: 'period_closed', message: closedMessage });
    // …but returned, corrected and sent again it can.
    await returnForm(systemContext(t.handle.db), pending.campaign.id, t.tree.s2.id, 'Проверьте число обучающихся', TODAY);
    await fillForm(t.handle.db, pending.campaign.id, t.tree.s2.id, { 't_pupils|': '110' });
    const form = (await call('GET', `/api/campaigns/${pending.campaign.id}/forms/${t.tree.s2.id}`, t.cookies.admin)).json().form;
    const sent = await call('POST', `/api/campaigns/${pending.campaign.id}/forms/${t.tree.s2.id}/submit`, t.cookies.admin, {
      version: form.version,
    });
    expect(sent.statusCode).toBe(200);
    const acceptedAgain = await call('POST', `/api/campaigns/${pending.campaign.id}/forms/${t.tree.s2.id}/accept`, t.cookies.admin);
    expect(acceptedAgain.statusCode).toBe(200);

    // An accepted form reopened by the operator takes a correction.
    await reopenForm(systemContext(t.handle.db), accepted.campaign.id, s1, 'Исправление после проверки', TODAY);
    const fixed = await fillForm(t.handle.db, accepted.campaign.id, s1, { 't_winners|': '12' });
    expect(fixed.status).toBe('draft');

    // No new campaign, no edit of the period itself.
    const framework = await t.handle.db
      .selectFrom('framework')
      .select('id')
      .where('code', '=', 'test-indicators')
      .executeTakeFirstOrThrow();
    const campaign = await call('POST', '/api/campaigns', t.cookies.regional_operator, {
      name: 'Новая',
      frameworkId: framework.id,
      periodId: id,
      scopeOrgId: t.tree.m1.id,
      indicatorCodes: ['D1.01'],
      participants: { orgTypes: ['school'] },
      startsOn: '2025-01-09',
      deadline: '2025-01-31',
      responsible: 'Иванова Мария Петровна',
    });
    expect(campaign.statusCode).toBe(409);
    expect(campaign.json().code).toBe('period_closed');
    const edit = await call('PATCH', `/api/periods/${id}`, t.cookies.admin, { name: 'Другое' });
    expect(edit.json()).toEqual({
      code: 'period_closed',
      message: 'Период «2024/2025 учебный год» закрыт: чтобы изменить его, сначала откройте его снова.',
    });

    // Reopened, the period takes values again.
    const reopened = await call('POST', `/api/periods/${id}/reopen`, t.cookies.admin);
    expect(reopened.json().period).toMatchObject({ closedAt: null, closedBy: null });
    const saved = await call('PUT', `/api/campaigns/${fresh.id}/forms/${s1}`, t.cookies.org_representative, {
      version,
      values: { 't_pupils|': { raw: '120' } },
    });
    expect(saved.statusCode).toBe(200);
    expect(await auditActions(id)).toEqual(['period.close', 'period.reopen']);
  });
});

describe('a closed period and imports of results', () => {
  it('refuses to apply an assessment import into a closed school year and changes nothing', async () => {
    // The shipped catalogues define the ВПР elements the import writes.
    await syncCatalogues(t.handle.db, resolve(import.meta.dirname, '../../../../catalogs'));
    const id = await periodId();
    const importId = await assessmentImport(t.handle.db, t.tree.m1.id, t.tree.s1.code, 'ready');
    await call('POST', `/api/periods/${id}/close`, t.cookies.admin);
    const count = async () =>
      Number(
        (
          await t.handle.db
            .selectFrom('data_value')
            .select((eb) => eb.fn.countAll<number>().as('n'))
            .executeTakeFirstOrThrow()
        ).n,
      );
    const before = await count();
    const applied = await call('POST', `/api/assessments/imports/${importId}/apply`, t.cookies.admin, {
      acceptProposals: true,
      skipErrors: true,
    });
    expect(applied.statusCode).toBe(409);
    expect(applied.json()).toEqual({ code: 'period_closed', message: closedMessage });
    expect(await count()).toBe(before);
    await call('POST', `/api/periods/${id}/reopen`, t.cookies.admin);
    const again = await call('POST', `/api/assessments/imports/${importId}/apply`, t.cookies.admin, {
      acceptProposals: true,
      skipErrors: true,
    });
    expect(again.statusCode).toBe(200);
    expect(await count()).toBeGreaterThan(before);
  });
});
