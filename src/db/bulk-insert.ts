import { sql, type Kysely } from 'kysely';
import type { Database } from './schema.ts';

/**
 * Inserts many rows with one statement per batch, passing each batch as a single JSON parameter
 * (`jsonb_to_recordset`): several times faster than multi-row VALUES on PGlite, and the same
 * SQL on PostgreSQL. Table and column names come from code, never from users.
 */
export async function bulkInsert(
  db: Kysely<Database>,
  table: keyof Database,
  columns: Record<string, 'integer' | 'text' | 'numeric' | 'double precision' | 'jsonb' | 'boolean'>,
  rows: readonly Record<string, unknown>[],
  batchSize = 5000,
): Promise<void> {
  const names = Object.keys(columns);
  const list = sql.raw(names.join(', '));
  const record = sql.raw(names.map((n) => `${n} ${columns[n]}`).join(', '));
  for (let start = 0; start < rows.length; start += batchSize) {
    const batch = JSON.stringify(rows.slice(start, start + batchSize));
    await sql`insert into ${sql.table(table)} (${list}) select ${list} from jsonb_to_recordset(${batch}::jsonb) as x(${record})`.execute(
      db,
    );
  }
}
