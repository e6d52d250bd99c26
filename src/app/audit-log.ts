import { sql, type RawBuilder } from 'kysely';
import type { AuditPage } from '../api/audit.ts';
import { auditEntityName } from './audit-entity-name.ts';
import type { UseCaseContext } from './context.ts';

/** The n-th `:`-separated part of the audited object's id as an integer id, or null (`12`, `5:31` → 5, 31). */
const idPart = (n: 1 | 2): RawBuilder<number | null> =>
  sql<
    number | null
  >`case when split_part(audit_log.entity_id, ':', ${sql.lit(n)}) ~ '^[0-9]{1,9}$' then cast(split_part(audit_log.entity_id, ':', ${sql.lit(n)}) as integer) end`;

/** Entities whose id (or its first part: a cyclogram's `territory:year`) is an organisation's. */
const ORG_ENTITIES = ['org', 'municipality', 'cyclogram'] as const;

/** The id of the row an audit row names when its entity is one of `entities`, else null. */
const idWhen = (entities: readonly string[], n: 1 | 2 = 1): RawBuilder<number | null> =>
  sql<number | null>`case when audit_log.entity in (${sql.join(entities.map((e) => sql.lit(e)))}) then ${idPart(n)} end`;

/**
 * A page of the audit log, newest first, each object named: one query joins the organisations,
 * users, campaigns, periods, methodologies, reports and scoring rounds the rows refer to.
 */
export async function listAudit(
  ctx: UseCaseContext,
  query: { limit: number; offset: number; entity?: string | undefined },
): Promise<AuditPage> {
  let base = ctx.db.selectFrom('audit_log');
  if (query.entity) base = base.where('entity', '=', query.entity);
  const total = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await base
    .leftJoin('org as eo', (j) =>
      j.on('eo.id', '=', sql<number>`case when audit_log.entity = 'submission' then ${idPart(2)} else ${idWhen(ORG_ENTITIES)} end`),
    )
    .leftJoin('app_user as eu', (j) => j.on('eu.id', '=', idWhen(['user'])))
    .leftJoin('campaign as ec', (j) => j.on('ec.id', '=', idWhen(['campaign', 'submission'])))
    .leftJoin('period as ep', (j) => j.on('ep.id', '=', idWhen(['period'])))
    .leftJoin('framework as ef', (j) => j.on('ef.id', '=', idWhen(['framework'])))
    .leftJoin('report as er', (j) => j.on('er.id', '=', idWhen(['report'])))
    .leftJoin('scoring_round as es', (j) => j.on('es.id', '=', idWhen(['scoring_round'])))
    .selectAll('audit_log')
    .select([
      sql<string | null>`coalesce(eo.short_name, eo.name)`.as('org_name'),
      'eu.full_name as user_name',
      'eu.login as user_account_login',
      'ec.name as campaign_name',
      'ep.name as period_name',
      'ef.name as framework_name',
      'ef.version as framework_version',
      'er.title as report_title',
      'es.name as round_name',
    ])
    .orderBy('audit_log.id', 'desc')
    .limit(query.limit)
    .offset(query.offset)
    .execute();
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
      entityName: auditEntityName(r.entity, r.entity_id, {
        orgName: r.org_name,
        userName: r.user_name,
        userLogin: r.user_account_login,
        campaignName: r.campaign_name,
        periodName: r.period_name,
        frameworkName: r.framework_name,
        frameworkVersion: r.framework_version,
        reportTitle: r.report_title,
        roundName: r.round_name,
      }),
      before: r.before,
      after: r.after,
    })),
  };
}
