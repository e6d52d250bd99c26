import type { Period as PeriodView, PeriodChanges } from '../api/periods.ts';
import type { PeriodSpec } from '../domain/period/period.ts';
import { periodDatesRefusal } from '../domain/period/period-rules.ts';
import type { Database, PeriodRow } from '../db/schema.ts';
import type { Kysely } from 'kysely';
import { AppError, forbidden, notFound } from './app-error.ts';
import { writeAudit } from './audit.ts';
import type { UseCaseContext } from './context.ts';

export type { PeriodChanges };

/** Who manages periods: the administrator and the regional operator (as the routes' policy says). */
const PERIOD_MANAGERS = ['admin', 'regional_operator'];

function assertManager(ctx: UseCaseContext): void {
  if (!PERIOD_MANAGERS.includes(ctx.actor.role)) throw forbidden('Периодами управляют администратор и региональный оператор.');
}

function toView(r: PeriodRow): PeriodView {
  return {
    id: r.id,
    code: r.code,
    kind: r.kind as PeriodSpec['kind'],
    name: r.name,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
    closedAt: r.closed_at === null ? null : new Date(r.closed_at).toISOString(),
    closedBy: r.closed_by,
  };
}

export async function listPeriods(ctx: UseCaseContext): Promise<PeriodView[]> {
  const rows = await ctx.db.selectFrom('period').selectAll().orderBy('starts_on', 'desc').orderBy('kind').execute();
  return rows.map(toView);
}

async function checkDates(db: Kysely<Database>, candidate: Pick<PeriodSpec, 'code' | 'kind' | 'startsOn' | 'endsOn'>): Promise<void> {
  const others = (await db.selectFrom('period').selectAll().execute()).map(toView);
  const why = periodDatesRefusal(candidate, others);
  if (why) throw new AppError('validation_failed', why, [{ path: 'body.startsOn', message: why }]);
}

/** Adds a reporting period (calendar year "2025" or school year "2025/2026"). */
export async function createPeriod(ctx: UseCaseContext, input: PeriodSpec): Promise<PeriodView> {
  const pattern = input.kind === 'calendar_year' ? /^\d{4}$/ : /^\d{4}\/\d{4}$/;
  if (!pattern.test(input.code)) {
    const example = input.kind === 'calendar_year' ? '2025' : '2025/2026';
    throw new AppError('validation_failed', `Код периода «${input.code}» не подходит для этого вида: пример — «${example}».`, [
      { path: 'body.code', message: `Формат: ${example}.` },
    ]);
  }
  if (input.startsOn > input.endsOn) {
    throw new AppError('validation_failed', 'Дата начала периода позже даты окончания: поменяйте их местами.', [
      { path: 'body.startsOn', message: 'Должна быть не позже даты окончания.' },
    ]);
  }
  return ctx.db.transaction().execute(async (trx) => {
    if (await trx.selectFrom('period').select('id').where('code', '=', input.code).executeTakeFirst()) {
      throw new AppError('conflict', `Период «${input.code}» уже есть.`, [{ path: 'body.code', message: 'Код занят.' }]);
    }
    await checkDates(trx, input);
    const row = await trx
      .insertInto('period')
      .values({ code: input.code, kind: input.kind, name: input.name, starts_on: input.startsOn, ends_on: input.endsOn })
      .returningAll()
      .executeTakeFirstOrThrow();
    const view = toView(row);
    await writeAudit(trx, ctx.actor, { action: 'period.create', entity: 'period', entityId: row.id, after: view }, ctx.requestId);
    return view;
  });
}

async function loadForUpdate(db: Kysely<Database>, id: number): Promise<PeriodRow> {
  const row = await db.selectFrom('period').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  if (!row) throw notFound(`Период с id ${id}`);
  return row;
}

/**
 * Renames a period or moves its dates. The code and kind stay: imports, campaigns and results name
 * the period by them. A closed period is not edited (reopen it first).
 */
export async function updatePeriod(ctx: UseCaseContext, id: number, changes: PeriodChanges): Promise<PeriodView> {
  assertManager(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const row = await loadForUpdate(trx, id);
    if (row.closed_at !== null) {
      throw new AppError('period_closed', `Период «${row.name}» закрыт: чтобы изменить его, сначала откройте его снова.`);
    }
    const before = toView(row);
    const after = {
      ...before,
      name: changes.name?.trim() || before.name,
      startsOn: changes.startsOn ?? before.startsOn,
      endsOn: changes.endsOn ?? before.endsOn,
    };
    await checkDates(trx, after);
    const updated = await trx
      .updateTable('period')
      .set({ name: after.name, starts_on: after.startsOn, ends_on: after.endsOn })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    const view = toView(updated);
    await writeAudit(trx, ctx.actor, { action: 'period.update', entity: 'period', entityId: id, before, after: view }, ctx.requestId);
    return view;
  });
}

/** Closes a period: it takes no new values except through a campaign form returned or reopened by the operator. */
export async function closePeriod(ctx: UseCaseContext, id: number): Promise<PeriodView> {
  return setClosed(ctx, id, true);
}

/** Opens a closed period again: it takes values as before. */
export async function reopenPeriod(ctx: UseCaseContext, id: number): Promise<PeriodView> {
  return setClosed(ctx, id, false);
}

async function setClosed(ctx: UseCaseContext, id: number, closed: boolean): Promise<PeriodView> {
  assertManager(ctx);
  return ctx.db.transaction().execute(async (trx) => {
    const row = await loadForUpdate(trx, id);
    if ((row.closed_at !== null) === closed) {
      throw new AppError('conflict', closed ? `Период «${row.name}» уже закрыт.` : `Период «${row.name}» не закрыт: открывать нечего.`);
    }
    const updated = await trx
      .updateTable('period')
      .set(closed ? { closed_at: new Date(), closed_by: ctx.actor.login } : { closed_at: null, closed_by: null })
      .where('id', '=', id)
      .returningAll()
      .executeTakeFirstOrThrow();
    const view = toView(updated);
    await writeAudit(
      trx,
      ctx.actor,
      { action: closed ? 'period.close' : 'period.reopen', entity: 'period', entityId: id, before: toView(row), after: view },
      ctx.requestId,
    );
    return view;
  });
}
