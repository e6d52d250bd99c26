// The floor of a recompute, measured in the same run: one bulk read of the period's accepted
// values (as one aggregated text, the form the recompute's own reads take) and one bulk write of
// as many rows as the recompute stores into a table shaped like indicator_result (with its
// primary key), as one statement over arrays (`unnest`). COPY would need a copy-stream driver
// (not a dependency); on PGlite there is no faster path through the driver.
import { sql, type Kysely } from 'kysely';
import type { Database } from '../src/db/schema.ts';

export async function measureFloor(db: Kysely<Database>, periodId: number, rows: number): Promise<{ ms: number; what: string }> {
  const t0 = performance.now();
  const { rows: read } = await sql<{ t: string | null }>`
    select string_agg(org_id || ',' || data_element_code || ',' || value, E'\n') as t
    from data_value where period_id = ${periodId} and status in ('accepted', 'demo')`.execute(db);
  const text = read[0]?.t ?? '';
  let lines = text ? 1 : 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines++;
  const readMs = performance.now() - t0;

  const orgIds = new Int32Array(rows);
  const codes: string[] = new Array<string>(rows);
  const values = new Float64Array(rows);
  for (let i = 0; i < rows; i++) {
    orgIds[i] = 1 + Math.floor(i / 1000);
    codes[i] = `I${i % 1000}`;
    values[i] = ((i * 7919) % 1000) / 7;
  }
  const t1 = performance.now();
  await db.transaction().execute(async (trx) => {
    await sql`create temp table floor_result (like indicator_result including defaults including indexes) on commit drop`.execute(trx);
    await sql`insert into floor_result (framework_id, period_id, org_id, indicator_code, level, outcome, value)
              select 1, ${periodId}::int, o, c, 'organisation', 'ok', v
              from unnest(${[...orgIds]}::int[], ${codes}::text[], ${[...values]}::float8[]) as x(o, c, v)`.execute(trx);
  });
  const writeMs = performance.now() - t1;
  return {
    ms: readMs + writeMs,
    what: `read ${lines} values (${(readMs / 1000).toFixed(2)} s) + write ${rows} rows (${(writeMs / 1000).toFixed(2)} s)`,
  };
}
