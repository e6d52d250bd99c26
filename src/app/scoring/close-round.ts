import { AppError } from '../app-error.ts';
import { writeAudit } from '../audit.ts';
import type { UseCaseContext } from '../context.ts';
import { roundDetail, type RoundDetail } from './round-queries.ts';
import { assertManagesRound, findRound, loadRound } from './scoring-round.ts';

/**
 * The operator closes a round when the scoring is over: its scores, agreed scores and imports are
 * locked from then on, and its indices are final. Disagreements left unsettled are refused: they
 * would leave positions out of the indices silently.
 */
export async function closeRound(ctx: UseCaseContext, id: number): Promise<RoundDetail> {
  const round = await loadRound(ctx, id);
  assertManagesRound(ctx.actor, round);
  if (round.closedAt) throw new AppError('round_closed', 'Раунд уже закрыт.');
  const detail = await roundDetail(ctx, round);
  const open = detail.objectsList.filter((o) => o.disagreements > 0);
  if (open.length) {
    throw new AppError(
      'conflict',
      `Раунд нельзя закрыть: есть несогласованные расхождения экспертов (${open.map((o) => `${o.name}: ${o.disagreements}`).join('; ')}). Запишите согласованные баллы.`,
    );
  }
  await ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable('scoring_round').set({ closed_at: new Date() }).where('id', '=', round.id).execute();
    await writeAudit(
      trx,
      ctx.actor,
      {
        action: 'scoring_round.close',
        entity: 'scoring_round',
        entityId: round.id,
        after: { indices: detail.objectsList.map((o) => ({ object: o.code, index: o.index.value, place: o.place })) },
      },
      ctx.requestId,
    );
  });
  return roundDetail(ctx, (await findRound(ctx.db, round.id)) ?? round);
}
