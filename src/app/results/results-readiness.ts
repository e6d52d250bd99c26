import { sql } from 'kysely';
import type { ResultsReadiness, ReadinessQuery } from '../../api/results-readiness.ts';
import { readinessMessage, readinessSteps, RESULT_COMPUTERS_TEXT, type ReadinessCounts } from '../../domain/results/results-readiness.ts';
import type { UseCaseContext } from '../context.ts';

export type { ResultsReadiness };

const count = (n: unknown) => Number(n ?? 0);

/**
 * What results of a methodology and period could be computed from (methodologies, periods, the
 * caller's organisations and their data) and what has been computed: the ratings and effectiveness
 * pages show it where they have nothing to show, with what to do next. Counts only: any user.
 */
export async function resultsReadiness(ctx: UseCaseContext, query: ReadinessQuery): Promise<ResultsReadiness> {
  const { db, actor } = ctx;
  const scope = `${actor.scopePath ?? '/'}%`;
  const catalogues = await db
    .selectFrom('framework')
    .select((eb) => eb.fn.count<string>('code').distinct().as('n'))
    .where('kind', '=', 'indicators')
    .executeTakeFirstOrThrow();
  const periods = await db
    .selectFrom('period')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .executeTakeFirstOrThrow();
  const organisations = await db
    .selectFrom('org')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('kind', '=', 'organisation')
    .where('path', 'like', scope)
    .executeTakeFirstOrThrow();
  let values = db
    .selectFrom('data_value as v')
    .innerJoin('org as o', 'o.id', 'v.org_id')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('o.path', 'like', scope);
  if (query.periodId !== undefined) values = values.where('v.period_id', '=', query.periodId);
  const counts: ReadinessCounts = {
    catalogues: count(catalogues.n),
    periods: count(periods.n),
    organisations: count(organisations.n),
    values: count((await values.executeTakeFirstOrThrow()).n),
  };

  const runs = await db
    .selectFrom('compute_run as r')
    .innerJoin('period as p', 'p.id', 'r.period_id')
    .innerJoin('framework as f', 'f.id', 'r.framework_id')
    .select(['r.framework_id', 'r.period_id', 'p.name', sql<Date>`max(r.computed_at)`.as('at')])
    .where('f.kind', '=', 'indicators')
    .groupBy(['r.framework_id', 'r.period_id', 'p.name'])
    .orderBy('at', 'desc')
    .execute();
  const computed = runs.map((r) => ({
    catalogueId: r.framework_id,
    periodId: r.period_id,
    periodName: r.name,
    computedAt: new Date(r.at).toISOString(),
  }));
  const chosen = computed.find((c) => c.catalogueId === query.catalogueId && c.periodId === query.periodId);
  return {
    counts,
    steps: readinessSteps(counts),
    message: readinessMessage(counts, chosen !== undefined),
    computeRoles: RESULT_COMPUTERS_TEXT,
    computedAt: chosen?.computedAt ?? null,
    computed,
  };
}
