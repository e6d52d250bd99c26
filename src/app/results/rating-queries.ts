import { actorSees, type Actor } from '../actor.ts';
import { forbidden, notFound } from '../app-error.ts';
import type { UseCaseContext } from '../context.ts';
import { isOrgType, type OrgType } from '../../domain/org/org-kind.ts';
import { indicatorResultRepository } from '../../db/repositories/indicator-result-repository.ts';
import { comparesOrg } from '../../db/repositories/rating-result-repository.ts';
import { memoView } from './results-cache.ts';
import { latestComputeRun } from './latest-compute-run.ts';
import { loadIndicatorCatalogue } from './indicator-catalogue.ts';
import { rateComparison, storedRating, type StoredRating } from '../../domain/results/rate-comparison.ts';
import type { ComparisonSummary } from '../../api/ratings.ts';

export type { ComparisonSummary };

/**
 * A comparison is visible to whoever sees its scope (a municipality, the region), and to an
 * organisation compared in it: a school sees its place among its peers.
 */
function visible(actor: Actor, scopePath: string, includesOwnOrg: boolean): boolean {
  return actorSees(actor, scopePath) || includesOwnOrg;
}

/** The comparisons computed for a catalogue version and period that the caller may see. */
export async function listComparisons(ctx: UseCaseContext, frameworkId: number, periodId: number): Promise<ComparisonSummary[]> {
  const rows = await ctx.db
    .selectFrom('rating_result as r')
    .innerJoin('org as o', 'o.id', 'r.scope_org_id')
    .select(['r.comparison_key', 'r.title', 'r.scope_org_id', 'o.path', comparesOrg(ctx.actor.scopeOrgId).as('own')])
    .where('r.framework_id', '=', frameworkId)
    .where('r.period_id', '=', periodId)
    .orderBy('o.path')
    .orderBy('r.comparison_key')
    .execute();
  return rows
    .filter((r) => visible(ctx.actor, r.path, r.own))
    .map((r) => ({ key: r.comparison_key, title: r.title, scopeOrgId: r.scope_org_id }));
}

/**
 * One stored comparison, if its scope (a municipality or the region) is within the caller's.
 * Stored ratings keep numbers only (see compactRating); with `explain`, the comparison is rated
 * again from the stored values by the same rules, which restores every cell's explanation.
 */
export async function getComparison(
  ctx: UseCaseContext,
  frameworkId: number,
  periodId: number,
  key: string,
  options: { explain?: boolean } = {},
): Promise<{ title: string; computedAt: string | null; content: StoredRating }> {
  const row = await ctx.db
    .selectFrom('rating_result as r')
    .innerJoin('org as o', 'o.id', 'r.scope_org_id')
    .select(['r.title', 'r.content', 'o.path', comparesOrg(ctx.actor.scopeOrgId).as('own')])
    .where('r.framework_id', '=', frameworkId)
    .where('r.period_id', '=', periodId)
    .where('r.comparison_key', '=', key)
    .executeTakeFirst();
  if (!row) throw notFound(`Рейтинг «${key}» за этот период (пересчитайте результаты)`);
  if (!visible(ctx.actor, row.path, row.own)) throw forbidden('Этот рейтинг вне вашей зоны доступа.');
  const run = await latestComputeRun(ctx.db, frameworkId, periodId);
  const stored = storedRating(row.content);
  // Rated again only when a recompute of this catalogue and period changed what it rates from.
  const content = options.explain
    ? await memoView(ctx.db, `rating|${frameworkId}|${periodId}|${key}`, String(run?.id ?? 0), () =>
        rateAgain(ctx, frameworkId, periodId, key, stored),
      )
    : stored;
  return { title: row.title, computedAt: run ? new Date(run.computed_at).toISOString() : null, content };
}

/** Rates a stored comparison again from the stored indicator values: the same numbers, with explanations. */
async function rateAgain(
  ctx: UseCaseContext,
  frameworkId: number,
  periodId: number,
  key: string,
  stored: StoredRating,
): Promise<StoredRating> {
  const { catalogue } = await loadIndicatorCatalogue(ctx.db, frameworkId);
  const period = await ctx.db.selectFrom('period').selectAll().where('id', '=', periodId).executeTakeFirstOrThrow();
  const values = await indicatorResultRepository.outcomes(
    ctx.db,
    frameworkId,
    periodId,
    stored.objects.map((o) => o.id),
  );
  const type = comparisonType(key);
  return rateComparison(catalogue, period, stored.objects, type, (id, code) => values.get(`${id}|${code}`)) ?? stored;
}

/** The organisation type a comparison key rates (`municipality:<id>:<type>`); null for municipalities. */
export function comparisonType(key: string): OrgType | null {
  const [scope, , type] = key.split(':');
  return scope === 'municipality' && type && isOrgType(type) ? type : null;
}
