import type { Kysely } from 'kysely';
import type { Database } from '../../src/db/schema.ts';

/** How many rows a table holds: tests compare it before and after a refused write. */
export async function countRows(db: Kysely<Database>, table: keyof Database): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}
