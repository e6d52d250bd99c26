import type { Kysely } from 'kysely';
import { SYSTEM_ACTOR } from '../../src/app/actor.ts';
import { campaignPlan, findCampaign } from '../../src/app/campaigns/campaign-record.ts';
import { createCampaign } from '../../src/app/campaigns/create-campaign.ts';
import { saveForm } from '../../src/app/campaigns/save-form.ts';
import { acceptForm, submitForm } from '../../src/app/campaigns/submission-actions.ts';
import type { UseCaseContext } from '../../src/app/context.ts';
import type { Database } from '../../src/db/schema.ts';

export const TODAY = '2025-01-15';

export const systemContext = (db: Kysely<Database>): UseCaseContext => ({ db, actor: SYSTEM_ACTOR, requestId: null });

/** A campaign of the test catalogue (D1.01 = ratio(t_winners, t_pupils), schools) for 2024/2025 over a territory. */
export async function startCampaign(db: Kysely<Database>, scopeOrgId: number, name = 'Мониторинг 2024/2025') {
  const framework = await db
    .selectFrom('framework')
    .select('id')
    .where('code', '=', 'test-indicators')
    .orderBy('version', 'desc')
    .executeTakeFirstOrThrow();
  const period = await db.selectFrom('period').select('id').where('code', '=', '2024/2025').executeTakeFirstOrThrow();
  return createCampaign(systemContext(db), {
    name,
    frameworkId: framework.id,
    periodId: period.id,
    scopeOrgId,
    indicatorCodes: ['D1.01'],
    participants: { orgTypes: ['school'] },
    startsOn: '2025-01-09',
    deadline: '2025-01-31',
    responsible: 'Иванова Мария Петровна, методист ИМЦ',
  });
}

/** Fills every field of an organisation's form (with confirming comments) as the system. */
export async function fillForm(db: Kysely<Database>, campaignId: number, orgId: number, values: Record<string, string>) {
  const ctx = systemContext(db);
  const version = (
    await db
      .selectFrom('submission')
      .select('version')
      .where('campaign_id', '=', campaignId)
      .where('org_id', '=', orgId)
      .executeTakeFirstOrThrow()
  ).version;
  return saveForm(
    ctx,
    campaignId,
    orgId,
    { version, values: Object.fromEntries(Object.entries(values).map(([k, raw]) => [k, { raw, comment: 'Проверено' }])) },
    TODAY,
  );
}

/** A campaign whose form of `orgId` is filled (winners 10 of 100 pupils) and taken to a status. */
export async function formIn(db: Kysely<Database>, scopeOrgId: number, orgId: number, status: 'draft' | 'submitted' | 'accepted') {
  const campaign = await startCampaign(db, scopeOrgId);
  const form = await fillForm(db, campaign.id, orgId, { 't_winners|': '10', 't_pupils|': '100' });
  if (status === 'draft') return { campaign, version: form.version };
  const submitted = await submitForm(systemContext(db), campaign.id, orgId, form.version, TODAY);
  if (status === 'submitted') return { campaign, version: submitted.version };
  const accepted = await acceptForm(systemContext(db), campaign.id, orgId, TODAY);
  return { campaign, version: accepted.form.version };
}

export async function cellsOfSchool(db: Kysely<Database>, campaignId: number) {
  const campaign = await findCampaign(db, campaignId);
  if (!campaign) throw new Error('no campaign');
  return (await campaignPlan(db, campaign)).cellsOf('school');
}
