import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { quoteInput } from '../../domain/validation/quote-input.ts';
import { actorSees } from '../actor.ts';
import { AppError, forbidden, notFound, type AppErrorDetail } from '../app-error.ts';
import { writeAudit } from '../audit.ts';
import { parseDate } from '../catalogues/workbook-cells.ts';
import type { UseCaseContext } from '../context.ts';
import { assertWritesReports } from './report-access.ts';
import { orgRepository } from '../../db/repositories/org-repository.ts';
import type { WorkingGroup, WorkingGroupInput } from '../../api/working-group.ts';

/** The working group of a territory (its members are approved by an order of the education authority); null when not yet formed. */
export async function loadWorkingGroup(db: Kysely<Database>, territoryId: number): Promise<WorkingGroup | null> {
  const group = await db
    .selectFrom('working_group as g')
    .innerJoin('org as t', 't.id', 'g.scope_org_id')
    .select(['g.name', 'g.order_number', 'g.order_date', 'g.updated_at', 't.id', 't.name as territory_name'])
    .where('g.scope_org_id', '=', territoryId)
    .executeTakeFirst();
  if (!group) return null;
  const members = await db
    .selectFrom('working_group_member')
    .select(['full_name', 'post', 'role'])
    .where('scope_org_id', '=', territoryId)
    .orderBy('ordinal')
    .execute();
  return {
    territory: { id: group.id, name: group.territory_name },
    name: group.name,
    orderNumber: group.order_number,
    orderDate: group.order_date,
    members: members.map((m) => ({ fullName: m.full_name, post: m.post, role: m.role })),
    updatedAt: new Date(group.updated_at).toISOString(),
  };
}

async function territoryOf(ctx: UseCaseContext, territoryId: number) {
  const t = await orgRepository.findById(ctx.db, territoryId);
  if (!t || (t.kind !== 'municipality' && t.kind !== 'region')) throw notFound(`Муниципалитет или регион с id ${territoryId}`);
  return t;
}

/** The working group as whoever sees the territory reads it; an empty one when not yet formed. */
export async function getWorkingGroup(ctx: UseCaseContext, territoryId: number): Promise<WorkingGroup> {
  const t = await territoryOf(ctx, territoryId);
  // The territory's own people read it, and so do its organisations (their scope lies within it).
  const within = ctx.actor.scopePath !== null && ctx.actor.scopePath.startsWith(t.path);
  if (!actorSees(ctx.actor, t.path) && !within) throw forbidden('Эта территория вне вашей зоны доступа.');
  return (
    (await loadWorkingGroup(ctx.db, t.id)) ?? {
      territory: { id: t.id, name: t.name },
      name: `Рабочая группа МСОКО: ${t.name}`,
      orderNumber: null,
      orderDate: null,
      members: [],
      updatedAt: null,
    }
  );
}

/** Replaces the composition of a territory's working group and the order that formed it. */
export async function saveWorkingGroup(
  ctx: UseCaseContext,
  territoryId: number,
  input: Omit<WorkingGroupInput, 'territoryId'>,
): Promise<WorkingGroup> {
  const t = await territoryOf(ctx, territoryId);
  assertWritesReports(ctx.actor, t.path);
  const details: AppErrorDetail[] = [];
  const orderDate = input.orderDate.trim() ? parseDate(input.orderDate.trim()) : null;
  if (!input.name.trim()) details.push({ path: 'body.name', message: 'Укажите название рабочей группы.' });
  if (input.orderDate.trim() && !orderDate) {
    details.push({
      path: 'body.orderDate',
      message: `Дата приказа ${quoteInput(input.orderDate)} не распознана: укажите её как дд.мм.гггг.`,
    });
  }
  if (input.members.length === 0) details.push({ path: 'body.members', message: 'Укажите хотя бы одного члена рабочей группы.' });
  input.members.forEach((m, i) => {
    if (!m.fullName.trim()) details.push({ path: `body.members.${i}.fullName`, message: `Строка ${i + 1}: укажите ФИО.` });
    if (!m.post.trim()) details.push({ path: `body.members.${i}.post`, message: `Строка ${i + 1}: укажите должность.` });
  });
  if (input.members.filter((m) => m.role === 'chair').length > 1) {
    details.push({ path: 'body.members', message: 'Председатель у рабочей группы один: оставьте эту роль одному человеку.' });
  }
  if (details.length) throw new AppError('validation_failed', details.map((d) => d.message).join(' '), details);
  const before = await loadWorkingGroup(ctx.db, t.id);
  await ctx.db.transaction().execute(async (trx) => {
    const values = {
      name: input.name.trim(),
      order_number: input.orderNumber.trim() || null,
      order_date: orderDate,
      updated_by: ctx.actor.userId === 0 ? null : ctx.actor.userId,
      updated_at: new Date(),
    };
    await trx
      .insertInto('working_group')
      .values({ scope_org_id: t.id, ...values })
      .onConflict((oc) => oc.column('scope_org_id').doUpdateSet(values))
      .execute();
    await trx.deleteFrom('working_group_member').where('scope_org_id', '=', t.id).execute();
    await trx
      .insertInto('working_group_member')
      .values(
        input.members.map((m, i) => ({
          scope_org_id: t.id,
          ordinal: i + 1,
          full_name: m.fullName.trim(),
          post: m.post.trim(),
          role: m.role,
        })),
      )
      .execute();
    await writeAudit(
      trx,
      ctx.actor,
      { action: 'working_group.save', entity: 'working_group', entityId: t.id, before, after: { ...values, members: input.members } },
      ctx.requestId,
    );
  });
  return getWorkingGroup(ctx, t.id);
}
