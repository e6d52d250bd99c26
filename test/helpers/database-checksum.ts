import { sql, type Kysely } from 'kysely';
import type { Database } from '../../src/db/schema.ts';

/** Every table's row count and a checksum of its rows: equal snapshots mean the database did not change. */
export async function databaseChecksum(db: Kysely<Database>): Promise<Record<string, string>> {
  const tables = await sql<{ name: string }>`select table_name as name from information_schema.tables
    where table_schema = current_schema() and table_type = 'BASE TABLE' order by table_name`.execute(db);
  const out: Record<string, string> = {};
  for (const { name } of tables.rows) {
    const r = await sql<{
      n: number;
      h: string;
    }>`select count(*)::int as n, md5(coalesce(string_agg(t::text, '|' order by t::text), '')) as h
      from ${sql.table(name)} t`.execute(db);
    out[name] = `${r.rows[0]!.n}:${r.rows[0]!.h}`;
  }
  return out;
}
