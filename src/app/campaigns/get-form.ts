import { SUBMISSION_STATUS_NAMES, type SubmissionStatus } from '../../domain/collection/campaign.ts';
import type { FormField, FormView } from '../../api/campaigns.ts';
import type { UseCaseContext } from '../context.ts';
import {
  campaignPlan,
  isOperator,
  loadCampaign,
  loadParticipant,
  type CampaignPlan,
  type CampaignRecord,
  type Participant,
} from './campaign-record.ts';
import { checkForm } from './check-form.ts';
import { formContext, storedCells } from './form-data.ts';

export type { FormField, FormView };

const EDITABLE: readonly SubmissionStatus[] = ['not_started', 'draft', 'returned'];

/** The form as the caller sees it, loaded from a campaign, a participant and its plan. */
export async function formView(
  ctx: UseCaseContext,
  campaign: CampaignRecord,
  org: Participant,
  plan: CampaignPlan,
  today: string,
): Promise<FormView> {
  const submission = await ctx.db
    .selectFrom('submission as s')
    .leftJoin('app_user as u', 'u.id', 's.updated_by')
    .selectAll('s')
    .select('u.full_name as updated_by_name')
    .where('s.campaign_id', '=', campaign.id)
    .where('s.org_id', '=', org.id)
    .executeTakeFirstOrThrow();
  const cells = plan.cellsOf(org.type);
  const stored = await storedCells(ctx.db, campaign.id, org.id);
  const context = await formContext(ctx.db, campaign, org, cells);
  const raws = new Map([...stored].map(([key, c]) => [key, { raw: c.raw, comment: c.comment }]));
  const checked = checkForm({ plan, cells, raws, context, complete: false });
  const status = submission.status;
  const operator = isOperator(ctx.actor);
  return {
    campaign: {
      id: campaign.id,
      name: campaign.name,
      periodName: campaign.periodName,
      deadline: campaign.deadline,
      catalogueName: plan.catalogue.name,
      scopeName: campaign.scopeName,
    },
    org: { id: org.id, code: org.code, name: org.name },
    status,
    statusName: SUBMISSION_STATUS_NAMES[status],
    version: submission.version,
    comment: submission.comment,
    updatedAt: submission.updated_at.toISOString(),
    updatedBy: submission.updated_by_name,
    submittedAt: submission.submitted_at?.toISOString() ?? null,
    acceptedAt: submission.accepted_at?.toISOString() ?? null,
    overdue: today > campaign.deadline && status !== 'submitted' && status !== 'accepted',
    editable: EDITABLE.includes(status) && (operator || ctx.actor.role === 'org_representative'),
    reviewable: operator,
    previousPeriodName: context.previousPeriodName,
    fields: cells.map((c) => ({
      ...c,
      value: stored.get(c.key)?.raw ?? null,
      comment: stored.get(c.key)?.comment ?? null,
      previous: context.previous.get(c.key) ?? null,
    })),
    issues: checked.issues,
    filled: cells.filter((c) => (stored.get(c.key)?.raw ?? '').trim() !== '').length,
  };
}

/** One organisation's form in a campaign: a representative only their own, an operator within scope. */
export async function getForm(ctx: UseCaseContext, campaignId: number, orgId: number, today: string): Promise<FormView> {
  const campaign = await loadCampaign(ctx, campaignId);
  const org = await loadParticipant(ctx, campaign, orgId);
  return formView(ctx, campaign, org, await campaignPlan(ctx.db, campaign), today);
}
