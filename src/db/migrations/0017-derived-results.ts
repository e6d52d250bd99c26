import { sql, type Kysely } from 'kysely';

// Frozen in time: never import application code here.
//
// Results are derived rows that every recompute writes anew (612,300 indicator rows for a region
// of 2,000 schools and 300 indicators). Measured on PGlite, the three foreign keys of
// indicator_result made its bulk write three times slower (one lookup per row and key) while
// guarding against nothing the system does: organisations are closed, never deleted; catalogue
// versions and periods are never deleted; the recompute writes only ids it has just read from
// those tables. They are dropped. A stored rating is written whole and read whole, so it is kept
// as JSON text (parsing 4 MB into jsonb cost seconds on every recompute), with the ids of the
// organisations it compares beside it for «the ratings an organisation takes part in».
export async function up(db: Kysely<any>): Promise<void> {
  const { rows } = await sql<{ name: string }>`
    select conname as name from pg_constraint where conrelid = 'indicator_result'::regclass and contype = 'f'`.execute(db);
  for (const { name } of rows) await sql`alter table indicator_result drop constraint ${sql.id(name)}`.execute(db);
  await db.schema
    .alterTable('rating_result')
    .addColumn('object_ids', sql`integer[]`, (c) => c.notNull().defaultTo(sql`'{}'`))
    .execute();
  await sql`update rating_result set object_ids = coalesce(
      (select array_agg((o ->> 'id')::int) from jsonb_array_elements(content -> 'objects') o), '{}')`.execute(db);
  await sql`alter table rating_result alter column content type text using content::text`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`alter table rating_result alter column content type jsonb using content::jsonb`.execute(db);
  await db.schema.alterTable('rating_result').dropColumn('object_ids').execute();
  await sql`alter table indicator_result add foreign key (framework_id) references framework(id)`.execute(db);
  await sql`alter table indicator_result add foreign key (period_id) references period(id)`.execute(db);
  await sql`alter table indicator_result add foreign key (org_id) references org(id)`.execute(db);
}
