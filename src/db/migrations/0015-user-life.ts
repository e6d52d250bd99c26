import { sql, type Kysely } from 'kysely';

// Frozen in time: never import application code here.
//
// The life of an account: a password given by someone else (accounts created for organisations,
// a reset by an operator) must be changed at the first login, and the users page shows when each
// user last logged in. A blocked user is `is_active = false` (already there).
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .alterTable('app_user')
    .addColumn('must_change_password', 'boolean', (c) => c.notNull().defaultTo(false))
    .execute();
  await db.schema.alterTable('app_user').addColumn('last_login_at', 'timestamptz').execute();
  await sql`comment on column app_user.must_change_password is 'the password was given by someone else: changed at the next login before anything else'`.execute(
    db,
  );
}

export async function down(db: Kysely<any>): Promise<void> {
  await db.schema.alterTable('app_user').dropColumn('last_login_at').execute();
  await db.schema.alterTable('app_user').dropColumn('must_change_password').execute();
}
