import { isClosedForPeriod, ruDate } from '../../domain/org/org-life.ts';
import { actorSees } from '../actor.ts';
import { AppError, forbidden, notFound } from '../app-error.ts';
import { writeAudit } from '../audit.ts';
import type { UseCaseContext } from '../context.ts';
import { scoresTerritory } from './list-scorers.ts';
import { findRound, loadMechanismCatalogue, managesRounds, type RoundRecord } from './scoring-round.ts';
import { orgRepository } from '../../db/repositories/org-repository.ts';

export interface RoundInput {
  name: string;
  frameworkId: number;
  periodId: number;
  /** A region (its municipalities are scored) or a municipality (its organisations are scored, or itself in a self-assessment). */
  scopeOrgId: number;
  kind: 'expert' | 'self';
  includeOptional?: boolean;
  /** The objects and their scorers; a self-assessment scores the territory itself. */
  objects: { orgId: number; scorerIds: number[] }[];
}

const invalid = (message: string, path: string) => new AppError('validation_failed', message, [{ path, message }]);

/** Opens a scoring round with its objects and the scorers assigned to each, in one transaction. */
export async function createRound(ctx: UseCaseContext, input: RoundInput): Promise<RoundRecord> {
  if (!managesRounds(ctx.actor)) throw forbidden('Раунд оценки открывает оператор мониторинга.');
  const name = input.name.trim();
  if (!name) throw invalid('Укажите название раунда оценки.', 'body.name');
  await loadMechanismCatalogue(ctx.db, input.frameworkId);
  const scope = await orgRepository.findById(ctx.db, input.scopeOrgId);
  if (!scope) throw notFound(`Территория с id ${input.scopeOrgId}`);
  if (!actorSees(ctx.actor, scope.path)) throw forbidden(`«${scope.name}» вне вашей зоны доступа.`);
  if (scope.kind === 'organisation') throw invalid('Раунд оценки открывают для региона или муниципалитета.', 'body.scopeOrgId');
  const period = await ctx.db.selectFrom('period').select(['id', 'name', 'starts_on']).where('id', '=', input.periodId).executeTakeFirst();
  if (!period) throw notFound(`Период с id ${input.periodId}`);
  if (input.objects.length === 0) throw invalid('Выберите хотя бы один объект оценки.', 'body.objects');

  const ids = input.objects.map((o) => o.orgId);
  const orgs = await orgRepository.findByIds(ctx.db, ids);
  for (const [i, object] of input.objects.entries()) {
    const org = orgs.find((o) => o.id === object.orgId);
    if (!org) throw notFound(`Объект оценки с id ${object.orgId}`);
    const fits = input.kind === 'self' ? org.id === scope.id : org.parent_id === scope.id;
    if (!fits) {
      throw invalid(
        input.kind === 'self'
          ? `Самооценка проводится для самой территории «${scope.name}», а не для «${org.name}».`
          : `«${org.name}» не входит непосредственно в «${scope.name}»: оцениваются ${scope.kind === 'region' ? 'муниципалитеты региона' : 'организации муниципалитета'}.`,
        `body.objects.${i}.orgId`,
      );
    }
    if (isClosedForPeriod(org.closed_on, period.starts_on)) {
      throw new AppError(
        'org_closed',
        `«${org.name}» закрыта с ${ruDate(org.closed_on ?? '')}: в период «${period.name}» её не оценивают — уберите её из раунда.`,
        [{ path: `body.objects.${i}.orgId`, message: 'Организация закрыта.' }],
      );
    }
    if (object.scorerIds.length === 0) throw invalid(`Назначьте хотя бы одного эксперта для «${org.name}».`, `body.objects.${i}.scorerIds`);
  }
  const scorerIds = [...new Set(input.objects.flatMap((o) => o.scorerIds))];
  const users = await ctx.db
    .selectFrom('app_user as u')
    .leftJoin('org as o', 'o.id', 'u.scope_org_id')
    .select(['u.id', 'u.role', 'u.full_name', 'u.is_active', 'o.path'])
    .where('u.id', 'in', scorerIds)
    .execute();
  for (const id of scorerIds) {
    const user = users.find((u) => u.id === id);
    // One message for a user that does not exist and one outside the round: nobody's name is told.
    if (!user || !user.is_active || !scoresTerritory(ctx.actor, input.kind, user.path, scope.path)) {
      throw invalid(
        `Пользователь с id ${id} не найден, отключён или работает вне вашей зоны доступа или вне территории раунда «${scope.name}»: ` +
          'назначайте экспертов из списка, который предлагает форма раунда.',
        'body.objects',
      );
    }
    const allowed = input.kind === 'self' ? ['municipal_operator', 'regional_operator', 'admin', 'expert'] : ['expert'];
    if (!allowed.includes(user.role)) {
      throw invalid(
        input.kind === 'self'
          ? `${user.full_name}: самооценку проводят операторы и эксперты территории.`
          : `${user.full_name} — не эксперт: экспертную оценку выставляют пользователи с ролью «Эксперт».`,
        'body.objects',
      );
    }
  }

  return ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('scoring_round')
      .values({
        framework_id: input.frameworkId,
        period_id: input.periodId,
        scope_org_id: scope.id,
        name,
        kind: input.kind,
        include_optional: input.includeOptional ?? false,
        created_by: ctx.actor.userId === 0 ? null : ctx.actor.userId,
      })
      .returning('id')
      .executeTakeFirstOrThrow();
    await trx
      .insertInto('scoring_assignment')
      .values(
        input.objects.flatMap((o) => [...new Set(o.scorerIds)].map((userId) => ({ round_id: row.id, org_id: o.orgId, user_id: userId }))),
      )
      .execute();
    await writeAudit(
      trx,
      ctx.actor,
      {
        action: 'scoring_round.create',
        entity: 'scoring_round',
        entityId: row.id,
        after: { name, kind: input.kind, objects: input.objects },
      },
      ctx.requestId,
    );
    const round = await findRound(trx, row.id);
    if (!round) throw new Error('round vanished');
    return round;
  });
}
