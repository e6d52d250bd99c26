import { SUBMISSION_STATUSES, SUBMISSION_STATUS_NAMES, type SubmissionStatus } from '../../domain/collection/campaign.ts';
import { ORG_TYPE_NAMES, type OrgType } from '../../domain/org/org-kind.ts';
import type { CampaignDetail, CampaignSummary, ProgressRow } from '../../api/campaigns.ts';
import type { UseCaseContext } from '../context.ts';
import { campaignPlan, isOperator, loadCampaign, type CampaignRecord } from './campaign-record.ts';

export type { CampaignDetail, CampaignSummary, ProgressRow };

const overdueOf = (status: SubmissionStatus, deadline: string, today: string) =>
  today > deadline && status !== 'submitted' && status !== 'accepted';

/** The campaigns the caller may see, newest first: operators, experts, viewers by territory; a representative those of their organisation. */
export async function listCampaigns(ctx: UseCaseContext, today: string): Promise<CampaignSummary[]> {
  const { actor } = ctx;
  let query = ctx.db
    .selectFrom('campaign as c')
    .innerJoin('org as s', 's.id', 'c.scope_org_id')
    .innerJoin('period as p', 'p.id', 'c.period_id')
    .innerJoin('framework as f', 'f.id', 'c.framework_id')
    .select([
      'c.id',
      'c.name',
      's.name as scope_name',
      's.path as scope_path',
      'p.name as period_name',
      'f.name as catalogue_name',
      'c.starts_on',
      'c.deadline',
      'c.responsible',
      'c.order_number',
      'c.order_date',
      'c.published_at',
    ])
    .orderBy('c.created_at', 'desc')
    .orderBy('c.id', 'desc');
  if (actor.scopePath !== null) {
    const scopePath = actor.scopePath;
    query = query.where((eb) =>
      eb.or([
        eb('s.path', 'like', `${scopePath}%`),
        eb.exists(
          eb
            .selectFrom('submission as m')
            .innerJoin('org as o', 'o.id', 'm.org_id')
            .select('m.org_id')
            .whereRef('m.campaign_id', '=', 'c.id')
            .where('o.path', 'like', `${scopePath}%`),
        ),
      ]),
    );
  }
  const campaigns = await query.execute();
  if (campaigns.length === 0) return [];
  const submissions = await ctx.db
    .selectFrom('submission as m')
    .innerJoin('org as o', 'o.id', 'm.org_id')
    .select(['m.campaign_id', 'm.org_id', 'm.status', 'o.path'])
    .where(
      'm.campaign_id',
      'in',
      campaigns.map((c) => c.id),
    )
    .execute();
  return campaigns.map((c) => {
    // A campaign of a wider territory is counted over the caller's part of it, as its page shows.
    const partial = actor.scopePath !== null && !c.scope_path.startsWith(actor.scopePath);
    const own = submissions.filter((s) => s.campaign_id === c.id && (!partial || s.path.startsWith(actor.scopePath ?? '')));
    const mine = actor.role === 'org_representative' ? own.find((s) => s.org_id === actor.scopeOrgId) : undefined;
    return {
      id: c.id,
      name: c.name,
      scopeName: c.scope_name,
      periodName: c.period_name,
      catalogueName: c.catalogue_name,
      startsOn: c.starts_on,
      deadline: c.deadline,
      responsible: c.responsible,
      participants: own.length,
      accepted: own.filter((s) => s.status === 'accepted').length,
      overdue: own.filter((s) => overdueOf(s.status, c.deadline, today)).length,
      orderNumber: c.order_number,
      orderDate: c.order_date,
      published: c.published_at !== null,
      own: mine
        ? {
            orgId: mine.org_id,
            status: mine.status,
            statusName: SUBMISSION_STATUS_NAMES[mine.status],
            overdue: overdueOf(mine.status, c.deadline, today),
          }
        : null,
    };
  });
}

/** A campaign with the progress of every participant the caller may see. */
export async function getCampaign(ctx: UseCaseContext, id: number, today: string): Promise<CampaignDetail> {
  const campaign = await loadCampaign(ctx, id);
  return campaignDetail(ctx, campaign, today);
}

export async function campaignDetail(ctx: UseCaseContext, campaign: CampaignRecord, today: string): Promise<CampaignDetail> {
  const plan = await campaignPlan(ctx.db, campaign);
  const { actor } = ctx;
  let query = ctx.db
    .selectFrom('submission as s')
    .innerJoin('org as o', 'o.id', 's.org_id')
    .select([
      'o.id',
      'o.code',
      'o.name',
      'o.short_name',
      'o.type',
      's.status',
      's.comment',
      's.updated_at',
      's.submitted_at',
      's.accepted_at',
    ])
    .select((eb) =>
      eb
        .selectFrom('submission_value as v')
        .select(eb.fn.countAll<number>().as('n'))
        .whereRef('v.campaign_id', '=', 's.campaign_id')
        .whereRef('v.org_id', '=', 's.org_id')
        .where('v.raw', '!=', '')
        .as('filled'),
    )
    .where('s.campaign_id', '=', campaign.id)
    .orderBy('o.code');
  if (actor.scopePath !== null && !campaign.scopePath.startsWith(actor.scopePath))
    query = query.where('o.path', 'like', `${actor.scopePath}%`);
  const rows: ProgressRow[] = (await query.execute()).map((r) => ({
    orgId: r.id,
    code: r.code,
    name: r.name,
    shortName: r.short_name,
    typeName: ORG_TYPE_NAMES[r.type as OrgType] ?? r.type ?? '',
    status: r.status,
    statusName: SUBMISSION_STATUS_NAMES[r.status],
    overdue: overdueOf(r.status, campaign.deadline, today),
    filled: Number(r.filled ?? 0),
    total: plan.cellsOf(r.type as OrgType).length,
    comment: r.comment,
    updatedAt: r.updated_at.toISOString(),
    submittedAt: r.submitted_at?.toISOString() ?? null,
    acceptedAt: r.accepted_at?.toISOString() ?? null,
  }));
  const counts = Object.fromEntries([...SUBMISSION_STATUSES, 'overdue'].map((s) => [s, 0])) as CampaignDetail['counts'];
  for (const r of rows) {
    counts[r.status]++;
    if (r.overdue) counts.overdue++;
  }
  const mine = actor.role === 'org_representative' ? rows.find((r) => r.orgId === actor.scopeOrgId) : undefined;
  return {
    id: campaign.id,
    name: campaign.name,
    scopeName: campaign.scopeName,
    periodName: campaign.periodName,
    catalogueName: plan.catalogue.name,
    startsOn: campaign.startsOn,
    deadline: campaign.deadline,
    responsible: campaign.responsible,
    participants: rows.length,
    accepted: counts.accepted,
    overdue: counts.overdue,
    orderNumber: campaign.orderNumber,
    orderDate: campaign.orderDate,
    published: campaign.publishedAt !== null,
    own: mine ? { orgId: mine.orgId, status: mine.status, statusName: mine.statusName, overdue: mine.overdue } : null,
    frameworkId: campaign.frameworkId,
    periodId: campaign.periodId,
    scopeOrgId: campaign.scopeOrgId,
    indicatorCodes: campaign.indicatorCodes,
    indicators: plan.indicators.map((i) => ({ code: i.code, name: i.name })),
    counts,
    rows,
    manages: isOperator(actor) && (actor.scopePath === null || campaign.scopePath.startsWith(actor.scopePath)),
  };
}
