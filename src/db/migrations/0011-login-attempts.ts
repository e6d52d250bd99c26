import { sql, type Kysely } from 'kysely';

// Frozen in time: never import application code here.
//
// Login attempts, one row per password check (a login, or the current password given to change
// it). The row is inserted before the slow hash is verified, under a lock on the login and the
// address, so parallel guesses cannot all pass the limit check; it is marked failed or succeeded
// after. An administrator's unlock marks the failures cleared. The audit log stays the record of
// what happened; this table only counts.
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('login_attempt')
    .addColumn('id', 'integer', (c) => c.primaryKey().generatedByDefaultAsIdentity())
    .addColumn('login', 'text', (c) => c.notNull())
    .addColumn('ip', 'text', (c) => c.notNull())
    .addColumn('at', 'timestamptz', (c) => c.notNull().defaultTo(sql`now()`))
    .addColumn('outcome', 'text', (c) => c.notNull().check(sql`outcome in ('pending', 'failed', 'succeeded', 'cleared')`))
    .addColumn('source', 'text', (c) => c.notNull().check(sql`source in ('login', 'password_change')`))
    .execute();
  await db.schema.createIndex('login_attempt_login_idx').on('login_attempt').columns(['login', 'at']).execute();
  await db.schema.createIndex('login_attempt_ip_idx').on('login_attempt').columns(['ip', 'at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.dropTable('login_attempt').execute();
}
