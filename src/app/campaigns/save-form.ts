import type { CellInput } from '../../api/campaigns.ts';
import type { UseCaseContext } from '../context.ts';
import { campaignPlan, loadCampaign, loadParticipant } from './campaign-record.ts';
import { formView, type FormView } from './get-form.ts';
import { lockSubmission, writeCells } from './write-cells.ts';

/**
 * Saves a draft of a form as the representative types: only the fields sent, only when nobody
 * saved since the caller's version (the second saver is told, never silently overwritten).
 * A draft may hold text that is not a number yet; the whole form is checked on submission.
 */
export async function saveForm(
  ctx: UseCaseContext,
  campaignId: number,
  orgId: number,
  input: { version: number; values: Record<string, CellInput> },
  today: string,
): Promise<FormView> {
  const campaign = await loadCampaign(ctx, campaignId);
  const org = await loadParticipant(ctx, campaign, orgId);
  const plan = await campaignPlan(ctx.db, campaign);
  await ctx.db.transaction().execute(async (trx) => {
    const lock = await lockSubmission(trx, campaign.id, org.id, 'save', input.version);
    await writeCells(
      trx,
      ctx.actor,
      ctx.requestId,
      { campaign, org, cells: plan.cellsOf(org.type) },
      new Map(Object.entries(input.values)),
      'form',
      lock,
    );
  });
  return formView(ctx, campaign, org, plan, today);
}
