import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { checkScore, type ScoreInput } from '../../domain/scoring/check-score.ts';
import type { Actor } from '../actor.ts';
import { AppError, forbidden } from '../app-error.ts';
import { writeAudit } from '../audit.ts';
import type { UseCaseContext } from '../context.ts';
import { sheetOf, type ScoringSheet } from './scoring-sheet.ts';
import {
  assertManagesRound,
  isAssignedScorer,
  loadMechanismCatalogue,
  loadRound,
  roundPositions,
  type RoundRecord,
} from './scoring-round.ts';

export type ScoreVia = 'форма' | 'файл';

/** A position's score as sent: points (null removes the score), a comment, links to evidence. */
export type ScoreChange = ScoreInput | null;

/**
 * Checks a scorer's scores for one object against the catalogue: every position known, every score
 * on its scale, a comment for each zero. Returns the problems keyed by position (path `scores.<code>`).
 */
export async function checkScores(
  db: Kysely<Database>,
  round: RoundRecord,
  scores: Record<string, ScoreChange>,
): Promise<{ path: string; message: string }[]> {
  const catalogue = await loadMechanismCatalogue(db, round.frameworkId);
  const positions = new Map(roundPositions(catalogue, round.includeOptional).map((p) => [p.code, p]));
  const problems: { path: string; message: string }[] = [];
  for (const [code, score] of Object.entries(scores)) {
    const position = positions.get(code);
    if (!position) {
      problems.push({ path: `scores.${code}`, message: `Позиции «${code}» нет в методике раунда «${catalogue.name}»: проверьте код.` });
      continue;
    }
    if (score !== null) for (const message of checkScore(position, score)) problems.push({ path: `scores.${code}`, message });
  }
  return problems;
}

/**
 * Writes one scorer's scores of one object inside the caller's transaction: unchanged scores are
 * not touched; every change is audited with the old and new points and whether it came from the
 * sheet or a file. Returns how many scores changed.
 */
export async function writeScores(
  trx: Kysely<Database>,
  actor: Actor,
  requestId: string | null,
  key: { roundId: number; orgId: number; userId: number },
  scores: Record<string, ScoreChange>,
  via: ScoreVia,
): Promise<number> {
  const existing = await trx
    .selectFrom('expert_score')
    .selectAll()
    .where('round_id', '=', key.roundId)
    .where('org_id', '=', key.orgId)
    .where('user_id', '=', key.userId)
    .execute();
  const before: Record<string, unknown> = {};
  const after: Record<string, unknown> = {};
  for (const [code, score] of Object.entries(scores)) {
    const old = existing.find((e) => e.position_code === code);
    const oldView = old ? { points: Number(old.points), comment: old.comment, links: old.links } : null;
    const links = (score?.links ?? []).map((l) => ({ url: l.url.trim(), title: l.title?.trim() || l.url.trim() }));
    const newView = score && score.points !== null ? { points: score.points, comment: score.comment?.trim() || null, links } : null;
    if (JSON.stringify(oldView) === JSON.stringify(newView)) continue;
    before[code] = oldView;
    after[code] = newView;
    const match = trx
      .deleteFrom('expert_score')
      .where('round_id', '=', key.roundId)
      .where('org_id', '=', key.orgId)
      .where('user_id', '=', key.userId)
      .where('position_code', '=', code);
    if (!newView) {
      await match.execute();
      continue;
    }
    const row = {
      points: newView.points,
      comment: newView.comment,
      links: JSON.stringify(newView.links),
      source: via,
      updated_at: new Date(),
    };
    await trx
      .insertInto('expert_score')
      .values({ round_id: key.roundId, org_id: key.orgId, user_id: key.userId, position_code: code, ...row })
      .onConflict((oc) => oc.columns(['round_id', 'org_id', 'user_id', 'position_code']).doUpdateSet(row))
      .execute();
  }
  const changed = Object.keys(after).length;
  if (changed > 0) {
    await writeAudit(
      trx,
      actor,
      {
        action: via === 'файл' ? 'expert_score.import' : 'expert_score.save',
        entity: 'expert_score',
        entityId: `${key.roundId}:${key.orgId}:${key.userId}`,
        before,
        after,
      },
      requestId,
    );
  }
  return changed;
}

