import { sql, type Kysely } from 'kysely';

// Frozen in time: never import application code here.
//
// A wide table of numbers brought into data_value: one row per applied import (the file kept in
// the uploads folder, its checksum, the counts), and every value it wrote points back at it.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('data_import')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('period_id', 'integer', (c) => c.notNull().references('period.id'))
    .addColumn('territory_org_id', 'integer', (c) => c.references('org.id'))
    .addColumn('file_name', 'text', (c) => c.notNull())
    // The kept copy's name inside the uploads folder (null when the system has no data directory).
    .addColumn('stored_as', 'text')
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('counts', 'jsonb', (c) => c.notNull())
    .addColumn('created_by', 'integer', (c) => c.references('app_user.id'))
    .addColumn('created_at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .execute();
  await db.schema
    .alterTable('data_value')
    .addColumn('import_id', 'integer', (c) => c.references('data_import.id'))
    .execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('data_value').dropColumn('import_id').execute();
  await db.schema.dropTable('data_import').execute();
}
