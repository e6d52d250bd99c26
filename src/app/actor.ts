import type { Role } from '../domain/access/role.ts';
import { isWithinScope } from '../domain/org/org-path.ts';

/** Who is acting: a logged-in user with a role and a scope (null scope: the whole system). */
export interface Actor {
  userId: number;
  login: string;
  fullName: string;
  role: Role;
  scopeOrgId: number | null;
  /** Materialised path of the scope organisation, e.g. "/1/5/". */
  scopePath: string | null;
}

/** The system itself (demo loader, CLI): audited under this login. */
export const SYSTEM_ACTOR: Actor = {
  userId: 0,
  login: 'system',
  fullName: 'Система',
  role: 'admin',
  scopeOrgId: null,
  scopePath: null,
};

/** True when the actor may see the organisation at `path`. */
export function actorSees(actor: Actor, path: string): boolean {
  if (actor.role === 'admin' && actor.scopePath === null) return true;
  return actor.scopePath !== null && isWithinScope(path, actor.scopePath);
}
