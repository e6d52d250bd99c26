import { ROLE_NAMES, type Role } from '../domain/access/role.ts';

/** The logged-in user as the UI sees it. */
export interface Me {
  id: number;
  login: string;
  fullName: string;
  role: Role;
  roleName: string;
  scopeOrgId: number | null;
  scopeOrgName: string | null;
  /** The password was given by someone else: nothing but changing it is allowed until it is changed. */
  mustChangePassword: boolean;
}

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
