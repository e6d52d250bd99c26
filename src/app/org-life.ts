import type { CloseOrgInput, MergeOrgInput, OrgDetail } from '../api/orgs.ts';
import { mergeRefusal, ruDate } from '../domain/org/org-life.ts';
import type { OrgRow } from '../db/schema.ts';
import { actorSees } from './actor.ts';
import { AppError } from './app-error.ts';
import { writeAudit } from './audit.ts';
import type { UseCaseContext } from './context.ts';
import { assertEditor, detailOf, loadVisible } from './orgs.ts';
import { orgRepository } from '../db/repositories/org-repository.ts';

const refused = (message: string, path: string) => new AppError('merge_refused', message, [{ path, message }]);

/** A region, the caller's own scope, or a municipality with working organisations cannot be closed. */
async function assertClosable(ctx: UseCaseContext, row: OrgRow): Promise<void> {
  if (row.kind === 'region') throw refused('Регион закрыть нельзя: закрывают организации и муниципалитеты.', 'params.id');
  if (ctx.actor.scopeOrgId === row.id) {
    throw refused(`«${row.name}» — ваша зона доступа: закрыть её может оператор уровнем выше.`, 'params.id');
  }
  if (row.closed_on !== null) throw refused(`«${row.name}» уже закрыта с ${ruDate(row.closed_on)}.`, 'params.id');
  const open = await ctx.db
    .selectFrom('org')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('parent_id', '=', row.id)
    .where('closed_on', 'is', null)
    .executeTakeFirstOrThrow();
  if (Number(open.n) > 0) {
    throw refused(
      `В «${row.name}» ещё ${Number(open.n)} действующих организаций: сначала закройте их или присоедините к другим.`,
      'params.id',
    );
  }
}

async function reload(ctx: UseCaseContext, id: number): Promise<OrgRow> {
  return ctx.db.selectFrom('org').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

/** Closes an organisation from a date: nothing is deleted; it leaves the lists of periods starting on or after it. */
export async function closeOrg(ctx: UseCaseContext, id: number, input: CloseOrgInput): Promise<OrgDetail> {
  assertEditor(ctx.actor);
  return ctx.db.transaction().execute(async (trx) => {
    const tctx = { ...ctx, db: trx };
    const row = await loadVisible(tctx, id);
    await assertClosable(tctx, row);
    const before = await detailOf(tctx, row);
    await trx
      .updateTable('org')
      .set({ closed_on: input.closedOn, closed_reason: input.reason.trim(), version: row.version + 1, updated_at: new Date() })
      .where('id', '=', id)
      .execute();
    const after = await detailOf(tctx, await reload(tctx, id));
    await writeAudit(trx, ctx.actor, { action: 'org.close', entity: 'org', entityId: id, before, after }, ctx.requestId);
    return after;
  });
}

/** Opens a closed (or merged) organisation again: it returns to the lists of every period. */
export async function reopenOrg(ctx: UseCaseContext, id: number): Promise<OrgDetail> {
  assertEditor(ctx.actor);
  return ctx.db.transaction().execute(async (trx) => {
    const tctx = { ...ctx, db: trx };
    const row = await loadVisible(tctx, id);
    if (row.closed_on === null) throw refused(`«${row.name}» не закрыта: открывать нечего.`, 'params.id');
    if (row.parent_id !== null) {
      const parent = await reload(tctx, row.parent_id);
      if (parent.closed_on !== null) {
        throw refused(`«${parent.name}» закрыта с ${ruDate(parent.closed_on)}: сначала откройте её.`, 'params.id');
      }
    }
    const before = await detailOf(tctx, row);
    await trx
      .updateTable('org')
      .set({ closed_on: null, closed_reason: null, merged_into_id: null, version: row.version + 1, updated_at: new Date() })
      .where('id', '=', id)
      .execute();
    const after = await detailOf(tctx, await reload(tctx, id));
    await writeAudit(trx, ctx.actor, { action: 'org.reopen', entity: 'org', entityId: id, before, after }, ctx.requestId);
    return after;
  });
}

/**
 * Merges an organisation into another of the same kind: it is closed from the merge date and names
 * the one it joined. Its data and results stay where they are (nothing is moved or deleted).
 */
export async function mergeOrg(ctx: UseCaseContext, id: number, input: MergeOrgInput): Promise<OrgDetail> {
  assertEditor(ctx.actor);
  return ctx.db.transaction().execute(async (trx) => {
    const tctx = { ...ctx, db: trx };
    const row = await loadVisible(tctx, id);
    const target = await orgRepository.findById(trx, input.intoId);
    if (!target || !actorSees(ctx.actor, target.path)) {
      throw refused(`Организация с id ${input.intoId} не найдена в вашей зоне доступа: выберите другую.`, 'body.intoId');
    }
    const state = (o: OrgRow) => ({ id: o.id, kind: o.kind, name: o.name, closedOn: o.closed_on });
    const why = mergeRefusal(state(row), state(target));
    if (why !== null) throw refused(why, 'body.intoId');
    await assertClosable(tctx, row);
    const before = await detailOf(tctx, row);
    const reason = input.reason?.trim() || `Присоединена к «${target.name}»`;
    await trx
      .updateTable('org')
      .set({
        closed_on: input.mergedOn,
        closed_reason: reason,
        merged_into_id: target.id,
        version: row.version + 1,
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .execute();
    const after = await detailOf(tctx, await reload(tctx, id));
    await writeAudit(trx, ctx.actor, { action: 'org.merge', entity: 'org', entityId: id, before, after }, ctx.requestId);
    return after;
  });
}
