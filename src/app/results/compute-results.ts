import { levelsOf } from '../../domain/org/education-levels.ts';
import { computeIndicatorValues, type IndicatorValue, type OrgRow } from '../../domain/indicator-values/indicator-values.ts';
import { planIndicators } from '../../domain/indicator-values/plan-indicators.ts';
import type { OrgType } from '../../domain/org/org-kind.ts';
import { isClosedForPeriod } from '../../domain/org/org-life.ts';
import { dataValueRepository } from '../../db/repositories/data-value-repository.ts';
import { indicatorResultRepository } from '../../db/repositories/indicator-result-repository.ts';
import { actorSees } from '../actor.ts';
import { AppError, forbidden, notFound } from '../app-error.ts';
import { writeAudit } from '../audit.ts';
import { elementsUsedBy } from '../catalogues/catalogue-queries.ts';
import { loadDataElements } from '../catalogues/sync-catalogues.ts';
import type { UseCaseContext } from '../context.ts';
import { computeValues, storeValues } from './compute-values.ts';
import { loadIndicatorCatalogue } from './indicator-catalogue.ts';
import { ratingResultRepository } from '../../db/repositories/rating-result-repository.ts';
import { comparisonRows, comparisonsOf } from './rate-comparisons.ts';
import type { ComputeReport } from '../../api/results.ts';

export type { ComputeReport };

type Progress = (step: string, done: number, total: number) => void;

interface OrgInfo {
  id: number;
  parentId: number | null;
  kind: string;
  type: string | null;
  name: string;
  shortName: string | null;
  path: string;
  attributes: unknown;
}

/** The organisations of a region as the pure engine needs them. */
function regionOrgs(orgs: readonly OrgInfo[], region: OrgInfo): OrgRow[] {
  return orgs
    .filter((o) => o.kind === 'organisation' && o.type !== null && o.parentId !== null && o.path.startsWith(region.path))
    .map((o) => ({ id: o.id, municipalityId: o.parentId ?? 0, type: o.type as OrgType, levels: levelsOf(o.attributes) }));
}

/**
 * Recomputes one catalogue version for one period: indicator values (formulas over data elements
 * compiled once and evaluated in memory; formulas that refer to other indicators or count persons
 * by the pure engine) for organisations, municipalities and regions, and what each comparison
 * compares (the organisations of one type within a municipality; the municipalities within the
 * region). A comparison is rated when it is read (ratingOf), from the values stored here.
 *
 * With `orgId` (an organisation whose data changed, or a municipality), only what depends on it
 * is recomputed: the organisations and the roll-up of its municipality, the region's roll-up
 * from the stored municipal parts, the comparisons of its municipality and of the region's
 * municipalities. The result is the same as a full recompute (compute-results.db.test.ts).
 *
 * Reading and computing happen before the write; the write replaces everything in one
 * transaction: if the process dies midway, the previous results stand.
 */
