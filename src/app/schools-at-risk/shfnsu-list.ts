import {
  assessShfnsu,
  CONDITION_ELEMENTS,
  CONDITION_FACTORS,
  SHFNSU_DEFAULTS,
  type ShfnsuParams,
  type ShfnsuVerdict,
} from '../../domain/schools-at-risk/unfavourable-conditions.ts';
import { AppError } from '../app-error.ts';
import type { UseCaseContext } from '../context.ts';
import { chosenPeriod, riskPeriods, riskTerritory, schoolValues, territorySchools } from './risk-territory.ts';
import type { ShfnsuListView, ShfnsuSchoolView } from '../../api/schools-at-risk.ts';

export type { ShfnsuListView, ShfnsuSchoolView };

const ORDER: Record<ShfnsuVerdict['status'], number> = { unfavourable: 0, insufficient_data: 1, favourable: 2 };

/**
 * The ШФНСУ list of a territory for a school year (default: the latest with context data): each school's
 * context factors (seed 004) against the thresholds, ШФНСУ when at least minFactors are exceeded.
 */
export async function shfnsuList(
  ctx: UseCaseContext,
  input: { territoryId: number; periodId: number | null; minFactors?: number; thresholds?: Record<string, number> },
): Promise<ShfnsuListView> {
  const params: ShfnsuParams = {
    minFactors: input.minFactors ?? SHFNSU_DEFAULTS.minFactors,
    thresholds: { ...SHFNSU_DEFAULTS.thresholds, ...input.thresholds },
  };
  if (params.minFactors > CONDITION_FACTORS.length)
    throw new AppError('validation_failed', `Факторов всего ${CONDITION_FACTORS.length}: нельзя требовать ${params.minFactors}.`, [
      { path: 'querystring.minFactors', message: `Не больше ${CONDITION_FACTORS.length}.` },
    ]);
  const territory = await riskTerritory(ctx, input.territoryId);
  const periods = await riskPeriods(ctx, territory, CONDITION_ELEMENTS);
  const period = await chosenPeriod(ctx, periods, input.periodId);
  const schools = await territorySchools(ctx, territory, period);
  const factors = CONDITION_FACTORS.map((f) => ({
    code: f.code,
    name: f.name,
    numerator: f.numerator,
    denominator: f.denominator,
    defaultThreshold: f.threshold,
  }));
  const base = { territory: { id: territory.id, name: territory.name }, periods, period, params, factors, schoolsTotal: schools.length };
  if (!period) return { ...base, schools: [] };
  const values = await schoolValues(ctx, territory, [period], CONDITION_ELEMENTS);
  const views = schools.map((s): ShfnsuSchoolView => ({ ...s, ...assessShfnsu(values.get(s.orgId)?.[0]?.values ?? [], params) }));
  views.sort((a, b) => ORDER[a.status] - ORDER[b.status] || b.exceeded - a.exceeded || a.code.localeCompare(b.code));
  return { ...base, schools: views };
}
