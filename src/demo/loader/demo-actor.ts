import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.ts';
import type { Actor } from '../../app/actor.ts';
import { userRepository } from '../../db/repositories/user-repository.ts';

/** A demo account as the auth hook would build its actor (the demo acts through the real use cases, as its people would). */
export async function demoActor(db: Kysely<Database>, login: string): Promise<Actor | null> {
  const user = await userRepository.withScopeByLogin(db, login);
  if (!user) return null;
  return {
    userId: user.id,
    login: user.login,
    fullName: user.full_name,
    role: user.role as Actor['role'],
    scopeOrgId: user.scope_org_id,
    scopePath: user.scope_path,
  };
}
