import { dataValueRepository } from '../../db/repositories/data-value-repository.ts';
import { parseBreakdownKey } from '../../domain/catalogue/breakdown-key.ts';
import { cellKey } from '../../domain/collection/campaign.ts';
import { pluralRu } from '../../domain/export/plural-ru.ts';
import { AppError } from '../app-error.ts';
import { writeAudit } from '../audit.ts';
import type { UseCaseContext } from '../context.ts';
import { computeResults } from '../results/compute-results.ts';
import {
  assertReviews,
  campaignPlan,
  loadCampaign,
  loadParticipant,
  type CampaignPlan,
  type CampaignRecord,
  type Participant,
} from './campaign-record.ts';
import { checkForm } from './check-form.ts';
import { formContext, storedCells } from './form-data.ts';
import { formView, type FormView } from './get-form.ts';
import { lockSubmission, markSubmission } from './write-cells.ts';

async function load(ctx: UseCaseContext, campaignId: number, orgId: number) {
  const campaign = await loadCampaign(ctx, campaignId);
  const org = await loadParticipant(ctx, campaign, orgId);
  return { campaign, org, plan: await campaignPlan(ctx.db, campaign) };
}

/** The whole form checked as for submission: every field filled, every rule, every warning confirmed. */
async function checkComplete(ctx: UseCaseContext, campaign: CampaignRecord, org: Participant, plan: CampaignPlan) {
  const cells = plan.cellsOf(org.type);
  const stored = await storedCells(ctx.db, campaign.id, org.id);
  const raws = new Map([...stored].map(([key, c]) => [key, { raw: c.raw, comment: c.comment }]));
  const checked = checkForm({ plan, cells, raws, context: await formContext(ctx.db, campaign, org, cells), complete: true });
  return { cells, stored, checked };
}

/** Sends a form for review when the whole form passes the checks; otherwise lists every problem with its field. */
export async function submitForm(
  ctx: UseCaseContext,
  campaignId: number,
  orgId: number,
  version: number,
  today: string,
): Promise<FormView> {
  const { campaign, org, plan } = await load(ctx, campaignId, orgId);
  const { checked } = await checkComplete(ctx, campaign, org, plan);
  const errors = checked.issues.filter((i) => i.severity === 'error');
  if (errors.length) {
    throw new AppError(
      'validation_failed',
      `Форму нельзя отправить: ${errors.length} ${pluralRu(errors.length, 'ошибка', 'ошибки', 'ошибок')}. Исправьте отмеченные поля и отправьте снова.`,
      errors.map((e) => ({ path: `fields.${cellKey(e.element, e.breakdown)}`, message: e.message })),
    );
  }
  await ctx.db.transaction().execute(async (trx) => {
    const lock = await lockSubmission(trx, campaign.id, org.id, 'submit', version);
    await markSubmission(trx, ctx.actor, { campaignId: campaign.id, orgId: org.id }, lock, { submitted_at: new Date(), comment: null });
    await writeAudit(
      trx,
      ctx.actor,
      {
        action: 'submission.submit',
        entity: 'submission',
        entityId: `${campaign.id}:${org.id}`,
        before: { status: lock.status },
        after: { status: lock.next },
      },
      ctx.requestId,
    );
  });
  return formView(ctx, campaign, org, plan, today);
}

/** The operator sends a submitted form back with a comment saying what to fix. */
export async function returnForm(
  ctx: UseCaseContext,
  campaignId: number,
  orgId: number,
  comment: string,
  today: string,
): Promise<FormView> {
  const { campaign, org, plan } = await load(ctx, campaignId, orgId);
  assertReviews(ctx.actor);
  const text = comment.trim();
  if (!text) {
    throw new AppError('validation_failed', 'Напишите, что нужно исправить: комментарий увидит представитель организации.', [
      { path: 'body.comment', message: 'Обязательное поле.' },
    ]);
  }
  await transition(ctx, campaign, org, 'return', { comment: text });
  return formView(ctx, campaign, org, plan, today);
}

/** The operator reopens an accepted form with a reason; its accepted values feed the results until accepted again. */
export async function reopenForm(ctx: UseCaseContext, campaignId: number, orgId: number, reason: string, today: string): Promise<FormView> {
  const { campaign, org, plan } = await load(ctx, campaignId, orgId);
  assertReviews(ctx.actor);
  const text = reason.trim();
  if (!text) {
    throw new AppError('validation_failed', 'Укажите причину повторного открытия формы: она попадёт в журнал и в форму.', [
      { path: 'body.reason', message: 'Обязательное поле.' },
    ]);
  }
  await transition(ctx, campaign, org, 'reopen', { comment: text });
  return formView(ctx, campaign, org, plan, today);
}