/** A scorer saves their own scores of an object they are assigned to; all checked before anything is written. */
export async function saveScores(
  ctx: UseCaseContext,
  roundId: number,
  orgId: number,
  scores: Record<string, ScoreChange>,
): Promise<ScoringSheet> {
  const round = await loadRound(ctx, roundId);
  if (!(await isAssignedScorer(ctx.db, round.id, orgId, ctx.actor.userId)))
    throw forbidden('Выставлять баллы этому объекту может только назначенный ему эксперт.');
  if (round.closedAt) throw new AppError('round_closed', 'Раунд оценки закрыт: баллы больше не меняются.');
  const problems = await checkScores(ctx.db, round, scores);
  if (problems.length) throw new AppError('validation_failed', problems.map((p) => p.message).join(' '), problems);
  await ctx.db
    .transaction()
    .execute((trx) => writeScores(trx, ctx.actor, ctx.requestId, { roundId: round.id, orgId, userId: ctx.actor.userId }, scores, 'форма'));
  return sheetOf(ctx, round, orgId);
}

/**
 * The round's manager records the agreed score of a position (after the experts' discussion), or
 * removes it (points null); audited with who agreed, and the scores it settles.
 */
export async function agreeScore(
  ctx: UseCaseContext,
  roundId: number,
  orgId: number,
  input: { position: string; points: number | null; comment?: string | null },
): Promise<ScoringSheet> {
  const round = await loadRound(ctx, roundId);
  assertManagesRound(ctx.actor, round);
  if (round.closedAt) throw new AppError('round_closed', 'Раунд оценки закрыт: баллы больше не меняются.');
  const problems = await checkScores(ctx.db, round, {
    [input.position]: input.points === null ? null : { points: input.points, comment: input.comment ?? null },
  });
  if (problems.length) throw new AppError('validation_failed', problems.map((p) => p.message).join(' '), problems);
  const assigned = await ctx.db
    .selectFrom('scoring_assignment')
    .select('org_id')
    .where('round_id', '=', round.id)
    .where('org_id', '=', orgId)
    .executeTakeFirst();
  if (!assigned) throw new AppError('not_found', `Объект с id ${orgId} не оценивается в раунде «${round.name}».`);
  await ctx.db.transaction().execute(async (trx) => {
    const old = await trx
      .selectFrom('agreed_score')
      .select(['points', 'comment'])
      .where('round_id', '=', round.id)
      .where('org_id', '=', orgId)
      .where('position_code', '=', input.position)
      .executeTakeFirst();
    const scores = await trx
      .selectFrom('expert_score as s')
      .innerJoin('app_user as u', 'u.id', 's.user_id')
      .select(['u.full_name', 's.points'])
      .where('s.round_id', '=', round.id)
      .where('s.org_id', '=', orgId)
      .where('s.position_code', '=', input.position)
      .execute();
    await trx
      .deleteFrom('agreed_score')
      .where('round_id', '=', round.id)
      .where('org_id', '=', orgId)
      .where('position_code', '=', input.position)
      .execute();
    if (input.points !== null) {
      await trx
        .insertInto('agreed_score')
        .values({
          round_id: round.id,
          org_id: orgId,
          position_code: input.position,
          points: input.points,
          comment: input.comment?.trim() || null,
          agreed_by: ctx.actor.userId === 0 ? null : ctx.actor.userId,
        })
        .execute();
    }
    await writeAudit(
      trx,
      ctx.actor,
      {
        action: input.points === null ? 'agreed_score.remove' : 'agreed_score.record',
        entity: 'agreed_score',
        entityId: `${round.id}:${orgId}:${input.position}`,
        before: old ? { points: Number(old.points), comment: old.comment } : null,
        after: {
          points: input.points,
          comment: input.comment?.trim() || null,
          experts: scores.map((s) => ({ expert: s.full_name, points: Number(s.points) })),
        },
      },
      ctx.requestId,
    );
  });
  return sheetOf(ctx, round, orgId);
}
