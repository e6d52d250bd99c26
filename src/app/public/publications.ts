import { comparisonRow } from '../../domain/report/build-report.ts';
import type { PublishedRating } from '../../api/public.ts';
import type { OwnPublication, Published, PublishRatingInput } from '../../api/publications.ts';
import { actorSees } from '../actor.ts';
import { AppError, forbidden, notFound } from '../app-error.ts';
import { writeAudit } from '../audit.ts';
import { isOperator } from '../campaigns/campaign-record.ts';
import type { UseCaseContext } from '../context.ts';
import { getComparison } from '../results/rating-queries.ts';

export type { PublishedRating } from '../../api/public.ts';

const userId = (ctx: UseCaseContext) => (ctx.actor.userId === 0 ? null : ctx.actor.userId);

/** Publishes a computed rating (its numbers as they are now) in the public section. */
export async function publishRating(ctx: UseCaseContext, input: PublishRatingInput): Promise<Published> {
  const comparison = await getComparison(ctx, input.catalogueId, input.periodId, input.key);
  const scope = await ctx.db
    .selectFrom('rating_result as r')
    .innerJoin('org as o', 'o.id', 'r.scope_org_id')
    .select(['o.id', 'o.path'])
    .where('r.framework_id', '=', input.catalogueId)
    .where('r.period_id', '=', input.periodId)
    .where('r.comparison_key', '=', input.key)
    .executeTakeFirstOrThrow();
  if (!isOperator(ctx.actor) || !actorSees(ctx.actor, scope.path))
    throw forbidden('Опубликовать рейтинг может оператор мониторинга его территории.');
  const framework = await ctx.db
    .selectFrom('framework')
    .select(['id', 'name', 'version'])
    .where('id', '=', input.catalogueId)
    .executeTakeFirstOrThrow();
  const period = await ctx.db.selectFrom('period').select(['id', 'name']).where('id', '=', input.periodId).executeTakeFirstOrThrow();
  const { content } = comparison;
  const published: PublishedRating = {
    catalogue: { id: framework.id, name: framework.name, version: framework.version },
    period,
    comparisonKey: input.key,
    computedAt: comparison.computedAt,
    directions: content.directions,
    zoneYear: content.zoneYear,
    rows: content.objects
      .map((o) => comparisonRow(content, { id: o.id, name: o.shortName ?? o.name }))
      .sort((a, b) => (b.summary ?? -1) - (a.summary ?? -1) || a.name.localeCompare(b.name, 'ru')),
  };
  const title = `Рейтинг «${comparison.title}», ${period.name}`;
  return ctx.db.transaction().execute(async (trx) => {
    const row = await trx
      .insertInto('publication')
      .values({ kind: 'rating', scope_org_id: scope.id, title, content: JSON.stringify(published), published_by: userId(ctx) })
      .returning('id')
      .executeTakeFirstOrThrow();
    await writeAudit(
      trx,
      ctx.actor,
      { action: 'publication.publish', entity: 'publication', entityId: row.id, after: { kind: 'rating', title } },
      ctx.requestId,
    );
    return { id: row.id };
  });
}

/** Withdraws a published rating or regulation (a report is withdrawn through its own steps). */
export async function withdrawPublication(ctx: UseCaseContext, id: number): Promise<void> {
  const row = await ctx.db
    .selectFrom('publication as p')
    .innerJoin('org as o', 'o.id', 'p.scope_org_id')
    .select(['p.id', 'p.kind', 'p.title', 'p.withdrawn_at', 'p.campaign_id', 'o.path'])
    .where('p.id', '=', id)
    .executeTakeFirst();
  if (!row) throw notFound(`Публикация с id ${id}`);
  if (!isOperator(ctx.actor) || !actorSees(ctx.actor, row.path))
    throw forbidden('Снять публикацию может оператор мониторинга её территории.');
  if (row.kind === 'report')
    throw new AppError('conflict', 'Отчёт снимается с публикации на странице отчёта: там же записывается этот шаг.');
  if (row.withdrawn_at) throw new AppError('conflict', `«${row.title}» уже снята с публикации.`);
  await ctx.db.transaction().execute(async (trx) => {
    await trx.updateTable('publication').set({ withdrawn_at: new Date() }).where('id', '=', row.id).execute();
    if (row.campaign_id !== null) await trx.updateTable('campaign').set({ published_at: null }).where('id', '=', row.campaign_id).execute();
    await writeAudit(
      trx,
      ctx.actor,
      { action: 'publication.withdraw', entity: 'publication', entityId: row.id, after: { kind: row.kind, title: row.title } },
      ctx.requestId,
    );
  });
}

/** What the operator has published within their sight, withdrawn ones included (for managing them). */
export async function listOwnPublications(ctx: UseCaseContext): Promise<OwnPublication[]> {
  const rows = await ctx.db
    .selectFrom('publication as p')
    .innerJoin('org as o', 'o.id', 'p.scope_org_id')
    .select([
      'p.id',
      'p.kind',
      'p.title',
      'p.published_at',
      'p.withdrawn_at',
      'p.report_id',
      'p.campaign_id',
      'o.path',
      'o.name as territory',
    ])
    .orderBy('p.published_at', 'desc')
    .orderBy('p.id', 'desc')
    .execute();
  return rows
    .filter((r) => actorSees(ctx.actor, r.path))
    .map((r) => ({
      id: r.id,
      kind: r.kind,
      title: r.title,
      territory: r.territory,
      reportId: r.report_id,
      campaignId: r.campaign_id,
      publishedAt: new Date(r.published_at).toISOString(),
      withdrawnAt: r.withdrawn_at ? new Date(r.withdrawn_at).toISOString() : null,
    }));
}