async function transition(
  ctx: UseCaseContext,
  campaign: CampaignRecord,
  org: Participant,
  action: 'return' | 'reopen',
  set: { comment: string },
) {
  await ctx.db.transaction().execute(async (trx) => {
    const lock = await lockSubmission(trx, campaign.id, org.id, action);
    await markSubmission(trx, ctx.actor, { campaignId: campaign.id, orgId: org.id }, lock, { comment: set.comment });
    await writeAudit(
      trx,
      ctx.actor,
      {
        action: `submission.${action}`,
        entity: 'submission',
        entityId: `${campaign.id}:${org.id}`,
        before: { status: lock.status },
        after: { status: lock.next, comment: set.comment },
      },
      ctx.requestId,
    );
  });
}

export interface AcceptReport {
  form: FormView;
  /** Values that now feed the results. */
  values: number;
  /** Whether the results of the organisation's municipality were recomputed right away. */
  recomputed: boolean;
}

/**
 * The operator accepts a submitted form: in one transaction its values become accepted data (the
 * only data besides demo that feeds the results) and the form is locked; then the results that
 * depend on this organisation are recomputed. Should the recompute fail, the acceptance stands
 * and the results say they are stale until the next recompute.
 */
export async function acceptForm(ctx: UseCaseContext, campaignId: number, orgId: number, today: string): Promise<AcceptReport> {
  const { campaign, org, plan } = await load(ctx, campaignId, orgId);
  assertReviews(ctx.actor);
  const { stored, checked } = await checkComplete(ctx, campaign, org, plan);
  const errors = checked.issues.filter((i) => i.severity === 'error');
  if (errors.length) {
    throw new AppError(
      'validation_failed',
      'Форма не проходит проверку (изменились правила методики?): верните её на доработку.',
      errors.map((e) => ({ path: `fields.${cellKey(e.element, e.breakdown)}`, message: e.message })),
    );
  }
  await ctx.db.transaction().execute(async (trx) => {
    const lock = await lockSubmission(trx, campaign.id, org.id, 'accept');
    const previous = await trx
      .selectFrom('data_value')
      .select(['data_element_code', 'breakdown', 'value', 'status'])
      .where('org_id', '=', org.id)
      .where('period_id', '=', campaign.periodId)
      .where('data_element_code', 'in', [...new Set(checked.values.map((v) => v.element)), ''])
      .execute();
    await dataValueRepository.upsertMany(
      trx,
      checked.values.map((v) => ({
        orgId: org.id,
        periodId: campaign.periodId,
        elementCode: v.element,
        breakdown: parseBreakdownKey(v.breakdown),
        value: v.value,
        source: `кампания «${campaign.name}» (${stored.get(cellKey(v.element, v.breakdown))?.source ?? 'веб-форма'})`,
        status: 'accepted' as const,
        enteredBy: stored.get(cellKey(v.element, v.breakdown))?.updatedBy ?? null,
      })),
    );
    await markSubmission(trx, ctx.actor, { campaignId: campaign.id, orgId: org.id }, lock, { accepted_at: new Date(), comment: null });
    const keys = new Set(checked.values.map((v) => cellKey(v.element, v.breakdown)));
    await writeAudit(
      trx,
      ctx.actor,
      {
        action: 'submission.accept',
        entity: 'submission',
        entityId: `${campaign.id}:${org.id}`,
        before: {
          status: lock.status,
          values: Object.fromEntries(
            previous
              .filter((p) => keys.has(cellKey(p.data_element_code, p.breakdown)))
              .map((p) => [cellKey(p.data_element_code, p.breakdown), { value: Number(p.value), status: p.status }]),
          ),
        },
        after: { status: lock.next, values: Object.fromEntries(checked.values.map((v) => [cellKey(v.element, v.breakdown), v.value])) },
      },
      ctx.requestId,
    );
  });
  let recomputed = true;
  try {
    await computeResults(ctx, { frameworkId: campaign.frameworkId, periodId: campaign.periodId, orgId: org.id });
  } catch {
    recomputed = false;
  }
  return { form: await formView(ctx, campaign, org, plan, today), values: checked.values.length, recomputed };
}
