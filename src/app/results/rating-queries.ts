import { sql } from 'kysely';
import { actorSees, type Actor } from '../actor.ts';
import { forbidden, notFound } from '../app-error.ts';
import type { UseCaseContext } from '../context.ts';
import type { StoredRating } from './rate-comparison.ts';

export interface ComparisonSummary {
  key: string;
  title: string;
  scopeOrgId: number;
}

/**
 * A comparison is visible to whoever sees its scope (a municipality, the region), and to an
 * organisation compared in it: a school sees its place among its peers.
 */
function visible(actor: Actor, scopePath: string, includesOwnOrg: boolean): boolean {
  return actorSees(actor, scopePath) || includesOwnOrg;
}

const includesOrg = (orgId: number | null) =>
  orgId === null ? sql<boolean>`false` : sql<boolean>`r.content -> 'objects' @> ${JSON.stringify([{ id: orgId }])}::jsonb`;

/** The comparisons computed for a catalogue version and period that the caller may see. */
export async function listComparisons(ctx: UseCaseContext, frameworkId: number, periodId: number): Promise<ComparisonSummary[]> {
  const rows = await ctx.db
    .selectFrom('rating_result as r')
    .innerJoin('org as o', 'o.id', 'r.scope_org_id')
    .select(['r.comparison_key', 'r.title', 'r.scope_org_id', 'o.path', includesOrg(ctx.actor.scopeOrgId).as('own')])
    .where('r.framework_id', '=', frameworkId)
    .where('r.period_id', '=', periodId)
    .orderBy('o.path')
    .orderBy('r.comparison_key')
    .execute();
  return rows
    .filter((r) => visible(ctx.actor, r.path, r.own))
    .map((r) => ({ key: r.comparison_key, title: r.title, scopeOrgId: r.scope_org_id }));
}

/** One stored comparison, if its scope (a municipality or the region) is within the caller's. */
export async function getComparison(
  ctx: UseCaseContext,
  frameworkId: number,
  periodId: number,
  key: string,
): Promise<{ title: string; computedAt: string | null; content: StoredRating }> {
  const row = await ctx.db
    .selectFrom('rating_result as r')
    .innerJoin('org as o', 'o.id', 'r.scope_org_id')
    .select(['r.title', 'r.content', 'o.path', includesOrg(ctx.actor.scopeOrgId).as('own')])
    .where('r.framework_id', '=', frameworkId)
    .where('r.period_id', '=', periodId)
    .where('r.comparison_key', '=', key)
    .executeTakeFirst();
  if (!row) throw notFound(`Рейтинг «${key}» за этот период (пересчитайте результаты)`);
  if (!visible(ctx.actor, row.path, row.own)) throw forbidden('Этот рейтинг вне вашей зоны доступа.');
  const run = await ctx.db
    .selectFrom('compute_run')
    .select('computed_at')
    .where('framework_id', '=', frameworkId)
    .where('period_id', '=', periodId)
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return { title: row.title, computedAt: run ? new Date(run.computed_at).toISOString() : null, content: row.content as StoredRating };
}
