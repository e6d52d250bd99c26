import { ASSESSMENT_ELEMENTS } from '../../domain/schools-at-risk/assessment-results.ts';
import { assessShnor, lowProcedures, SHNOR_DEFAULTS, type ShnorParams } from '../../domain/schools-at-risk/low-results-list.ts';
import { AppError } from '../app-error.ts';
import type { UseCaseContext } from '../context.ts';
import { chosenPeriod, riskPeriods, riskTerritory, schoolValues, territorySchools } from './risk-territory.ts';
import type { ShnorListView, ShnorSchoolView } from '../../api/schools-at-risk.ts';

export type { ShnorListView, ShnorSchoolView };

/** Checks the parameters together (each is bounded by the route's schema). */
export function checkShnorParams(p: ShnorParams): void {
  if (p.minLowYears > p.windowYears)
    throw new AppError(
      'validation_failed',
      `Лет с низкими результатами (${p.minLowYears}) не может быть больше, чем лет в окне (${p.windowYears}).`,
      [{ path: 'querystring.minLowYears', message: 'Не больше числа лет в окне.' }],
    );
}

/**
 * The ШНОР list of a territory for a school year (default: the latest with assessment results): each school's
 * ВПР, ОГЭ, ЕГЭ and НИКО results of the window of years judged by the engine's rules (low result, stably low),
 * the trend per year and the objectivity signals.
 */
export async function shnorList(
  ctx: UseCaseContext,
  input: { territoryId: number; periodId: number | null; params?: Partial<ShnorParams> },
): Promise<ShnorListView> {
  const params: ShnorParams = { ...SHNOR_DEFAULTS, ...input.params };
  checkShnorParams(params);
  const territory = await riskTerritory(ctx, input.territoryId);
  const periods = await riskPeriods(ctx, territory, ASSESSMENT_ELEMENTS);
  const period = await chosenPeriod(ctx, periods, input.periodId);
  const schools = await territorySchools(ctx, territory, period);
  const base = { territory: { id: territory.id, name: territory.name }, periods, period, params, schoolsTotal: schools.length };
  if (!period) return { ...base, schools: [] };
  const window = periods.filter((p) => p.year <= period.year && p.year > period.year - params.windowYears);
  const values = await schoolValues(ctx, territory, window, ASSESSMENT_ELEMENTS);
  const views = schools.map((school): ShnorSchoolView => {
    const verdict = assessShnor(values.get(school.orgId) ?? [], period.year, params);
    const years = verdict.years.map((y) => ({ ...y, results: y.results.filter((r) => r.status !== 'not_low') }));
    return { ...school, ...verdict, years, procedures: lowProcedures(verdict) };
  });
  views.sort((a, b) => Number(b.stablyLow) - Number(a.stablyLow) || b.lowYears.length - a.lowYears.length || a.code.localeCompare(b.code));
  return { ...base, schools: views };
}
