import type { Catalogue } from '../../domain/catalogue/catalogue.ts';
import { computeIndicatorValues, type OrgRow } from '../../domain/engine/indicator-values.ts';
import { planIndicators } from '../../domain/engine/plan-indicators.ts';
import { ORG_TYPE_PLURAL, type OrgType } from '../../domain/org/org-kind.ts';
import { storeIndicatorSql } from '../../db/compute-indicator-sql.ts';
import { dataValueRepository } from '../../db/repositories/data-value-repository.ts';
import { indicatorResultRepository } from '../../db/repositories/indicator-result-repository.ts';
import { AppError, notFound } from '../app-error.ts';
import { writeAudit } from '../audit.ts';
import { elementsUsedBy } from '../catalogues/catalogue-queries.ts';
import { loadDataElements } from '../catalogues/sync-catalogues.ts';
import type { UseCaseContext } from '../context.ts';
import { rateComparison, type StoredRating } from './rate-comparison.ts';

export interface ComputeReport {
  frameworkId: number;
  periodId: number;
  indicators: number;
  skippedIndicators: number;
  values: number;
  comparisons: number;
}

// A place's list of tied objects is quadratic in the size of a comparison (1,000 schools tied on
// 0 points list each other); place…placeTo already says how many share it.
const withoutTieLists = (key: string, value: unknown) => (key === 'tiedWith' ? undefined : value);

type Progress = (step: string, done: number, total: number) => void;

interface OrgInfo {
  id: number;
  parentId: number | null;
  kind: string;
  type: string | null;
  name: string;
  shortName: string | null;
  path: string;
}

/** The organisations of a region as the pure engine needs them. */
function regionOrgs(orgs: readonly OrgInfo[], region: OrgInfo): OrgRow[] {
  return orgs
    .filter((o) => o.kind === 'organisation' && o.type !== null && o.parentId !== null && o.path.startsWith(region.path))
    .map((o) => ({ id: o.id, municipalityId: o.parentId ?? 0, type: o.type as OrgType }));
}

/**
 * Recomputes one catalogue version for one period over the whole database: indicator values
 * for every organisation, municipality and region, then the ratings of each comparison (the
 * organisations of one type within a municipality; the municipalities within the region).
 * Everything is replaced in one transaction: if the process dies midway, the previous
 * results stand.
 */
