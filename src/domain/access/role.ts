/** The roles of СОКО; what each may do is declared per route (server) and per use case (app). */
export const ROLES = ['admin', 'regional_operator', 'municipal_operator', 'expert', 'org_representative', 'viewer'] as const;

export type Role = (typeof ROLES)[number];

/** Russian names shown to users. */
export const ROLE_NAMES: Record<Role, string> = {
  admin: 'Администратор',
  regional_operator: 'Региональный оператор',
  municipal_operator: 'Муниципальный оператор',
  expert: 'Эксперт',
  org_representative: 'Представитель организации',
  viewer: 'Наблюдатель',
};

/** Roles that edit the organisation register within their scope. */
export const ORG_EDITORS: readonly Role[] = ['admin', 'regional_operator', 'municipal_operator'];

/** The kind of organisation a role's scope must point at (null: no scope, the whole system). */
export function requiredScopeKind(role: Role): 'region' | 'municipality' | 'organisation' | 'any' | null {
  switch (role) {
    case 'admin':
      return null;
    case 'regional_operator':
      return 'region';
    case 'municipal_operator':
      return 'municipality';
    case 'org_representative':
      return 'organisation';
    case 'expert':
    case 'viewer':
      return 'any';
  }
}

export function isRole(value: string): value is Role {
  return (ROLES as readonly string[]).includes(value);
}
