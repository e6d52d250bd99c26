import { AppError, forbidden, notFound } from '../app-error.ts';
import { documentTypeOf } from '../document-types.ts';
import { actorSees } from '../actor.ts';
import { writeAudit } from '../audit.ts';
import type { UseCaseContext } from '../context.ts';
import { isAssignedScorer, loadMechanismCatalogue, loadRound, managesRounds, roundPositions } from './scoring-round.ts';

/** Largest evidence document kept (a scanned order or a report). */
export const EVIDENCE_LIMIT_BYTES = 10 * 1024 * 1024;

/** An assigned scorer attaches a document supporting their score of a position. */
export async function uploadEvidence(
  ctx: UseCaseContext,
  roundId: number,
  orgId: number,
  input: { position: string; fileName: string; bytes: Uint8Array },
): Promise<{ id: number; fileName: string; size: number }> {
  const round = await loadRound(ctx, roundId);
  if (!(await isAssignedScorer(ctx.db, round.id, orgId, ctx.actor.userId)))
    throw forbidden('Прикладывать документы может назначенный объекту эксперт.');
  const catalogue = await loadMechanismCatalogue(ctx.db, round.frameworkId);
  if (!roundPositions(catalogue, round.includeOptional).some((p) => p.code === input.position)) {
    throw new AppError('validation_failed', `Позиции «${input.position}» нет в методике раунда: проверьте код.`, [
      { path: 'x-position', message: 'Неизвестная позиция.' },
    ]);
  }
  const type = documentTypeOf(input.fileName);
  if (input.bytes.length === 0) throw new AppError('validation_failed', `Файл «${input.fileName}» пуст.`);
  return ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('evidence_file')
      .values({
        round_id: round.id,
        org_id: orgId,
        position_code: input.position,
        user_id: ctx.actor.userId === 0 ? null : ctx.actor.userId,
        file_name: input.fileName,
        content_type: type,
        size: input.bytes.length,
        content: Buffer.from(input.bytes),
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeAudit(
      trx,
      ctx.actor,
      {
        action: 'evidence.upload',
        entity: 'evidence_file',
        entityId: row.id,
        after: { round: round.id, org: orgId, position: input.position, file: input.fileName, size: input.bytes.length },
      },
      ctx.requestId,
    );
    return { id: row.id, fileName: input.fileName, size: input.bytes.length };
  });
}

/** An evidence document, for whoever may see the scores it supports: its scorer, the round's managers, viewers of the territory. */
export async function downloadEvidence(
  ctx: UseCaseContext,
  id: number,
): Promise<{ fileName: string; contentType: string; content: Buffer }> {
  const file = await ctx.db
    .selectFrom('evidence_file as e')
    .innerJoin('org as o', 'o.id', 'e.org_id')
    .select(['e.round_id', 'e.user_id', 'e.file_name', 'e.content_type', 'e.content', 'o.path'])
    .where('e.id', '=', id)
    .executeTakeFirst();
  if (!file) throw notFound(`Документ с id ${id}`);
  const round = await loadRound(ctx, file.round_id);
  const own = file.user_id === ctx.actor.userId;
  const sees =
    (managesRounds(ctx.actor) && actorSees(ctx.actor, round.scopePath)) || (ctx.actor.role === 'viewer' && actorSees(ctx.actor, file.path));
  if (!own && !sees) throw forbidden('Документ доступен приложившему его эксперту и оператору раунда.');
  return { fileName: file.file_name, contentType: file.content_type, content: Buffer.from(file.content) };
}
