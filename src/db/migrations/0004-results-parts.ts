import type { Kysely } from 'kysely';

// Frozen in time: never import application code here.
//
// Indicator results keep their roll-up parts instead of a JSON explanation per value: writing
// 600,000 explanations dominated a region's recompute. An explanation is derived on demand from
// the same data by the same engine (results/explain-value.ts); the parts let a municipality or the
// region be re-rolled from stored organisation rows when one organisation's data changes.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('indicator_result')
    .dropColumn('explanation')
    .addColumn('numerator', 'double precision')
    .addColumn('denominator', 'double precision')
    .addColumn('used', 'double precision')
    .addColumn('total', 'double precision')
    .execute();
}
