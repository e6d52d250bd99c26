import { ORG_EDITORS, ROLE_NAMES } from '../../domain/access/role.ts';
import { RESULT_COMPUTE_ROLES } from '../../domain/results/results-readiness.ts';
import { ORG_KIND_NAMES } from '../../domain/org/org-kind.ts';
import type { OrgKind, OrgSummary, OrgType, Role } from '../api/types.ts';

// Role, organisation kind and period kind names come from src/domain; only short UI labels live here.

/** Roles allowed to edit organisations (PATCH /api/orgs/:id). */
export const EDITOR_ROLES: ReadonlySet<Role> = new Set<Role>(ORG_EDITORS);

/** Roles allowed to upload a catalogue workbook (POST /api/catalogues/import). */
export const CATALOGUE_IMPORT_ROLES: ReadonlySet<Role> = new Set<Role>(['admin', 'regional_operator']);

/** Where a catalogue version came from (GET /api/catalogues → origin). */
export const CATALOGUE_ORIGIN_LABELS: Record<'file' | 'import', string> = {
  file: 'файл',
  import: 'загружена из Excel',
};

/** Short type labels for tags and trees (the domain's ORG_TYPE_NAMES are the full names). */
export const TYPE_LABELS: Record<OrgType, string> = {
  school: 'Школа',
  kindergarten: 'Детский сад',
  supplementary: 'Доп. образование',
  college: 'Колледж',
};

/** Abbreviations used in compact tables; the full name is ORG_TYPE_NAMES. */
export const TYPE_ABBREVIATIONS: Record<OrgType, string> = {
  school: 'ОО',
  kindergarten: 'ДОО',
  supplementary: 'УДО',
  college: 'СПО',
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

export const SETTLEMENT_LABELS: Record<'urban' | 'rural', string> = {
  urban: 'городская',
  rural: 'сельская',
};

/** Short Russian label for an organisation's kind or, for organisations, its type. */
export function orgTypeLabel(org: Pick<OrgSummary, 'kind' | 'type'>): string {
  if (org.kind === 'organisation' && org.type) return TYPE_LABELS[org.type];
  return ORG_KIND_NAMES[org.kind];
}

export function orgTypeColor(org: Pick<OrgSummary, 'kind' | 'type'>): string {
  if (org.kind === 'organisation' && org.type) return TYPE_COLORS[org.type];
  return KIND_COLORS[org.kind];
}

export function roleName(role: string): string {
  return (ROLE_NAMES as Record<string, string>)[role] ?? role;
}

/** Roles allowed to recompute results and ratings (POST /api/results/compute). */
export const RATING_COMPUTE_ROLES: ReadonlySet<Role> = new Set<Role>(RESULT_COMPUTE_ROLES);
