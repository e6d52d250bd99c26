import type { OrgKind, OrgSummary, OrgType, Period, Role } from '../api/types.ts';

export const ROLE_NAMES: Record<Role, string> = {
  admin: 'Администратор',
  regional_operator: 'Региональный оператор',
  municipal_operator: 'Муниципальный оператор',
  expert: 'Эксперт',
  org_representative: 'Представитель организации',
  viewer: 'Наблюдатель',
};

export const ROLES_ORDER: Role[] = ['admin', 'regional_operator', 'municipal_operator', 'expert', 'org_representative', 'viewer'];

/** Roles allowed to edit organisations (PATCH /api/orgs/:id). */
export const EDITOR_ROLES: ReadonlySet<Role> = new Set<Role>(['admin', 'regional_operator', 'municipal_operator']);

export const KIND_LABELS: Record<OrgKind, string> = {
  region: 'Регион',
  municipality: 'Муниципалитет',
  organisation: 'Организация',
};

export const TYPE_LABELS: Record<OrgType, string> = {
  school: 'Школа',
  kindergarten: 'Детский сад',
  supplementary: 'Доп. образование',
  college: 'Колледж',
};

/** Plural labels used in the «Организации по типам» chart. */
export const TYPE_PLURAL_LABELS: Record<string, string> = {
  school: 'Школы',
  kindergarten: 'Детские сады',
  supplementary: 'Доп. образование',
  college: 'Колледжи',
  other: 'Прочие',
  unknown: 'Без типа',
};

export const TYPE_COLORS: Record<OrgType, string> = {
  school: 'blue',
  kindergarten: 'magenta',
  supplementary: 'green',
  college: 'purple',
};

export const KIND_COLORS: Record<OrgKind, string> = {
  region: 'gold',
  municipality: 'cyan',
  organisation: 'default',
};

export const PERIOD_KIND_LABELS: Record<Period['kind'], string> = {
  calendar_year: 'Календарный год',
  school_year: 'Учебный год',
};

export const SETTLEMENT_LABELS: Record<'urban' | 'rural', string> = {
  urban: 'городская',
  rural: 'сельская',
};

/** Short Russian label for an organisation's kind or, for organisations, its type. */
export function orgTypeLabel(org: Pick<OrgSummary, 'kind' | 'type'>): string {
  if (org.kind === 'organisation' && org.type) return TYPE_LABELS[org.type];
  return KIND_LABELS[org.kind];
}

export function orgTypeColor(org: Pick<OrgSummary, 'kind' | 'type'>): string {
  if (org.kind === 'organisation' && org.type) return TYPE_COLORS[org.type];
  return KIND_COLORS[org.kind];
}

export function roleName(role: string): string {
  return (ROLE_NAMES as Record<string, string>)[role] ?? role;
}
