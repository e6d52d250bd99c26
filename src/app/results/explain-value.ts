import { isClosedForPeriod } from '../../domain/org/org-life.ts';
import { computeIndicatorValues } from '../../domain/indicator-values/indicator-values.ts';
import { withDependencies } from '../../domain/indicator-values/plan-indicators.ts';
import type { OrgType } from '../../domain/org/org-kind.ts';
import { dataValueRepository, ENGINE_STATUSES } from '../../db/repositories/data-value-repository.ts';
import { storedOutcome } from '../../db/repositories/indicator-result-repository.ts';
import { actorSees } from '../actor.ts';
import { forbidden, notFound } from '../app-error.ts';
import { elementsUsedBy } from '../catalogues/catalogue-queries.ts';
import { loadDataElements } from '../catalogues/sync-catalogues.ts';
import type { UseCaseContext } from '../context.ts';
import { loadIndicatorCatalogue } from './indicator-catalogue.ts';
import type { ExplainInput, ValueExplanation } from '../../api/results.ts';
import { orgRepository } from '../../db/repositories/org-repository.ts';

/** What GET /api/results/explain returns (the HTTP contract, src/api/results.ts). */
export type { ExplainInput, ValueExplanation as ValueExplanationView };

/**
 * How one stored value was computed. The explanation is derived on demand by the pure engine from
 * the same data the recompute read (the recompute stores values and roll-up parts, not 600,000
 * explanations); if the data changed since, the view says so instead of explaining another number.
 */
export async function explainValue(
  ctx: UseCaseContext,
  frameworkId: number,
  periodId: number,
  orgId: number,
  indicatorCode: string,
): Promise<ValueExplanation> {
  const { db } = ctx;
  const org = await orgRepository.findById(db, orgId);
  if (!org) throw notFound(`Организация с id ${orgId}`);
  if (!actorSees(ctx.actor, org.path)) throw forbidden('Организация вне вашей зоны доступа.');
  const row = await db
    .selectFrom('indicator_result')
    .select(['level', 'outcome', 'value', 'reason'])
    .where('framework_id', '=', frameworkId)
    .where('period_id', '=', periodId)
    .where('org_id', '=', orgId)
    .where('indicator_code', '=', indicatorCode)
    .executeTakeFirst();
  if (!row) throw notFound(`Значение показателя ${indicatorCode} для «${org.name}»`);
  const { catalogue } = await loadIndicatorCatalogue(db, frameworkId);
  const indicators = withDependencies(catalogue.indicators ?? [], [indicatorCode]);

  // The organisations whose data the value depends on: itself, a municipality's, or the region's.
  const regionPath = `/${org.path.split('/')[1]}/`;
  const subtreePath = org.kind === 'organisation' ? regionPath : org.path;
  const period = await db.selectFrom('period').select('starts_on').where('id', '=', periodId).executeTakeFirst();
  // As the recompute: organisations closed on or before the period's start are out of it.
  const orgs = (
    await db
      .selectFrom('org')
      .select(['id', 'parent_id', 'type', 'name', 'kind', 'closed_on'])
      .where('path', 'like', `${subtreePath}%`)
      .where('kind', 'in', ['organisation', 'municipality'])
      .execute()
  ).filter((o) => !period || !isClosedForPeriod(o.closed_on, period.starts_on));
  const members = orgs
    .filter((o) => o.kind === 'organisation' && o.type !== null && (org.kind !== 'organisation' || o.id === org.id))
    .map((o) => ({ id: o.id, municipalityId: o.parent_id ?? 0, type: o.type as OrgType }));
  const elements = elementsUsedBy({ ...catalogue, indicators }, await loadDataElements(db));
  const values = await dataValueRepository.forEngine(
    db,
    periodId,
    elements.map((e) => e.code),
    org.kind === 'organisation' ? [org.id] : org.kind === 'municipality' ? [org.id, ...members.map((m) => m.id)] : undefined,
  );
  const regionId = Number(regionPath.slice(1, -1));
  const computed = computeIndicatorValues({ indicators, values, orgs: members, regionId }).find(
    (r) => r.objectId === orgId && r.indicatorCode === indicatorCode,
  );
  if (!computed) throw notFound(`Показатель ${indicatorCode} для «${org.name}» в методике`);
  const stored = storedOutcome(row);
  const stale =
    stored.kind !== computed.outcome.kind ||
    (stored.kind === 'ok' && computed.outcome.kind === 'ok' && stored.value !== computed.outcome.value);

  const inputs =
    computed.explanation.kind === 'formula'
      ? await db
          .selectFrom('data_value as v')
          .innerJoin('data_element as e', 'e.code', 'v.data_element_code')
          .leftJoin('app_user as u', 'u.id', 'v.entered_by')
          .select(['v.data_element_code', 'e.name', 'v.breakdown', 'v.value', 'v.status', 'v.source', 'u.full_name', 'v.updated_at'])
          .where('v.org_id', '=', orgId)
          .where('v.period_id', '=', periodId)
          .where('v.status', 'in', [...ENGINE_STATUSES])
          .where('v.data_element_code', 'in', elements.length ? elements.map((e) => e.code) : [''])
          .orderBy('v.data_element_code')
          .orderBy('v.breakdown')
          .execute()
      : [];
  const excluded = new Set(computed.explanation.kind === 'roll-up' ? computed.explanation.rollUp.excluded.map((e) => e.objectId) : []);
  return {
    objectName: org.name,
    indicatorCode,
    level: row.level,
    outcome: row.outcome,
    value: row.value,
    reason: row.reason,
    explanation: computed.explanation,
    inputs: inputs.map((i) => ({
      element: i.data_element_code,
      elementName: i.name,
      breakdown: i.breakdown,
      value: Number(i.value),
      status: i.status,
      source: i.source,
      enteredBy: i.full_name,
      updatedAt: new Date(i.updated_at).toISOString(),
    })),
    objectNames: Object.fromEntries(orgs.filter((o) => excluded.has(o.id)).map((o) => [String(o.id), o.name])),
    stale,
  };
}
