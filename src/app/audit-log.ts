import type { AuditPage } from '../api/audit.ts';
import type { UseCaseContext } from './context.ts';

/** A page of the audit log, newest first. */
export async function listAudit(
  ctx: UseCaseContext,
  query: { limit: number; offset: number; entity?: string | undefined },
): Promise<AuditPage> {
  let base = ctx.db.selectFrom('audit_log');
  if (query.entity) base = base.where('entity', '=', query.entity);
  const total = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await base.selectAll().orderBy('id', 'desc').limit(query.limit).offset(query.offset).execute();
  return {
    total: Number(total.n),
    items: rows.map((r) => ({
      id: r.id,
      at: new Date(r.at).toISOString(),
      userId: r.user_id,
      userLogin: r.user_login,
      action: r.action,
      entity: r.entity,
      entityId: r.entity_id,
      before: r.before,
      after: r.after,
    })),
  };
}
