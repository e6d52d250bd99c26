import type { Kysely } from 'kysely';
import type { AppUserRow, Database } from '../schema.ts';

/** An account with the path of the organisation it works within (null: the whole system). */
const withScope = (db: Kysely<Database>) =>
  db
    .selectFrom('app_user as u')
    .leftJoin('org as o', 'o.id', 'u.scope_org_id')
    .select(['u.id', 'u.login', 'u.full_name', 'u.role', 'u.scope_org_id', 'u.is_active', 'o.path as scope_path']);

export const userRepository = {
  async findById(db: Kysely<Database>, id: number): Promise<AppUserRow | undefined> {
    return db.selectFrom('app_user').selectAll().where('id', '=', id).executeTakeFirst();
  },

  async findByLogin(db: Kysely<Database>, login: string): Promise<AppUserRow | undefined> {
    return db.selectFrom('app_user').selectAll().where('login', '=', login).executeTakeFirst();
  },

  /** The account with its scope's path, as the access rules need it. */
  async withScopeById(db: Kysely<Database>, id: number) {
    return withScope(db).where('u.id', '=', id).executeTakeFirst();
  },

  async withScopeByLogin(db: Kysely<Database>, login: string) {
    return withScope(db).where('u.login', '=', login).executeTakeFirst();
  },

  /** Sets a new password hash; `mustChange` when someone other than the user chose it. */
  async setPassword(db: Kysely<Database>, id: number, passwordHash: string, mustChange: boolean): Promise<void> {
    await db
      .updateTable('app_user')
      .set({ password_hash: passwordHash, must_change_password: mustChange, updated_at: new Date() })
      .where('id', '=', id)
      .execute();
  },

  /** Blocks (false) or unblocks (true) an account; nothing is deleted. */
  async setActive(db: Kysely<Database>, id: number, active: boolean): Promise<void> {
    await db.updateTable('app_user').set({ is_active: active, updated_at: new Date() }).where('id', '=', id).execute();
  },
};
