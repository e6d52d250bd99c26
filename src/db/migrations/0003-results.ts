import { sql, type Kysely } from 'kysely';

// Frozen in time: never import application code here.
export async function up(db: Kysely<any>): Promise<void> {
  // Indicator values per object (organisation, municipality, region), with their explanation.
  await db.schema
    .createTable('indicator_result')
    .addColumn('framework_id', 'integer', (c) => c.notNull().references('framework.id'))
    .addColumn('period_id', 'integer', (c) => c.notNull().references('period.id'))
    .addColumn('org_id', 'integer', (c) => c.notNull().references('org.id'))
    .addColumn('indicator_code', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull().check(sql`level in ('organisation', 'municipality', 'region')`))
    .addColumn('outcome', 'text', (c) => c.notNull().check(sql`outcome in ('ok', 'missing', 'invalid')`))
    .addColumn('value', 'double precision')
    .addColumn('reason', 'text')
    .addColumn('explanation', 'jsonb', (c) => c.notNull())
    .addPrimaryKeyConstraint('indicator_result_pk', ['framework_id', 'period_id', 'org_id', 'indicator_code'])
    .execute();

  // One comparison (e.g. the schools of a municipality) rated: scores, places, zones, explanations.
  await db.schema
    .createTable('rating_result')
    .addColumn('framework_id', 'integer', (c) => c.notNull().references('framework.id'))
    .addColumn('period_id', 'integer', (c) => c.notNull().references('period.id'))
    .addColumn('comparison_key', 'text', (c) => c.notNull())
    .addColumn('scope_org_id', 'integer', (c) => c.notNull().references('org.id'))
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('content', 'jsonb', (c) => c.notNull())
    .addPrimaryKeyConstraint('rating_result_pk', ['framework_id', 'period_id', 'comparison_key'])
    .execute();

  await db.schema
    .createTable('compute_run')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('framework_id', 'integer', (c) => c.notNull().references('framework.id'))
    .addColumn('period_id', 'integer', (c) => c.notNull().references('period.id'))
    .addColumn('computed_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('computed_by', 'text')
    .addColumn('counts', 'jsonb', (c) => c.notNull())
    .execute();
}
