import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { levelsOf } from '../../domain/org/education-levels.ts';
import { actorSees, type Actor } from '../actor.ts';
import { forbidden, notFound } from '../app-error.ts';
import type { UseCaseContext } from '../context.ts';
import { isOrgType, type OrgType } from '../../domain/org/org-kind.ts';
import { indicatorResultRepository } from '../../db/repositories/indicator-result-repository.ts';
import { comparesOrg } from '../../db/repositories/rating-result-repository.ts';
import { memoView } from './results-cache.ts';
import { latestComputeRun } from './latest-compute-run.ts';
import { loadIndicatorCatalogue } from './indicator-catalogue.ts';
import { compactRatingOf, rateComparison, storedRating, type StoredRating } from '../../domain/results/rate-comparison.ts';
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
 * One comparison, if its scope (a municipality or the region) is within the caller's, rated
 * (ratingOf); with `explain`, every cell's explanation too.
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
    .select(['r.title', 'r.content', 'r.object_ids', 'o.path', comparesOrg(ctx.actor.scopeOrgId).as('own')])
    .where('r.framework_id', '=', frameworkId)
    .where('r.period_id', '=', periodId)
    .where('r.comparison_key', '=', key)
    .executeTakeFirst();
  if (!row) throw notFound(`Рейтинг «${key}» за этот период (пересчитайте результаты)`);
  if (!visible(ctx.actor, row.path, row.own)) throw forbidden('Этот рейтинг вне вашей зоны доступа.');
  const run = await latestComputeRun(ctx.db, frameworkId, periodId);
  const content = await ratingOf(ctx.db, { frameworkId, periodId, key, content: row.content, objectIds: row.object_ids }, options);
  return { title: row.title, computedAt: run ? new Date(run.computed_at).toISOString() : null, content };
}

/** A stored comparison row as ratingOf needs it. */
export interface StoredComparison {
  frameworkId: number;
  periodId: number;
  key: string;
  /** The packed rating stored by earlier versions, or null (rated when read). */
  content: string | null;
  /** The compared organisations, in the order the recompute found them. */
  objectIds: readonly number[];
}

/**
 * The rating of a stored comparison. A recompute stores what a comparison compares, not its
 * rating: the rating is a pure function of the stored values and the catalogue, computed here
 * when first read after a recompute and kept until the next one (memoView, by compute run). A
 * rating stored by an earlier version is read as it is, unless explanations are asked for. With
 * `explain`, every cell carries its explanation.
 */
export async function ratingOf(
  db: Kysely<Database>,
  row: StoredComparison,
  { explain = false }: { explain?: boolean } = {},
): Promise<StoredRating> {
  if (!explain && row.content !== null) return storedRating(row.content);
  const run = await latestComputeRun(db, row.frameworkId, row.periodId);
  return memoView(
    db,
    `rating|${row.frameworkId}|${row.periodId}|${row.key}|${explain ? 'explained' : 'numbers'}`,
    String(run?.id ?? 0),
    () => rateStored(db, row, explain),
  );
}

/**
 * Rates a stored comparison from the stored indicator values by the same rules as ever: the numbers
 * over the values as one table (compactRatingOf, what a recompute stored before), explanations by
 * rateComparison.
 */
async function rateStored(db: Kysely<Database>, row: StoredComparison, explain: boolean): Promise<StoredRating> {
  const { catalogue } = await loadIndicatorCatalogue(db, row.frameworkId);
  const period = await db.selectFrom('period').selectAll().where('id', '=', row.periodId).executeTakeFirstOrThrow();
  const type = comparisonType(row.key);
  // Levels only where an indicator asks for them, for organisations (as the recompute compared them).
  const levelled = type !== null && (catalogue.indicators ?? []).some((i) => i.levels?.length);
  const orgs = row.objectIds.length
    ? await db
        .selectFrom('org')
        .select(['id', 'name', 'short_name', 'attributes'])
        .where('id', 'in', [...row.objectIds])
        .execute()
    : [];
  const byId = new Map(orgs.map((o) => [o.id, o]));
  const objects = row.objectIds.flatMap((id) => {
    const o = byId.get(id);
    return o ? [{ id, name: o.name, shortName: o.short_name, ...(levelled ? { levels: levelsOf(o.attributes) } : {}) }] : [];
  });
  const ids = objects.map((o) => o.id);
  let rated: StoredRating | null;
  if (explain) {
    const values = await indicatorResultRepository.outcomes(db, row.frameworkId, row.periodId, ids);
    rated = rateComparison(catalogue, period, objects, type, (id, code) => values.get(`${id}|${code}`), { explain });
  } else {
    const codes = (catalogue.indicators ?? []).filter((i) => i.periodKind === period.kind).map((i) => i.code);
    const table = await indicatorResultRepository.outcomeTable(db, row, ids, codes);
    const text = compactRatingOf(catalogue, period, objects, type, table);
    rated = text === null ? null : storedRating(text);
  }
  if (rated) return rated;
  if (row.content !== null) return storedRating(row.content);
  throw notFound(`Рейтинг «${row.key}» за этот период (пересчитайте результаты)`);
}

/** The organisation type a comparison key rates (`municipality:<id>:<type>`); null for municipalities. */
export function comparisonType(key: string): OrgType | null {
  const [scope, , type] = key.split(':');
  return scope === 'municipality' && type && isOrgType(type) ? type : null;
}
