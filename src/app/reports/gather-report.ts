import type { Catalogue } from '../../domain/catalogue/catalogue.ts';
import { buildReport, type ReportComparisonInput } from '../../domain/report/build-report.ts';
import type { ReportContent, ReportScopeKind } from '../../domain/report/report-content.ts';
import { isOrgType, type OrgType } from '../../domain/org/org-kind.ts';
import { AppError, notFound } from '../app-error.ts';
import type { UseCaseContext } from '../context.ts';
import { clusteredObjects, clusteringsOf } from '../results/comparison-clusters.ts';
import { latestComputeRun } from '../results/latest-compute-run.ts';
import { comparisonType, getComparison } from '../results/rating-queries.ts';
import { orgRepository } from '../../db/repositories/org-repository.ts';
import { catalogueRepository } from '../../db/repositories/catalogue-repository.ts';

/** What a report is about. */
export interface ReportSubject {
  catalogueId: number;
  periodId: number;
  scopeKind: ReportScopeKind;
  /** The municipality or region; for an organisation report, the organisation's municipality is taken. */
  territoryId: number;
  directionCode: string | null;
  orgId: number | null;
}

/** Periods compared by years: the report's period and up to this many before it. */
export const YEARS_BACK = 2;

/**
 * Reads everything a report is built from — the catalogue, the computed values and the stored
 * ratings of the territory's comparisons — within the caller's sight, and builds its content.
 */
