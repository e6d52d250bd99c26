import { sql, type Kysely } from 'kysely';

// Frozen in time: never import application code here.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('data_element')
    .addColumn('code', 'text', (c) => c.primaryKey())
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('value_type', 'text', (c) => c.notNull())
    .addColumn('unit', 'text', (c) => c.notNull())
    .addColumn('level', 'text', (c) => c.notNull())
    .addColumn('breakdowns', 'jsonb', (c) => c.notNull().defaultTo(sql`'[]'::jsonb`))
    .addColumn('org_types', 'jsonb')
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();

  await db.schema
    .createTable('framework')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('code', 'text', (c) => c.notNull())
    .addColumn('version', 'integer', (c) => c.notNull())
    .addColumn('kind', 'text', (c) => c.notNull().check(sql`kind in ('indicators', 'mechanisms')`))
    .addColumn('name', 'text', (c) => c.notNull())
    .addColumn('valid_from', 'date', (c) => c.notNull())
    .addColumn('valid_to', 'date')
    .addColumn('source', 'text', (c) => c.notNull())
    // The validated catalogue as loaded; a version is never rewritten (results keep pointing at it).
    .addColumn('content', 'jsonb', (c) => c.notNull())
    .addColumn('content_hash', 'text', (c) => c.notNull())
    .addColumn('origin', 'text', (c) => c.notNull().check(sql`origin in ('file', 'import')`))
    .addColumn('file_name', 'text')
    .addColumn('loaded_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('loaded_by', 'text')
    .addUniqueConstraint('framework_code_version_uq', ['code', 'version'])
    .execute();

  // One store of values: (object, period, data element, breakdown) → value, with source, author and status.
  await db.schema
    .createTable('data_value')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('org_id', 'integer', (c) => c.notNull().references('org.id'))
    .addColumn('period_id', 'integer', (c) => c.notNull().references('period.id'))
    .addColumn('data_element_code', 'text', (c) => c.notNull().references('data_element.code'))
    // Canonical breakdown key, "grade=4;subject=math" (keys sorted); '' when there is none.
    .addColumn('breakdown', 'text', (c) => c.notNull().defaultTo(''))
    .addColumn('value', 'numeric', (c) => c.notNull())
    .addColumn('source', 'text', (c) => c.notNull())
    .addColumn('status', 'text', (c) => c.notNull().check(sql`status in ('draft', 'submitted', 'accepted', 'rejected', 'demo')`))
    .addColumn('entered_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('version', 'integer', (c) => c.notNull().defaultTo(1))
    .addColumn('updated_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addUniqueConstraint('data_value_key_uq', ['org_id', 'period_id', 'data_element_code', 'breakdown'])
    .execute();
  await db.schema.createIndex('data_value_period_element_idx').on('data_value').columns(['period_id', 'data_element_code']).execute();
}
