import { SUBMISSION_STATUS_NAMES, type FormCell, type SubmissionStatus } from '../../domain/collection/campaign.ts';
import type { EntryIssue } from '../../domain/collection/validate-entries.ts';
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

export interface FormField extends FormCell {
  /** As entered (a draft may hold text that is not a number yet); null: empty. */
  value: string | null;
  /** The confirming comment of a warning. */
  comment: string | null;
  /** The same field in the previous period (accepted or demo data), if any. */
  previous: number | null;
}

export interface FormView {
  campaign: { id: number; name: string; periodName: string; deadline: string; catalogueName: string; scopeName: string };
  org: { id: number; code: string; name: string };
  status: SubmissionStatus;
  statusName: string;
  /** Optimistic lock: a save or submission must send the version it was based on. */
  version: number;
  /** The operator's comment when returned, the reason when reopened. */
  comment: string | null;
  updatedAt: string;
  updatedBy: string | null;
  submittedAt: string | null;
  acceptedAt: string | null;
  overdue: boolean;
  /** The caller may change the values now. */
  editable: boolean;
  /** The caller may return, accept or reopen it. */
  reviewable: boolean;
  previousPeriodName: string | null;
  fields: FormField[];
  /** The check of the form as it stands (errors and warnings), each naming its field. */
  issues: EntryIssue[];
  filled: number;
}

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
