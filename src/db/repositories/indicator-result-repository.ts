import type { Kysely } from 'kysely';
import type { IndicatorValue } from '../../domain/engine/indicator-values.ts';
import { invalid, missing, ok, type Outcome } from '../../domain/engine/outcome.ts';
import { bulkInsert } from '../bulk-insert.ts';
import type { Database } from '../schema.ts';

const COLUMNS = {
  framework_id: 'integer',
  period_id: 'integer',
  org_id: 'integer',
  indicator_code: 'text',
  level: 'text',
  outcome: 'text',
  value: 'double precision',
  reason: 'text',
  numerator: 'double precision',
  denominator: 'double precision',
  used: 'double precision',
  total: 'double precision',
} as const;

/** The stored outcome of a row: ok with its value, or missing/invalid with its reason. */
export function storedOutcome(row: { outcome: string; value: number | null; reason: string | null }): Outcome {
  if (row.outcome === 'ok' && row.value !== null) return ok(row.value);
  if (row.outcome === 'invalid') return invalid(row.reason ?? 'значение не может быть вычислено');
  return missing(row.reason ?? 'нет данных');
}

export const indicatorResultRepository = {
  /** Stores values computed by the pure engine, with the roll-up parts of municipalities and regions. */
  async insertValues(
    db: Kysely<Database>,
    ids: { frameworkId: number; periodId: number },
    values: readonly IndicatorValue[],
  ): Promise<void> {
    await bulkInsert(
      db,
      'indicator_result',
      COLUMNS,
      values.map((r) => {
        const parts = r.explanation.kind === 'roll-up' ? r.explanation.rollUp : null;
        return {
          framework_id: ids.frameworkId,
          period_id: ids.periodId,
          org_id: r.objectId,
          indicator_code: r.indicatorCode,
          level: r.level,
          outcome: r.outcome.kind,
          value: r.outcome.kind === 'ok' ? r.outcome.value : null,
          reason: r.outcome.kind === 'ok' ? null : r.outcome.reason,
          numerator: parts?.numerator ?? null,
          denominator: parts?.denominator ?? null,
          used: parts?.used ?? null,
          total: parts?.total ?? null,
        };
      }),
    );
  },

  /** Outcomes of one catalogue version and period keyed `orgId|indicatorCode` (optionally only some objects). */
  async outcomes(db: Kysely<Database>, frameworkId: number, periodId: number, orgIds?: readonly number[]): Promise<Map<string, Outcome>> {
    let query = db
      .selectFrom('indicator_result')
      .select(['org_id', 'indicator_code', 'outcome', 'value', 'reason'])
      .where('framework_id', '=', frameworkId)
      .where('period_id', '=', periodId);
    if (orgIds) query = query.where('org_id', 'in', orgIds.length ? [...orgIds] : [0]);
    const rows = await query.execute();
    return new Map(rows.map((r) => [`${r.org_id}|${r.indicator_code}`, storedOutcome(r)]));
  },
};