export async function computeResults(
  ctx: UseCaseContext,
  input: { frameworkId: number; periodId: number; orgId?: number },
  onProgress?: Progress,
): Promise<ComputeReport> {
  const { db } = ctx;
  const { catalogue, ...framework } = await loadIndicatorCatalogue(db, input.frameworkId);
  const period = await db.selectFrom('period').selectAll().where('id', '=', input.periodId).executeTakeFirst();
  if (!period) throw notFound(`Период с id ${input.periodId}`);
  const indicators = (catalogue.indicators ?? []).filter((i) => i.periodKind === period.kind);
  const skipped = (catalogue.indicators ?? []).length - indicators.length;

  const everyOrg = (await db
    .selectFrom('org')
    .select([
      'id',
      'parent_id as parentId',
      'kind',
      'type',
      'name',
      'short_name as shortName',
      'path',
      'attributes',
      'closed_on as closedOn',
    ])
    .execute()) satisfies (OrgInfo & { closedOn: string | null })[];
  // Closed on or before the period's start: out of its values and ratings (earlier periods keep it).
  const orgs = everyOrg.filter((o) => !isClosedForPeriod(o.closedOn, period.starts_on));
  const byId = new Map(everyOrg.map((o) => [o.id, o]));
  const allRegions = orgs.filter((o) => o.kind === 'region');
  // The part to recompute: everything, or one municipality (of the changed organisation) and its region.
  let municipalities = orgs.filter((o) => o.kind === 'municipality');
  let regions = allRegions;
  if (input.orgId === undefined && !allRegions.every((r) => actorSees(ctx.actor, r.path))) {
    throw forbidden('Полный пересчёт затрагивает регионы вне вашей зоны доступа: укажите организацию или муниципалитет своего региона.');
  }
  if (input.orgId !== undefined) {
    const changed = byId.get(input.orgId);
    if (!changed) throw notFound(`Организация с id ${input.orgId}`);
    if (!actorSees(ctx.actor, changed.path))
      throw forbidden(`«${changed.name}» вне вашей зоны доступа: её результаты пересчитывает её оператор.`);
    if (changed.kind === 'region') {
      throw new AppError('validation_failed', 'Пересчёт по одной организации: укажите организацию или муниципалитет, а не регион.');
    }
    const municipality = changed.kind === 'municipality' ? changed : byId.get(changed.parentId ?? 0);
    const region = byId.get(municipality?.parentId ?? 0);
    if (!municipality || !region) throw notFound(`Муниципалитет организации с id ${input.orgId}`);
    municipalities = [municipality];
    regions = [region];
  }
  const incremental = input.orgId !== undefined;
  const plan = planIndicators(indicators);
  const steps = plan.sql.length + 3;
  const report: ComputeReport = {
    frameworkId: framework.id,
    periodId: period.id,
    ...(incremental ? { orgId: input.orgId } : {}),
    indicators: indicators.length,
    skippedIndicators: skipped,
    values: 0,
    comparisons: 0,
  };
  const ids = { frameworkId: framework.id, periodId: period.id };
  const touched = municipalities.flatMap((m) => [m.id, ...everyOrg.filter((o) => o.parentId === m.id).map((o) => o.id)]);
  // What an incremental recompute replaces: its municipality's objects and the region.
  const replaced = new Set([...touched, ...regions.map((r) => r.id)]);

  // Everything is read and computed before the write transaction opens: PGlite has one connection,
  // and a request made meanwhile is answered instead of waiting for the whole recompute.
  // 1. Values of formulas over data elements: one bulk read, compiled formulas, roll-ups in memory.
  const values = await computeValues(
    db,
    { ...ids, orgs, regions, ...(incremental ? { municipality: municipalities[0] } : {}), indicators: plan.sql },
    (label, done, total) => onProgress?.(label, label === 'Чтение значений' ? 0 : 1 + Math.round((done / total) * plan.sql.length), steps),
  );
  let step = plan.sql.length + 1;
  // 2. Formulas with @CODE or over persons: the pure engine over whole regions (rare; always in full).
  const pureCodes = new Set(plan.pure.map((i) => i.code));
  let pureValues: IndicatorValue[] = [];
  if (plan.pure.length) {
    onProgress?.('Показатели со ссылками на другие показатели', step, steps);
    const engineValues = await dataValueRepository.forEngine(
      db,
      period.id,
      elementsUsedBy({ ...catalogue, indicators: plan.pureWithDependencies }, await loadDataElements(db)).map((e) => e.code),
    );
    pureValues = allRegions
      .flatMap((region) =>
        computeIndicatorValues({
          indicators: plan.pureWithDependencies,
          values: engineValues,
          orgs: regionOrgs(orgs, region),
          regionId: region.id,
        }),
      )
      .filter((r) => pureCodes.has(r.indicatorCode));
  }
  // 3. The comparisons that changed: what each compares, stored with the values; each is rated when
  // first read (ratingOf), not here.
  onProgress?.('Состав рейтингов', ++step, steps);
  const comparisons = comparisonsOf(orgs, municipalities, regions);
  const compared = comparisonRows(catalogue, period, comparisons);

  // 4. The write: one transaction, so a kill at any moment leaves the previous results.
  await db.transaction().execute(async (trx) => {
    // Remove what is recomputed: in full, the period; else the municipality's objects and the region
    // (by the primary key's prefix), and the pure engine's indicators everywhere.
    const deleteValues = () =>
      trx.deleteFrom('indicator_result').where('framework_id', '=', framework.id).where('period_id', '=', period.id);
    if (!incremental) await deleteValues().execute();
    else {
      await deleteValues()
        .where('org_id', 'in', [...replaced])
        .execute();
      if (plan.pure.length)
        await deleteValues()
          .where(
            'indicator_code',
            'in',
            plan.pure.map((i) => i.code),
          )
          .execute();
    }
    await storeValues(trx, ids, values, (label, done, total) => onProgress?.(`${label}: ${done} из ${total}`, step, steps));
    if (pureValues.length) await indicatorResultRepository.insertValues(trx, ids, pureValues);
    onProgress?.('Сохранение', ++step, steps);
    await ratingResultRepository.replace(trx, ids, incremental ? comparisons.map((c) => c.key) : 'all', compared);
    // The rows written for what this recompute replaced (an incremental one rewrites the pure
    // engine's indicators of every object too; they are counted for its own objects only).
    report.values = values.orgId.length + (incremental ? pureValues.filter((r) => replaced.has(r.objectId)).length : pureValues.length);
    report.comparisons = compared.length;
    await trx
      .insertInto('compute_run')
      .values({ framework_id: framework.id, period_id: period.id, computed_by: ctx.actor.login, counts: JSON.stringify(report) })
      .execute();
    await writeAudit(
      trx,
      ctx.actor,
      { action: incremental ? 'results.recompute_org' : 'results.compute', entity: 'framework', entityId: framework.id, after: report },
      ctx.requestId,
    );
  });
  return report;
}
