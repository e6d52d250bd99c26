import type { Catalogue } from '../../domain/catalogue/catalogue.ts';
import { formulaReferences } from '../../domain/catalogue/formula/check-formula.ts';
import { parseFormula } from '../../domain/catalogue/formula/parse-formula.ts';
import { inversionOf } from '../../domain/catalogue/scoring-rules.ts';
import { invalid, missing, ok, type Outcome } from '../../domain/outcome.ts';
import { rollUpRuleOf } from '../../domain/indicator-values/roll-up.ts';
import { INVERSION_TEXT } from '../../domain/rating/score.ts';
import { AppError, notFound } from '../app-error.ts';
import type { UseCaseContext } from '../context.ts';
import { shapeIndicatorPage } from '../../domain/results/indicator-page-shape.ts';
import { zoneYearOf } from '../../domain/results/rate-comparison.ts';
import { memoView, resultsVersion } from './results-cache.ts';
import { getComparison } from './rating-queries.ts';
import type { IndicatorPageView } from '../../api/indicator-page.ts';
import { catalogueRepository } from '../../db/repositories/catalogue-repository.ts';

export interface IndicatorPageQuery {
  frameworkId: number;
  periodId: number;
  /** Comparison key: `municipality:<id>:<orgType>` or `region:<id>:municipalities`. */
  key: string;
  indicatorCode: string;
}

/** GET /api/results/indicator: one indicator over the objects of one comparison (src/api/indicator-page.ts). */
export type { IndicatorPageView };

const outcomeOf = (row: { outcome: string; value: number | null; reason: string | null }): Outcome =>
  row.outcome === 'ok' && row.value !== null
    ? ok(row.value)
    : row.outcome === 'invalid'
      ? invalid(row.reason ?? 'значение не вычисляется')
      : missing(row.reason ?? 'нет данных');

/**
 * The indicator page: the indicator's definition, its distribution over the objects of a
 * comparison in a period (statistics, histogram, best and worst), and its trend over every period
 * with results: the scope's own value and the median of the same objects. Whoever may see the
 * comparison (see getComparison) may see this page.
 */
export async function getIndicatorPage(ctx: UseCaseContext, q: IndicatorPageQuery): Promise<IndicatorPageView> {
  const { db } = ctx;
  const framework = await catalogueRepository.findById(db, q.frameworkId);
  if (!framework) throw notFound(`Методика с id ${q.frameworkId}`);
  const comparison = await getComparison(ctx, q.frameworkId, q.periodId, q.key);
  const catalogue = framework.content as Catalogue;
  const indicator = (catalogue.indicators ?? []).find((i) => i.code === q.indicatorCode);
  if (!indicator) throw notFound(`Показатель «${q.indicatorCode}» в методике «${framework.name}»`);
  if (!comparison.content.indicators.some((i) => i.code === indicator.code)) {
    throw new AppError(
      'not_found',
      `Показатель «${indicator.code}» не входит в рейтинг «${comparison.title}»: он относится к другим типам организаций или к другому виду периода.`,
    );
  }

  // Built again only after a recompute of the catalogue (its trend spans every period).
  return memoView(
    db,
    `indicator|${q.frameworkId}|${q.periodId}|${q.key}|${indicator.code}`,
    await resultsVersion(db, q.frameworkId),
    async () => {
      const scope = await db
        .selectFrom('rating_result as r')
        .innerJoin('org as o', 'o.id', 'r.scope_org_id')
        .select(['o.id', 'o.name', 'o.kind'])
        .where('r.framework_id', '=', q.frameworkId)
        .where('r.period_id', '=', q.periodId)
        .where('r.comparison_key', '=', q.key)
        .executeTakeFirstOrThrow();
      const objects = comparison.content.objects.map((o) => ({ id: o.id, name: o.shortName ?? o.name }));
      const orgIds = [scope.id, ...objects.map((o) => o.id)];

      const rows = await db
        .selectFrom('indicator_result as r')
        .innerJoin('period as p', 'p.id', 'r.period_id')
        .select([
          'r.period_id',
          'r.org_id',
          'r.outcome',
          'r.value',
          'r.reason',
          'p.name as period_name',
          'p.kind',
          'p.starts_on',
          'p.ends_on',
        ])
        .where('r.framework_id', '=', q.frameworkId)
        .where('r.indicator_code', '=', indicator.code)
        .where('r.org_id', 'in', orgIds)
        .execute();
      const periods = new Map<number, { id: number; name: string; year: number; startsOn: string; values: Map<number, Outcome> }>();
      for (const row of rows) {
        const period = periods.get(row.period_id) ?? {
          id: row.period_id,
          name: row.period_name,
          year: zoneYearOf(row),
          startsOn: row.starts_on,
          values: new Map<number, Outcome>(),
        };
        period.values.set(row.org_id, outcomeOf(row));
        periods.set(row.period_id, period);
      }
      const ordered = [...periods.values()].sort((a, b) => a.startsOn.localeCompare(b.startsOn));
      const current = periods.get(q.periodId);
      const currentName =
        current?.name ?? (await db.selectFrom('period').select('name').where('id', '=', q.periodId).executeTakeFirstOrThrow()).name;
      const valuesIn = (values: Map<number, Outcome> | undefined) => objects.map((o) => ({ ...o, outcome: values?.get(o.id) }));

      const parsed = parseFormula(indicator.formula);
      const elementCodes = parsed.ok ? [...formulaReferences(parsed.node).elements] : [];
      const elementNames = new Map(
        elementCodes.length > 0
          ? (await db.selectFrom('data_element').select(['code', 'name']).where('code', 'in', elementCodes).execute()).map((e) => [
              e.code,
              e.name,
            ])
          : [],
      );
      const directionNames = new Map(catalogue.blocks.flatMap((b) => b.directions.map((d) => [d.code, d.name] as const)));
      const rollUp = parsed.ok ? rollUpRuleOf(parsed.node) : null;

      const shape = shapeIndicatorPage({
        polarity: indicator.polarity,
        unit: indicator.unit,
        rollUpRule: rollUp,
        objectsAreMunicipalities: q.key.endsWith(':municipalities'),
        objects: valuesIn(current?.values),
        scope: current?.values.get(scope.id),
        periods: ordered.map((p) => ({
          periodId: p.id,
          periodName: p.name,
          year: p.year,
          scope: p.values.get(scope.id),
          objects: valuesIn(p.values),
        })),
      });

      return {
        catalogue: { id: framework.id, code: framework.code, version: framework.version, name: framework.name },
        period: { id: q.periodId, name: currentName },
        comparison: {
          key: q.key,
          title: comparison.title,
          computedAt: comparison.computedAt,
          scope: { id: scope.id, name: scope.name, kind: scope.kind },
          objectCount: objects.length,
        },
        indicator: {
          code: indicator.code,
          name: indicator.name,
          unit: indicator.unit,
          polarity: indicator.polarity,
          periodKind: indicator.periodKind,
          method: indicator.method,
          formula: indicator.formula,
          source: indicator.source,
          note: indicator.note ?? null,
          directions: indicator.directions.map((code) => ({ code, name: directionNames.get(code) ?? code })),
          elements: elementCodes.map((code) => ({ code, name: elementNames.get(code) ?? code })),
          rollUp,
          inversion:
            indicator.polarity === 'lower_better'
              ? { rule: inversionOf(catalogue, indicator.code), text: INVERSION_TEXT[inversionOf(catalogue, indicator.code)] }
              : null,
        },
        ...shape,
      };
    },
  );
}