export async function gatherReport(ctx: UseCaseContext, s: ReportSubject): Promise<{ content: ReportContent; territoryPath: string }> {
  const { db } = ctx;
  const framework = await catalogueRepository.findById(db, s.catalogueId);
  if (!framework) throw notFound(`Методика с id ${s.catalogueId}`);
  if (framework.kind !== 'indicators') {
    throw new AppError(
      'validation_failed',
      `«${framework.name}» — методика оценки механизмов: аналитический отчёт строится по методике показателей.`,
      [{ path: 'body.catalogueId', message: 'Выберите методику показателей.' }],
    );
  }
  const catalogue = framework.content as Catalogue;
  const period = await db.selectFrom('period').selectAll().where('id', '=', s.periodId).executeTakeFirst();
  if (!period) throw notFound(`Период с id ${s.periodId}`);

  let territoryId = s.territoryId;
  let org: { id: number; name: string } | null = null;
  if (s.scopeKind === 'organisation') {
    if (s.orgId === null)
      throw new AppError('validation_failed', 'Укажите организацию отчёта.', [{ path: 'body.orgId', message: 'Выберите организацию.' }]);
    const row = await orgRepository.findById(db, s.orgId);
    if (!row || row.kind !== 'organisation' || row.parent_id === null) throw notFound(`Организация с id ${s.orgId}`);
    org = { id: row.id, name: row.short_name ?? row.name };
    territoryId = row.parent_id;
  }
  const territory = await orgRepository.findById(db, territoryId);
  if (!territory || (territory.kind !== 'municipality' && territory.kind !== 'region')) {
    throw new AppError('validation_failed', 'Отчёт готовится по муниципалитету или региону: выберите территорию.', [
      { path: 'body.territoryId', message: 'Укажите муниципалитет или регион.' },
    ]);
  }

  const allDirections = catalogue.blocks.flatMap((b) => b.directions.map((d) => ({ code: d.code, name: d.name })));
  let directions = allDirections;
  if (s.scopeKind === 'direction') {
    const d = allDirections.find((x) => x.code === s.directionCode);
    if (!d) {
      throw new AppError('validation_failed', `Направления «${s.directionCode ?? ''}» нет в методике «${framework.name}».`, [
        { path: 'body.directionCode', message: 'Выберите направление методики.' },
      ]);
    }
    directions = [d];
  }
  const codes = new Set(directions.map((d) => d.code));
  const indicators = (catalogue.indicators ?? [])
    .filter((i) => i.periodKind === period.kind && i.directions.some((d) => codes.has(d)))
    .map((i) => ({ code: i.code, name: i.name, unit: i.unit, polarity: i.polarity, directions: i.directions.filter((d) => codes.has(d)) }));
  if (indicators.length === 0) {
    throw new AppError('validation_failed', `В выбранных направлениях нет показателей за период вида «${period.name}».`);
  }

  const keys = await db
    .selectFrom('rating_result')
    .select('comparison_key')
    .where('framework_id', '=', framework.id)
    .where('period_id', '=', period.id)
    .where('scope_org_id', '=', territory.id)
    .orderBy('comparison_key')
    .execute();
  if (keys.length === 0) {
    throw new AppError(
      'conflict',
      `Результаты по методике «${framework.name}» за ${period.name} для «${territory.name}» не рассчитаны: сначала пересчитайте результаты.`,
    );
  }
  const comparisons: ReportComparisonInput[] = [];
  for (const { comparison_key: key } of keys) {
    const c = await getComparison(ctx, framework.id, period.id, key);
    const type: OrgType | null = comparisonType(key);
    const clustered = await clusteredObjects(ctx, c.content, type && isOrgType(type) ? type : null);
    comparisons.push({
      key,
      title: c.title,
      objects: c.content.objects.map((o) => ({ id: o.id, name: o.shortName ?? o.name })),
      rating: c.content.rating,
      clusterings: clusteringsOf(c.content, clustered, type),
    });
  }

  const periods = (
    await db
      .selectFrom('period')
      .select(['id', 'name', 'starts_on'])
      .where('kind', '=', period.kind)
      .where('starts_on', '<=', period.starts_on)
      .where((eb) =>
        eb.exists(
          eb
            .selectFrom('compute_run as r')
            .select('r.id')
            .whereRef('r.period_id', '=', 'period.id')
            .where('r.framework_id', '=', framework.id),
        ),
      )
      .orderBy('starts_on', 'desc')
      .limit(YEARS_BACK + 1)
      .execute()
  )
    .reverse()
    .map((p) => ({ id: p.id, name: p.name }));
  if (!periods.some((p) => p.id === period.id)) periods.push({ id: period.id, name: period.name });

  const orgIds = [territory.id, ...new Set(comparisons.flatMap((c) => c.objects.map((o) => o.id)))];
  if (org && !orgIds.includes(org.id)) {
    throw new AppError(
      'conflict',
      `«${org.name}» не входит ни в один рассчитанный рейтинг за ${period.name}: пересчитайте результаты или выберите другую организацию.`,
    );
  }
  const rows = await db
    .selectFrom('indicator_result')
    .select(['org_id', 'indicator_code', 'period_id', 'value'])
    .where('framework_id', '=', framework.id)
    .where('outcome', '=', 'ok')
    .where(
      'period_id',
      'in',
      periods.map((p) => p.id),
    )
    .where(
      'indicator_code',
      'in',
      indicators.map((i) => i.code),
    )
    .where('org_id', 'in', orgIds)
    .execute();
  const values = new Map(rows.map((r) => [`${r.org_id}|${r.indicator_code}|${r.period_id}`, r.value]));
  const run = await latestComputeRun(db, framework.id, period.id);

  const content = buildReport({
    scope: {
      kind: s.scopeKind,
      territory: { id: territory.id, name: territory.name, kind: territory.kind },
      org,
      direction: s.scopeKind === 'direction' ? (directions[0] ?? null) : null,
    },
    catalogue: { id: framework.id, code: framework.code, version: framework.version, name: framework.name },
    period: { id: period.id, name: period.name },
    periods,
    computeRunId: run?.id ?? null,
    computedAt: run ? new Date(run.computed_at).toISOString() : null,
    directions,
    indicators,
    comparisons,
    valueAt: (orgId, code, periodId) => values.get(`${orgId}|${code}|${periodId}`) ?? null,
  });
  return { content, territoryPath: territory.path };
}

/** «Аналитический отчёт по направлению «…»: Промышленновский муниципальный округ, 2024/2025 учебный год». */
export function reportTitle(c: ReportContent): string {
  if (c.effectiveness) {
    return `Анализ эффективности принятых мер по направлению «${c.effectiveness.direction.name}»: ${c.scope.territory.name}, ${c.period.name}`;
  }
  const what =
    c.scope.kind === 'direction' && c.scope.direction
      ? `по направлению «${c.scope.direction.name}»`
      : c.scope.kind === 'organisation' && c.scope.org
        ? `по организации «${c.scope.org.name}»`
        : `по мониторингу «${c.catalogue.name}»`;
  return `Аналитический отчёт ${what}: ${c.scope.territory.name}, ${c.period.name}`;
}
