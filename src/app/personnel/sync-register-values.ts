import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import { formulaReferences } from '../../domain/catalogue/formula/check-formula.ts';
import { parseFormula } from '../../domain/catalogue/formula/parse-formula.ts';
import { REGISTER_ELEMENTS, registerValues, type RegisterValue } from '../../domain/personnel/register-values.ts';
import type { UseCaseContext } from '../context.ts';
import { logSwallowed } from '../log-swallowed.ts';
import { computeResults } from '../results/compute-results.ts';
import { loadIndicatorCatalogue } from '../results/indicator-catalogue.ts';
import { latestComputeRun } from '../results/latest-compute-run.ts';
import { loadRegisterData } from './register-data.ts';
import { catalogueRepository } from '../../db/repositories/catalogue-repository.ts';

/** data_value.source of the values the register yields. */
export const REGISTER_SOURCE = 'register';

const key = (r: Pick<RegisterValue, 'objectId' | 'element' | 'breakdown' | 'value'>) =>
  `${r.objectId}|${r.element}|${r.breakdown}|${r.value}`;

/**
 * Writes what the register of one municipality yields into data_value (source 'register',
 * accepted), for every period: the seed-003 person-level elements of its organisations' heads and
 * of its reserve candidates, and its reserve flags. Only periods whose values changed are
 * rewritten; their ids are returned. Call it inside the transaction that changed the register.
 */
export async function syncRegisterValues(trx: Kysely<Database>, municipalityId: number): Promise<number[]> {
  const known = await trx
    .selectFrom('data_element')
    .select('code')
    .where('code', 'in', [...REGISTER_ELEMENTS])
    .execute();
  if (known.length === 0) return []; // the seed-003 elements are not loaded: nothing to fill
  const elements = known.map((e) => e.code);
  const orgIds = [
    municipalityId,
    ...(await trx.selectFrom('org').select('id').where('parent_id', '=', municipalityId).execute()).map((o) => o.id),
  ];
  const data = await loadRegisterData(trx, municipalityId);
  const usedByKind = await registerElementsByPeriodKind(trx);
  const policies = new Map(data.policy ? [[municipalityId, data.policy]] : []);
  // A closed period keeps the values it was closed with.
  const periods = await trx.selectFrom('period').select(['id', 'kind', 'starts_on', 'ends_on']).where('closed_at', 'is', null).execute();
  const stored = await trx
    .selectFrom('data_value')
    .select(['period_id', 'org_id', 'data_element_code', 'breakdown', 'value'])
    .where('source', '=', REGISTER_SOURCE)
    .where('org_id', 'in', orgIds)
    .execute();
  const changed: number[] = [];
  for (const period of periods) {
    const wanted = registerValues({
      period: { startsOn: period.starts_on, endsOn: period.ends_on },
      leaders: data.leaders,
      candidates: data.candidates,
      policies,
    }).filter((v) => elements.includes(v.element) && (usedByKind === null || usedByKind.get(period.kind)?.has(v.element) === true));
    const before = stored
      .filter((s) => s.period_id === period.id)
      .map((s) => key({ objectId: s.org_id, element: s.data_element_code, breakdown: s.breakdown, value: Number(s.value) }))
      .sort();
    const after = wanted.map(key).sort();
    if (before.length === after.length && before.every((k, i) => k === after[i])) continue;
    changed.push(period.id);
    await trx
      .deleteFrom('data_value')
      .where('source', '=', REGISTER_SOURCE)
      .where('period_id', '=', period.id)
      .where('org_id', 'in', orgIds)
      .execute();
    if (wanted.length) {
      await trx
        .insertInto('data_value')
        .values(
          wanted.map((v) => ({
            org_id: v.objectId,
            period_id: period.id,
            data_element_code: v.element,
            breakdown: v.breakdown,
            value: v.value,
            source: REGISTER_SOURCE,
            status: 'accepted' as const,
          })),
        )
        .execute();
    }
  }
  return changed;
}

/**
 * Which register elements the catalogues read, by the kind of period of their indicators: leaders'
 * elements feed school-year indicators, the reserve's calendar-year ones (seed 003). Values are
 * written only where an indicator reads them, so a change recomputes only the periods it moves.
 * Null when no loaded catalogue reads the register: then every element is kept, for later.
 */
async function registerElementsByPeriodKind(db: Kysely<Database>): Promise<Map<string, Set<string>> | null> {
  const register = new Set<string>(REGISTER_ELEMENTS);
  const byKind = new Map<string, Set<string>>();
  for (const id of await cataloguesReadingRegister(db)) {
    const { catalogue } = await loadIndicatorCatalogue(db, id);
    for (const i of catalogue.indicators ?? []) {
      const parsed = parseFormula(i.formula);
      if (!parsed.ok) continue;
      const set = byKind.get(i.periodKind) ?? new Set<string>();
      byKind.set(i.periodKind, set);
      for (const e of formulaReferences(parsed.node).elements) if (register.has(e)) set.add(e);
    }
  }
  return byKind.size ? byKind : null;
}

/** The newest version of each indicator catalogue whose formulas read what the register fills. */
export async function cataloguesReadingRegister(db: Kysely<Database>): Promise<number[]> {
  const newest = (await catalogueRepository.newestOfEachCode(db, 'indicators')).map((r) => r.id);
  const register = new Set<string>(REGISTER_ELEMENTS);
  const out: number[] = [];
  for (const id of newest) {
    const { catalogue } = await loadIndicatorCatalogue(db, id);
    const reads = (catalogue.indicators ?? []).some((i) => {
      const parsed = parseFormula(i.formula);
      return parsed.ok && [...formulaReferences(parsed.node).elements].some((e) => register.has(e));
    });
    if (reads) out.push(id);
  }
  return out;
}

/**
 * Recomputes, for the periods whose register values changed, the results of the catalogues that
 * read them — only where results were computed before (the operator computes a period first).
 * False when a recompute failed: the register change stands and the operator recomputes by hand.
 */
export async function recomputeAfterRegisterChange(
  ctx: UseCaseContext,
  municipalityId: number,
  periodIds: readonly number[],
): Promise<boolean> {
  if (periodIds.length === 0) return true;
  try {
    for (const frameworkId of await cataloguesReadingRegister(ctx.db)) {
      for (const periodId of periodIds) {
        if (!(await latestComputeRun(ctx.db, frameworkId, periodId))) continue;
        await computeResults(ctx, { frameworkId, periodId, orgId: municipalityId });
      }
    }
    return true;
  } catch (error) {
    logSwallowed(ctx, error, `Register of municipality ${municipalityId} changed, results not recomputed`);
    return false;
  }
}
