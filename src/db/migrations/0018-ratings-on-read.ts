import { sql, type Kysely } from 'kysely';

// Frozen in time: never import application code here.
//
// A recompute no longer rates every comparison and stores the result: it stores what each
// comparison compares, and a comparison is rated from the stored values when it is first read
// (at 300 indicators the ratings were 3 s of a 12 s recompute, mostly for comparisons nobody
// opened before the next one). The rating column may therefore be empty; ratings stored before
// stay readable as they are.
export async function up(db: Kysely<any>): Promise<void> {
  await sql`alter table rating_result alter column content drop not null`.execute(db);
}

export async function down(db: Kysely<any>): Promise<void> {
  await sql`delete from rating_result where content is null`.execute(db);
  await sql`alter table rating_result alter column content set not null`.execute(db);
}
