import type { PeriodSpec } from '../domain/period/period.ts';
import { AppError } from './app-error.ts';
import { writeAudit } from './audit.ts';
import type { UseCaseContext } from './context.ts';

export interface PeriodView extends PeriodSpec {
  id: number;
}

export async function listPeriods(ctx: UseCaseContext): Promise<PeriodView[]> {
  const rows = await ctx.db.selectFrom('period').selectAll().orderBy('starts_on', 'desc').orderBy('kind').execute();
  return rows.map((r) => ({
    id: r.id,
    code: r.code,
    kind: r.kind as PeriodSpec['kind'],
    name: r.name,
    startsOn: r.starts_on,
    endsOn: r.ends_on,
  }));
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
    const row = await trx
      .insertInto('period')
      .values({ code: input.code, kind: input.kind, name: input.name, starts_on: input.startsOn, ends_on: input.endsOn })
      .returning('id')
      .executeTakeFirstOrThrow();
    const view = { id: row.id, ...input };
    await writeAudit(trx, ctx.actor, { action: 'period.create', entity: 'period', entityId: row.id, after: view }, ctx.requestId);
    return view;
  });
}
