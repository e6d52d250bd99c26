import { isWithinScope } from '../org/org-path.ts';
import { ROLE_NAMES, ROLES, type Role } from './role.ts';

/**
 * Who manages whose account. The administrator manages every account. A regional operator
 * manages, inside its region, the municipal operators, experts, organisation representatives and
 * viewers; a municipal operator, inside its municipality, the experts, organisation
 * representatives and viewers. An operator grants only roles below its own (so operators of one
 * level never block or demote each other) and only scopes inside its own. Nobody changes their own
 * role or scope or blocks themself: a user never raises (or locks away) their own rights.
 */

/** A manager as the rule sees it: role, user id and the materialised path of its scope (null: whole system). */
export interface Manager {
  userId: number;
  role: Role;
  scopePath: string | null;
}

/** An account (existing or to be granted) as the rule sees it. */
export interface ManagedAccount {
  /** null for an account not created yet. */
  userId: number | null;
  role: Role;
  /** Path of the account's scope organisation; null for an administrator (no scope). */
  scopePath: string | null;
}

export type ManageRefusal = 'not_manager' | 'own_account' | 'role_not_grantable' | 'out_of_scope';

export type ManageDecision = { ok: true } | { ok: false; reason: ManageRefusal; message: string };

const MANAGED_BY: Record<Role, readonly Role[]> = {
  admin: ROLES,
  regional_operator: ['municipal_operator', 'expert', 'org_representative', 'viewer'],
  municipal_operator: ['expert', 'org_representative', 'viewer'],
  expert: [],
  org_representative: [],
  viewer: [],
};

/** Roles that manage accounts at all (the routes of the users page admit exactly these). */
export const USER_MANAGERS: readonly Role[] = ROLES.filter((r) => MANAGED_BY[r].length > 0);

/** The roles a manager may give (and whose accounts it may manage). */
export function grantableRoles(role: Role): readonly Role[] {
  return MANAGED_BY[role];
}

/** True when the manager's scope covers the path (an administrator without a scope covers everything). */
export function managerCovers(manager: Manager, path: string | null): boolean {
  if (manager.role === 'admin' && manager.scopePath === null) return true;
  return path !== null && manager.scopePath !== null && isWithinScope(path, manager.scopePath);
}

const refuse = (reason: ManageRefusal, message: string): ManageDecision => ({ ok: false, reason, message });

/**
 * May the manager act on this account (block, unblock, reset its password, change it) or create
 * it? `own` is refused for actions on one's own account; creating never hits it.
 */
export function mayManage(manager: Manager, account: ManagedAccount): ManageDecision {
  const grantable = MANAGED_BY[manager.role];
  if (grantable.length === 0) return refuse('not_manager', 'Ваша роль не позволяет управлять учётными записями.');
  if (account.userId !== null && account.userId === manager.userId) {
    return refuse(
      'own_account',
      'Свою учётную запись так изменить нельзя: роль, зону доступа и блокировку вам меняет другой администратор или оператор.',
    );
  }
  if (!grantable.includes(account.role)) {
    return refuse(
      'role_not_grantable',
      `Роль «${ROLE_NAMES[account.role]}» вам недоступна: вы управляете только ролями ${grantable.map((r) => `«${ROLE_NAMES[r]}»`).join(', ')}.`,
    );
  }
  if (!managerCovers(manager, account.scopePath)) {
    return refuse('out_of_scope', 'Организация учётной записи вне вашей зоны доступа: выберите организацию своей территории.');
  }
  return { ok: true };
}

/** May the manager change an account from `before` to `after`? Both the old and the new state must be its to manage. */
export function mayChange(manager: Manager, before: ManagedAccount, after: ManagedAccount): ManageDecision {
  const old = mayManage(manager, before);
  if (!old.ok) return old;
  return mayManage(manager, after);
}

/**
 * Would this change leave the system without an active administrator? `activeAdmins` counts them
 * now; the change blocks or demotes `target`.
 */
export function leavesNoAdministrator(
  activeAdmins: number,
  target: { role: Role; isActive: boolean },
  after: { role: Role; isActive: boolean },
): boolean {
  const wasCounted = target.role === 'admin' && target.isActive;
  const staysCounted = after.role === 'admin' && after.isActive;
  return wasCounted && !staysCounted && activeAdmins <= 1;
}
