import { ENGINE_STATUSES } from '../../db/repositories/data-value-repository.ts';
import { actorSees } from '../actor.ts';
import { AppError, forbidden, notFound } from '../app-error.ts';
import type { UseCaseContext } from '../context.ts';
import type { SchoolYearValues, StoredValue } from '../../domain/schools-at-risk/school-values.ts';
import type { RiskPeriod } from '../../api/schools-at-risk.ts';
import { orgRepository } from '../../db/repositories/org-repository.ts';
export type { RiskPeriod };

export interface RiskTerritory {
  id: number;
  name: string;
  path: string;
}

export interface RiskSchool {
  orgId: number;
  code: string;
  name: string;
  shortName: string | null;
  municipality: string | null;
}

/**
 * The territory (municipality or region) whose schools are listed, if the caller sees it. An organisation's
 * representative does not: the lists compare schools of a territory.
 */
export async function riskTerritory(ctx: UseCaseContext, id: number): Promise<RiskTerritory> {
  const t = await orgRepository.findById(ctx.db, id);
  if (!t) throw notFound(`Территория с id ${id}`);
  if (t.kind !== 'municipality' && t.kind !== 'region')
    throw new AppError('validation_failed', `«${t.name}» — не муниципалитет и не регион: списки школ ведёт территория.`, [
      { path: 'territoryId', message: 'Укажите муниципалитет или регион.' },
    ]);
  if (ctx.actor.role === 'org_representative' || !actorSees(ctx.actor, t.path)) throw forbidden(`«${t.name}» вне вашей зоны доступа.`);
  return { id: t.id, name: t.name, path: t.path };
}

/** The accepted (and demo) values of these elements of the territory's schools in these periods, not yet selected. */
function territoryValues(ctx: UseCaseContext, territory: RiskTerritory, periods: readonly { id: number }[], elements: readonly string[]) {
  return ctx.db
    .selectFrom('data_value as v')
    .innerJoin('org as o', 'o.id', 'v.org_id')
    .where(
      'v.period_id',
      'in',
      periods.map((p) => p.id),
    )
    .where('v.data_element_code', 'in', [...elements])
    .where('v.status', 'in', [...ENGINE_STATUSES])
    .where('o.type', '=', 'school')
    .where('o.path', 'like', `${territory.path}%`);
}

/** The school years in which the territory's schools have values of these elements, latest first. */
export async function riskPeriods(ctx: UseCaseContext, territory: RiskTerritory, elements: readonly string[]): Promise<RiskPeriod[]> {
  const periods = await ctx.db
    .selectFrom('period')
    .select(['id', 'code', 'name', 'starts_on'])
    .where('kind', '=', 'school_year')
    .orderBy('starts_on', 'desc')
    .execute();
  if (periods.length === 0) return [];
  const withData = await territoryValues(ctx, territory, periods, elements).select('v.period_id').distinct().execute();
  const ids = new Set(withData.map((r) => r.period_id));
  return periods
    .filter((p) => ids.has(p.id))
    .map((p) => ({ id: p.id, code: p.code, name: p.name, year: Number(String(p.starts_on).slice(0, 4)), startsOn: p.starts_on }));
}

/** The period asked for (it must be a school year), or the latest school year with values; null when there is none. */
export async function chosenPeriod(
  ctx: UseCaseContext,
  periods: readonly RiskPeriod[],
  periodId: number | null,
): Promise<RiskPeriod | null> {
  if (periodId === null) return periods[0] ?? null;
  const known = periods.find((p) => p.id === periodId);
  if (known) return known;
  const p = await ctx.db
    .selectFrom('period')
    .select(['id', 'code', 'name', 'kind', 'starts_on'])
    .where('id', '=', periodId)
    .executeTakeFirst();
  if (!p) throw notFound(`Период с id ${periodId}`);
  if (p.kind !== 'school_year')
    throw new AppError('validation_failed', `«${p.name}» — не учебный год: результаты оценочных процедур относятся к учебным годам.`, [
      { path: 'periodId', message: 'Выберите учебный год.' },
    ]);
  return { id: p.id, code: p.code, name: p.name, year: Number(String(p.starts_on).slice(0, 4)), startsOn: p.starts_on };
}

/**
 * The schools of the territory (any depth), by code, with the name of their municipality; without
 * those closed on or before the start of the chosen period.
 */
export async function territorySchools(ctx: UseCaseContext, territory: RiskTerritory, period: RiskPeriod | null): Promise<RiskSchool[]> {
  let query = orgRepository
    .under(ctx.db, territory.path)
    .select(['id', 'kind', 'code', 'name', 'short_name', 'path'])
    .where((eb) => eb.or([eb('type', '=', 'school'), eb('kind', '=', 'municipality')]));
  if (period) query = query.where((eb) => eb.or([eb('closed_on', 'is', null), eb('closed_on', '>', period.startsOn)]));
  const rows = await query.orderBy('code').execute();
  const municipalities = rows.filter((r) => r.kind === 'municipality');
  return rows
    .filter((r) => r.kind === 'organisation')
    .map((r) => ({
      orgId: r.id,
      code: r.code,
      name: r.name,
      shortName: r.short_name,
      municipality: municipalities.find((m) => r.path.startsWith(m.path))?.name ?? null,
    }));
}

/**
 * The accepted (and demo) values of these elements for the territory's schools in these school years,
 * grouped by school and year.
 */
export async function schoolValues(
  ctx: UseCaseContext,
  territory: RiskTerritory,
  periods: readonly RiskPeriod[],
  elements: readonly string[],
): Promise<Map<number, SchoolYearValues[]>> {
  const out = new Map<number, { year: number; label: string; values: StoredValue[] }[]>();
  if (periods.length === 0) return out;
  const rows = await territoryValues(ctx, territory, periods, elements)
    .select(['v.org_id', 'v.period_id', 'v.data_element_code', 'v.breakdown', 'v.value'])
    .execute();
  const periodOf = new Map(periods.map((p) => [p.id, p]));
  for (const r of rows) {
    const p = periodOf.get(r.period_id);
    if (!p) continue;
    const years = out.get(r.org_id) ?? [];
    out.set(r.org_id, years);
    let y = years.find((x) => x.year === p.year);
    if (!y) {
      y = { year: p.year, label: p.code, values: [] };
      years.push(y);
    }
    y.values.push({ element: r.data_element_code, breakdown: r.breakdown, value: Number(r.value) });
  }
  return out;
}
