// The floor of a recompute, measured in the same run: one bulk read of the period's accepted
// values (as one aggregated text, the form the recompute's own reads take) and one bulk write of
// as many rows as the recompute stores, each as wide as its rows (an organisation's value with
// its numerator and denominator; a missing one with its reason), into indicator_result itself
// (its primary key, its write-ahead log) under a period id no recompute uses, in a transaction
// rolled back at the end: COPY on PostgreSQL, statements over arrays (`unnest`) of 20,000 rows
// on PGlite. (Until 07.12.2026 the floor wrote into a temporary table, which skips the write-ahead
// log that no real write can skip.)
import { sql, type Kysely } from 'kysely';
import { copyField, copyInto } from '../src/db/postgres-copy.ts';
import type { Database } from '../src/db/schema.ts';

/** Rows per statement of the PGlite write (WRITE_CHUNK of the recompute's insertColumns). */
const CHUNK = 20_000;

/** Thrown to roll the floor's write back once it is measured. */
const ROLLBACK = new Error('the floor is measured: roll back');

const COLUMNS = 'framework_id, period_id, org_id, indicator_code, level, outcome, value, reason, numerator, denominator, used, total';

export async function measureFloor(db: Kysely<Database>, periodId: number, rows: number): Promise<{ ms: number; what: string }> {
  const t0 = performance.now();
  const { rows: read } = await sql<{ t: string | null }>`
    select string_agg(org_id || ',' || data_element_code || ',' || value, E'\n') as t
    from data_value where period_id = ${periodId} and status in ('accepted', 'demo')`.execute(db);
  const text = read[0]?.t ?? '';
  let lines = text ? 1 : 0;
  for (let at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) lines++;
  const readMs = performance.now() - t0;

  const orgIds: number[] = new Array<number>(rows);
  const codes: string[] = new Array<string>(rows);
  const values: (number | null)[] = new Array<number | null>(rows);
  const reasons: (string | null)[] = new Array<string | null>(rows);
  const parts: (number | null)[] = new Array<number | null>(rows);
  for (let i = 0; i < rows; i++) {
    orgIds[i] = 1 + Math.floor(i / 1000);
    codes[i] = `I${i % 1000}`;
    const missing = i % 17 === 0;
    values[i] = missing ? null : ((i * 7919) % 1000) / 7;
    reasons[i] = missing ? 'нет значения элемента «e3»' : null;
    parts[i] = missing ? null : (i * 7919) % 1000;
  }
  const t1 = performance.now();
  // A period id no row has: the rows collide with nothing, and the rollback leaves nothing behind.
  const floorPeriod = -periodId;
  await db
    .transaction()
    .execute(async (trx) => {
      const f = copyField;
      const copied = await copyInto(trx, 'indicator_result', COLUMNS.split(', '), [
        orgIds
          .map(
            (id, i) =>
              `1\t${floorPeriod}\t${id}\t${codes[i]}\torganisation\t${values[i] === null ? 'missing' : 'ok'}\t${f(values[i] ?? null)}\t${f(reasons[i] ?? null)}\t${f(parts[i] ?? null)}\t${f(parts[i] ?? null)}\t\\N\t\\N\n`,
          )
          .join(''),
      ]);
      // PGlite: 20,000 rows a statement, as the recompute writes (one statement of 612,000 rows
      // measured slower: 12.3 s against 9.8 s).
      for (let start = 0; !copied && start < rows; start += CHUNK) {
        const part = <T>(list: T[]) => list.slice(start, start + CHUNK);
        await sql`insert into indicator_result (${sql.raw(COLUMNS)})
              select 1, ${floorPeriod}::int, o, c, 'organisation', case when v is null then 'missing' else 'ok' end, v, r, p, p, null, null
              from unnest(${part(orgIds)}::int[], ${part(codes)}::text[], ${part(values)}::float8[], ${part(reasons)}::text[], ${part(parts)}::float8[]) as x(o, c, v, r, p)`.execute(
          trx,
        );
      }
      throw ROLLBACK;
    })
    .catch((error: unknown) => {
      if (error !== ROLLBACK) throw error;
    });
  const writeMs = performance.now() - t1;
  return {
    ms: readMs + writeMs,
    what: `read ${lines} values (${(readMs / 1000).toFixed(2)} s) + write ${rows} rows (${(writeMs / 1000).toFixed(2)} s)`,
  };
}
