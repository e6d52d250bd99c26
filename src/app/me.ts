import type { Me } from '../api/me.ts';
import { ROLE_NAMES, type Role } from '../domain/access/role.ts';

/** The logged-in user as the UI sees it. */
export type { Me };

export function toMe(
  user: { id: number; login: string; full_name: string; role: Role; scope_org_id: number | null; must_change_password?: boolean },
  scopeOrgName: string | null,
): Me {
  return {
    id: user.id,
    login: user.login,
    fullName: user.full_name,
    role: user.role,
    roleName: ROLE_NAMES[user.role],
    scopeOrgId: user.scope_org_id,
    scopeOrgName,
    mustChangePassword: user.must_change_password === true,
  };
}
