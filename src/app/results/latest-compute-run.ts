import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';

/** The newest recompute of a catalogue and period: what its stored results and ratings came from. */
export function latestComputeRun(db: Kysely<Database>, frameworkId: number, periodId: number) {
  return db
    .selectFrom('compute_run')
    .select(['id', 'computed_at'])
    .where('framework_id', '=', frameworkId)
    .where('period_id', '=', periodId)
    .orderBy('id', 'desc')
    .executeTakeFirst();
}
