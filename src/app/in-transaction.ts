import type { Kysely, Transaction } from 'kysely';
import type { Database } from '../db/schema.ts';

/**
 * Runs `work` in a transaction: a new one, or the caller's when `db` already is one. A use case
 * that opens its own transaction can so be one step of a larger change (first-run setup) and
 * still be all or nothing.
 */
export async function inTransaction<T>(db: Kysely<Database>, work: (trx: Transaction<Database>) => Promise<T>): Promise<T> {
  if (db.isTransaction) return work(db as Transaction<Database>);
  return db.transaction().execute(work);
}
