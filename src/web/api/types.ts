// Shapes of the СОКО HTTP API as consumed by the web UI.

export type Role = 'admin' | 'regional_operator' | 'municipal_operator' | 'expert' | 'org_representative' | 'viewer';

export interface Me {
  id: number;
  login: string;
  fullName: string;
  role: Role;
  roleName: string;
  scopeOrgId: number | null;
  scopeOrgName: string | null;
}

export interface Meta {
  demo: boolean;
  version: string;
}

export type OrgKind = 'region' | 'municipality' | 'organisation';
export type OrgType = 'school' | 'kindergarten' | 'supplementary' | 'college';

export interface OrgSummary {
  id: number;
  parentId: number | null;
  kind: OrgKind;
  type: OrgType | null;
  name: string;
  shortName: string | null;
  code: string;
  childCount: number;
  isDemo: boolean;
}

export interface OrgAttributes {
  settlement?: 'urban' | 'rural';
  pupils?: number;
  staff?: number;
  address?: string;
  headName?: string;
  [key: string]: unknown;
}

export interface OrgPathItem {
  id: number;
  name: string;
  kind: string;
}

export interface OrgDetail extends OrgSummary {
  inn: string | null;
  ogrn: string | null;
  fisOkoCode: string | null;
  aliases: string[];
  attributes: OrgAttributes;
  groups: { id: number; name: string }[];
  path: OrgPathItem[];
  childrenByType: Record<string, number>;
  version: number;
  updatedAt: string;
}

export interface OrgPatch {
  version: number;
  name?: string;
  shortName?: string | null;
  aliases?: string[];
  attributes?: OrgAttributes;
}

export interface Period {
  id: number;
  code: string;
  kind: 'calendar_year' | 'school_year';
  name: string;
  startsOn: string;
  endsOn: string;
}

export interface UserRow {
  id: number;
  login: string;
  fullName: string;
  role: Role;
  roleName: string;
  scopeOrgId: number | null;
  scopeOrgName: string | null;
  isActive: boolean;
}

export interface NewUser {
  login: string;
  fullName: string;
  role: Role;
  scopeOrgId: number | null;
  password: string;
}

export interface AuditEntry {
  id: number;
  at: string;
  userId: number | null;
  userLogin: string | null;
  action: string;
  entity: string;
  entityId: number | string | null;
  before: unknown;
  after: unknown;
}

export interface Page<T> {
  items: T[];
  total: number;
}

export interface ItemsResponse<T> {
  items: T[];
}
