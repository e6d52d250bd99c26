import type { Kysely } from 'kysely';
import type { RegisterIndicators } from '../../api/personnel-reserve.ts';
import type { Database } from '../../db/schema.ts';
import { formulaReferences } from '../../domain/catalogue/formula/check-formula.ts';
import { parseFormula } from '../../domain/catalogue/formula/parse-formula.ts';
import { loadIndicatorCatalogue } from '../results/indicator-catalogue.ts';
import { cataloguesReadingRegister } from './sync-register-values.ts';

/**
 * The stored municipal values of the indicators that read the register elements with the given
 * prefix (leader_ or reserve_), for the newest period computed for them: what the register has
 * made of the seed-003 indicators.
 */
export async function registerIndicators(
  db: Kysely<Database>,
  municipalityId: number,
  prefix: 'leader_' | 'reserve_',
): Promise<RegisterIndicators> {
  const [frameworkId] = await cataloguesReadingRegister(db);
  if (frameworkId === undefined) return { catalogue: null, period: null, values: [] };
  const { catalogue } = await loadIndicatorCatalogue(db, frameworkId);
  const indicators = (catalogue.indicators ?? []).filter((i) => {
    const parsed = parseFormula(i.formula);
    return parsed.ok && [...formulaReferences(parsed.node).elements].some((e) => e.startsWith(prefix));
  });
  const codes = indicators.map((i) => i.code);
  const rows = codes.length
    ? await db
        .selectFrom('indicator_result as r')
        .innerJoin('period as p', 'p.id', 'r.period_id')
        .select(['r.period_id', 'p.name', 'p.starts_on', 'r.indicator_code', 'r.outcome', 'r.value', 'r.reason'])
        .where('r.framework_id', '=', frameworkId)
        .where('r.org_id', '=', municipalityId)
        .where('r.indicator_code', 'in', codes)
        .execute()
    : [];
  const newest = [...rows].sort((a, b) => b.starts_on.localeCompare(a.starts_on))[0];
  const name = catalogue.name;
  if (!newest) return { catalogue: { id: frameworkId, name }, period: null, values: [] };
  const of = rows.filter((r) => r.period_id === newest.period_id);
  return {
    catalogue: { id: frameworkId, name },
    period: { id: newest.period_id, name: newest.name },
    values: indicators.flatMap((i) => {
      const r = of.find((x) => x.indicator_code === i.code);
      if (!r) return [];
      return [
        {
          code: i.code,
          name: i.name,
          unit: i.unit,
          value: r.outcome === 'ok' ? Number(r.value) : null,
          reason: r.outcome === 'ok' ? null : r.reason,
        },
      ];
    }),
  };
}