export async function computeResults(
  ctx: UseCaseContext,
  input: { frameworkId: number; periodId: number },
  onProgress?: Progress,
): Promise<ComputeReport> {
  const { db } = ctx;
  const framework = await db.selectFrom('framework').select(['id', 'content']).where('id', '=', input.frameworkId).executeTakeFirst();
  if (!framework) throw notFound(`Методика с id ${input.frameworkId}`);
  const catalogue = framework.content as Catalogue;
  if (catalogue.kind !== 'indicators') {
    throw new AppError(
      'validation_failed',
      `«${catalogue.name}» оценивает механизмы управления: её индексы считаются по баллам экспертов, а не по данным организаций.`,
    );
  }
  const period = await db.selectFrom('period').selectAll().where('id', '=', input.periodId).executeTakeFirst();
  if (!period) throw notFound(`Период с id ${input.periodId}`);
  const indicators = (catalogue.indicators ?? []).filter((i) => i.periodKind === period.kind);
  const skipped = (catalogue.indicators ?? []).length - indicators.length;

  const orgs = (await db
    .selectFrom('org')
    .select(['id', 'parent_id as parentId', 'kind', 'type', 'name', 'short_name as shortName', 'path'])
    .execute()) satisfies OrgInfo[];
  const regions = orgs.filter((o) => o.kind === 'region');
  const plan = planIndicators(indicators);
  const steps = regions.length * plan.sql.length + (plan.pure.length ? 1 : 0) + 2;
  let step = 0;
  const report: ComputeReport = {
    frameworkId: framework.id,
    periodId: period.id,
    indicators: indicators.length,
    skippedIndicators: skipped,
    values: 0,
    comparisons: 0,
  };

  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('indicator_result').where('framework_id', '=', framework.id).where('period_id', '=', period.id).execute();
    await trx.deleteFrom('rating_result').where('framework_id', '=', framework.id).where('period_id', '=', period.id).execute();
    for (const region of regions) {
      for (const { indicator, node } of plan.sql) {
        onProgress?.(`Показатель ${indicator.code}`, ++step, steps);
        await storeIndicatorSql(trx, {
          formula: node,
          periodId: period.id,
          pathPrefix: region.path,
          orgTypes: indicator.orgTypes,
          regionId: region.id,
          frameworkId: framework.id,
          indicatorCode: indicator.code,
        });
      }
    }
    if (plan.pure.length) {
      onProgress?.('Показатели со ссылками на другие показатели', ++step, steps);
      const values = await dataValueRepository.forEngine(
        trx,
        period.id,
        elementsUsedBy({ ...catalogue, indicators: plan.pureWithDependencies }, await loadDataElements(trx)).map((e) => e.code),
      );
      const pureCodes = new Set(plan.pure.map((i) => i.code));
      const computed = regions.flatMap((region) =>
        computeIndicatorValues({ indicators: plan.pureWithDependencies, values, orgs: regionOrgs(orgs, region), regionId: region.id }),
      );
      await indicatorResultRepository.insertValues(
        trx,
        { frameworkId: framework.id, periodId: period.id },
        computed.filter((r) => pureCodes.has(r.indicatorCode)),
      );
    }

    onProgress?.('Рейтинги', ++step, steps);
    const byKey = await indicatorResultRepository.outcomes(trx, framework.id, period.id);
    report.values = byKey.size;
    const comparisons: { key: string; scopeOrgId: number; title: string; content: StoredRating }[] = [];
    const valueOf = (objectId: number, code: string) => byKey.get(`${objectId}|${code}`);
    const addComparison = (key: string, scope: OrgInfo, title: string, objects: OrgInfo[], type: OrgType | null) => {
      const content = rateComparison(catalogue, period, objects, type, valueOf);
      if (content) comparisons.push({ key, scopeOrgId: scope.id, title, content });
    };
    for (const municipality of orgs.filter((o) => o.kind === 'municipality')) {
      const members = orgs.filter((o) => o.parentId === municipality.id && o.kind === 'organisation');
      for (const type of [...new Set(members.map((o) => o.type))].filter((t): t is OrgType => t !== null).sort()) {
        addComparison(
          `municipality:${municipality.id}:${type}`,
          municipality,
          `${municipality.name}: ${ORG_TYPE_PLURAL[type]}`,
          members.filter((o) => o.type === type),
          type,
        );
      }
    }
    for (const region of orgs.filter((o) => o.kind === 'region')) {
      addComparison(
        `region:${region.id}:municipalities`,
        region,
        `${region.name}: муниципалитеты`,
        orgs.filter((o) => o.parentId === region.id && o.kind === 'municipality'),
        null,
      );
    }

    onProgress?.('Сохранение', ++step, steps);
    report.comparisons = comparisons.length;
    for (const c of comparisons) {
      await trx
        .insertInto('rating_result')
        .values({
          framework_id: framework.id,
          period_id: period.id,
          comparison_key: c.key,
          scope_org_id: c.scopeOrgId,
          title: c.title,
          content: JSON.stringify(c.content, withoutTieLists),
        })
        .execute();
    }
    await trx
      .insertInto('compute_run')
      .values({ framework_id: framework.id, period_id: period.id, computed_by: ctx.actor.login, counts: JSON.stringify(report) })
      .execute();
    await writeAudit(
      trx,
      ctx.actor,
      { action: 'results.compute', entity: 'framework', entityId: framework.id, after: report },
      ctx.requestId,
    );
  });
  return report;
}
