import { METHOD_LABELS, UNIT_LABELS } from '../../domain/catalogue/catalogue-labels.ts';
import { educationAuthorityName } from '../../domain/org/education-authority.ts';
import { ORG_TYPE_NAMES, type OrgType } from '../../domain/org/org-kind.ts';
import { AppError } from '../app-error.ts';
import { writeAudit } from '../audit.ts';
import { parseDate } from '../catalogues/workbook-cells.ts';
import type { UseCaseContext } from '../context.ts';
import { assertManages, campaignPlan, findCampaign, loadCampaign } from './campaign-record.ts';
import { campaignDetail, type CampaignDetail } from './campaign-queries.ts';
import { cyclogramFor, monitoringYearOf } from './cyclogram-store.ts';
import { buildRegulationDocx } from './regulation-document.ts';

/** The monitoring regulation of a campaign as a DOCX (seed 004 §2.2): terms, participants, indicators, responsible, use of results. */
export async function campaignRegulation(
  ctx: UseCaseContext,
  campaignId: number,
  today: string,
): Promise<{ file: Buffer; fileName: string }> {
  const campaign = await loadCampaign(ctx, campaignId);
  const plan = await campaignPlan(ctx.db, campaign);
  const participants = await ctx.db
    .selectFrom('submission as s')
    .innerJoin('org as o', 'o.id', 's.org_id')
    .select(['o.code', 'o.name', 'o.type'])
    .where('s.campaign_id', '=', campaign.id)
    .orderBy('o.code')
    .execute();
  const directionNames = new Map(plan.catalogue.blocks.flatMap((b) => b.directions.map((d) => [d.code, d.name] as const)));
  const scope = await ctx.db
    .selectFrom('org')
    .select(['kind', 'name', 'attributes'])
    .where('id', '=', campaign.scopeOrgId)
    .executeTakeFirstOrThrow();
  const stages = await cyclogramFor(ctx.db, campaign.scopeOrgId, monitoringYearOf(campaign.periodCode), campaign.responsible);
  const file = await buildRegulationDocx({
    authorityName: educationAuthorityName(scope),
    territoryName: campaign.scopeName,
    campaignName: campaign.name,
    catalogueName: plan.catalogue.name,
    periodName: campaign.periodName,
    startsOn: campaign.startsOn,
    deadline: campaign.deadline,
    responsible: campaign.responsible,
    participants: participants.map((p) => ({ code: p.code, name: p.name, typeName: ORG_TYPE_NAMES[p.type as OrgType] ?? p.type ?? '' })),
    indicators: plan.indicators.map((i) => ({
      code: i.code,
      name: i.name,
      directionName: i.directions.map((d) => directionNames.get(d) ?? d).join('; '),
      methodLabel: METHOD_LABELS[i.method],
      unitLabel: UNIT_LABELS[i.unit],
    })),
    stages: stages.map((s) => ({ name: s.name, startsOn: s.startsOn, endsOn: s.endsOn, responsible: s.responsible })),
    order: campaign.orderNumber && campaign.orderDate ? { number: campaign.orderNumber, date: campaign.orderDate } : null,
    generatedOn: today,
  });
  return { file, fileName: `Регламент мониторинга — ${campaign.name}.docx` };
}

/** Records the order that approved the regulation (number and date), audited. */
export async function approveRegulation(
  ctx: UseCaseContext,
  campaignId: number,
  input: { orderNumber: string; orderDate: string },
  today: string,
): Promise<CampaignDetail> {
  const campaign = await loadCampaign(ctx, campaignId);
  assertManages(ctx.actor, campaign);
  const number = input.orderNumber.trim();
  const date = parseDate(input.orderDate.trim());
  const details = [
    ...(number ? [] : [{ path: 'body.orderNumber', message: 'Укажите номер приказа, например «245-од».' }]),
    ...(date ? [] : [{ path: 'body.orderDate', message: `Дата приказа «${input.orderDate}» не распознана: укажите её как дд.мм.гггг.` }]),
  ];
  if (details.length || !date) throw new AppError('validation_failed', details.map((d) => d.message).join(' '), details);
  await ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable('campaign').set({ order_number: number, order_date: date }).where('id', '=', campaign.id).execute();
    await writeAudit(
      trx,
      ctx.actor,
      {
        action: 'campaign.approve_regulation',
        entity: 'campaign',
        entityId: campaign.id,
        before: { orderNumber: campaign.orderNumber, orderDate: campaign.orderDate },
        after: { orderNumber: number, orderDate: date },
      },
      ctx.requestId,
    );
  });
  return campaignDetail(ctx, (await findCampaign(ctx.db, campaign.id)) ?? campaign, today);
}

/** Publishes an approved regulation (seed 004: orders are placed in public access in the МСОКО section). */
export async function publishRegulation(ctx: UseCaseContext, campaignId: number, today: string): Promise<CampaignDetail> {
  const campaign = await loadCampaign(ctx, campaignId);
  assertManages(ctx.actor, campaign);
  if (!campaign.orderNumber) {
    throw new AppError('conflict', 'Опубликовать можно утверждённый регламент: сначала укажите номер и дату приказа об утверждении.');
  }
  await ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable('campaign').set({ published_at: new Date() }).where('id', '=', campaign.id).execute();
    // The public section's index: a regulation published again keeps its link.
    const existing = await trx.selectFrom('publication').select('id').where('campaign_id', '=', campaign.id).executeTakeFirst();
    if (existing) await trx.updateTable('publication').set({ withdrawn_at: null }).where('id', '=', existing.id).execute();
    else {
      await trx
        .insertInto('publication')
        .values({
          kind: 'regulation',
          scope_org_id: campaign.scopeOrgId,
          title: `Регламент мониторинга «${campaign.name}»`,
          campaign_id: campaign.id,
          content: null,
          published_by: ctx.actor.userId === 0 ? null : ctx.actor.userId,
        })
        .execute();
    }
    await writeAudit(
      trx,
      ctx.actor,
      { action: 'campaign.publish_regulation', entity: 'campaign', entityId: campaign.id, after: { published: true } },
      ctx.requestId,
    );
  });
  return campaignDetail(ctx, (await findCampaign(ctx.db, campaign.id)) ?? campaign, today);
}
