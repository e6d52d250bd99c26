import { sql, type Kysely } from 'kysely';
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

/** Separators of the aggregated text: ASCII unit and record separators, never in codes or breakdowns. */
const FIELD = '\u001f';
const RECORD = '\u001e';

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
      .orderBy(sql`data_element_code collate "C"`)
      .orderBy(sql`breakdown collate "C"`)
      .execute();
    return rows.map((r) => ({ orgId: r.org_id, elementCode: r.data_element_code, breakdown: r.breakdown, value: Number(r.value) }));
  },

  /**
   * The same values as forEngine, handed one by one to `each` without building a row object per
   * value: read as one aggregated text (a region's period holds a million values, and the per-row
   * cost of the driver, PGlite above all, was most of the time). numeric prints exactly what
   * Number() reads back, as the driver's own parser does. Sums over breakdowns depend on the order
   * of their terms, so the values of one organisation and element come in forEngine's order (the
   * total, breakdown '', first; then by breakdown, byte order); values of different organisations
   * or elements come in any order: the database is not asked to sort a million rows (1.4 s of
   * 2.0 s on PostgreSQL at 300 indicators), only the values with a breakdown are sorted here.
   */
  async eachForEngine(
    db: Kysely<Database>,
    periodId: number,
    elementCodes: readonly string[],
    orgIds: readonly number[] | undefined,
    each: (orgId: number, elementCode: string, breakdown: string, value: number) => void,
  ): Promise<void> {
    if (elementCodes.length === 0 || orgIds?.length === 0) return;
    const only = orgIds ? sql`and org_id in (${sql.join(orgIds.map((id) => sql`${id}::int`))})` : sql``;
    const { rows } = await sql<{ t: string | null }>`
      select string_agg(org_id || ${FIELD} || data_element_code || ${FIELD} || breakdown || ${FIELD} || value::text, ${RECORD}) as t
      from data_value
      where period_id = ${periodId}
        and data_element_code in (${sql.join(elementCodes.map((c) => sql`${c}`))})
        and status in (${sql.join(ENGINE_STATUSES.map((s) => sql`${s}`))}) ${only}`.execute(db);
    const text = rows[0]?.t;
    if (!text) return;
    // A total (breakdown '') is the only row of its organisation and element with that key, and
    // sorts first: it goes at once. Values with a breakdown wait, then go sorted.
    const later: { orgId: number; code: string; breakdown: string; value: number }[] = [];
    let at = 0;
    while (at < text.length) {
      const a = text.indexOf(FIELD, at);
      const b = text.indexOf(FIELD, a + 1);
      const c = text.indexOf(FIELD, b + 1);
      let end = text.indexOf(RECORD, c + 1);
      if (end < 0) end = text.length;
      const orgId = Number(text.slice(at, a));
      const code = text.slice(a + 1, b);
      const value = Number(text.slice(c + 1, end));
      if (c === b + 1) each(orgId, code, '', value);
      else later.push({ orgId, code, breakdown: text.slice(b + 1, c), value });
      at = end + 1;
    }
    const byteOrder = (x: string, y: string) => (x < y ? -1 : x > y ? 1 : 0);
    later.sort((x, y) => x.orgId - y.orgId || byteOrder(x.code, y.code) || byteOrder(x.breakdown, y.breakdown));
    for (const v of later) each(v.orgId, v.code, v.breakdown, v.value);
  },
};
