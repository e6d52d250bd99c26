import { sql, type Kysely } from 'kysely';

// Frozen in time: never import application code here.
//
// A register import: the uploaded file (kept until applied, so a corrected mapping is read from
// the same bytes), the settings it was previewed with and the plan the preview showed. Apply
// carries out exactly the stored plan, once. The plan is JSON kept as text: it is only ever read
// whole, and a register's plan runs to tens of megabytes, which jsonb would parse for nothing.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('org_register_import')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('scope_org_id', 'integer', (c) => c.references('org.id'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('file', 'bytea')
    .addColumn('status', 'text', (c) =>
      c
        .notNull()
        .defaultTo('ready')
        .check(sql`status in ('ready', 'applied')`),
    )
    .addColumn('settings', 'jsonb', (c) => c.notNull().defaultTo(sql`'{}'::jsonb`))
    .addColumn('plan', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('created_by', 'integer')
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('applied_at', 'timestamptz')
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('org_register_import').execute();
}
