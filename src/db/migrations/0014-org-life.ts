import { sql, type Kysely } from 'kysely';

// Frozen in time: never import application code here.
//
// The life of an organisation and of a period. An organisation closed from a date (closed_on) keeps
// every row it has; it only leaves the lists of periods that start on or after that date. A merged
// one is closed too and names the organisation it joined. A closed period (closed_at set) takes no
// new values except through a campaign form that was returned for correction.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('org')
    .addColumn('closed_on', 'date')
    .addColumn('closed_reason', 'text')
    .addColumn('merged_into_id', 'integer', (c) => c.references('org.id'))
    .execute();
  await sql`alter table org add constraint org_merged_is_closed check (merged_into_id is null or closed_on is not null)`.execute(db);
  await sql`alter table org add constraint org_not_merged_into_itself check (merged_into_id is null or merged_into_id <> id)`.execute(db);
  await db.schema.alterTable('period').addColumn('closed_at', 'timestamptz').addColumn('closed_by', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('period').dropColumn('closed_by').dropColumn('closed_at').execute();
  await sql`alter table org drop constraint org_not_merged_into_itself`.execute(db);
  await sql`alter table org drop constraint org_merged_is_closed`.execute(db);
  await db.schema.alterTable('org').dropColumn('merged_into_id').dropColumn('closed_reason').dropColumn('closed_on').execute();
}
