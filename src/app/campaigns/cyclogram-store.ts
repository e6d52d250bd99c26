import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { checkCyclogram, CYCLOGRAM_STAGES, defaultCyclogram, stageState, type CyclogramStage } from '../../domain/collection/cyclogram.ts';
import { actorSees } from '../actor.ts';
import { AppError, forbidden, notFound } from '../app-error.ts';
import { writeAudit } from '../audit.ts';
import type { CyclogramView } from '../../api/campaigns.ts';
import type { UseCaseContext } from '../context.ts';
import { isOperator } from './campaign-record.ts';
import { orgRepository } from '../../db/repositories/org-repository.ts';

/** The monitoring year of a period: collection runs in the January after the period starts («2025/2026» and «2025» → 2026). */
export function monitoringYearOf(periodCode: string): number {
  return Number(periodCode.slice(0, 4)) + 1;
}

/** A territory's cyclogram for a year: as saved, or the seed's default plan. */
export async function cyclogramFor(db: Kysely<Database>, scopeOrgId: number, year: number, responsible: string): Promise<CyclogramStage[]> {
  const rows = await db
    .selectFrom('cyclogram_stage')
    .selectAll()
    .where('scope_org_id', '=', scopeOrgId)
    .where('year', '=', year)
    .orderBy('ordinal')
    .execute();
  if (rows.length === 0) return defaultCyclogram(year, responsible);
  return rows.map((r) => ({
    code: r.code as CyclogramStage['code'],
    name: r.name,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    responsible: r.responsible,
    completedOn: r.completed_on,
  }));
}

async function scopeOf(ctx: UseCaseContext, scopeOrgId: number) {
  const scope = await orgRepository.findById(ctx.db, scopeOrgId);
  if (!scope) throw notFound(`Территория с id ${scopeOrgId}`);
  if (!actorSees(ctx.actor, scope.path)) throw forbidden(`«${scope.name}» вне вашей зоны доступа.`);
  if (scope.kind === 'organisation') {
    throw new AppError('validation_failed', 'Циклограмму ведут для муниципалитета или региона, а не для одной организации.', [
      { path: 'scopeOrgId', message: 'Выберите муниципалитет или регион.' },
    ]);
  }
  return scope;
}

const defaultResponsible = (scopeName: string) => `Муниципальный оператор мониторинга (${scopeName})`;

export async function getCyclogram(ctx: UseCaseContext, scopeOrgId: number, year: number, today: string): Promise<CyclogramView> {
  const scope = await scopeOf(ctx, scopeOrgId);
  const saved = await ctx.db
    .selectFrom('cyclogram_stage')
    .select('code')
    .where('scope_org_id', '=', scope.id)
    .where('year', '=', year)
    .executeTakeFirst();
  const stages = await cyclogramFor(ctx.db, scope.id, year, defaultResponsible(scope.name));
  return {
    scopeOrgId: scope.id,
    scopeName: scope.name,
    year,
    saved: saved !== undefined,
    stages: stages.map((s) => ({ ...s, state: stageState(s, today) })),
  };
}

/** Saves a territory's plan for a year (all four stages at once), audited with the old plan. */
export async function saveCyclogram(
  ctx: UseCaseContext,
  input: { scopeOrgId: number; year: number; stages: CyclogramStage[] },
  today: string,
): Promise<CyclogramView> {
  if (!isOperator(ctx.actor)) throw forbidden('Циклограмму меняет оператор мониторинга.');
  const scope = await scopeOf(ctx, input.scopeOrgId);
  const problems = checkCyclogram(input.stages);
  if (problems.length) {
    throw new AppError(
      'validation_failed',
      problems.map((p) => p.message).join(' '),
      problems.map((p) => ({ path: `body.stages.${p.index}.${p.field}`, message: p.message })),
    );
  }
  await ctx.db.transaction().execute(async (trx) => {
    const before = await cyclogramFor(trx, scope.id, input.year, defaultResponsible(scope.name));
    await trx.deleteFrom('cyclogram_stage').where('scope_org_id', '=', scope.id).where('year', '=', input.year).execute();
    await trx
      .insertInto('cyclogram_stage')
      .values(
        input.stages.map((s) => ({
          scope_org_id: scope.id,
          year: input.year,
          code: s.code,
          ordinal: CYCLOGRAM_STAGES.indexOf(s.code),
          name: s.name.trim(),
          starts_on: s.startsOn,
          ends_on: s.endsOn,
          responsible: s.responsible.trim(),
          completed_on: s.completedOn,
        })),
      )
      .execute();
    await writeAudit(
      trx,
      ctx.actor,
      { action: 'cyclogram.save', entity: 'cyclogram', entityId: `${scope.id}:${input.year}`, before, after: input.stages },
      ctx.requestId,
    );
  });
  return getCyclogram(ctx, scope.id, input.year, today);
}
