import type { Kysely } from 'kysely';
import { breakdownKey } from '../../domain/catalogue/breakdown-key.ts';
import type { Database, DataValueTable } from '../schema.ts';

export type ValueStatus = DataValueTable['status'];

/** Only these statuses feed the engine: a value under review never reaches a rating. */
export const ENGINE_STATUSES: readonly ValueStatus[] = ['accepted', 'demo'];

export interface DataValueInput {
  orgId: number;
  periodId: number;
  elementCode: string;
  breakdown: Record<string, string | number>;
  value: number;
  source: string;
  status: ValueStatus;
  enteredBy: number | null;
}

export interface EngineValue {
  orgId: number;
  elementCode: string;
  breakdown: string;
  value: number;
}

export const dataValueRepository = {
  /** Writes a value for (org, period, element, breakdown), replacing the previous one. */
  async upsert(db: Kysely<Database>, v: DataValueInput): Promise<void> {
    await dataValueRepository.upsertMany(db, [v]);
  },

  /** Writes values in one statement, each replacing the previous one of its (org, period, element, breakdown). */
  async upsertMany(db: Kysely<Database>, values: readonly DataValueInput[]): Promise<void> {
    if (values.length === 0) return;
    await db
      .insertInto('data_value')
      .values(
        values.map((v) => ({
          org_id: v.orgId,
          period_id: v.periodId,
          data_element_code: v.elementCode,
          breakdown: breakdownKey(v.breakdown),
          value: v.value,
          source: v.source,
          status: v.status,
          entered_by: v.enteredBy,
        })),
      )
      .onConflict((oc) =>
        oc.columns(['org_id', 'period_id', 'data_element_code', 'breakdown']).doUpdateSet((eb) => ({
          value: eb.ref('excluded.value'),
          source: eb.ref('excluded.source'),
          status: eb.ref('excluded.status'),
          entered_by: eb.ref('excluded.entered_by'),
          version: eb('data_value.version', '+', 1),
          updated_at: new Date(),
        })),
      )
      .execute();
  },

  /** The values the engine may use for a period: accepted ones and demo data, nothing else. */
  async forEngine(db: Kysely<Database>, periodId: number, elementCodes: string[], orgIds?: readonly number[]): Promise<EngineValue[]> {
    if (elementCodes.length === 0 || orgIds?.length === 0) return [];
    let query = db.selectFrom('data_value');
    if (orgIds) query = query.where('org_id', 'in', [...orgIds]);
    const rows = await query
      .select(['org_id', 'data_element_code', 'breakdown', 'value'])
      .where('period_id', '=', periodId)
      .where('data_element_code', 'in', elementCodes)
      .where('status', 'in', [...ENGINE_STATUSES])
      .orderBy('org_id')
      .orderBy('data_element_code')
      .orderBy('breakdown')
      .execute();
    return rows.map((r) => ({ orgId: r.org_id, elementCode: r.data_element_code, breakdown: r.breakdown, value: Number(r.value) }));
  },
};
